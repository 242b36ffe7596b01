// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/export/sbatchexporter.h"

#include "core/plan/builddefaults.h"
#include "core/plan/prefixlayout.h"
#include "core/plan/recipes/recipecontext.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SbatchExporter)
};

// sbatch reads #SBATCH lines itself, not through a shell: only plain names go there.
bool isSlurmName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return plain.match(name).hasMatch();
}

QString jobName(const QString &planName)
{
    QString name;
    for (const QChar c : planName) {
        const bool plain = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_');
        name += plain ? c : u'_';
    }
    return QStringLiteral("dlstack-") + (name.isEmpty() ? QStringLiteral("plan") : name.left(48));
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

SlurmJob slurmJobFor(const Plan &plan, const QMap<QString, int> &stageMinutes, int fallbackJobs, bool gpu)
{
    SlurmJob job;
    int jobs = 0;
    for (const Stage &stage : plan.stages) {
        for (const Step &step : stage.steps)
            jobs = qMax(jobs, step.env.value(QStringLiteral("MAX_JOBS")).toInt());
    }
    job.cpus = qMax(1, jobs > 0 ? jobs : fallbackJobs);
    job.memoryMib = job.cpus * SlurmJob::kMibPerJob;
    int minutes = 0;
    for (const Stage &stage : plan.stages)
        minutes += stageMinutes.value(stage.id);
    minutes = qMax(30, 2 * minutes);
    job.minutes = (minutes + 14) / 15 * 15;
    job.gpu = gpu;
    return job;
}

SlurmJob slurmJobFor(const PlanOutcome &outcome, const probe::SystemProfile &machine,
                     const matrix::Selection &selection, const matrix::Matrix &matrix, const SlurmChoices &choices)
{
    if (!outcome.plan)
        return {};
    const int jobs = selection.maxJobs > 0 ? selection.maxJobs : buildDefaults(machine, selection, matrix).maxJobs;
    const bool gpu =
        selection.backend != matrix::Backend::Cpu && outcome.plan->stageIndex(QStringLiteral("verify")) >= 0;
    SlurmJob job = slurmJobFor(*outcome.plan, outcome.stageMinutes, jobs, gpu);
    job.partition = choices.partition;
    job.program = choices.program;
    return job;
}

QString slurmTime(int minutes)
{
    const int m = qMax(1, minutes);
    return QStringLiteral("%1-%2:%3:00")
        .arg(m / 1440)
        .arg(m % 1440 / 60, 2, 10, QChar(u'0'))
        .arg(m % 60, 2, 10, QChar(u'0'));
}

support::Result<QByteArray> exportSbatch(const Plan &plan, const SlurmJob &job)
{
    const QString json = QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
    if (support::redactUrls(json) != json) {
        return support::Error{Tr::tr("The plan holds a URL with a user name, password or query; a batch script "
                                     "would carry it into Slurm's spool directory and the job's log."),
                              support::redactUrls(json).left(400),
                              Tr::tr("Keep the credential in the secret store (a download step's \"credential\") or "
                                     "use the bash export, which reads such URLs from the environment.")};
    }
    if (!job.partition.isEmpty() && !isSlurmName(job.partition)) {
        return support::Error{
            Tr::tr("%1 is not a Slurm partition name.").arg(job.partition),
            {},
            Tr::tr("Partition names hold only letters, digits, '.', '-' and '_' (sinfo lists them).")};
    }
    QStringList out;
    out << QStringLiteral("#!/usr/bin/env bash");
    // Every word from the plan is single-quoted on purpose: nothing in it expands.
    out << QStringLiteral("# shellcheck disable=SC2016");
    out << QStringLiteral("# dlstack plan: %1, as a Slurm batch job (docs/cluster.md).").arg(oneLine(plan.name));
    out << QStringLiteral("# Submit from a directory the compute nodes share: sbatch THIS_FILE");
    out << QStringLiteral("# Log: dlstack-<job id>.out in the submit directory, every attempt appended.");
    out << QStringLiteral("# From the login node: dlstack status --prefix %1").arg(oneLine(shellQuote(plan.prefix)));
    out << QStringLiteral("#SBATCH --job-name=%1").arg(jobName(plan.name));
    out << QStringLiteral("#SBATCH --ntasks=1");
    out << QStringLiteral("#SBATCH --cpus-per-task=%1").arg(qMax(1, job.cpus));
    out << QStringLiteral("#SBATCH --mem=%1M").arg(qMax<qint64>(1, job.memoryMib));
    out << QStringLiteral("#SBATCH --time=%1").arg(slurmTime(job.minutes));
    if (job.gpu)
        out << QStringLiteral("#SBATCH --gres=gpu:1");
    if (!job.partition.isEmpty())
        out << QStringLiteral("#SBATCH --partition=%1").arg(job.partition);
    out << QStringLiteral("#SBATCH --output=dlstack-%j.out");
    out << QStringLiteral("#SBATCH --open-mode=append");
    out << QStringLiteral("#SBATCH --requeue");
    out << QStringLiteral("set -euo pipefail");
    out << QStringLiteral("PREFIX=%1").arg(shellQuote(plan.prefix));
    out << QStringLiteral("DLSTACK=\"${DLSTACK:-%1}\"").arg(shellQuote(job.program));
    out << QStringLiteral("attempt=$(( ${SLURM_RESTART_COUNT:-0} + 1 ))");
    out << QStringLiteral(
        "echo \"== dlstack: job ${SLURM_JOB_ID:-none} on $(hostname), attempt $attempt, prefix $PREFIX\"");
    out << QStringLiteral("status=0");
    // Slurm ends an attempt with SIGTERM (time limit, scancel, preemption, requeue): dlstack
    // records the stage as cancelled, and the log says what happened and what to do next.
    out << QStringLiteral("# Called by the TERM trap below.");
    out << QStringLiteral("# shellcheck disable=SC2317");
    out << QStringLiteral("stopped_by_slurm() {");
    out << QStringLiteral("    echo \"== dlstack: Slurm stopped attempt $attempt (time limit, scancel, preemption or "
                          "requeue); the journal in $PREFIX keeps where it stopped. A requeued job resumes by itself; "
                          "otherwise submit this script again (after a time limit with more time: sbatch --time=...) "
                          "and finished stages are skipped.\"");
    out << QStringLiteral("}");
    out << QStringLiteral("trap stopped_by_slurm TERM");
    out << QStringLiteral("if [ \"$attempt\" -gt 1 ] && [ -f \"%1\" ]; then")
               .arg(PrefixLayout(QStringLiteral("$PREFIX")).plan());
    out << QStringLiteral("    echo '== requeued: resuming the plan the prefix keeps (finished stages are skipped)'");
    out << QStringLiteral("    \"$DLSTACK\" install --prefix \"$PREFIX\" --yes || status=$?");
    out << QStringLiteral("else");
    out << QStringLiteral("    plan_file=$(mktemp \"${TMPDIR:-/tmp}/dlstack-plan.XXXXXX\")");
    out << QStringLiteral("    trap 'rm -f -- \"$plan_file\"' EXIT");
    out << QStringLiteral("    printf '%s\\n' %1 > \"$plan_file\"").arg(shellQuote(json));
    out << QStringLiteral("    \"$DLSTACK\" install \"$plan_file\" --yes || status=$?");
    out << QStringLiteral("fi");
    out << QStringLiteral("\"$DLSTACK\" status --prefix \"$PREFIX\" || true");
    out << QStringLiteral("exit \"$status\"");
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace dlstack::plan
