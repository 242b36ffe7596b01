// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/checker.h"

#include "core/matrix/rules/rule.h"

#include <QCoreApplication>
#include <QDir>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
};

const probe::PythonEnv *findEnv(const probe::SystemProfile &profile, const QString &path)
{
    const QString wanted = QDir::cleanPath(path);
    for (const probe::PythonEnv &env : profile.pythonEnvs) {
        if (QDir::cleanPath(env.path) == wanted)
            return &env;
    }
    return nullptr;
}

QString listVariants(const TorchRelease &release)
{
    QStringList ids;
    for (const TorchVariant &v : release.variants)
        ids << v.id;
    return ids.join(QStringLiteral(", "));
}

// "2.5.0, 2.5.1, 2.6.0": the releases with a variant of the backend.
QString releasesWith(const Matrix &matrix, Backend backend)
{
    QStringList versions;
    for (const TorchRelease &r : matrix.releases())
        if (r.variantFor(backend, {}))
            versions << r.version;
    return versions.join(QStringLiteral(", "));
}

} // namespace

QString effectivePython(const probe::SystemProfile &profile, const Selection &selection, const TorchRelease &release)
{
    if (!selection.python.isEmpty())
        return selection.python;
    if (selection.envKind == EnvKind::Existing) {
        if (const probe::PythonEnv *env = findEnv(profile, selection.envPath))
            return support::Version::parse(env->pythonVersion)
                       ? support::Version::parse(env->pythonVersion)->majorMinor()
                       : QString();
        return {};
    }
    QStringView best; // a new venv or conda environment alike
    for (const probe::PythonInterpreter &p : profile.pythons) {
        const QStringView mm = majorMinorPrefix(p.version);
        if (!mm.isEmpty() && rules::pythonInRange(mm, release) && (best.isEmpty() || compareVersion(mm, best) > 0))
            best = mm;
    }
    return best.isEmpty() ? release.pythonMax : best.toString();
}

