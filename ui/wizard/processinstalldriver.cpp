// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/processinstalldriver.h"

#include "core/engine/journal.h"
#include "core/plan/planloader.h"
#include "core/plan/prefixlayout.h"
#include "core/support/atomicfile.h"
#include "ui/wizard/wizardplan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

#include <cerrno>
#include <csignal>

namespace dlstack::ui {

namespace {

bool alive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

ProcessInstallDriver::ProcessInstallDriver(QString program, QObject *parent)
    : InstallDriver(parent), m_program(std::move(program))
{
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ProcessInstallDriver::poll);
}

QString ProcessInstallDriver::planPath(const QString &prefix)
{
    const plan::PrefixLayout layout(prefix);
    for (const QString &path : {layout.plan(), layout.handedPlan()})
        if (QFileInfo::exists(path))
            return path;
    return QString();
}

QStringList ProcessInstallDriver::stages(const WizardState &state) const
{
    const plan::PlanOutcome outcome = planFor(state);
    QStringList titles;
    if (outcome.plan)
        for (const plan::Stage &s : outcome.plan->stages)
            titles << s.title;
    return titles;
}

qint64 ProcessInstallDriver::runningJob(const QString &prefix)
{
    QFile file(plan::PrefixLayout(prefix).runPid());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = file.readAll().split(' ').value(0).trimmed().toLongLong();
    if (!alive(pid))
        return 0;
    // A pid file left by a killed job may name an unrelated process by now.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (cmdline.open(QIODevice::ReadOnly) && !cmdline.readAll().contains("dlstack"))
        return 0;
    return pid;
}

bool ProcessInstallDriver::loadStages(const QString &planFile)
{
    const auto loaded = plan::loadPlanFile(planFile);
    if (!loaded.ok())
        return false;
    m_stageIds.clear();
    for (const plan::Stage &s : loaded.value().stages)
        m_stageIds << s.id;
    m_prefix = loaded.value().prefix;
    return true;
}

void ProcessInstallDriver::start(const WizardState &state)
{
    const plan::PlanOutcome outcome = planFor(state);
    if (!outcome.plan) {
        const QString why = outcome.error ? outcome.error->summary : tr("No plan could be made for these choices.");
        emit outputLine(why);
        emit stageFailed(0, why);
        emit finished(false);
        return;
    }
    const plan::Plan &plan = *outcome.plan;
    m_prefix = plan.prefix;
    m_proxyPassword = plan.proxyCredential.isEmpty() ? QString() : proxyPassword(state);
    m_stageIds.clear();
    for (const plan::Stage &s : plan.stages)
        m_stageIds << s.id;
    if (runningJob(m_prefix)) {
        emit outputLine(tr("A dlstack job is already running in %1; following it.").arg(m_prefix));
        attach(m_prefix);
        return;
    }
    const QString file = plan::PrefixLayout(m_prefix).handedPlan();
    QDir().mkpath(QFileInfo(file).path());
    if (const auto error = support::writeFileAtomically(file, QJsonDocument(plan.toJson()).toJson())) {
        emit outputLine(error->summary);
        emit finished(false);
        return;
    }
    launch(Job::Install, {QStringLiteral("install"), file, QStringLiteral("--yes")});
}

bool ProcessInstallDriver::launch(Job job, const QStringList &arguments)
{
    const plan::PrefixLayout layout(m_prefix);
    m_events = std::make_unique<engine::RunEventFollower>(layout.events());
    m_events->seekToEnd(); // only what the new job writes is read
    m_failure.clear();
    m_currentStage = -1;
    QProcess process;
    process.setProgram(m_program);
    process.setArguments(arguments);
    process.setWorkingDirectory(m_prefix);
    // What the process prints besides its events (start-up errors) is kept for the user.
    QDir().mkpath(layout.stateDir());
    process.setStandardOutputFile(layout.processOutput(), QIODevice::Append);
    process.setStandardErrorFile(layout.processOutput(), QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!m_proxyPassword.isEmpty()) { // the plan names the proxy's password; it never holds it
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DLSTACK_PROXY_PASSWORD"), m_proxyPassword);
        process.setProcessEnvironment(env);
    }
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        const QString why = tr("Could not start %1: %2").arg(m_program, process.errorString());
        emit outputLine(why);
        if (job == Job::Install) {
            emit stageFailed(0, why);
            emit finished(false);
        }
        return false;
    }
    m_pid = pid;
    m_job = job;
    m_timer.start();
    QSettings().setValue(QStringLiteral("install/lastPrefix"), m_prefix); // a later window finds it
    return true;
}

bool ProcessInstallDriver::attach(const QString &prefix)
{
    const qint64 pid = runningJob(prefix);
    if (!pid || !loadStages(planPath(prefix)))
        return false;
    m_prefix = prefix;
    m_pid = pid;
    m_job = Job::Install;
    // Replay the events of the running job: from its last job_started record on.
    m_events = std::make_unique<engine::RunEventFollower>(plan::PrefixLayout(prefix).events());
    if (m_events->seekToLast(engine::RunEventKind::JobStarted)) {
        engine::RunEventFollower peek(plan::PrefixLayout(prefix).events());
        peek.seekToLast(engine::RunEventKind::JobStarted);
        const QList<engine::RunEvent> first = peek.readNew();
        if (!first.isEmpty() && first.first().job == engine::JobKind::Rollback)
            m_job = Job::Rollback;
    }
    m_timer.start(); // the first poll replays the job's events so far, once the page listens
    return true;
}

