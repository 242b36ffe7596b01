// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/developbuild.h"

#include "core/plan/recipes/recipecontext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DevelopBuild)
};

const QString kSourceStage = QStringLiteral("pytorch-source");

bool isPipInstall(const Step &step)
{
    const qsizetype install = step.argv.indexOf(QStringLiteral("install"));
    return step.kind == Step::Kind::Run && install >= 1 && step.argv.value(install - 1) == u"pip";
}

} // namespace

bool isEditableInstall(const Step &step)
{
    return isPipInstall(step) &&
           (step.argv.contains(QStringLiteral("-e")) || step.argv.contains(QStringLiteral("--editable")));
}

support::Result<DevelopBuild> developBuild(const Plan &plan)
{
    const int at = plan.stageIndex(kSourceStage);
    if (at < 0)
        return support::Error{
            Tr::tr("The plan of %1 builds no PyTorch from source, so there is nothing to rebuild.").arg(plan.prefix),
            QString(),
            Tr::tr("dlstack rebuild is for a development install: plan one with dlstack plan "
                   "--route source --develop and install it.")};
    const Stage &stage = plan.stages.at(at);
    int build = -1;
    bool sourceBuild = false;
    for (int i = 0; i < stage.steps.size(); ++i) {
        const Step &step = stage.steps.at(i);
        if (!isPipInstall(step) || !step.argv.contains(QStringLiteral("--no-build-isolation")))
            continue;
        sourceBuild = true;
        if (isEditableInstall(step))
            build = i;
    }
    if (build < 0)
        return support::Error{
            Tr::tr("The plan of %1 builds PyTorch from source but installs it as a package, not editable: it was "
                   "planned without --develop, so its environment does not run the source tree.")
                .arg(plan.prefix),
            sourceBuild ? QString() : Tr::tr("Stage %1 has no pip build step.").arg(kSourceStage),
            Tr::tr("Plan a development install into a new prefix with dlstack plan --route source --develop "
                   "--prefix DIR and install it; dlstack rebuild DIR then rebuilds it after each edit.")};
    const Step &step = stage.steps.at(build);
    const QString tree = step.cwd.isEmpty() ? plan.prefix : step.cwd;
    if (!QFileInfo(tree).isDir())
        return support::Error{
            Tr::tr("The source tree %1 of the development install in %2 is gone.").arg(tree, plan.prefix), QString(),
            Tr::tr("Check it out again with dlstack rollback --prefix %1 --stage %2 and dlstack "
                   "install --prefix %1 (this fetches and builds it from the start).")
                .arg(shellQuote(plan.prefix), kSourceStage)};
    return DevelopBuild{kSourceStage, build, tree};
}

} // namespace dlstack::plan
