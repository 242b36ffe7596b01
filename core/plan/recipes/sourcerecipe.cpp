// SPDX-License-Identifier: GPL-3.0-or-later
// Source stages: PyTorch checked out at its release tag with submodules and built with the
// machine's arch list, MAX_JOBS, CUDA_HOME/ROCm, compiler and launcher (hipify first for
// ROCm); torchvision/torchaudio at the matching tags (Apex: apexrecipe.cpp). Sources and
// build trees stay in <prefix>/src so a failed build resumes; with --develop torch is installed
// editable from its tree.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include "core/support/version.h"

#include <QCoreApplication>

namespace dlstack::plan {

Step buildStep(const RecipeContext &ctx, const QString &dir, const QString &package, QStringList extraArgs)
{
    Step build = runStep(pipInstall(ctx) + QStringList{QStringLiteral("--no-build-isolation"), QStringLiteral("-v")} +
                             extraArgs + QStringList{QStringLiteral(".")},
                         dir, ctx.buildEnv());
    build.progress = QStringLiteral("ninja");
    build.undo = {ctx.envPython,         QStringLiteral("-m"),
                  QStringLiteral("pip"), QStringLiteral("uninstall"),
                  QStringLiteral("-y"),  package};
    return build;
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceRecipe)
};

// A chosen launcher the machine lacks becomes a command for the user before the build;
// distcc without hosts falls back to distcc's own configuration, which is said.
void noteLauncher(RecipeContext &ctx)
{
    const matrix::Launcher chosen = ctx.selection->launcher;
    if (chosen == matrix::Launcher::None)
        return;
    const QString launcher = matrix::launcherName(chosen); // also its executable's name
    const auto tool = ctx.profile->tools.constFind(launcher);
    if (tool != ctx.profile->tools.cend() && !tool->has_value()) {
        if (chosen == matrix::Launcher::Sccache) {
            ctx.notes << Tr::tr("sccache is not installed: put its release binary on PATH before the build.");
        } else {
            ctx.notes << Tr::tr("%1 is not installed; the build needs it:").arg(launcher);
            ctx.rootCommands << QStringLiteral("sudo apt-get install %1").arg(launcher);
        }
    }
    if (chosen == matrix::Launcher::Distcc && ctx.selection->distccHosts.isEmpty())
        ctx.notes << Tr::tr("No distcc hosts were named: distcc uses DISTCC_HOSTS or ~/.distcc/hosts at build time, "
                            "and compiles locally when neither lists a host.");
}

} // namespace

std::optional<Stage> torchSourceRecipe(RecipeContext &ctx)
{
    if (!ctx.selection->isSource())
        return std::nullopt;
    noteLauncher(ctx);
    const QString version = ctx.release->version;
    const QString dir = ctx.prefix + QStringLiteral("/src/pytorch");
    Stage stage;
    stage.id = QStringLiteral("pytorch-source");
    stage.title = stageTitle(StageTitle::TorchFromSource, {version});
    stage.steps << gitStep(ctx, QStringLiteral("https://github.com/pytorch/pytorch"), QStringLiteral("v") + version,
                           dir);

    QStringList deps = pipInstall(ctx) +
                       QStringList{QStringLiteral("-r"), QStringLiteral("requirements.txt"), QStringLiteral("ninja")};
    if (support::compareVersions(version, u"2.7.0") < 0) {
        deps << QStringLiteral("cmake<4"); // CMake 4 rejects the old submodules' cmake_minimum_required
        ctx.notes
            << Tr::tr("torch %1 predates CMake 4 support: cmake<4 is pinned and CMAKE_POLICY_VERSION_MINIMUM=3.5 set.")
                   .arg(version);
    } else if (!ctx.release->cmakeMin.isEmpty()) {
        deps << QStringLiteral("cmake>=") + ctx.release->cmakeMin;
    }
    Step installDeps = runStep(deps + pipSourceArgs(ctx), dir);
    installDeps.progress = QStringLiteral("pip");
    stage.steps << installDeps;
    stage.steps << buildLibrarySteps(ctx);

    if (ctx.isRocm()) // CUDA sources -> HIP; writes next to the sources, idempotent
        stage.steps << runStep({ctx.envPython, QStringLiteral("tools/amd_build/build_amd.py")}, dir, ctx.buildEnv());

    // A development install (--develop): editable, the environment imports the tree itself, and
    // `dlstack rebuild` re-runs this step there (core/plan/developbuild.h finds it).
    Step build = buildStep(ctx, dir, QStringLiteral("torch"),
                           ctx.selection->develop ? QStringList{QStringLiteral("-e")} : QStringList());
    if (ctx.selection->develop)
        ctx.notes << Tr::tr("torch is installed editable from %1 (pip install -e ., as `python setup.py develop`): "
                            "after an edit there, `dlstack rebuild %2` rebuilds only what changed, in the same "
                            "environment.")
                         .arg(dir, shellQuote(ctx.prefix));
    build.env.insert(QStringLiteral("PYTORCH_BUILD_VERSION"), version);
    build.env.insert(QStringLiteral("PYTORCH_BUILD_NUMBER"), QStringLiteral("1"));
    stage.steps << build;
    stage.steps << pinStep(ctx, {QStringLiteral("torch")});
    ctx.exports.insert(QStringLiteral("PIP_CONSTRAINT"), ctx.prefix + QStringLiteral("/constraints.txt"));
    return stage;
}

std::optional<Stage> extrasSourceRecipe(RecipeContext &ctx)
{
    if (!ctx.selection->isSource())
        return std::nullopt;
    Stage stage;
    stage.id = QStringLiteral("companions");
    QStringList titles;
    struct Companion
    {
        QString name;
        QString repo;
    };
    const QList<Companion> companions{
        {QStringLiteral("torchvision"), QStringLiteral("https://github.com/pytorch/vision")},
        {QStringLiteral("torchaudio"), QStringLiteral("https://github.com/pytorch/audio")},
        {QStringLiteral("torchtext"), QStringLiteral("https://github.com/pytorch/text")}};
    QStringList pinned{QStringLiteral("torch")};
    for (const Companion &c : companions) {
        const QString version = ctx.extraPin(c.name);
        if (!ctx.wantsExtra(c.name) || version.isEmpty())
            continue;
        const QString dir = ctx.prefix + QStringLiteral("/src/") + c.name;
        stage.steps << gitStep(ctx, c.repo, QStringLiteral("v") + version, dir);
        Step build = buildStep(ctx, dir, c.name);
        build.env.insert(QStringLiteral("BUILD_VERSION"), version);
        if (ctx.isCuda())
            build.env.insert(QStringLiteral("FORCE_CUDA"), QStringLiteral("1"));
        stage.steps << build;
        titles << c.name + u' ' + version;
        pinned << c.name;
    }
    if (stage.steps.isEmpty())
        return std::nullopt;
    stage.steps << pinStep(ctx, pinned);
    stage.title = stageTitle(StageTitle::CompanionsFromSource, {titles.join(QStringLiteral(", "))});
    return stage;
}

} // namespace dlstack::plan
