// SPDX-License-Identifier: GPL-3.0-or-later
// ROCm source builds as the conda-pinned guides do them: in a conda environment the host
// compiler is conda-forge's gcc at the system gcc's major version (so the environment's
// libstdc++, found before the system's, is not older than the one ROCm's libraries were
// linked against); hipcc is told the platform and its clang (HIP_PLATFORM, HIP_CLANG_PATH);
// headers are searched ROCm first, then the environment, then the system, because ROCm's
// clang adds ROCm's include directory with -idirafter, after the system's
// (https://github.com/ROCm/hip/issues/3587, https://github.com/rahul-goel/fused-ssim/pull/43);
// libraries are found in the same order (ROCm, the environment, the system).
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include "core/support/version.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RocmSourceRecipe)
};

bool rocmSourceBuild(const RecipeContext &ctx)
{
    return ctx.isRocm() && ctx.selection->isSource();
}

bool inConda(const RecipeContext &ctx)
{
    return ctx.envKind == u"conda" && !ctx.condaExe.isEmpty();
}

// The major version of /usr/bin/gcc (else the newest gcc found); 0 when none is known.
int systemGccMajor(const RecipeContext &ctx)
{
    int newest = 0;
    for (const probe::Compiler &c : ctx.profile->compilers) {
        if (c.kind != u"gcc")
            continue;
        const auto v = support::Version::parse(c.version);
        const int major = v ? v->major() : 0;
        if (c.path == u"/usr/bin/gcc")
            return major;
        newest = std::max(newest, major);
    }
    return newest;
}

} // namespace

std::optional<Stage> rocmCompilerRecipe(RecipeContext &ctx)
{
    if (!rocmSourceBuild(ctx))
        return std::nullopt;
    ctx.notes << Tr::tr("ROCm's clang puts ROCm's include directory after the system's (-idirafter); the build "
                        "searches ROCm, then the environment, then the system (%1).")
                     .arg(QStringLiteral("https://github.com/ROCm/hip/issues/3587"));
    if (!inConda(ctx)) {
        ctx.notes << Tr::tr("A ROCm source build in a venv uses the system gcc and libstdc++; a conda environment "
                            "(--env new-conda) keeps the compiler with the environment.");
        return std::nullopt;
    }
    const int major = systemGccMajor(ctx);
    if (major <= 0)
        return std::nullopt; // the compiler rule refuses a source build without gcc
    const QString pin = QString::number(major);
    Stage stage;
    stage.id = QStringLiteral("compiler");
    stage.title = stageTitle(StageTitle::CondaGcc, {pin});
    stage.steps << condaInstallStep(ctx, {QStringLiteral("gcc=%1").arg(pin), QStringLiteral("gxx=%1").arg(pin)},
                                    {QStringLiteral("gcc"), QStringLiteral("gxx")});
    ctx.cc = ctx.envBin() + QStringLiteral("/gcc");
    ctx.cxx = ctx.envBin() + QStringLiteral("/g++");
    // Activation: the environment's libraries (conda's libstdc++) after ROCm's, before the system's.
    const QString rocmLib = ctx.rocmPath + QStringLiteral("/lib");
    const qsizetype at = ctx.libraryEntries.indexOf(rocmLib);
    ctx.libraryEntries.insert(at < 0 ? ctx.libraryEntries.size() : at + 1, ctx.envPath + QStringLiteral("/lib"));
    return stage;
}

void addRocmBuildEnv(const RecipeContext &ctx, QMap<QString, QString> &env)
{
    if (!rocmSourceBuild(ctx))
        return;
    env.insert(QStringLiteral("HIP_PLATFORM"), QStringLiteral("amd"));
    env.insert(QStringLiteral("HIP_PATH"), ctx.rocmPath);
    env.insert(QStringLiteral("HIP_CLANG_PATH"), ctx.rocmPath + QStringLiteral("/llvm/bin"));
    QStringList include{ctx.rocmPath + QStringLiteral("/include")};
    QStringList library{ctx.rocmPath + QStringLiteral("/lib")};
    if (ctx.envKind == u"conda") {
        include << ctx.envPath + QStringLiteral("/include");
        library << ctx.envPath + QStringLiteral("/lib");
    }
    // Searched after -I and before the system's directories, for gcc and clang alike.
    env.insert(QStringLiteral("CPATH"), include.join(u':'));
    env.insert(QStringLiteral("LIBRARY_PATH"), library.join(u':'));
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), library.join(u':'));
}

} // namespace dlstack::plan
