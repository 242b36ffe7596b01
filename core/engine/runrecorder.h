// SPDX-License-Identifier: GPL-3.0-or-later
// RunRecorder: keeps what an install or rollback job does on disk, for anyone who was not
// watching (the wizard following a build it started, `dlstack status`, a later diagnose):
//  - every line of a stage through a log::LogStore: <prefix>/.dlstack/logs/<stage>.log,
//    continued when the stage is resumed, with the stream of each line beside it;
//  - every event as a typed RunEvent in <prefix>/.dlstack/events.jsonl (and, when asked, in a
//    second file). The prefix's log gets a job's events only once its first stage begins, so a
//    job refused because another holds the prefix never writes into that job's record;
//  - a log::Diagnoser fed the current attempt's lines of each stage, with the machine facts
//    of the plan: when a stage fails its root cause is recorded as a Diagnosed event.
// Lines reach it already redacted by the engine. Lives on the thread of the caller's event loop.
#pragma once

#include "core/engine/runevent.h"
#include "core/log/diagnoser.h"
#include "core/log/logstore.h"
#include "core/plan/prefixlayout.h"
#include "core/probe/systemprofile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace dlstack::engine {

class Engine;

class RunRecorder : public QObject
{
    Q_OBJECT
public:
    // extraEvents: a second event file (`--events FILE`), may be empty. machine: the facts
    // the diagnosis may use (the plan's machine), if known.
    RunRecorder(const QString &prefix, JobKind job, const QString &extraEvents,
                std::optional<probe::SystemProfile> machine = std::nullopt);
    ~RunRecorder() override;

    void attach(Engine &engine); // on the thread whose event loop runs while the job runs

    const plan::PrefixLayout &layout() const { return m_layout; }
    // False when the job stopped before its first stage (refused, or an unreadable journal).
    bool reachedAStage() const { return m_reachedAStage; }
    QString failedStage() const { return m_failedStage; } // the stage that failed last, if any
    // The root cause of the failed stage, when the diagnosis found one.
    const std::optional<log::Diagnosis> &diagnosis() const { return m_diagnosis; }
    // A problem with the recorder's own files (log folder not writable, ...), if any.
    const std::optional<support::Error> &problem() const { return m_problem; }

signals:
    void recorded(const dlstack::engine::RunEvent &event);

private:
    void record(RunEvent event);
    int stageLog(const QString &stage); // its index in m_logs, -1 on error
    void diagnoseFailure(const QString &stage);
    void noteLines(const QString &stage, bool force);
    void closeLog(const QString &stage); // one stage log open at a time

    plan::PrefixLayout m_layout;
    JobKind m_job;
    std::optional<probe::SystemProfile> m_machine;
    log::LogStore m_logs;
    RunEventWriter m_extra;
    std::unique_ptr<RunEventWriter> m_prefixEvents; // opened when the first stage begins
    QList<RunEvent> m_early;                        // events before that
    QString m_currentStage;
    std::unique_ptr<log::Diagnoser> m_diagnoser; // of m_currentStage's current attempt
    qint64 m_attemptFirstLine = 0;               // lines of its log before this attempt
    std::optional<log::RuleSet> m_rules;
    QHash<QString, qint64> m_notedLines;
    QElapsedTimer m_linesClock;
    bool m_reachedAStage = false;
    QString m_failedStage;
    std::optional<log::Diagnosis> m_diagnosis;
    std::optional<support::Error> m_problem;
};

} // namespace dlstack::engine
