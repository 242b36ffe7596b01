// SPDX-License-Identifier: GPL-3.0-or-later
// Prebuilt stage: pip install of torch (and the chosen companions) from the index of the
// selected CUDA/ROCm/CPU variant, also inside conda envs (no conda packages after 2.5);
// then a constraints file pinning the exact installed builds, exported as PIP_CONSTRAINT
// by the activation script so a later `pip install -r` cannot swap the CUDA build.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include <QUrl>

namespace dlstack::plan {

namespace {

// Writes "name==version" for each installed distribution named on the command line.
const char kPinScript[] = "import sys, importlib.metadata as m\n"
                          "out = sys.argv[1]\n"
                          "lines = [n + '==' + m.version(n) for n in sys.argv[2:]]\n"
                          "open(out, 'w').write('\\n'.join(lines) + '\\n')\n"
                          "print('pinned: ' + ', '.join(lines))\n";

} // namespace

QString mirrored(const RecipeContext &ctx, const QString &url)
{
    if (ctx.mirrorUrl.isEmpty())
        return url;
    const QUrl parsed(url);
    QString base = ctx.mirrorUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u'/' + parsed.host() + parsed.path();
}

QStringList pipSourceArgs(const RecipeContext &ctx)
{
    if (!ctx.mirrorDir.isEmpty())
        return {QStringLiteral("--no-index"), QStringLiteral("--find-links"), ctx.mirrorDir};
    if (!ctx.variant || ctx.variant->indexUrl.isEmpty())
        return {};
    return {QStringLiteral("--index-url"), mirrored(ctx, ctx.variant->indexUrl)};
}

Step pinStep(const RecipeContext &ctx, const QStringList &packages)
{
    const QString file = ctx.prefix + QStringLiteral("/constraints.txt");
    Step pin =
        runStep(QStringList{ctx.envPython, QStringLiteral("-c"), QString::fromLatin1(kPinScript), file} + packages);
    pin.creates = {file};
    return pin;
}

std::optional<Stage> prebuiltRecipe(RecipeContext &ctx)
{
    if (ctx.selection->isSource())
        return std::nullopt;
    Stage stage;
    stage.id = QStringLiteral("pytorch");
    stage.title =
        stageTitle(StageTitle::TorchWheels, {ctx.release->version, ctx.variant ? ctx.variant->id : QString()});
    QStringList names{QStringLiteral("torch")};
    QStringList specs{QStringLiteral("torch==") + ctx.release->version};
    for (const QString &extra : {QStringLiteral("torchvision"), QStringLiteral("torchaudio")}) {
        if (ctx.wantsExtra(extra) && !ctx.extraPin(extra).isEmpty()) {
            names << extra;
            specs << extra + QStringLiteral("==") + ctx.extraPin(extra);
        }
    }
    QStringList argv{ctx.envPython, QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install")};
    Step install = runStep(argv + specs + pipSourceArgs(ctx));
    install.progress = QStringLiteral("pip");
    install.undo = QStringList{ctx.envPython, QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("uninstall"),
                               QStringLiteral("-y")} +
                   names;
    stage.steps << install;
    // torchtext has one build per torch release (no CUDA code), published on PyPI; it pins
    // torch==X, which the wheel installed above satisfies.
    if (ctx.wantsExtra(QStringLiteral("torchtext")) && !ctx.extraPin(QStringLiteral("torchtext")).isEmpty()) {
        QStringList text =
            argv + QStringList{QStringLiteral("torchtext==") + ctx.extraPin(QStringLiteral("torchtext"))};
        if (!ctx.mirrorDir.isEmpty())
            text += pipSourceArgs(ctx);
        Step textStep = runStep(text);
        textStep.progress = QStringLiteral("pip");
        textStep.undo = QStringList{ctx.envPython,         QStringLiteral("-m"),
                                    QStringLiteral("pip"), QStringLiteral("uninstall"),
                                    QStringLiteral("-y"),  QStringLiteral("torchtext")};
        stage.steps << textStep;
        names << QStringLiteral("torchtext");
    }
    stage.steps << pinStep(ctx, names);
    ctx.exports.insert(QStringLiteral("PIP_CONSTRAINT"), ctx.prefix + QStringLiteral("/constraints.txt"));
    return stage;
}

} // namespace dlstack::plan
