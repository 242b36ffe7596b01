// SPDX-License-Identifier: GPL-3.0-or-later
// EngineRecorder: keeps what an install or rollback does on disk, for anyone who was not
// watching the terminal (the wizard watching a build it started, a later `diagnose`):
//  - every output line of a stage appended to <prefix>/.dlstack/logs/<stage>.log; only the
//    current stage's log is open, and it is closed when the stage ends, so a plan of any
//    number of stages needs one descriptor;
//  - with --events FILE, one JSON object per event (stage started/skipped/finished/failed,
//    step started, progress, finished) appended and flushed as it happens.
// <prefix>/.dlstack/run.pid is not written here: the journal writes it once it holds the
// prefix's lock (Journal::open), so a job that is refused never touches it.
// Lines reach it already redacted by the engine.
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace dlstack::engine {
class Engine;
}

namespace dlstack::cli {

class EngineRecorder : public QObject
{
    Q_OBJECT
public:
    // prefix: the plan's prefix (logs go below it); eventsPath may be empty.
    EngineRecorder(const QString &prefix, const QString &eventsPath, const QString &job);

    void attach(engine::Engine &engine); // call on the thread that runs the event loop
    // False when the job stopped before its first stage (refused, or an unreadable journal).
    bool reachedAStage() const { return m_reachedAStage; }
    QString failedStage() const { return m_failedStage; } // the stage that failed last, if any
    QString stageLogPath(const QString &stage) const;
    void record(const QJsonObject &event); // appends one more event (e.g. the diagnosis)

private:
    QFile &logFor(const QString &stage); // opens it, closing another stage's log
    void closeLog();

    QString m_prefix;
    QFile m_events;
    QFile m_log;        // the log of m_logStage, or closed
    QString m_logStage;
    bool m_reachedAStage = false;
    QString m_failedStage;
};

} // namespace dlstack::cli
