// SPDX-License-Identifier: GPL-3.0-or-later
// LogInspector: the log view with its tools: search (plain or regex) with next/previous and a
// match count, a filter to errors and warnings, the diagnosis panel (ranked causes, the
// explanation and remedy of the selected one, a copy button) and "jump to root cause".
// Layout and glue only: opening, indexing, search, filtering and diagnosis are done by a
// log::LogInspectorController in worker threads; the GUI thread only paints.
// Used alone (LogInspectorWindow) and by the install page for a running stage.
#pragma once

#include "core/log/loginspectorcontroller.h"
#include "ui/log/logview.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTimer;

namespace dlstack::ui {

class LogInspector : public QWidget
{
    Q_OBJECT

public:
    explicit LogInspector(QWidget *parent = nullptr);
    ~LogInspector() override;

    // Opens a log file (plain, .gz or .xz); indexing runs in a worker, lines show as they are indexed.
    void openFile(const QString &path);
    // Shows a log that a running build appends to (follow mode on). While lines arrive, the
    // diagnosis, the errors-and-warnings filter and the search catch up with the new lines
    // every half second in a worker, without going over the old ones again.
    void setLiveLog(std::shared_ptr<const log::LogFile> file);
    // The same for a file another process appends to (a build started as its own process):
    // it is opened once it exists and indexed as it grows.
    void followFile(const QString &path);
    QString followedPath() const { return m_controller->followedPath(); }
    void setProfile(std::optional<probe::SystemProfile> profile) { m_controller->setProfile(std::move(profile)); }

    log::LogInspectorController *controller() const { return m_controller; }
    LogView *view() const { return m_view; }
    qint64 matchCount() const { return m_controller->matchCount(); }
    int currentMatch() const { return m_controller->currentMatch(); } // index into the matches, -1 when none
    QList<log::Diagnosis> diagnoses() const { return m_controller->diagnoses(); }
    QString lastError() const { return m_controller->lastError(); }
    // The diagnosis panel below the log; hidden for a stage that finished well (a pattern
    // that matches in a good log is no cause of anything). It is sized to its text.
    void setDiagnosisShown(bool shown);
    bool isDiagnosisShown() const;
    QString diagnosisText() const; // the panel's text as shown

public slots:
    void setSearch(const QString &text, bool regex);
    void findNext();
    void findPrevious();
    void setErrorsAndWarningsOnly(bool on);
    void jumpToRootCause();
    void copyDiagnosis() const;
    void diagnose(); // (re)runs the diagnosis over the whole log

signals:
    void indexingFinished();
    void searchFinished();
    void filterFinished();
    void diagnosisFinished();
    void failed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void connectController();
    void runSearch(); // the search field's text, after the typing pause
    void showFile();
    void showProgress(log::LogInspectorController::Work work, int percent);
    void showMatches();
    void showFilter();
    void showDiagnoses(bool changed);
    void showDiagnosis(int row);
    void showCurrentMatch();
    void showError(const QString &message);
    void fitDiagnosisPanel(); // the panel as tall as its text, at most half of the inspector

    log::LogInspectorController *m_controller = nullptr;
    LogView *m_view = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_regexBox = nullptr;
    QCheckBox *m_errorsOnlyBox = nullptr;
    QLabel *m_matchLabel = nullptr;
    QPushButton *m_rootCauseButton = nullptr;
    QListWidget *m_diagnosisList = nullptr;
    QTextBrowser *m_diagnosisText = nullptr;
    QWidget *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_diagnosisShown = true;
    QPushButton *m_copyButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace dlstack::ui
