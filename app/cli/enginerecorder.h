// SPDX-License-Identifier: GPL-3.0-or-later
// EngineRecorder: keeps what an install or rollback does on disk, for anyone who was not
// watching the terminal (the wizard watching a build it started, a later `diagnose`):
//  - every output line of a stage appended to <prefix>/.dlstack/logs/<stage>.log;
//  - with --events FILE, one JSON object per event (stage started/skipped/finished/failed,
//    step started, progress, finished) appended and flushed as it happens;
//  - <prefix>/.dlstack/run.pid while the job runs, so a new window can find a running build.
// Lines reach it already redacted by the engine.
#pragma once

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

namespace dlstack::engine {
class Engine;
}

namespace dlstack::cli {

class EngineRecorder : public QObject
{
    Q_OBJECT
public:
    // prefix: the plan's prefix (logs and pid file go below it); eventsPath may be empty.
    EngineRecorder(const QString &prefix, const QString &eventsPath, const QString &job);
    ~EngineRecorder() override; // removes the pid file

    void attach(engine::Engine &engine); // call on the thread that runs the event loop

private:
    void record(const QJsonObject &event);
    QFile *logFor(const QString &stage);

    QString m_prefix;
    QFile m_events;
    QString m_pidFile;
    QHash<QString, std::shared_ptr<QFile>> m_logs;
};

} // namespace dlstack::cli