QList<Finding> check(const probe::SystemProfile &profile, const Selection &selection, const Matrix &matrix,
                     Target target)
{
    QList<Finding> out;
    out.reserve(8);
    const TorchRelease *release = matrix.release(selection.torch);
    if (!release) {
        out.append(rules::makeFinding("selection_unknown", Severity::Blocker,
                                      Tr::tr("PyTorch %1 is not in the tested matrix.").arg(selection.torch),
                                      Tr::tr("Pick a version listed by `dlstack matrix`."),
                                      {{QStringLiteral("torch"), selection.torch}}));
        return out;
    }
    rules::RuleInput in{profile, selection, matrix};
    in.target = target;
    in.release = release;
    for (const probe::Gpu &gpu : profile.gpus) {
        if (gpu.vendor == u"nvidia")
            in.nvidiaGpus.append(&gpu);
        else if (gpu.vendor == u"amd")
            in.amdGpus.append(&gpu);
        else if (gpu.vendor == u"intel")
            in.intelGpus.append(&gpu);
    }
    if (selection.backend == Backend::Cuda) {
        in.cuda = matrix.cuda(selection.cuda);
        if (!in.cuda) {
            out.append(rules::makeFinding(
                "selection_unknown", Severity::Blocker,
                Tr::tr("CUDA %1 is not in the tested matrix.").arg(selection.cuda),
                Tr::tr("Pick a CUDA version listed by `dlstack matrix --torch %1`.").arg(release->version),
                {{QStringLiteral("cuda"), selection.cuda}}));
            return out;
        }
    } else if (selection.backend == Backend::Rocm) {
        in.rocm = matrix.rocm(selection.rocm);
        if (!in.rocm) {
            out.append(rules::makeFinding(
                "selection_unknown", Severity::Blocker,
                Tr::tr("ROCm %1 is not in the tested matrix.").arg(selection.rocm),
                Tr::tr("Pick a ROCm version listed by `dlstack matrix --torch %1`.").arg(release->version),
                {{QStringLiteral("rocm"), selection.rocm}}));
            return out;
        }
    }
    if (!selection.isSource()) {
        const QString version = selection.backendVersion();
        in.variant = release->variantFor(selection.backend, version);
        if (!in.variant) {
            const QString what =
                version.isEmpty() ? backendTitle(selection.backend) : backendTitle(selection.backend) + u' ' + version;
            out.append(rules::makeFinding(
                "no_wheel_for_selection", Severity::Blocker,
                selection.backend == Backend::Xpu
                    ? Tr::tr("The tested matrix records no XPU wheels for PyTorch %1.").arg(release->version)
                    : Tr::tr("PyTorch %1 has no official %2 wheels.").arg(release->version, what),
                selection.backend == Backend::Xpu
                    ? Tr::tr("Pick a PyTorch release with XPU wheels in the tested matrix (%1), or another variant "
                             "of %2 (%3).")
                          .arg(releasesWith(matrix, Backend::Xpu), release->version, listVariants(*release))
                    : Tr::tr("Pick one of the published variants (%1), or build from source (--route source).")
                          .arg(listVariants(*release)),
                {{QStringLiteral("torch"), release->version}, {QStringLiteral("variant"), selection.variantId()}}));
        }
    }
    if (selection.isSource() && in.cuda && !release->variantFor(Backend::Cuda, in.cuda->version)) {
        // The release's own CI built it with the CUDA versions of its wheels; others are untested.
        out.append(rules::makeFinding(
            "source_cuda_untested", Severity::Warning,
            Tr::tr("PyTorch %1 was not released with CUDA %2; a build may work but was not tested by PyTorch.")
                .arg(release->version, in.cuda->version),
            Tr::tr("Prefer a CUDA version of its wheels (%1).").arg(listVariants(*release)),
            {{QStringLiteral("torch"), release->version}, {QStringLiteral("cuda"), in.cuda->version}}));
    }
    if (selection.envKind == EnvKind::Existing)
        in.env = findEnv(profile, selection.envPath);
    in.python = effectivePython(profile, selection, *release);
    if (selection.backend == Backend::Cuda && in.cuda && !in.nvidiaGpus.isEmpty()) {
        in.driverNeedsInstall =
            !profile.nvidiaDriver || compareVersion(profile.nvidiaDriver->version, in.cuda->driverMin) < 0;
    }

    rules::checkBackend(in, out);
    rules::checkDriver(in, out);
    rules::checkGpuArch(in, out);
    rules::checkRocm(in, out);
    rules::checkXpu(in, out);
    rules::checkCompiler(in, out);
    rules::checkPython(in, out);
    rules::checkCompanions(in, out);
    rules::checkCmake(in, out);
    rules::checkNumpy(in, out);
    rules::checkDistutils(in, out);
    rules::checkResources(in, out);
    rules::checkExistingEnv(in, out);
    rules::checkHazards(in, out);
    return out;
}

namespace rules {

Finding makeFinding(const char *id, Severity severity, const QString &message, const QString &remedy,
                    const Facts &facts)
{
    return Finding{QLatin1String(id), severity, message, remedy, facts};
}

int majorOf(const QString &version)
{
    return leadingNumber(version);
}

const probe::Compiler *defaultCompiler(const probe::SystemProfile &profile, const QString &kind)
{
    // The plain `gcc` on PATH is what a build uses unless CC says otherwise.
    const probe::Compiler *newest = nullptr;
    for (const probe::Compiler &c : profile.compilers) {
        if (c.kind != kind)
            continue;
        const QStringView file = QStringView(c.path).mid(c.path.lastIndexOf(u'/') + 1);
        if (file == kind || (kind == u"gcc" && file == u"cc"))
            return &c;
        if (!newest || compareVersion(c.version, newest->version) > 0)
            newest = &c;
    }
    return newest;
}

QString gpuLabel(const probe::Gpu &gpu)
{
    return gpu.name.isEmpty() ? QStringLiteral("GPU ") + gpu.pciBusId : gpu.name;
}

bool pythonInRange(QStringView python, const TorchRelease &release, bool *experimental)
{
    if (experimental)
        *experimental = false;
    const bool freeThreaded = python.endsWith(u't');
    const QStringView base = freeThreaded ? python.chopped(1) : python;
    if (release.pythonExperimental.contains(python)) {
        if (experimental)
            *experimental = true;
        return true;
    }
    if (freeThreaded || base.isEmpty() || !base[0].isDigit())
        return false;
    return compareVersion(base, release.pythonMin, 2) >= 0 && compareVersion(base, release.pythonMax, 2) <= 0;
}

} // namespace rules

} // namespace dlstack::matrix
