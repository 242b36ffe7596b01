// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <QRegularExpression>
#include <algorithm>

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
    const QString file =
        QStringLiteral("%1-%2.log").arg(m_files.size() + 1, 2, 10, QLatin1Char('0')).arg(stageFileSlug(name));
    auto created = LogFile::create(QDir(m_directory).filePath(file));
    if (!created)
        return created.error();
    m_names.append(name);
    m_files.append(created.value());
    m_streams.emplace_back();
    return int(m_files.size() - 1);
}

namespace {

char streamLetter(LineStream stream)
{
    switch (stream) {
    case LineStream::Out:
        return 'o';
    case LineStream::Err:
        return 'e';
    case LineStream::Info:
        return 'i';
    }
    return 'o';
}

} // namespace

std::vector<std::pair<qint64, LineStream>> LogStore::readStreams(const QString &path)
{
    std::vector<std::pair<qint64, LineStream>> runs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return runs;
    for (const QByteArray &record : file.readAll().split('\n')) {
        const QList<QByteArray> words = record.split(' ');
        bool ok = false;
        const qint64 line = words.value(0).toLongLong(&ok);
        if (!ok || words.size() != 2 || words.at(1).size() != 1 || (!runs.empty() && line < runs.back().first))
            continue; // torn or foreign: ignored
        const char c = words.at(1).at(0);
        runs.emplace_back(line, c == 'e' ? LineStream::Err : c == 'i' ? LineStream::Info : LineStream::Out);
    }
    return runs;
}

support::Result<int> LogStore::openStage(const QString &id)
{
    std::lock_guard guard(m_lock);
    const qsizetype known = m_names.indexOf(id);
    if (known >= 0 && m_files.at(known))
        return int(known);
    if (!QDir().mkpath(m_directory))
        return support::Error{Tr::tr("The log folder %1 could not be created.").arg(m_directory), QString(),
                              Tr::tr("Check the permissions of the install prefix and the free disk space.")};
    const QString path = QDir(m_directory).filePath(id + QStringLiteral(".log"));
    auto opened = LogFile::openForAppend(path);
    if (!opened)
        return opened.error();
    const std::shared_ptr<LogFile> &file = opened.value();
    if (auto error = file->buildIndex())
        return *error;
    Streams streams{QDir(m_directory).filePath(id + QStringLiteral(".streams")), {}};
    streams.runs = readStreams(streams.path);
    if (file->size() > 0) {
        // An attempt killed mid-line left no '\n': the next line starts on its own.
        QFile tail(path);
        char last = '\n';
        if (tail.open(QIODevice::ReadOnly) && tail.seek(file->size() - 1))
            tail.getChar(&last);
        if (last != '\n')
            if (auto error = file->append("\n"))
                return *error;
    }
    if (known >= 0) {
        m_files[known] = file;
        m_streams[std::size_t(known)] = std::move(streams);
        return int(known);
    }
    m_names.append(id);
    m_files.append(file);
    m_streams.push_back(std::move(streams));
    return int(m_files.size() - 1);
}

void LogStore::closeStage(const QString &id)
{
    std::lock_guard guard(m_lock);
    const qsizetype index = m_names.indexOf(id);
    if (index >= 0)
        m_files[index].reset();
}

std::optional<support::Error> LogStore::appendLine(int index, LineStream stream, QByteArrayView line)
{
    std::shared_ptr<LogFile> file;
    {
        std::lock_guard guard(m_lock);
        if (index < 0 || index >= m_files.size() || !m_files.at(index))
            return support::Error{Tr::tr("There is no stage %1 in this log.").arg(index), QString(), QString()};
        file = m_files.at(index);
        Streams &streams = m_streams[std::size_t(index)];
        const LineStream current = streams.runs.empty() ? LineStream::Out : streams.runs.back().second;
        if (current != stream && !streams.path.isEmpty()) {
            const qint64 at = file->lineCount();
            QFile record(streams.path);
            if (!record.open(QIODevice::WriteOnly | QIODevice::Append) ||
                record.write(QByteArray::number(at) + ' ' + streamLetter(stream) + '\n') < 0)
                return support::Error{Tr::tr("The log %1 could not be written.").arg(streams.path),
                                      record.errorString(), Tr::tr("Check the free disk space.")};
            streams.runs.emplace_back(at, stream);
        }
    }
    return appendLine(index, line);
}

LineStream LogStore::streamOf(int index, qint64 line) const
{
    std::lock_guard guard(m_lock);
    if (index < 0 || std::size_t(index) >= m_streams.size())
        return LineStream::Out;
    const auto &runs = m_streams[std::size_t(index)].runs;
    const auto after =
        std::upper_bound(runs.begin(), runs.end(), line,
                         [](qint64 l, const std::pair<qint64, LineStream> &run) { return l < run.first; });
    return after == runs.begin() ? LineStream::Out : std::prev(after)->second;
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
        store->m_streams.emplace_back();
    }
    return store;
}

} // namespace dlstack::log
