// SPDX-License-Identifier: GPL-3.0-or-later
// LogInspector: the log view with its tools: search (plain or regex) with next/previous and a
// match count, a filter to errors and warnings, the diagnosis panel (ranked causes, the
// explanation and remedy of the selected one, a copy button) and "jump to root cause".
// Indexing, search, filtering and diagnosis run in worker threads; the GUI thread only paints.
// Used alone (LogInspectorWindow) and by the install page for a running stage.
#pragma once

#include "core/log/diagnoser.h"
#include "ui/log/logview.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTemporaryDir;

namespace dlstack::ui {

class LogInspector : public QWidget
{
    Q_OBJECT

public:
    explicit LogInspector(QWidget *parent = nullptr);
    ~LogInspector() override; // cancels and waits for its workers

    // Opens a log file (plain, .gz or .xz); indexing runs in a worker, lines show as they are indexed.
    void openFile(const QString &path);
    // Shows a log that a running build appends to (follow mode on). While lines arrive, the
    // diagnosis, the errors-and-warnings filter and the search catch up with the new lines
    // every half second in a worker, without going over the old ones again.
    void setLiveLog(std::shared_ptr<const log::LogFile> file);
    // The same for a file another process appends to (a build started as its own process):
    // it is opened once it exists and indexed as it grows.
    void followFile(const QString &path);
    QString followedPath() const { return m_followPath; }
    void setProfile(std::optional<probe::SystemProfile> profile) { m_profile = std::move(profile); }

    LogView *view() const { return m_view; }
    qint64 matchCount() const { return qint64(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; } // index into the matches, -1 when none
    QList<log::Diagnosis> diagnoses() const { return m_diagnoses; }
    QString lastError() const { return m_lastError; }

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

private:
    void startIndexing(std::shared_ptr<log::LogFile> file);
    void catchUpLive(); // the live timer: extend diagnosis, filter and search to new lines
    void runSearch();
    void showDiagnosis(int row);
    void setBusy(const QString &what, int percent);
    void showError(const QString &message);

    std::shared_ptr<log::LogFile> m_file;
    std::optional<probe::SystemProfile> m_profile;
    LogView *m_view = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_regexBox = nullptr;
    QCheckBox *m_errorsOnlyBox = nullptr;
    QLabel *m_matchLabel = nullptr;
    QPushButton *m_rootCauseButton = nullptr;
    QListWidget *m_diagnosisList = nullptr;
    QTextBrowser *m_diagnosisText = nullptr;
    QPushButton *m_copyButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;

    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> m_searchCancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<QString> m_indexWatcher;
    QFutureWatcher<void> m_followIndexWatcher;
    QString m_followPath;
    QElapsedTimer m_indexClock;
    QFutureWatcher<std::vector<qint64>> m_searchWatcher;
    QFutureWatcher<std::vector<qint64>> m_filterWatcher;
    QFutureWatcher<QList<log::Diagnosis>> m_diagnosisWatcher;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::vector<qint64> m_matches;
    int m_currentMatch = -1;
    QList<log::Diagnosis> m_diagnoses;
    QString m_lastError;
    QTimer *m_searchDelay = nullptr;

    // Live logs: how far each incremental worker has got, and the diagnoser it feeds.
    QTimer *m_liveTimer = nullptr;
    std::shared_ptr<log::Diagnoser> m_liveDiagnoser;
    qint64 m_diagnosedUpTo = 0;
    qint64 m_filteredUpTo = 0;
    qint64 m_searchedUpTo = 0;
    bool m_filterAppends = false;
    bool m_searchAppends = false;
    std::vector<qint64> m_filterLines;
};

} // namespace dlstack::ui
