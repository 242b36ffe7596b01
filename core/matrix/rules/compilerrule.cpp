// SPDX-License-Identifier: GPL-3.0-or-later
// Compiler rule (source route): the host gcc must be at least the release's minimum
// (source_build.gcc_min) and, for CUDA, at most what the toolkit's nvcc accepts
// (cuda.json gcc_max, crt/host_config.h). Another installed gcc in range is a warning
// (the build will be pointed at it); none is a blocker naming the package to install.
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompilerRule)
};

bool fits(const QString &version, const QString &minimum, int maxMajor)
{
    if (!minimum.isEmpty() && compareVersion(version, minimum) < 0)
        return false;
    return maxMajor <= 0 || majorOf(version) <= maxMajor;
}

} // namespace

void checkCompiler(const RuleInput &in, Findings &out)
{
    if (!in.selection.isSource())
        return;
    const QString gccMin = in.release->gccMin;
    const int gccMax = in.selection.backend == Backend::Cuda && in.cuda ? in.cuda->gccMax : 0;
    const probe::Compiler *gcc = defaultCompiler(in.profile, QStringLiteral("gcc"));
    const auto facts = [&] {
        Facts f{{QStringLiteral("gcc_min"), gccMin}, {QStringLiteral("gcc_max"), gccMax}};
        if (in.cuda)
            f.insert(QStringLiteral("source"), in.cuda->source);
        if (gcc) {
            f.insert(QStringLiteral("gcc"), gcc->version);
            f.insert(QStringLiteral("gcc_path"), gcc->path);
        }
        return f;
    };
    if (gccMax > 0 && !gccMin.isEmpty() && majorOf(gccMin) > gccMax) {
        out.append(makeFinding("compiler_range_empty", Severity::Blocker,
                               Tr::tr("PyTorch %1 needs gcc %2 or newer, but CUDA %3's nvcc accepts gcc up to %4: "
                                      "no compiler satisfies both.")
                                   .arg(in.release->version, gccMin, in.cuda->version)
                                   .arg(gccMax),
                               Tr::tr("Pick a newer CUDA for this release, or an older PyTorch for this CUDA."),
                               facts()));
        return;
    }
    const int wantMajor = gccMax > 0 ? gccMax : qMax(majorOf(gccMin), 9);
    const auto install = [&] {
        return Tr::tr("sudo apt install gcc-%1 g++-%1 (or in a conda env: conda install -c conda-forge "
                      "gcc=%1 gxx=%1)")
            .arg(wantMajor);
    };
    if (!gcc) {
        out.append(makeFinding(
            "compiler_missing", Severity::Blocker,
            Tr::tr("No gcc was found; building PyTorch from source needs a C++%1 compiler.").arg(in.release->cxxStd),
            Tr::tr("Install one: %1.").arg(install()), facts()));
        return;
    }
    if (fits(gcc->version, gccMin, gccMax))
        return;
    // Another gcc on the machine that fits: the build can be pointed at it.
    for (const probe::Compiler &c : in.profile.compilers) {
        if (c.kind == u"gcc" && fits(c.version, gccMin, gccMax)) {
            out.append(
                makeFinding("compiler_use_other_gcc", Severity::Warning,
                            Tr::tr("The default gcc %1 does not fit this build; %2 (gcc %3) does.")
                                .arg(gcc->version, c.path, c.version),
                            Tr::tr("Build with CC=%1 CXX=%2 CUDAHOSTCXX=%2 (dlstack's plan sets them).")
                                .arg(c.path, QString(c.path).replace(QStringLiteral("gcc"), QStringLiteral("g++"))),
                            facts()));
            return;
        }
    }
    if (gccMax > 0 && majorOf(gcc->version) > gccMax) {
        QString newerCuda;
        for (const CudaRelease &c : in.matrix.cudaReleases()) {
            if (c.gccMax >= majorOf(gcc->version)) {
                newerCuda = c.version;
                break;
            }
        }
        QString remedy = Tr::tr("Install gcc %1: %2, and build with CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1")
                             .arg(gccMax)
                             .arg(install());
        remedy +=
            newerCuda.isEmpty()
                ? Tr::tr(".")
                : Tr::tr("; or pick CUDA %1, whose nvcc accepts gcc %2.").arg(newerCuda).arg(majorOf(gcc->version));
        out.append(makeFinding("host_compiler_too_new", Severity::Blocker,
                               Tr::tr("CUDA %1's nvcc accepts gcc up to %2; your gcc is %3 (\"unsupported GNU "
                                      "version\").")
                                   .arg(in.cuda->version)
                                   .arg(gccMax)
                                   .arg(gcc->version),
                               remedy, facts()));
    } else {
        out.append(makeFinding("compiler_too_old", Severity::Blocker,
                               Tr::tr("Building PyTorch %1 needs gcc %2 or newer; your gcc is %3.")
                                   .arg(in.release->version, gccMin, gcc->version),
                               Tr::tr("Install a newer gcc: %1.").arg(install()), facts()));
    }
}

} // namespace dlstack::matrix::rules
