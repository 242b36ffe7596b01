// SPDX-License-Identifier: GPL-3.0-or-later
// LogInspectorController: what a log inspector does, without drawing it. It opens a log file
// (plain, or .gz/.xz/.bz2/.zst unpacked into a private temporary folder first), a LogFile a
// build appends to, or a file another process appends to; indexes it, searches it (plain or
// regex, next/previous with wrap-around), filters it to errors and warnings, and diagnoses it.
// Every pass over the file runs in a worker; results arrive as signals on the thread that owns
// the controller (the GUI thread under the inspector widget). Live logs are caught up every
// half second, each worker going on from where it stopped instead of over the old lines again.
// Lines are 0-based everywhere except Diagnosis::line (1-based, as the diagnoser reports it).
#pragma once

#include "core/log/diagnoser.h"
#include "core/log/logfile.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTemporaryDir;
class QTimer;

namespace dlstack::log {

class LogInspectorController : public QObject
{
    Q_OBJECT

public:
    // A long pass the front end may show with a progress bar (see progress()).
    enum class Work
    {
        Unpacking,
        Indexing,
        Filtering
    };
    Q_ENUM(Work)

    explicit LogInspectorController(QObject *parent = nullptr);
    ~LogInspectorController() override; // cancels and waits for its workers

    // A file the user opens; it is not followed. Indexing runs in a worker (fileChanged() first,
    // so a view shows lines as they are indexed), the diagnosis in another alongside it, and
    // any search once indexed.
    void openFile(const QString &path);
    // A log a running build appends to in this process (nullptr: none yet).
    void setLiveLog(std::shared_ptr<const LogFile> file);
    // A file another process appends to: opened once it exists and indexed as it grows.
    void followFile(const QString &path);
    // Machine facts for the remedies of later diagnoses.
    void setProfile(std::optional<probe::SystemProfile> profile) { m_profile = std::move(profile); }

    std::shared_ptr<const LogFile> file() const { return m_file; }
    QString openedPath() const { return m_openedPath; } // what openFile() was given, before unpacking
    QString followedPath() const { return m_followPath; }
    bool isLive() const { return m_live; } // setLiveLog() or followFile()
    QString lastError() const { return m_lastError; }

    // Search (empty text: none). setSearch() starts it at once; searchFinished() reports it.
    void setSearch(const QString &text, bool regex);
    QString searchText() const { return m_searchText; }
    bool searchIsRegex() const { return m_searchRegex; }
    QString searchError() const { return m_searchError; } // a pattern that does not compile
    const std::vector<qint64> &matches() const { return m_matches; }
    qint64 matchCount() const { return qint64(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; } // index into matches(), -1 when none
    // The line of the first match after / the last match before fromLine, wrapping around
    // (fromLine < 0 searches back from the end); -1 when there is no match.
    qint64 findNext(qint64 fromLine);
    qint64 findPrevious(qint64 fromLine);

    // The errors-and-warnings filter; filterFinished() reports its lines (lineFilter()).
    void setErrorsAndWarningsOnly(bool on);
    bool errorsAndWarningsOnly() const { return m_errorsOnly; }
    std::optional<std::vector<qint64>> lineFilter() const;

    // (Re)runs the diagnosis over the whole log; diagnosisFinished() reports it. While the log is
    // being indexed, the diagnosis that follows the index is already running.
    void diagnose();
    QList<Diagnosis> diagnoses() const { return m_diagnoses; }

signals:
    void fileChanged(); // a new file() to show (after openFile, setLiveLog, or a followed file appearing)
    void progress(dlstack::log::LogInspectorController::Work work, int percent); // 0..100
    void indexingFinished();
    void searchFinished();
    void filterFinished();
    void diagnosisStarted();
    // changed is false when a live catch-up found the same causes as before.
    void diagnosisFinished(bool changed);
    void failed(const QString &message);

private:
    void startIndexing(std::shared_ptr<LogFile> file);
    void startDiagnosis(std::function<QList<Diagnosis>(const RuleSet &)> run); // in a worker
    void catchUpLive(); // the live timer: extend diagnosis, filter and search to new lines
    void fail(const QString &message);
    void indexFinished();
    void searchDone();
    void filterDone();
    void diagnosisDone();

    std::shared_ptr<LogFile> m_file;
    std::optional<probe::SystemProfile> m_profile;
    QString m_openedPath;
    QString m_followPath;
    QString m_lastError;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QElapsedTimer m_indexClock;

    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> m_searchCancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<QString> m_indexWatcher;
    QFutureWatcher<void> m_followIndexWatcher;
    QFutureWatcher<std::vector<qint64>> m_searchWatcher;
    QFutureWatcher<std::vector<qint64>> m_filterWatcher;
    QFutureWatcher<QList<Diagnosis>> m_diagnosisWatcher;

    QString m_searchText;
    bool m_searchRegex = false;
    QString m_searchError;
    std::vector<qint64> m_matches;
    int m_currentMatch = -1;
    bool m_errorsOnly = false;
    std::vector<qint64> m_filterLines;
    QList<Diagnosis> m_diagnoses;

    // Live logs: how far each incremental worker has got, and the diagnoser it feeds.
    bool m_live = false;
    QTimer *m_liveTimer = nullptr;
    std::shared_ptr<Diagnoser> m_liveDiagnoser;
    qint64 m_diagnosedUpTo = 0;
    qint64 m_filteredUpTo = 0;
    qint64 m_searchedUpTo = 0;
    bool m_filterAppends = false;
    bool m_searchAppends = false;
};

} // namespace dlstack::log
