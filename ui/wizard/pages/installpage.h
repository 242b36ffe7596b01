// SPDX-License-Identifier: GPL-3.0-or-later
// InstallPage: runs the install through the wizard's InstallDriver and shows each stage
// with its state, the overall progress with an estimate of the time left, and the current
// stage's log in the log inspector (following the build, diagnosing it as it goes).
// Review's Install starts it (startIfNew); Cancel stops the build, shown as cancelled, not
// failed; Resume goes on (finished stages are skipped); a finished or failed stage can be
// rolled back after a confirmation that lists what goes away. The time left is shown only
// while progress moves (EtaEstimator). A failed stage's log opens at its root cause, wrapped,
// with the diagnosis below it; a stage that finished shows no diagnosis.
// Without a driver it says that this build cannot run installs and lets the user go on.
#pragma once

#include "ui/wizard/etaestimator.h"
#include "ui/wizard/stagemodel.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace dlstack::ui {

class WizardContext;
class LogInspector;

class InstallPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit InstallPage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    using StageState = StageModel::State;
    StageState stageState(int index) const;
    int stageCount() const;
    int progressPercent() const;
    QString logText() const; // lines reported through the driver's outputLine()
    QString statusText() const;
    QString etaText() const; // empty while there is no honest estimate
    LogInspector *inspector() const { return m_inspector; }
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }

    // Shows a job the driver is already following (a build that kept running after its
    // window closed); called by the wizard when it re-attaches.
    void showAttached();

public slots:
    void start();
    // Starts a new install (nothing ran into this prefix yet, nothing running); Review's
    // Install button calls it, so that there is one action to install.
    void startIfNew();
    void cancel();
    void setPaused(bool paused);
    // Asks, listing what the stage's rollback removes and restores, then rolls it back.
    // confirmed: skip the question (tests, and callers that asked already).
    void rollBackStage(int index, bool confirmed = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sizes the stage list's columns from their header and content in the language shown: the
    // State column fits its header and every state's word (a failure's reason beyond that is
    // elided, in full in the tooltip), the Stage column its header and the longest word of a
    // title (titles wrap), and the list keeps the width both need.
    void fitStageColumns();
    void showEarlierRun(int stages);
    int selectedStage() const; // -1: none
    void selectStage(int row);
    void connectDriver();
    void setStageState(int index, StageState state, const QString &detail = QString());
    void updateButtons();
    void updateEta();
    void showStageLog(int index); // follows the stage's log; its diagnosis only when it did not finish

    WizardContext &m_context;
    StageModel *m_stageModel;
    QTreeView *m_stages;
    QProgressBar *m_progress;
    LogInspector *m_inspector;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QLabel *m_eta;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_pause;
    QPushButton *m_rollback;
    QElapsedTimer m_clock;
    EtaEstimator m_etaEstimate;
    QTimer *m_etaTimer;
    bool m_running = false;
    bool m_paused = false;
    bool m_rollingBack = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace dlstack::ui
