// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logfile.h"

#include "core/log/linestarts.h"
#include "core/support/positionalread.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogFile)
};

constexpr qint64 kBlock = 4 * 1024 * 1024;
// Indexing reads in blocks that stay in the CPU's L2 cache: the newline scan then reads what
// pread just copied from cache instead of from memory (a 4 MiB block halved the throughput).
constexpr qint64 kIndexBlock = 256 * 1024;

support::Error systemError(const QString &summary, const QString &path, int error)
{
    return {summary, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))),
            Tr::tr("Check that the file exists, that you may read it and that the disk is not full.")};
}

} // namespace

LogFile::LogFile(QString path, int fd, bool writable) : m_path(std::move(path)), m_fd(fd), m_writable(writable) {}

LogFile::~LogFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

support::Result<std::shared_ptr<LogFile>> LogFile::create(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return systemError(Tr::tr("The build log %1 could not be created.").arg(path), path, errno);
    return std::shared_ptr<LogFile>(new LogFile(path, fd, true));
}

support::Result<std::shared_ptr<LogFile>> LogFile::openForAppend(const QString &path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return systemError(Tr::tr("The build log %1 could not be opened.").arg(path), path, errno);
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return support::Error{Tr::tr("%1 is not a regular file.").arg(path), QString(),
                              Tr::tr("Remove it; dlstack writes the stage's log there.")};
    }
    return std::shared_ptr<LogFile>(new LogFile(path, fd, true));
}

support::Result<std::shared_ptr<LogFile>> LogFile::open(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError(Tr::tr("The log %1 could not be opened.").arg(path), path, errno);
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return support::Error{Tr::tr("%1 is not a regular file.").arg(path), QString(),
                              Tr::tr("Open a log file; a directory, pipe or device cannot be indexed. "
                                     "Save the output to a file first.")};
    }
    return std::shared_ptr<LogFile>(new LogFile(path, fd, false));
}

void LogFile::addStarts(const std::vector<qint64> &starts, qint64 newSize, bool endsWithNewline)
{
    std::unique_lock guard(m_lock);
    m_index.append(starts);
    m_lineCount.store(m_index.lineCount(), std::memory_order_release);
    m_endsWithNewline = endsWithNewline;
    m_size.store(newSize, std::memory_order_release);
}

std::optional<support::Error> LogFile::buildIndex(const std::function<void(qint64, qint64)> &progress,
                                                  const std::atomic_bool *cancel)
{
    struct stat st
    {
    };
    if (::fstat(m_fd, &st) != 0)
        return systemError(Tr::tr("The log %1 could not be read.").arg(m_path), m_path, errno);
    const qint64 total = st.st_size;
    std::vector<char> buffer(kIndexBlock);
    std::vector<qint64> starts;
    starts.reserve(kIndexBlock / 16);
    while (m_scanned < total) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const ssize_t got =
            ::pread(m_fd, buffer.data(), static_cast<size_t>(qMin(kIndexBlock, total - m_scanned)), m_scanned);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return systemError(Tr::tr("The log %1 could not be read.").arg(m_path), m_path, errno);
        if (got == 0)
            break; // truncated while we read
        starts.clear();
        collectLineStarts(buffer.data(), std::size_t(got), m_scanned, m_atLineStart, starts);
        m_scanned += got;
        addStarts(starts, m_scanned, m_atLineStart);
        if (progress)
            progress(m_scanned, total);
    }
    return std::nullopt;
}

std::optional<support::Error> LogFile::append(QByteArrayView bytes)
{
    if (!m_writable)
        return support::Error{Tr::tr("The log %1 is read-only.").arg(m_path), QString(), QString()};
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t put = ::write(m_fd, data, static_cast<size_t>(left));
        if (put < 0 && errno == EINTR)
            continue;
        if (put < 0)
            return systemError(Tr::tr("The build log %1 could not be written.").arg(m_path), m_path, errno);
        data += put;
        left -= put;
    }
    std::vector<qint64> starts;
    collectLineStarts(bytes.data(), std::size_t(bytes.size()), m_scanned, m_atLineStart, starts);
    m_scanned += bytes.size();
    addStarts(starts, m_scanned, m_atLineStart);
    return std::nullopt;
}

void LogFile::resolveGroup(const LineIndex::Group &group, std::vector<qint64> &starts) const
{
    starts.clear();
    starts.push_back(group.start);
    if (group.lines > 1) {
        // Every line of the group but the first starts less than kGroupBytes after it.
        const qint64 limit = qMin(group.end < 0 ? m_size.load(std::memory_order_relaxed) : group.end,
                                  group.start + LineIndex::kGroupBytes);
        QByteArray bytes;
        readAt(group.start, limit - group.start, bytes);
        const char *data = bytes.constData();
        qsizetype at = 0;
        while (qint64(starts.size()) < group.lines) {
            const void *newline = std::memchr(data + at, '\n', std::size_t(bytes.size() - at));
            if (!newline)
                break;
            at = static_cast<const char *>(newline) - data + 1;
            starts.push_back(group.start + at);
        }
    }
    // Fewer line ends than indexed: the file was changed behind us; its lines read as empty.
    while (qint64(starts.size()) < group.lines)
        starts.push_back(starts.back());
}

