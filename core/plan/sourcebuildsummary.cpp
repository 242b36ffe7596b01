// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/sourcebuildsummary.h"

#include "core/support/amounts.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceBuildSummary)
};

// The gcc a build without a compiler stage gets: /usr/bin/gcc, else the newest found.
QString defaultGcc(const probe::SystemProfile &profile)
{
    const probe::Compiler *best = nullptr;
    for (const probe::Compiler &c : profile.compilers) {
        if (c.kind != u"gcc")
            continue;
        if (c.path.endsWith(u"/gcc"))
            return QStringLiteral("gcc %1 (%2)").arg(c.version, c.path);
        if (!best)
            best = &c;
    }
    return best ? QStringLiteral("gcc %1 (%2)").arg(best->version, best->path) : QString();
}

} // namespace

QString SourceBuildSummary::sentence() const
{
    return Tr::tr("Build: CUDA %1 (%2), %3, TORCH_CUDA_ARCH_LIST=%4, MAX_JOBS=%5; %6 in all.")
        .arg(cuda, toolkit, compiler, archList)
        .arg(maxJobs)
        .arg(support::aboutMinutesText(minutes));
}

QJsonObject SourceBuildSummary::toJson() const
{
    return {{QStringLiteral("cuda"), cuda},         {QStringLiteral("toolkit"), toolkit},
            {QStringLiteral("compiler"), compiler}, {QStringLiteral("torch_cuda_arch_list"), archList},
            {QStringLiteral("max_jobs"), maxJobs},  {QStringLiteral("minutes"), minutes}};
}

std::optional<SourceBuildSummary> summarizeSourceBuild(const PlanOutcome &outcome, const probe::SystemProfile &profile,
                                                       const matrix::Selection &selection)
{
    if (!outcome.plan)
        return std::nullopt;
    const Plan &plan = *outcome.plan;
    const int build = plan.stageIndex(QStringLiteral("pytorch-source"));
    if (build < 0)
        return std::nullopt;
    SourceBuildSummary s;
    for (const Step &step : plan.stages.at(build).steps) {
        if (!step.env.contains(QStringLiteral("TORCH_CUDA_ARCH_LIST")))
            continue;
        s.archList = step.env.value(QStringLiteral("TORCH_CUDA_ARCH_LIST"));
        s.maxJobs = step.env.value(QStringLiteral("MAX_JOBS")).toInt();
        s.toolkit = step.env.value(QStringLiteral("CUDA_HOME"));
        if (step.env.contains(QStringLiteral("CC")))
            s.compiler = QStringLiteral("gcc (%1)").arg(step.env.value(QStringLiteral("CC")));
    }
    if (s.archList.isEmpty())
        return std::nullopt; // not a CUDA build
    s.cuda = selection.cuda;
    if (const int toolkit = plan.stageIndex(QStringLiteral("toolkit")); toolkit >= 0)
        s.toolkit = plan.stages.at(toolkit).title;
    if (const int compiler = plan.stageIndex(QStringLiteral("compiler")); compiler >= 0)
        s.compiler = plan.stages.at(compiler).title;
    else if (s.compiler.isEmpty())
        s.compiler = defaultGcc(profile);
    for (const int m : outcome.stageMinutes)
        s.minutes += m;
    return s;
}

std::optional<SourceBuildSummary> planSourceBuild(const matrix::Matrix &matrix, const probe::SystemProfile &profile,
                                                  const matrix::Selection &selection, const QString &prefix,
                                                  matrix::Target target)
{
    if (!selection.isSource() || selection.backend != matrix::Backend::Cuda)
        return std::nullopt;
    return summarizeSourceBuild(Planner(matrix).plan(profile, selection, {prefix, {}, target}), profile, selection);
}

} // namespace dlstack::plan
