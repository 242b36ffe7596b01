// SPDX-License-Identifier: GPL-3.0-or-later
// SharedLogSink: the spdlog sink behind AppLog, a size-rotated file that several processes
// may write at once (an install that runs for hours while other dlstack commands come and
// go). Each line is one write(2) with O_APPEND, so lines of different processes never mix.
// Before each line the path is looked up again: a process whose file another one rotated
// away follows to the new file instead of writing into a rotated (later deleted) one. The
// size that triggers rotation is the file's own, and rotation happens under flock() on the
// current file: whoever gets the lock second finds the new file and only reopens it.
// Rotation: name.log -> name.1.log -> ... -> name.<files-1>.log, the oldest dropped.
// Only applog.cpp includes this header (spdlog stays out of the module's interface).
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <QByteArray>

#include <mutex>

namespace dlstack::support {

class SharedLogSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    // Opens (creates) path; throws spdlog::spdlog_ex naming the reason when it cannot.
    SharedLogSink(QByteArray path, qint64 maxBytes, int files);
    ~SharedLogSink() override;

    // name.log for 0, name.<index>.log after it.
    QByteArray fileName(int index) const;

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override {} // every line is already written with write(2)

private:
    int openFile() const;   // the file at m_path, or -1 (errno set)
    bool isCurrent() const; // m_fd is still the file at m_path
    void follow();          // reopens the file at m_path when another process rotated it away
    void rotate();

    QByteArray m_path;
    qint64 m_maxBytes;
    int m_files;
    int m_fd = -1;
};

} // namespace dlstack::support
