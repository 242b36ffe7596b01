// SPDX-License-Identifier: GPL-3.0-or-later
// SourceBuildSummary: what a planned CUDA source build of PyTorch will use, read back from
// the plan the planner made (so it never disagrees with what runs): the toolkit and where it
// comes from, the gcc nvcc gets, TORCH_CUDA_ARCH_LIST, MAX_JOBS and the time estimate.
// `dlstack recommend` and the wizard's Stack page show it under a source-route proposal.
// Pure.
#pragma once

#include "core/plan/planner.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dlstack::plan {

struct SourceBuildSummary
{
    QString cuda;     // "12.6"
    QString toolkit;  // where it comes from: "/usr/local/cuda-12.6" (installed) or the toolkit stage's title
    QString compiler; // "gcc 12.2.0 (/usr/bin/gcc)" or the compiler stage's title ("gcc 11 from conda-forge")
    QString archList; // TORCH_CUDA_ARCH_LIST: "6.1+PTX"
    int maxJobs = 0;
    int minutes = 0; // the whole plan, estimate

    QString sentence() const; // one line for people, translated
    QJsonObject toJson() const;
};

// nullopt unless the outcome holds a plan with a CUDA source build of torch.
std::optional<SourceBuildSummary> summarizeSourceBuild(const PlanOutcome &outcome, const probe::SystemProfile &profile,
                                                       const matrix::Selection &selection);

// Plans `selection` into `prefix` and summarises its source build; nullopt when planning
// fails or the selection is not a CUDA source build.
std::optional<SourceBuildSummary> planSourceBuild(const matrix::Matrix &matrix, const probe::SystemProfile &profile,
                                                  const matrix::Selection &selection, const QString &prefix,
                                                  matrix::Target target = matrix::Target::ThisMachine);

} // namespace dlstack::plan
