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
    m_pidFile = engine::Journal::runPidPath(prefix);
    QFile pid(m_pidFile);
    if (pid.open(QIODevice::WriteOnly | QIODevice::Truncate))
        pid.write(QByteArray::number(QCoreApplication::applicationPid()) + ' ' + job.toUtf8() + '\n');
    record({{QStringLiteral("event"), QStringLiteral("job_started")},
            {QStringLiteral("job"), job},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()}});
}

EngineRecorder::~EngineRecorder()
{
    QFile::remove(m_pidFile);
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

QFile *EngineRecorder::logFor(const QString &stage)
{
    auto it = m_logs.find(stage);
    if (it == m_logs.end()) {
        auto file = std::make_shared<QFile>(engine::Journal::stageLogPath(m_prefix, stage));
        file->open(QIODevice::WriteOnly | QIODevice::Append);
        it = m_logs.insert(stage, file);
    }
    return it->get();
}

void EngineRecorder::attach(engine::Engine &engine)
{
    using engine::Engine;
    connect(&engine, &Engine::stageStarted, this, [this](const QString &id, const QString &title) {
        record({{QStringLiteral("event"), QStringLiteral("stage_started")}, {QStringLiteral("stage"), id},
                {QStringLiteral("title"), title}});
    });
    connect(&engine, &Engine::stageSkipped, this, [this](const QString &id) {
        record({{QStringLiteral("event"), QStringLiteral("stage_skipped")}, {QStringLiteral("stage"), id}});
    });
    connect(&engine, &Engine::stageFinished, this, [this](const QString &id) {
        logFor(id)->flush(); // a stage without output still gets its (empty) log
        record({{QStringLiteral("event"), QStringLiteral("stage_finished")}, {QStringLiteral("stage"), id}});
    });
    connect(&engine, &Engine::stageFailed, this,
            [this](const QString &id, const QString &summary, const QString &details, const QString &remedy) {
                QFile *log = logFor(id);
                log->write(QStringLiteral("dlstack: %1\n").arg(summary).toUtf8());
                log->flush();
                record({{QStringLiteral("event"), QStringLiteral("stage_failed")}, {QStringLiteral("stage"), id},
                        {QStringLiteral("summary"), summary}, {QStringLiteral("details"), details},
                        {QStringLiteral("remedy"), remedy}});
            });
    connect(&engine, &Engine::stepStarted, this, [this](const QString &stage, int step, const QString &description) {
        record({{QStringLiteral("event"), QStringLiteral("step_started")}, {QStringLiteral("stage"), stage},
                {QStringLiteral("step"), step}, {QStringLiteral("description"), description}});
    });
    connect(&engine, &Engine::linesReady, this, [this](const QList<engine::LogLine> &lines) {
        QFile *current = nullptr;
        QString currentStage;
        for (const engine::LogLine &line : lines) {
            if (!current || line.stage != currentStage) {
                if (current)
                    current->flush();
                current = logFor(line.stage);
                currentStage = line.stage;
            }
            current->write(line.text.toUtf8());
            current->write("\n", 1);
        }
        if (current)
            current->flush();
    });
    connect(&engine, &Engine::progress, this, [this](const engine::ProgressEvent &p) {
        record({{QStringLiteral("event"), QStringLiteral("progress")}, {QStringLiteral("stage"), p.stage},
                {QStringLiteral("step"), p.step}, {QStringLiteral("step_fraction"), p.stepFraction},
                {QStringLiteral("stage_fraction"), p.stageFraction},
                {QStringLiteral("overall"), p.overallFraction}});
    });
    connect(&engine, &Engine::finished, this, [this](bool ok) {
        for (const auto &log : std::as_const(m_logs))
            log->flush();
        record({{QStringLiteral("event"), QStringLiteral("finished")}, {QStringLiteral("ok"), ok}});
    });
}

} // namespace dlstack::cli
