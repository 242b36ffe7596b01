// SPDX-License-Identifier: GPL-3.0-or-later
// LogReader: streams the bytes of a log someone sent: a plain file, a .gz, .xz or .zst (or any
// compression libarchive knows, detected from the content, not the name), a FIFO, or standard
// input ("-"). Memory stays bounded whatever the size. A truncated or corrupt compressed file
// ends with an Error that says so, after the bytes that could be read were delivered. Reading
// a FIFO or pipe never blocks forever: it waits a bounded time for a writer, and can stop when
// no byte came for a while; devices other than a terminal on standard input are refused.
#pragma once

#include "core/support/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dlstack::log {

class LogReader
{
public:
    struct Options
    {
        int writerWaitMs = 30000; // a FIFO that no program has opened for writing yet
        int idleTimeoutMs = 0;    // a FIFO or pipe that sends nothing for this long ends (0: wait for EOF)
        const std::atomic_bool *cancel = nullptr; // checked at least every 100 ms while waiting
    };

    // Calls sink(bytes) for successive blocks; sink returns false to stop early.
    static std::optional<support::Error> read(const QString &path, const std::function<bool(QByteArrayView)> &sink,
                                              const Options &options);
    static std::optional<support::Error> read(const QString &path, const std::function<bool(QByteArrayView)> &sink)
    {
        return read(path, sink, Options());
    }
    // A regular file whose content is not compressed, open for reads at any offset: dlstack
    // diagnose reads such a file on several threads at once instead of streaming it.
    class PlainFile
    {
    public:
        explicit PlainFile(int fd, qint64 size) : m_fd(fd), m_size(size) {}
        ~PlainFile();
        PlainFile(const PlainFile &) = delete;
        PlainFile &operator=(const PlainFile &) = delete;
        qint64 size() const { return m_size; } // when it was opened
        void setSize(qint64 size) { m_size = size; }
        // Bytes [offset, offset + length) into `into` (resized to what was read); false when
        // fewer could be read. Safe on several threads at once.
        bool readAt(qint64 offset, qint64 length, QByteArray &into) const;

    private:
        int m_fd;
        qint64 m_size;
    };
    // Null for standard input, a FIFO, anything compressed or anything that cannot be opened
    // (read() then streams it, with its errors).
    static std::unique_ptr<PlainFile> openPlain(const QString &path);

    // Copies a (possibly compressed) log to a plain file, for viewers that need random access.
    static std::optional<support::Error> decompressTo(const QString &path, const QString &target);
};

} // namespace dlstack::log
