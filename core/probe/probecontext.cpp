// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/probecontext.h"

#include "core/probe/rawrecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStorageInfo>

#include <algorithm>

namespace dlstack::probe {

ProbeContext::ProbeContext(QString root, QMap<QString, QString> env, const support::CommandRunner *runner)
    : m_root(std::move(root)), m_env(std::move(env)), m_runner(runner)
{
    while (m_root.size() > 1 && m_root.endsWith(u'/'))
        m_root.chop(1);
}

ProbeContext ProbeContext::forHost(const support::CommandRunner *runner)
{
    QMap<QString, QString> env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        env.insert(key, system.value(key));
    ProbeContext context(QStringLiteral("/"), std::move(env), runner);
    context.setDiskPath(QDir::homePath());
    context.setHostLibraries(true);
    return context;
}

QString ProbeContext::env(const QString &name) const
{
    const QString value = m_env.value(name);
    if (m_recorder)
        m_recorder->recordEnv(name, value);
    return value;
}

QStringList ProbeContext::pathDirs() const
{
    QStringList dirs;
    for (const QString &dir : env(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts)) {
        if (!dirs.contains(dir))
            dirs << dir;
    }
    return dirs;
}

QString ProbeContext::home() const
{
    return env(QStringLiteral("HOME"));
}

QString ProbeContext::hostToLocal(const QString &path) const
{
    if (m_root == u"/")
        return path;
    return m_root + (path.startsWith(u'/') ? path : u'/' + path);
}

std::optional<QByteArray> ProbeContext::readFile(const QString &path, qint64 maxBytes) const
{
    QFile file(hostToLocal(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // /proc and /sys files report size 0: read until EOF, bounded, in pieces: a /proc/sys
    // file refuses one read of 4 MiB or more (ENOMEM), which left the kernel unknown.
    QByteArray bytes;
    while (bytes.size() < maxBytes) {
        const QByteArray piece = file.read(std::min<qint64>(64 * 1024, maxBytes - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (m_recorder)
        m_recorder->recordFile(path, bytes);
    return bytes;
}

bool ProbeContext::exists(const QString &path) const
{
    const bool result = QFileInfo::exists(hostToLocal(path));
    if (m_recorder && result)
        m_recorder->recordExists(path, isDir(path));
    return result;
}

bool ProbeContext::isDir(const QString &path) const
{
    return QFileInfo(hostToLocal(path)).isDir();
}

bool ProbeContext::isExecutable(const QString &path) const
{
    const QFileInfo info(hostToLocal(path));
    const bool result = info.isFile() && info.isExecutable();
    if (m_recorder && result)
        m_recorder->recordExecutable(path);
    return result;
}

QStringList ProbeContext::list(const QString &dir, const QStringList &nameFilters) const
{
    QDir d(hostToLocal(dir));
    const QStringList names =
        d.entryList(nameFilters, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDir::Name);
    if (m_recorder && !names.isEmpty())
        m_recorder->recordListing(dir, names, d);
    return names;
}

QString ProbeContext::canonical(const QString &path) const
{
    const QString local = QFileInfo(hostToLocal(path)).canonicalFilePath();
    if (local.isEmpty())
        return {};
    QString host = local;
    if (m_root != u"/") {
        if (!local.startsWith(m_root))
            return path; // a link leaving the fake root: keep the path as given
        host = local.mid(m_root.size());
        if (host.isEmpty())
            host = QStringLiteral("/");
    }
    if (m_recorder && host != path)
        m_recorder->recordLink(path, host);
    return host;
}

qint64 ProbeContext::freeMib(const QString &path) const
{
    if (m_freeMibOverride.contains(path))
        return m_freeMibOverride.value(path);
    QString local = hostToLocal(path);
    // Measure at the nearest existing ancestor: the prefix may not exist yet.
    while (!QFileInfo::exists(local) && local.contains(u'/'))
        local = local.left(local.lastIndexOf(u'/'));
    if (local.isEmpty())
        local = QStringLiteral("/");
    QStorageInfo storage(local);
    if (!storage.isValid())
        return -1;
    const qint64 mib = storage.bytesAvailable() / (1024 * 1024);
    if (m_recorder)
        m_recorder->recordFreeMib(path, mib);
    return mib;
}

QString ProbeContext::which(const QString &name) const
{
    for (const QString &dir : pathDirs()) {
        const QString candidate = dir + u'/' + name;
        if (isExecutable(candidate))
            return candidate;
    }
    return {};
}

support::CommandResult ProbeContext::run(const QString &program, const QStringList &args) const
{
    support::Command command;
    command.program = program;
    command.args = args;
    command.timeout = m_timeout;
    support::CommandResult result = m_runner->run(command);
    if (m_recorder)
        m_recorder->recordCommand(command, result);
    return result;
}

} // namespace dlstack::probe
