// SPDX-License-Identifier: GPL-3.0-or-later
// InstallPage: runs the install through the wizard's InstallDriver and shows each stage
// with its state, the overall progress and the output as it arrives; Cancel stops it.
// Without a driver it says that this build cannot run installs and lets the user go on
// to Finish with the commands to run by hand.
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace dlstack::ui {

class InstallWizard;

class InstallPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit InstallPage(InstallWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    enum class StageState { Waiting, Running, Done, Failed };
    StageState stageState(int index) const;
    int stageCount() const;
    int progressPercent() const;
    QString logText() const;

public slots:
    void start();
    void cancel();

private:
    void setStageState(int index, StageState state, const QString &detail = QString());

    InstallWizard *m_wizard;
    QTreeWidget *m_stages;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_cancel;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace dlstack::ui
