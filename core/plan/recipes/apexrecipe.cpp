// SPDX-License-Identifier: GPL-3.0-or-later
// Apex stage: NVIDIA Apex with its C++/CUDA extensions (--cpp_ext --cuda_ext), checked out at
// the tag torch.json pairs with the release (Apex's YY.MM tags follow NVIDIA's PyTorch
// containers of the same name, whose PyTorch is a pre-release of that torch minor). An
// extension whose setup.py asks nvcc for an architecture the plan's toolkit dropped (compute_70
// on CUDA 13: "nvcc fatal: Unsupported gpu architecture 'compute_70'" after minutes of
// building) is switched off in setup.py before the build, and the plan says so.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApexRecipe)
};

// `python - setup.py EXTENSION`: replaces each ext_modules.append(...) whose extension is named
// EXTENSION by `pass` (found with ast, so the layout of setup.py does not matter). Running it
// again finds its own mark and changes nothing; a setup.py without the extension fails.
const char kSwitchOffScript[] =
    "import ast, sys\n"
    "path, name = sys.argv[1], sys.argv[2]\n"
    "mark = '# dlstack: %s switched off' % name\n"
    "text = open(path).read()\n"
    "spans = []\n"
    "for node in ast.walk(ast.parse(text)):\n"
    "    call = node.value if isinstance(node, ast.Expr) else None\n"
    "    if not isinstance(call, ast.Call) or getattr(call.func, 'attr', '') != 'append' or not call.args:\n"
    "        continue\n"
    "    ext = call.args[0]\n"
    "    if isinstance(ext, ast.Call) and any(k.arg == 'name' and getattr(k.value, 'value', None) == name\n"
    "                                         for k in ext.keywords):\n"
    "        spans.append((node.lineno, node.end_lineno, node.col_offset))\n"
    "if not spans:\n"
    "    if mark in text:\n"
    "        print('%s is already switched off in %s' % (name, path))\n"
    "        sys.exit(0)\n"
    "    sys.exit('%s builds no extension named %s' % (path, name))\n"
    "lines = text.split('\\n')\n"
    "for start, end, col in sorted(spans, reverse=True):\n"
    "    lines[start - 1:end] = [' ' * col + 'pass  ' + mark]\n"
    "open(path, 'w').write('\\n'.join(lines))\n"
    "print('switched off %s in %s' % (name, path))\n";

const QStringList kBuildFlags{QStringLiteral("--cpp_ext"), QStringLiteral("--cuda_ext")};

// The architectures of `fixed` the toolkit no longer compiles for ("7.0" on CUDA 13).
QStringList droppedArchs(const matrix::ApexFixedArchs &fixed, const matrix::CudaRelease &toolkit)
{
    QStringList out;
    for (qsizetype i = 0; i < fixed.archCcs.size(); ++i)
        if (toolkit.smMinCc.valid() && fixed.archCcs[i].value() < toolkit.smMinCc.value())
            out << fixed.archs[i];
    return out;
}

} // namespace

std::optional<Stage> apexRecipe(RecipeContext &ctx)
{
    if (!ctx.wantsExtra(QStringLiteral("apex")) || !ctx.isCuda() || !ctx.release->apex)
        return std::nullopt; // Selection::validate() refuses apex without CUDA or without a pairing
    const matrix::ApexPairing &pairing = *ctx.release->apex;
    const matrix::ApexRef *ref = ctx.matrix->apexRef(pairing.ref);
    if (!ref)
        return std::nullopt; // the loader checks that every pairing names a ref
    const QString dir = ctx.prefix + QStringLiteral("/src/apex");
    Stage stage;
    stage.id = QStringLiteral("apex");
    stage.title = stageTitle(StageTitle::Apex, {ref->ref});
    ctx.notes << Tr::tr("Apex is checked out at its tag %1, the Apex of NVIDIA's PyTorch container %2 (PyTorch %3), "
                        "for torch %4 (%5).")
                     .arg(ref->ref, pairing.ngcContainer, pairing.ngcTorch, ctx.release->version, pairing.source);
    if (ctx.release->isUnverified(QStringLiteral("apex")))
        ctx.notes << Tr::tr("The pairing of Apex %1 with torch %2 is not confirmed by a primary source; check the "
                            "container's release notes before relying on it.")
                         .arg(ref->ref, ctx.release->version);
    // Without submodules, as Apex's README clones it (https://github.com/NVIDIA/apex/blob/25.09/README.md):
    // they (cutlass, cudnn-frontend) serve contrib extensions the C++/CUDA build does not take, and
    // a mirror or offline folder need not hold them.
    stage.steps << gitStep(ctx, QStringLiteral("https://github.com/NVIDIA/apex"), ref->ref, dir, false);
    for (const matrix::ApexFixedArchs &fixed : ref->fixedArchs) {
        const QStringList dropped = ctx.cuda ? droppedArchs(fixed, *ctx.cuda) : QStringList();
        if (dropped.isEmpty() || !kBuildFlags.contains(fixed.buildFlag))
            continue;
        Step off = runStep({ctx.envPython, QStringLiteral("-c"), QString::fromLatin1(kSwitchOffScript),
                            QStringLiteral("setup.py"), fixed.extension},
                           dir);
        off.undo = {QStringLiteral("git"),      QStringLiteral("-C"), dir,
                    QStringLiteral("checkout"), QStringLiteral("--"), QStringLiteral("setup.py")};
        stage.steps << off;
        ctx.notes << Tr::tr("Apex %1 builds %2 (part of %3) for compute capability %4 whatever TORCH_CUDA_ARCH_LIST "
                            "says, and CUDA %5 no longer compiles for it (its oldest is %6): the plan switches %2 off "
                            "in setup.py before the build; the rest of Apex is built (%7).")
                         .arg(ref->ref, fixed.extension, fixed.buildFlag, dropped.join(QStringLiteral(", ")),
                              ctx.cuda->version, ctx.cuda->smMin, fixed.source);
    }
    QStringList args{QStringLiteral("--no-cache-dir")};
    for (const QString &flag : kBuildFlags)
        args << QStringLiteral("--config-settings") << QStringLiteral("--build-option=") + flag;
    Step build = buildStep(ctx, dir, QStringLiteral("apex"), args);
    build.env.insert(QStringLiteral("APEX_CPP_EXT"), QStringLiteral("1"));
    build.env.insert(QStringLiteral("APEX_CUDA_EXT"), QStringLiteral("1"));
    stage.steps << build;
    return stage;
}

} // namespace dlstack::plan
