// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/rawrecorder.h"

#include "core/support/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dlstack::probe {

void RawRecorder::recordEnv(const QString &name, const QString &value)
{
    QMutexLocker lock(&m_mutex);
    m_env.insert(name, value);
}

void RawRecorder::recordFile(const QString &path, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    m_files.insert(path, bytes);
}

void RawRecorder::recordExists(const QString &path, bool isDir)
{
    QMutexLocker lock(&m_mutex);
    if (isDir)
        m_dirs.insert(path);
    else
        m_plainFiles.insert(path);
}

void RawRecorder::recordExecutable(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_executables.insert(path);
}

void RawRecorder::recordListing(const QString &dir, const QStringList &names, const QDir &local)
{
    QMutexLocker lock(&m_mutex);
    m_dirs.insert(dir);
    const QString base = dir.endsWith(u'/') ? dir : dir + u'/';
    for (const QString &name : names) {
        const QFileInfo info(local.filePath(name));
        if (info.isDir())
            m_dirs.insert(base + name);
        else
            m_plainFiles.insert(base + name);
    }
}

void RawRecorder::recordLink(const QString &path, const QString &target)
{
    QMutexLocker lock(&m_mutex);
    m_links.insert(path, target);
}

void RawRecorder::recordFreeMib(const QString &path, qint64 mib)
{
    QMutexLocker lock(&m_mutex);
    m_freeMib.insert(path, mib);
}

void RawRecorder::recordCommand(const support::Command &command, const support::CommandResult &result)
{
    QMutexLocker lock(&m_mutex);
    m_commands.append({command, result});
}

namespace {

QString statusName(support::CommandResult::Status status)
{
    switch (status) {
    case support::CommandResult::Status::Finished:
        return QStringLiteral("finished");
    case support::CommandResult::Status::NotFound:
        return QStringLiteral("not_found");
    case support::CommandResult::Status::FailedToStart:
        return QStringLiteral("failed_to_start");
    case support::CommandResult::Status::TimedOut:
        return QStringLiteral("timed_out");
    case support::CommandResult::Status::Crashed:
        return QStringLiteral("crashed");
    }
    return {};
}

// Host-absolute path -> path below the replay root; never lets ".." climb out.
QString below(const QString &rootDir, const QString &hostPath)
{
    QString clean = QDir::cleanPath(u'/' + hostPath);
    return rootDir + clean;
}

} // namespace

bool RawRecorder::usedAsDirectory(const QString &path) const
{
    if (m_dirs.contains(path))
        return true;
    const QString prefix = path + u'/';
    const auto under = [&](const QString &p) { return p.startsWith(prefix); };
    return std::any_of(m_files.keyBegin(), m_files.keyEnd(), under) ||
           std::any_of(m_dirs.cbegin(), m_dirs.cend(), under) ||
           std::any_of(m_plainFiles.cbegin(), m_plainFiles.cend(), under) ||
           std::any_of(m_executables.cbegin(), m_executables.cend(), under);
}

std::optional<support::Error> RawRecorder::write(const QString &dir) const
{
    QMutexLocker lock(&m_mutex);
    const auto fail = [&](const QString &what) {
        return support::Error{
            QCoreApplication::translate("RawRecorder", "Could not save the raw outputs to %1.").arg(dir), what,
            QCoreApplication::translate("RawRecorder", "Choose a writable directory.")};
    };
    const QString rootDir = dir + QStringLiteral("/root");
    if (!QDir().mkpath(rootDir) || !QDir().mkpath(dir + QStringLiteral("/out")))
        return fail(dir);

    // Links first, so files recorded through a link land in its target.
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        const QString link = below(rootDir, it.key());
        const QString target = below(rootDir, it.value());
        QDir().mkpath(QFileInfo(link).absolutePath());
        if (usedAsDirectory(it.key()) || usedAsDirectory(it.value()))
            QDir().mkpath(target);
        else
            QDir().mkpath(QFileInfo(target).absolutePath());
        // A link below a linked directory (/usr/local/cuda/bin/nvcc under /usr/local/cuda ->
        // cuda-13.0) already resolves to its target through its parent: no link of its own.
        const QString linkParent = QFileInfo(QFileInfo(link).absolutePath()).canonicalFilePath();
        const QString targetParent = QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath();
        const bool sameFile = !linkParent.isEmpty() && linkParent == targetParent &&
                              QFileInfo(link).fileName() == QFileInfo(target).fileName();
        if (!sameFile && !QFileInfo(link).exists() && !QFileInfo(link).isSymLink())
            QFile::link(QFileInfo(link).absoluteDir().relativeFilePath(target), link);
    }
    for (const QString &d : m_dirs)
        QDir().mkpath(below(rootDir, d));
    for (const QString &f : m_plainFiles) {
        const QString local = below(rootDir, f);
        if (QFileInfo::exists(local))
            continue;
        QDir().mkpath(QFileInfo(local).absolutePath());
        QFile file(local);
        file.open(QIODevice::WriteOnly);
    }
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QString local = below(rootDir, it.key());
        QDir().mkpath(QFileInfo(local).absolutePath());
        if (auto error = support::writeFileAtomically(local, it.value()))
            return fail(error->details);
    }
    for (const QString &e : m_executables) {
        const QString local = below(rootDir, e);
        if (!QFileInfo::exists(local)) {
            QDir().mkpath(QFileInfo(local).absolutePath());
            QFile file(local);
            file.open(QIODevice::WriteOnly);
        }
        QFile::setPermissions(local, QFile::permissions(local) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    }

    QJsonObject env;
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        env.insert(it.key(), it.value());
    QJsonObject disk;
    for (auto it = m_freeMib.cbegin(); it != m_freeMib.cend(); ++it)
        disk.insert(it.key(), it.value());
    QJsonArray commands;
    int n = 0;
    for (const RecordedCommand &c : m_commands) {
        const QString stem = QStringLiteral("out/%1").arg(n++, 3, 10, QChar(u'0'));
        if (auto error = support::writeFileAtomically(dir + u'/' + stem + QStringLiteral(".stdout"), c.result.out))
            return fail(error->details);
        if (auto error = support::writeFileAtomically(dir + u'/' + stem + QStringLiteral(".stderr"), c.result.err))
            return fail(error->details);
        commands.append(QJsonObject{{QStringLiteral("program"), c.command.program},
                                    {QStringLiteral("args"), QJsonArray::fromStringList(c.command.args)},
                                    {QStringLiteral("status"), statusName(c.result.status)},
                                    {QStringLiteral("exit_code"), c.result.exitCode},
                                    {QStringLiteral("stdout"), stem + QStringLiteral(".stdout")},
                                    {QStringLiteral("stderr"), stem + QStringLiteral(".stderr")}});
    }
    const auto save = [&](const QString &name, const QJsonValue &value) -> std::optional<support::Error> {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        if (auto error = support::writeFileAtomically(dir + u'/' + name, doc.toJson(QJsonDocument::Indented)))
            return fail(error->details);
        return std::nullopt;
    };
    if (auto e = save(QStringLiteral("env.json"), env))
        return e;
    if (auto e = save(QStringLiteral("disk.json"), disk))
        return e;
    return save(QStringLiteral("commands.json"), commands);
}

} // namespace dlstack::probe
