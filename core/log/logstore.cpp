// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogStore)
};

} // namespace

QString stageFileSlug(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("stage") : slug.left(60);
}

LogStore::LogStore(QString directory) : m_directory(std::move(directory)) {}

support::Result<int> LogStore::addStage(const QString &name)
{
    std::lock_guard guard(m_lock);
    if (!QDir().mkpath(m_directory))
        return support::Error{Tr::tr("The log folder %1 could not be created.").arg(m_directory), QString(),
                              Tr::tr("Check the permissions of the install prefix and the free disk space.")};
    const QString file = QStringLiteral("%1-%2.log").arg(m_files.size() + 1, 2, 10, QLatin1Char('0')).arg(stageFileSlug(name));
    auto created = LogFile::create(QDir(m_directory).filePath(file));
    if (!created)
        return created.error();
    m_names.append(name);
    m_files.append(created.value());
    return int(m_files.size() - 1);
}

int LogStore::stageCount() const
{
    std::lock_guard guard(m_lock);
    return int(m_files.size());
}

QString LogStore::stageName(int stage) const
{
    std::lock_guard guard(m_lock);
    return stage >= 0 && stage < m_names.size() ? m_names.at(stage) : QString();
}

std::shared_ptr<LogFile> LogStore::stage(int stage) const
{
    std::lock_guard guard(m_lock);
    return stage >= 0 && stage < m_files.size() ? m_files.at(stage) : nullptr;
}

std::optional<support::Error> LogStore::append(int index, QByteArrayView bytes)
{
    const auto file = stage(index);
    if (!file)
        return support::Error{Tr::tr("There is no stage %1 in this log.").arg(index), QString(), QString()};
    return file->append(bytes);
}

std::optional<support::Error> LogStore::appendLine(int index, QByteArrayView line)
{
    QByteArray bytes;
    bytes.reserve(line.size() + 1);
    bytes.append(line);
    bytes.append('\n');
    return append(index, bytes);
}

support::Result<std::unique_ptr<LogStore>> LogStore::openDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return support::Error{Tr::tr("The log folder %1 does not exist.").arg(directory), QString(), QString()};
    auto store = std::make_unique<LogStore>(directory);
    static const QRegularExpression numbered(QStringLiteral("^\\d+-(.*)\\.log$"));
    for (const QString &entry : dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name)) {
        auto file = LogFile::open(dir.filePath(entry));
        if (!file)
            return file.error();
        if (auto error = file.value()->buildIndex())
            return *error;
        const auto match = numbered.match(entry);
        store->m_names.append(match.hasMatch() ? match.captured(1) : entry);
        store->m_files.append(file.value());
    }
    return store;
}

} // namespace dlstack::log
