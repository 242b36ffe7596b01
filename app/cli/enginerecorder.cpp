// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/enginerecorder.h"

#include "core/engine/engine.h"
#include "core/engine/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace dlstack::cli {

EngineRecorder::EngineRecorder(const QString &prefix, const QString &eventsPath, const QString &job)
    : m_prefix(prefix)
{
    QDir().mkpath(QFileInfo(engine::Journal::stageLogPath(prefix, QStringLiteral("x"))).path());
    if (!eventsPath.isEmpty()) {
        m_events.setFileName(eventsPath);
        m_events.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    record({{QStringLiteral("event"), QStringLiteral("job_started")},
            {QStringLiteral("job"), job},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()}});
}

void EngineRecorder::record(const QJsonObject &event)
{
    if (!m_events.isOpen())
        return;
    QJsonObject stamped = event;
    stamped.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_events.write(QJsonDocument(stamped).toJson(QJsonDocument::Compact) + '\n');
    m_events.flush();
}

QString EngineRecorder::stageLogPath(const QString &stage) const
{
    return engine::Journal::stageLogPath(m_prefix, stage);
}

QFile &EngineRecorder::logFor(const QString &stage)
{
    if (m_log.isOpen() && m_logStage == stage)
        return m_log;
    closeLog();
    m_logStage = stage;
    m_log.setFileName(engine::Journal::stageLogPath(m_prefix, stage));
    m_log.open(QIODevice::WriteOnly | QIODevice::Append);
    return m_log;
}

void EngineRecorder::closeLog()
{
    if (m_log.isOpen())
        m_log.close(); // flushes
    m_logStage.clear();
}

void EngineRecorder::attach(engine::Engine &engine)
{
    using engine::Engine;
    connect(&engine, &Engine::stageStarted, this, [this](const QString &id, const QString &title) {
        m_reachedAStage = true;
        record({{QStringLiteral("event"), QStringLiteral("stage_started")}, {QStringLiteral("stage"), id},
                {QStringLiteral("title"), title}});
    });
    connect(&engine, &Engine::stageSkipped, this, [this](const QString &id) {
        m_reachedAStage = true;
        record({{QStringLiteral("event"), QStringLiteral("stage_skipped")}, {QStringLiteral("stage"), id}});
    });
    connect(&engine, &Engine::stageFinished, this, [this](const QString &id) {
        logFor(id); // a stage without output still gets its (empty) log
        closeLog();
        record({{QStringLiteral("event"), QStringLiteral("stage_finished")}, {QStringLiteral("stage"), id}});
    });
    connect(&engine, &Engine::stageFailed, this,
            [this](const QString &id, const QString &summary, const QString &details, const QString &remedy) {
                if (!id.isEmpty()) { // no stage: the job was refused, its prefix is another job's
                    m_failedStage = id;
                    logFor(id).write(QStringLiteral("dlstack: %1\n").arg(summary).toUtf8());
                    closeLog();
                }
                record({{QStringLiteral("event"), QStringLiteral("stage_failed")}, {QStringLiteral("stage"), id},
                        {QStringLiteral("summary"), summary}, {QStringLiteral("details"), details},
                        {QStringLiteral("remedy"), remedy}});
            });
    connect(&engine, &Engine::stepStarted, this, [this](const QString &stage, int step, const QString &description) {
        record({{QStringLiteral("event"), QStringLiteral("step_started")}, {QStringLiteral("stage"), stage},
                {QStringLiteral("step"), step}, {QStringLiteral("description"), description}});
    });
    connect(&engine, &Engine::linesReady, this, [this](const QList<engine::LogLine> &lines) {
        for (const engine::LogLine &line : lines) {
            QFile &log = logFor(line.stage);
            log.write(line.text.toUtf8());
            log.write("\n", 1);
        }
        m_log.flush(); // readers (the wizard, diagnose) follow the file while it grows
    });
    connect(&engine, &Engine::progress, this, [this](const engine::ProgressEvent &p) {
        record({{QStringLiteral("event"), QStringLiteral("progress")}, {QStringLiteral("stage"), p.stage},
                {QStringLiteral("step"), p.step}, {QStringLiteral("step_fraction"), p.stepFraction},
                {QStringLiteral("stage_fraction"), p.stageFraction},
                {QStringLiteral("overall"), p.overallFraction}});
    });
    connect(&engine, &Engine::finished, this, [this](bool ok) {
        closeLog();
        record({{QStringLiteral("event"), QStringLiteral("finished")}, {QStringLiteral("ok"), ok}});
    });
}

} // namespace dlstack::cli
