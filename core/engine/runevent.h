// SPDX-License-Identifier: GPL-3.0-or-later
// RunEvent: what an install or rollback job tells anyone following it (the wizard that
// started `dlstack install`, a second terminal, a test), one JSON object per line in
// <prefix>/.dlstack/events.jsonl (plan::PrefixLayout::events()). The kinds and their keys
// are defined here only; docs/journal-format.md describes them.
//  - RunEventWriter appends and flushes one event at a time.
//  - RunEventFollower reads what was appended since its last call; a line still being
//    written (no '\n' yet) waits for the next call, a malformed line is counted and skipped.
#pragma once

#include "core/log/diagnoser.h"
#include "core/support/error.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dlstack::engine {

enum class RunEventKind
{
    JobStarted,    // job, pid
    StageStarted,  // stage, title
    StageSkipped,  // stage (already done)
    StageFinished, // stage
    StageFailed,   // stage (empty: the job was refused before any stage), error
    StepStarted,   // stage, step, description
    Progress,      // stage, step, stepFraction, stageFraction, overall
    LinesAppended, // stage, lines (the stage log's line count now), log
    Diagnosed,     // stage, log, diagnosis, machineFacts
    Finished,      // ok
};

QString runEventKindName(RunEventKind kind); // "stage_started", ...
std::optional<RunEventKind> runEventKindFromName(const QString &name);

enum class JobKind
{
    Install,
    Rollback,
    Rebuild // `dlstack rebuild`: a development install's build step again
};
QString jobKindName(JobKind kind); // "install" | "rollback" | "rebuild"
std::optional<JobKind> jobKindFromName(const QString &name);

struct RunEvent
{
    RunEventKind kind = RunEventKind::Finished;
    QDateTime time; // UTC; set by the writer when empty
    JobKind job = JobKind::Install;
    qint64 pid = 0;
    QString stage;
    QString title;
    int step = -1;
    QString description;
    double stepFraction = -1; // -1: activity without a percentage
    double stageFraction = 0;
    double overall = 0;
    qint64 lines = 0;
    QString log; // the stage's log file
    support::Error error;
    std::optional<log::Diagnosis> diagnosis;
    bool machineFacts = false; // the diagnosis had the plan's machine facts
    bool ok = false;

    QJsonObject toJson() const;
    // The event, or an error naming what is wrong (unknown kind, missing field).
    static support::Result<RunEvent> fromJson(const QJsonObject &o);
};

class RunEventWriter
{
public:
    // Appends to path (created when missing); an empty path writes nothing. An unopenable
    // file is remembered as error().
    explicit RunEventWriter(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    const std::optional<support::Error> &error() const { return m_error; }
    void append(RunEvent event);

private:
    QFile m_file;
    std::optional<support::Error> m_error;
};

class RunEventFollower
{
public:
    explicit RunEventFollower(QString path);
    // Starts at the last event of this kind already in the file (e.g. the last job_started),
    // or at the end when there is none; returns false when there is none.
    bool seekToLast(RunEventKind kind);
    void seekToEnd(); // only what is appended from now on is read
    // The events completed since the last call, in order. A file that shrank or was replaced
    // is read again from its start.
    QList<RunEvent> readNew();
    int malformedLines() const { return m_malformed; }
    qint64 offset() const { return m_offset; }

private:
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_partial;
    int m_malformed = 0;
};

} // namespace dlstack::engine
