// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/replayrunner.h"

#include "core/probe/probecontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace dlstack::probe {

using support::CommandResult;

void ReplayRunner::add(const QString &program, const QStringList &args, const QByteArray &out, int exitCode,
                       const QByteArray &err)
{
    Recording r;
    r.program = program;
    r.args = args;
    r.result.status = CommandResult::Status::Finished;
    r.result.exitCode = exitCode;
    r.result.out = out;
    r.result.err = err;
    r.result.program = program;
    m_recordings.append(std::move(r));
}

namespace {

CommandResult::Status statusFromName(const QString &name)
{
    if (name == u"finished")
        return CommandResult::Status::Finished;
    if (name == u"timed_out")
        return CommandResult::Status::TimedOut;
    if (name == u"crashed")
        return CommandResult::Status::Crashed;
    if (name == u"failed_to_start")
        return CommandResult::Status::FailedToStart;
    return CommandResult::Status::NotFound;
}

support::Error loadError(const QString &path, const QString &why)
{
    return {
        QCoreApplication::translate("ReplayRunner", "%1 is not a saved detection.").arg(path), why,
        QCoreApplication::translate("ReplayRunner", "Pass the directory written by `dlstack detect --save-raw DIR`.")};
}

std::optional<QJsonDocument> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

} // namespace

std::optional<support::Error> ReplayRunner::load(const QString &dir)
{
    const auto doc = readJson(dir + QStringLiteral("/commands.json"));
    if (!doc || !doc->isArray())
        return loadError(dir, QStringLiteral("commands.json is missing or malformed"));
    for (const QJsonValue &value : doc->array()) {
        const QJsonObject o = value.toObject();
        Recording r;
        r.program = o.value(QStringLiteral("program")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("args")).toArray())
            r.args << a.toString();
        r.result.status = statusFromName(o.value(QStringLiteral("status")).toString());
        r.result.exitCode = o.value(QStringLiteral("exit_code")).toInt(-1);
        r.result.program = r.program;
        QFile out(dir + u'/' + o.value(QStringLiteral("stdout")).toString());
        if (out.open(QIODevice::ReadOnly))
            r.result.out = out.readAll();
        QFile err(dir + u'/' + o.value(QStringLiteral("stderr")).toString());
        if (err.open(QIODevice::ReadOnly))
            r.result.err = err.readAll();
        m_recordings.append(std::move(r));
    }
    return std::nullopt;
}

CommandResult ReplayRunner::run(const support::Command &command) const
{
    const QString base = command.program.section(u'/', -1);
    for (const Recording &r : m_recordings) {
        const bool programMatches = r.program == command.program || (!r.program.contains(u'/') && r.program == base);
        if (!programMatches || r.args != command.args)
            continue;
        if (r.delay.count() > 0) {
            const auto wait = std::min(r.delay, command.timeout);
            QThread::msleep(static_cast<unsigned long>(wait.count()));
            if (r.delay > command.timeout) {
                CommandResult timedOut;
                timedOut.status = CommandResult::Status::TimedOut;
                timedOut.program = command.program;
                return timedOut;
            }
        }
        return r.result;
    }
    CommandResult missing;
    missing.status = CommandResult::Status::NotFound;
    return missing;
}

support::Result<ProbeContext> replayContext(const QString &dir, const ReplayRunner *runner)
{
    if (!QFileInfo(dir + QStringLiteral("/root")).isDir())
        return loadError(dir, QStringLiteral("root/ is missing"));
    const auto env = readJson(dir + QStringLiteral("/env.json"));
    if (!env || !env->isObject())
        return loadError(dir, QStringLiteral("env.json is missing or malformed"));
    QMap<QString, QString> vars;
    const QJsonObject envObject = env->object();
    for (auto it = envObject.begin(); it != envObject.end(); ++it)
        vars.insert(it.key(), it.value().toString());
    ProbeContext context(QFileInfo(dir + QStringLiteral("/root")).absoluteFilePath(), vars, runner);
    QMap<QString, qint64> free;
    if (const auto disk = readJson(dir + QStringLiteral("/disk.json")); disk && disk->isObject()) {
        const QJsonObject diskObject = disk->object();
        for (auto it = diskObject.begin(); it != diskObject.end(); ++it) {
            free.insert(it.key(), static_cast<qint64>(it.value().toDouble(-1)));
            context.setDiskPath(it.key());
        }
    }
    context.setFreeMibOverride(free);
    return context;
}

} // namespace dlstack::probe
