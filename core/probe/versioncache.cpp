// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/versioncache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace dlstack::probe {

namespace {

constexpr auto kFormat = "dlstack-tool-versions-1";

bool isVersionQuery(const support::Command &command)
{
    return command.args == QStringList{QStringLiteral("--version")} && command.env.isEmpty() && command.cwd.isEmpty() &&
           QDir::isAbsolutePath(command.program);
}

} // namespace

VersionCachingRunner::VersionCachingRunner(const support::CommandRunner *inner, QString cacheFile)
    : m_inner(inner), m_file(std::move(cacheFile))
{
}

QString VersionCachingRunner::defaultCacheFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/dlstack/tool-versions.json");
}

QString VersionCachingRunner::stampOf(const QString &canonicalPath)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(canonicalPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    QFile file(canonicalPath);
    if (!file.open(QIODevice::ReadOnly) || file.read(4) != QByteArrayLiteral("\x7f"
                                                                             "ELF"))
        return {};
    return QStringLiteral("%1:%2:%3.%4:%5.%6")
        .arg(static_cast<qulonglong>(st.st_ino))
        .arg(static_cast<qlonglong>(st.st_size))
        .arg(static_cast<qlonglong>(st.st_mtim.tv_sec))
        .arg(static_cast<qlonglong>(st.st_mtim.tv_nsec))
        .arg(static_cast<qlonglong>(st.st_ctim.tv_sec))
        .arg(static_cast<qlonglong>(st.st_ctim.tv_nsec));
}

void VersionCachingRunner::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    if (root.value(QStringLiteral("format")).toString() == QLatin1String(kFormat))
        m_entries = root.value(QStringLiteral("programs")).toObject();
}

void VersionCachingRunner::save() const
{
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return; // a cache that cannot be written only costs time
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                         {QStringLiteral("programs"), m_entries}})
                   .toJson(QJsonDocument::Indented));
    file.commit();
}

support::CommandResult VersionCachingRunner::run(const support::Command &command) const
{
    if (!isVersionQuery(command))
        return m_inner->run(command);
    const QString canonical = QFileInfo(command.program).canonicalFilePath();
    const QString stamp = canonical.isEmpty() ? QString() : stampOf(canonical);
    if (stamp.isEmpty())
        return m_inner->run(command);
    {
        QMutexLocker lock(&m_mutex);
        load();
        const QJsonObject entry = m_entries.value(canonical).toObject();
        if (entry.value(QStringLiteral("stamp")).toString() == stamp) {
            ++m_hits;
            support::CommandResult cached;
            cached.status = support::CommandResult::Status::Finished;
            cached.exitCode = 0;
            cached.out = entry.value(QStringLiteral("out")).toString().toUtf8();
            cached.err = entry.value(QStringLiteral("err")).toString().toUtf8();
            cached.program = command.program;
            return cached;
        }
    }
    support::CommandResult result = m_inner->run(command);
    if (!result.succeeded() || result.out.size() + result.err.size() > 64 * 1024)
        return result;
    QMutexLocker lock(&m_mutex);
    m_entries.insert(canonical, QJsonObject{{QStringLiteral("stamp"), stamp},
                                            {QStringLiteral("out"), QString::fromUtf8(result.out)},
                                            {QStringLiteral("err"), QString::fromUtf8(result.err)}});
    save();
    return result;
}

int VersionCachingRunner::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

} // namespace dlstack::probe
