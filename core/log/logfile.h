// SPDX-License-Identifier: GPL-3.0-or-later
// LogFile: one log on disk (a build stage, or any file a user opens) and an in-memory index of
// where its lines start (LineIndex: one start per group of up to 64 lines, the others found
// in the file), never a QString per line. Lines are counted like
// Python's splitlines() on '\n': "a\nb" and "a\nb\n" both have two lines; a line is reported without its '\n'. Threads:
// one writer (append() or buildIndex()) may run while any number of readers call the const functions; readers only ever
// see bytes that are on disk and indexed.
#pragma once

#include "core/log/lineclassifier.h"
#include "core/log/lineindex.h"
#include "core/log/textcleaner.h"
#include "core/support/error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <vector>

namespace dlstack::log {

class LogFile
{
public:
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Creates (or truncates) a file for append().
    static support::Result<std::shared_ptr<LogFile>> create(const QString &path);
    // Opens a file for append() that keeps what it holds (created when missing); call
    // buildIndex() before the first append() to index that.
    static support::Result<std::shared_ptr<LogFile>> openForAppend(const QString &path);
    // Opens an existing regular file read-only; nothing is indexed until buildIndex() runs.
    static support::Result<std::shared_ptr<LogFile>> open(const QString &path);

    QString path() const { return m_path; }

    // Indexes from where the last call stopped up to the file's current size (call it again to
    // follow a file that grows). progress(done, total) in bytes; stops early when *cancel.
    // Meant for a worker thread; readers see the lines indexed so far.
    std::optional<support::Error> buildIndex(const std::function<void(qint64, qint64)> &progress = {},
                                             const std::atomic_bool *cancel = nullptr);
    // Writes bytes (whole or partial lines) to the end of the file and indexes them.
    std::optional<support::Error> append(QByteArrayView bytes);

    qint64 lineCount() const { return m_lineCount.load(std::memory_order_acquire); }
    qint64 size() const { return m_size.load(std::memory_order_acquire); } // indexed bytes
    qint64 lineLength(qint64 line) const;                                  // raw bytes without '\n'
    // Raw bytes of a 0-based line without its '\n', at most cap bytes; empty when out of range.
    QByteArray rawLine(qint64 line, qsizetype cap = kDisplayCap) const;
    QString text(qint64 line, qsizetype cap = kDisplayCap) const; // cleaned for display
    LineClass lineClass(qint64 line) const;

    // Calls fn(line, raw bytes without '\n', at most cap of them) for lines [first, last) in order,
    // reading the file in large blocks; fn returns false to stop. Returns false on a read error.
    bool forEachLine(qint64 first, qint64 last, const std::function<bool(qint64, QByteArrayView)> &fn,
                     qsizetype cap = kDisplayCap) const;

    // Calls fn(bytes) for the indexed bytes [0, size()) in order, blockSize at a time (the last
    // block shorter); fn returns false to stop. Returns false on a read error or a stop.
    bool forEachBlock(qint64 blockSize, const std::function<bool(QByteArrayView)> &fn) const;
    // The same for the bytes [from, to), clamped to what is indexed.
    bool forEachBlock(qint64 from, qint64 to, qint64 blockSize, const std::function<bool(QByteArrayView)> &fn) const;

    // Bytes [offset, offset + length) of the file into `into` (resized to what was read; false
    // when fewer could be read). Safe on several threads at once (pread).
    bool readAt(qint64 offset, qint64 length, QByteArray &into) const;

    qint64 indexMemoryBytes() const; // heap used by the index

private:
    LogFile(QString path, int fd, bool writable);
    void addStarts(const std::vector<qint64> &starts, qint64 newSize, bool endsWithNewline); // takes the lock
    // The starts of a group's lines, from the index and the file.
    void resolveGroup(const LineIndex::Group &group, std::vector<qint64> &starts) const;
    qint64 startLocked(qint64 line) const;
    qint64 endLocked(qint64 line) const; // end without '\n'
    // starts of lines [first, first+n) and the end of the last one, under one lock
    void fetchBounds(qint64 first, qint64 n, std::vector<qint64> &bounds) const;

    QString m_path;
    int m_fd = -1;
    bool m_writable = false;
    mutable std::shared_mutex m_lock;
    LineIndex m_index;
    // The group of lines looked at last (a view reads its lines one by one, mostly in one group).
    mutable std::mutex m_cacheLock;
    mutable qint64 m_cachedGroup = -1;
    mutable std::vector<qint64> m_cachedStarts;
    std::atomic<qint64> m_lineCount{0};
    std::atomic<qint64> m_size{0};
    bool m_endsWithNewline = false; // guarded by m_lock
    bool m_atLineStart = true;      // writer only: next byte begins a line
    qint64 m_scanned = 0;           // writer only: bytes looked at by buildIndex()/append()
};

} // namespace dlstack::log