void ProcessInstallDriver::cancel()
{
    if (m_pid > 0) {
        ::kill(pid_t(m_pid), SIGUSR2); // a paused job goes on, so that it can stop cleanly
        ::kill(pid_t(m_pid), SIGTERM); // the job cancels its step (TERM, then KILL) and records it
    }
}

QStringList ProcessInstallDriver::recordedStates(const WizardState &state) const
{
    const plan::PlanOutcome outcome = planFor(state);
    if (!outcome.plan)
        return {};
    const auto journal = engine::Journal::read(outcome.plan->prefix);
    if (!journal.ok() || journal.value().stages.isEmpty())
        return {};
    QStringList states;
    for (const plan::Stage &s : outcome.plan->stages) {
        const engine::StageStatus *status = journal.value().stage(s.id);
        states << (status ? engine::JournalState::stateName(status->state) : QStringLiteral("pending"));
    }
    return states;
}

void ProcessInstallDriver::prepare(const WizardState &state)
{
    if (isRunning())
        return;
    const plan::PlanOutcome outcome = planFor(state);
    if (!outcome.plan)
        return;
    m_prefix = outcome.plan->prefix;
    m_stageIds.clear();
    for (const plan::Stage &s : outcome.plan->stages)
        m_stageIds << s.id;
}

void ProcessInstallDriver::setPaused(bool paused)
{
    if (canPause())
        ::kill(pid_t(m_pid), paused ? SIGUSR1 : SIGUSR2);
}

QString ProcessInstallDriver::stageLogPath(int index) const
{
    if (m_prefix.isEmpty() || index < 0 || index >= m_stageIds.size())
        return QString();
    return plan::PrefixLayout(m_prefix).stageLog(m_stageIds.at(index));
}

QStringList ProcessInstallDriver::rollbackPreview(int index) const
{
    QStringList out;
    if (index < 0 || index >= m_stageIds.size())
        return out;
    const auto state = engine::Journal::read(m_prefix);
    if (!state.ok())
        return {state.error().summary};
    for (const engine::Effect &e : state.value().effects) {
        if (e.stage != m_stageIds.at(index) || e.undone)
            continue;
        for (const QString &path : e.creates)
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                out << tr("remove %1").arg(path);
        if (!e.backupOf.isEmpty())
            out << tr("restore %1 as it was before").arg(e.backupOf);
        if (!e.undoArgv.isEmpty())
            out << tr("run %1").arg(e.undoArgv.join(u' '));
    }
    out.removeDuplicates();
    return out;
}

void ProcessInstallDriver::rollBack(int index)
{
    if (isRunning() || index < 0 || index >= m_stageIds.size())
        return;
    m_rollbackIndex = index;
    if (!launch(Job::Rollback, {QStringLiteral("rollback"), QStringLiteral("--prefix"), m_prefix,
                                QStringLiteral("--stage"), m_stageIds.at(index), QStringLiteral("--yes")}))
        emit stageRolledBack(index, false, tr("Could not start %1.").arg(m_program));
}

void ProcessInstallDriver::poll()
{
    if (m_events)
        for (const engine::RunEvent &event : m_events->readNew()) {
            handle(event);
            if (m_job == Job::None)
                break;
        }
    if (m_job != Job::None && !alive(m_pid))
        jobEnded(false, tr("The dlstack process ended without finishing (was it killed?). Start again to resume."));
}

void ProcessInstallDriver::handle(const engine::RunEvent &event)
{
    using engine::RunEventKind;
    const int index = int(m_stageIds.indexOf(event.stage));
    if (m_job == Job::Rollback) {
        if (event.kind == RunEventKind::StageFailed)
            m_failure = event.error.summary;
        else if (event.kind == RunEventKind::Finished)
            jobEnded(event.ok, m_failure);
        return;
    }
    switch (event.kind) {
    case RunEventKind::StageStarted:
        if (index >= 0) {
            m_currentStage = index;
            emit stageStarted(index);
        }
        break;
    case RunEventKind::StageFinished:
    case RunEventKind::StageSkipped:
        if (index >= 0)
            emit stageFinished(index);
        break;
    case RunEventKind::StageFailed:
        if (index >= 0) {
            QString reason = event.error.summary;
            if (!event.error.remedy.isEmpty())
                reason += u' ' + event.error.remedy;
            m_failure = reason;
            emit stageFailed(index, reason);
        }
        break;
    case RunEventKind::Diagnosed:
        if (index >= 0 && event.diagnosis)
            emit diagnosed(index, *event.diagnosis);
        break;
    case RunEventKind::Progress:
        emit progress(event.overall);
        break;
    case RunEventKind::Finished:
        jobEnded(event.ok, m_failure);
        break;
    case RunEventKind::JobStarted:
    case RunEventKind::StepStarted:
    case RunEventKind::LinesAppended:
        break;
    }
}

void ProcessInstallDriver::jobEnded(bool ok, const QString &message)
{
    const Job job = m_job;
    m_job = Job::None;
    m_pid = 0;
    m_timer.stop();
    if (job == Job::Rollback) {
        emit stageRolledBack(m_rollbackIndex, ok, message);
        return;
    }
    if (!ok && !message.isEmpty() && message != m_failure)
        emit stageFailed(qMax(0, m_currentStage), message);
    if (!ok && !message.isEmpty())
        emit outputLine(message);
    emit finished(ok);
}

} // namespace dlstack::ui
