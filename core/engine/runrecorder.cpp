// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/runrecorder.h"

#include "core/engine/engine.h"

#include <QCoreApplication>

namespace dlstack::engine {

namespace {

// A lines_appended event at most this often per stage: followers poll the log file itself.
constexpr qint64 kLinesEventMs = 1000;

} // namespace

RunRecorder::RunRecorder(const QString &prefix, JobKind job, const QString &extraEvents,
                         std::optional<probe::SystemProfile> machine)
    : m_layout(prefix), m_job(job), m_machine(std::move(machine)), m_logs(m_layout.logsDir()), m_extra(extraEvents)
{
    if (m_extra.error())
        m_problem = m_extra.error();
    m_linesClock.start();
    RunEvent started;
    started.kind = RunEventKind::JobStarted;
    started.job = job;
    started.pid = QCoreApplication::applicationPid();
    record(started);
}

RunRecorder::~RunRecorder() = default;

void RunRecorder::record(RunEvent event)
{
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    m_extra.append(event);
    if (m_prefixEvents)
        m_prefixEvents->append(event);
    else
        m_early.append(event);
    emit recorded(event);
}

int RunRecorder::stageLog(const QString &stage)
{
    const auto opened = m_logs.openStage(stage);
    if (!opened.ok()) {
        if (!m_problem)
            m_problem = opened.error();
        return -1;
    }
    return opened.value();
}

void RunRecorder::closeLog(const QString &stage)
{
    m_logs.closeStage(stage);
}

void RunRecorder::noteLines(const QString &stage, bool force)
{
    const int index = stageLog(stage);
    if (index < 0)
        return;
    const qint64 lines = m_logs.stage(index)->lineCount();
    if (m_notedLines.value(stage, -1) == lines || (!force && m_linesClock.elapsed() < kLinesEventMs))
        return;
    m_notedLines.insert(stage, lines);
    m_linesClock.restart();
    RunEvent event;
    event.kind = RunEventKind::LinesAppended;
    event.stage = stage;
    event.lines = lines;
    event.log = m_layout.stageLog(stage);
    record(event);
}

void RunRecorder::diagnoseFailure(const QString &stage)
{
    if (!m_diagnoser || m_currentStage != stage)
        return;
    m_diagnoser->finish();
    const QList<log::Diagnosis> found = m_diagnoser->results();
    m_diagnoser.reset();
    if (found.isEmpty())
        return;
    m_diagnosis = found.first();
    // The diagnoser saw this attempt only: its line numbers become the log file's.
    for (qint64 *line : {&m_diagnosis->line, &m_diagnosis->lastLine, &m_diagnosis->excerptFirstLine})
        if (*line > 0)
            *line += m_attemptFirstLine;
    RunEvent event;
    event.kind = RunEventKind::Diagnosed;
    event.stage = stage;
    event.log = m_layout.stageLog(stage);
    event.diagnosis = m_diagnosis;
    event.machineFacts = m_machine.has_value();
    record(event);
}

void RunRecorder::attach(Engine &engine)
{
    const auto beginStage = [this](const QString &id) {
        if (!m_prefixEvents) {
            // The job holds the prefix now: what it recorded so far belongs in its log.
            m_prefixEvents = std::make_unique<RunEventWriter>(m_layout.events());
            if (m_prefixEvents->error() && !m_problem)
                m_problem = m_prefixEvents->error();
            for (const RunEvent &early : std::as_const(m_early))
                m_prefixEvents->append(early);
            m_early.clear();
        }
        m_reachedAStage = true;
        if (!m_currentStage.isEmpty() && m_currentStage != id)
            closeLog(m_currentStage);
        m_currentStage = id;
        m_diagnoser.reset();
        if (m_job != JobKind::Rollback) { // an install's or a rebuild's build output
            if (!m_rules) {
                QList<support::Error> problems; // a bad user rule file is reported by `dlstack diagnose`
                auto rules = log::RuleSet::withUserRules({}, &problems);
                if (rules.ok())
                    m_rules = std::move(rules).value();
            }
            if (m_rules) {
                m_diagnoser = std::make_unique<log::Diagnoser>(*m_rules, m_machine);
                const int index = stageLog(id);
                m_attemptFirstLine = index >= 0 ? m_logs.stage(index)->lineCount() : 0;
            }
        }
    };
    connect(&engine, &Engine::stageStarted, this, [this, beginStage](const QString &id, const QString &title) {
        beginStage(id);
        stageLog(id); // a stage without output still gets its (empty) log
        RunEvent event;
        event.kind = RunEventKind::StageStarted;
        event.stage = id;
        event.title = title;
        record(event);
    });
    connect(&engine, &Engine::stageSkipped, this, [this, beginStage](const QString &id) {
        beginStage(id);
        RunEvent event;
        event.kind = RunEventKind::StageSkipped;
        event.stage = id;
        record(event);
    });
    connect(&engine, &Engine::stageFinished, this, [this](const QString &id) {
        noteLines(id, true);
        if (m_currentStage == id)
            m_diagnoser.reset(); // a stage that worked gets no diagnosis
        closeLog(id);
        RunEvent event;
        event.kind = RunEventKind::StageFinished;
        event.stage = id;
        record(event);
    });
    connect(&engine, &Engine::stageFailed, this, [this](const QString &id, const support::Error &error) {
        if (!id.isEmpty()) { // no stage: the job was refused, its prefix is another job's
            m_failedStage = id;
            const int index = stageLog(id);
            if (index >= 0) {
                const QByteArray line = QStringLiteral("dlstack: %1").arg(error.summary).toUtf8();
                (void)m_logs.appendLine(index, log::LineStream::Info, line);
                if (m_diagnoser && m_currentStage == id)
                    m_diagnoser->addLine(line); // the failing step's own words count too
            }
            noteLines(id, true);
        }
        RunEvent event;
        event.kind = RunEventKind::StageFailed;
        event.stage = id;
        event.error = error;
        record(event);
        if (!id.isEmpty()) {
            diagnoseFailure(id);
            closeLog(id);
        }
    });
    connect(&engine, &Engine::stepStarted, this, [this](const QString &stage, int step, const QString &description) {
        RunEvent event;
        event.kind = RunEventKind::StepStarted;
        event.stage = stage;
        event.step = step;
        event.description = description;
        record(event);
    });
    connect(&engine, &Engine::linesReady, this, [this](const QList<LogLine> &lines) {
        QString last;
        for (const LogLine &line : lines) {
            if (line.stage.isEmpty())
                continue; // a note before any stage (re-anchoring): in the events only
            const int index = stageLog(line.stage);
            const QByteArray bytes = line.text.toUtf8();
            if (index >= 0)
                if (auto error = m_logs.appendLine(index, line.stream, bytes); error && !m_problem)
                    m_problem = error;
            if (m_diagnoser && line.stage == m_currentStage)
                m_diagnoser->addLine(bytes); // every line, so its numbers are the log's
            last = line.stage;
        }
        if (!last.isEmpty())
            noteLines(last, false);
    });
    connect(&engine, &Engine::progress, this, [this](const ProgressEvent &p) {
        RunEvent event;
        event.kind = RunEventKind::Progress;
        event.stage = p.stage;
        event.step = p.step;
        event.stepFraction = p.stepFraction;
        event.stageFraction = p.stageFraction;
        event.overall = p.overallFraction;
        record(event);
    });
    connect(&engine, &Engine::finished, this, [this](bool ok) {
        RunEvent event;
        event.kind = RunEventKind::Finished;
        event.ok = ok;
        record(event);
    });
}

} // namespace dlstack::engine