qint64 LogFile::startLocked(qint64 line) const
{
    const LineIndex::Group group = m_index.groupOf(line);
    if (line == group.firstLine)
        return group.start;
    std::lock_guard cacheGuard(m_cacheLock);
    if (m_cachedGroup != group.index || qint64(m_cachedStarts.size()) != group.lines) {
        resolveGroup(group, m_cachedStarts);
        m_cachedGroup = group.index;
    }
    return m_cachedStarts[std::size_t(line - group.firstLine)];
}

qint64 LogFile::endLocked(qint64 line) const
{
    if (line + 1 < m_lineCount.load(std::memory_order_relaxed))
        return startLocked(line + 1) - 1;
    return m_size.load(std::memory_order_relaxed) - (m_endsWithNewline ? 1 : 0);
}

void LogFile::fetchBounds(qint64 first, qint64 n, std::vector<qint64> &bounds) const
{
    std::shared_lock guard(m_lock);
    bounds.clear();
    if (n <= 0)
        return;
    const qint64 last = first + n; // one past the last line asked for
    std::vector<qint64> starts;
    LineIndex::Group group = m_index.groupOf(first);
    for (qint64 line = first;;) {
        resolveGroup(group, starts);
        const qint64 groupEnd = group.firstLine + group.lines;
        for (; line < qMin(last, groupEnd); ++line)
            bounds.push_back(starts[std::size_t(line - group.firstLine)]);
        if (line == last) {
            // As if a '\n' followed the last line: the next line's start, or one past the end.
            if (last < groupEnd)
                bounds.push_back(starts[std::size_t(last - group.firstLine)]);
            else
                bounds.push_back(endLocked(last - 1) + 1);
            return;
        }
        group = m_index.group(group.index + 1);
    }
}

qint64 LogFile::lineLength(qint64 line) const
{
    std::shared_lock guard(m_lock);
    if (line < 0 || line >= m_lineCount.load(std::memory_order_relaxed))
        return 0;
    return endLocked(line) - startLocked(line);
}

bool LogFile::readAt(qint64 offset, qint64 length, QByteArray &into) const
{
    return support::readAt(m_fd, offset, length, into);
}

QByteArray LogFile::rawLine(qint64 line, qsizetype cap) const
{
    qint64 start = 0;
    qint64 end = 0;
    {
        std::shared_lock guard(m_lock);
        if (line < 0 || line >= m_lineCount.load(std::memory_order_relaxed))
            return {};
        start = startLocked(line);
        end = endLocked(line);
    }
    QByteArray bytes;
    readAt(start, qMin<qint64>(end - start, cap), bytes);
    return bytes;
}

QString LogFile::text(qint64 line, qsizetype cap) const
{
    const QByteArray raw = rawLine(line, cap + 1); // one more byte tells cleanLine() that it was cut
    return cleanLine(raw, cap);
}

LineClass LogFile::lineClass(qint64 line) const
{
    return LineClassifier::classify(cleanLineBytes(rawLine(line, 1024), 1024));
}

bool LogFile::forEachLine(qint64 first, qint64 last, const std::function<bool(qint64, QByteArrayView)> &fn,
                          qsizetype cap) const
{
    first = qMax<qint64>(0, first);
    last = qMin(last, lineCount());
    std::vector<qint64> bounds;
    QByteArray block;
    for (qint64 i = first; i < last;) {
        const qint64 n = qMin<qint64>(last - i, 65536);
        fetchBounds(i, n, bounds);
        qint64 k = 0;
        while (k < n) {
            qint64 m = k + 1;
            while (m < n && bounds[m + 1] - bounds[k] <= kBlock)
                ++m;
            const qint64 lineBytes = bounds[k + 1] - 1 - bounds[k];
            if (m == k + 1 && lineBytes > cap) { // a long line: read only what is looked at
                if (!readAt(bounds[k], cap + 1, block))
                    return false;
                if (!fn(i + k, QByteArrayView(block)))
                    return true;
                k = m;
                continue;
            }
            const qint64 base = bounds[k];
            if (!readAt(base, bounds[m] - 1 - base, block))
                return false;
            for (qint64 j = k; j < m; ++j) {
                const qint64 from = bounds[j] - base;
                const qint64 length = qMin<qint64>(bounds[j + 1] - 1 - bounds[j], cap + 1);
                if (!fn(i + j, QByteArrayView(block.constData() + from, length)))
                    return true;
            }
            k = m;
        }
        i += n;
    }
    return true;
}

bool LogFile::forEachBlock(qint64 blockSize, const std::function<bool(QByteArrayView)> &fn) const
{
    return forEachBlock(0, size(), blockSize, fn);
}

bool LogFile::forEachBlock(qint64 from, qint64 to, qint64 blockSize,
                           const std::function<bool(QByteArrayView)> &fn) const
{
    const qint64 total = qMin(to, size());
    QByteArray block;
    for (qint64 at = qMax<qint64>(0, from); at < total; at += blockSize) {
        if (!readAt(at, qMin(blockSize, total - at), block) || !fn(QByteArrayView(block)))
            return false;
    }
    return true;
}

qint64 LogFile::indexMemoryBytes() const
{
    std::shared_lock guard(m_lock);
    return m_index.memoryBytes();
}

} // namespace dlstack::log
