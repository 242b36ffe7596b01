// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessInstallDriver: runs the install as its own `dlstack install` process, detached from
// the window, so an hours-long build survives the window closing or the GUI crashing. The
// driver hands the plan over in plan::PrefixLayout::handedPlan(), starts
// `dlstack install PLAN --yes`, and follows the prefix's typed event log
// (engine::RunEventFollower: stage states, progress, the diagnosis of a failed stage) and the
// stage logs the process keeps. A later window attaches to a build that is still running
// (run.pid), or resumes one that stopped (start again: the journal skips finished stages).
// Rolling a stage back runs `dlstack rollback --stage ID` the same way.
#pragma once

#include "ui/wizard/installdriver.h"

#include "core/engine/runevent.h"

#include <QTimer>

#include <memory>

namespace dlstack::ui {

class ProcessInstallDriver : public InstallDriver
{
    Q_OBJECT
public:
    // program: the `dlstack` command-line binary.
    explicit ProcessInstallDriver(QString program, QObject *parent = nullptr);

    QStringList stages(const WizardState &state) const override;
    void start(const WizardState &state) override;
    void cancel() override;
    bool isRunning() const override { return m_pid > 0; }
    bool canPause() const override { return m_pid > 0 && m_job == Job::Install; }
    void setPaused(bool paused) override; // SIGUSR1 / SIGUSR2 to the job
    QString stageLogPath(int index) const override;
    QStringList recordedStates(const WizardState &state) const override;
    void prepare(const WizardState &state) override;
    bool canRollBack() const override { return !m_prefix.isEmpty(); }
    QStringList rollbackPreview(int index) const override;
    void rollBack(int index) override;

    // Follows an install or rollback that is running in prefix (started by an earlier
    // window); false when none is.
    bool attach(const QString &prefix);
    // The pid of a dlstack job running in prefix, or 0.
    static qint64 runningJob(const QString &prefix);

    // The plan of the prefix's install: the one its last install kept, else the one handed
    // to a job that has not started yet; empty when there is neither.
    static QString planPath(const QString &prefix);

private:
    enum class Job
    {
        None,
        Install,
        Rollback
    };
    bool launch(Job job, const QStringList &arguments);
    bool loadStages(const QString &planFile);
    void poll();
    void handle(const engine::RunEvent &event);
    void jobEnded(bool ok, const QString &message);

    QString m_program;
    QString m_prefix;
    QString m_proxyPassword; // handed to the install process as DLSTACK_PROXY_PASSWORD, never written
    QStringList m_stageIds;
    std::unique_ptr<engine::RunEventFollower> m_events;
    qint64 m_pid = 0;
    Job m_job = Job::None;
    int m_rollbackIndex = -1;
    int m_currentStage = -1;
    QString m_failure;
    QTimer m_timer;
};

} // namespace dlstack::ui
