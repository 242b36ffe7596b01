// SPDX-License-Identifier: GPL-3.0-or-later
// SbatchExporter: a Plan as a Slurm batch script that runs it with `dlstack install PLAN
// --yes` on a compute node (docs/cluster.md). The #SBATCH lines ask for what the plan was
// made for: one task with MAX_JOBS cores and MAX_JOBS x the memory one compile job is
// planned with (matrix::proposedMaxJobs), a time limit from the plan's estimate, one GPU
// when verification needs one. The log goes where Slurm users look (dlstack-<job id>.out in
// the submit directory, appended to across requeues); the job may be requeued, and a rerun
// resumes: finished stages are skipped through the prefix's journal, and a requeued job
// installs the plan the prefix keeps (`dlstack install --prefix P`). The plan travels
// inside the script as one single-quoted word; a plan holding a URL with user-info or a
// query is refused (the script is shared and lands in spool directories). Pure functions.
// `dlstack plan --format sbatch` and the wizard's Review page both fill SlurmChoices and
// call slurmJobFor() and exportSbatch(), so their scripts are the same bytes.
#pragma once

#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/plan/plan.h"
#include "core/plan/planner.h"
#include "core/probe/systemprofile.h"
#include "core/support/error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace dlstack::plan {

// What the batch script asks Slurm for.
struct SlurmJob
{
    static constexpr qint64 kMibPerJob = 3072; // one compile job's memory, as MAX_JOBS is planned
    int cpus = 1;                              // MAX_JOBS
    qint64 memoryMib = kMibPerJob;
    int minutes = 60;                            // time limit
    bool gpu = false;                            // --gres=gpu:1
    QString partition;                           // empty: the cluster's default partition
    QString program = QStringLiteral("dlstack"); // the dlstack on the compute nodes (DLSTACK overrides it)
};

// What the person chooses for the job; cores, memory, time and GPU follow from the plan.
struct SlurmChoices
{
    QString partition;                           // empty: the cluster's default partition
    QString program = QStringLiteral("dlstack"); // the dlstack CLI (the wizard's: the one beside it)
};

// The job a planned selection needs: MAX_JOBS from the plan's build steps, else the
// selection's, else this machine's default (plan::buildDefaults); a GPU when the plan
// verifies a CUDA or ROCm build; partition and program as chosen.
SlurmJob slurmJobFor(const PlanOutcome &outcome, const probe::SystemProfile &machine,
                     const matrix::Selection &selection, const matrix::Matrix &matrix, const SlurmChoices &choices);

// The job a plan needs: cores from the MAX_JOBS its steps set (else fallbackJobs), memory
// per job, time: twice the estimate (stage id -> minutes) rounded up to 15 minutes, at
// least 30; gpu as given (verification on a GPU backend).
SlurmJob slurmJobFor(const Plan &plan, const QMap<QString, int> &stageMinutes, int fallbackJobs, bool gpu);

// "1-02:30:00": Slurm's --time for minutes.
QString slurmTime(int minutes);

support::Result<QByteArray> exportSbatch(const Plan &plan, const SlurmJob &job);

} // namespace dlstack::plan
