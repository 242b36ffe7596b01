// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/sharedlogsink.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dlstack::support {

SharedLogSink::SharedLogSink(QByteArray path, qint64 maxBytes, int files)
    : m_path(std::move(path)), m_maxBytes(qMax<qint64>(1, maxBytes)), m_files(qMax(1, files))
{
    m_fd = openFile();
    if (m_fd < 0)
        throw spdlog::spdlog_ex(std::strerror(errno));
}

SharedLogSink::~SharedLogSink()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray SharedLogSink::fileName(int index) const
{
    if (index == 0)
        return m_path;
    const qsizetype slash = m_path.lastIndexOf('/');
    const qsizetype dot = m_path.lastIndexOf('.');
    const qsizetype at = dot > slash + 1 ? dot : m_path.size(); // "dir/.log" has no extension
    return m_path.left(at) + '.' + QByteArray::number(index) + m_path.mid(at);
}

int SharedLogSink::openFile() const
{
    return ::open(m_path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
}

bool SharedLogSink::isCurrent() const
{
    struct stat mine = {};
    struct stat named = {};
    return m_fd >= 0 && ::fstat(m_fd, &mine) == 0 && ::stat(m_path.constData(), &named) == 0 &&
           mine.st_dev == named.st_dev && mine.st_ino == named.st_ino;
}

void SharedLogSink::follow()
{
    if (isCurrent())
        return;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = openFile(); // -1 (the directory went away): lines are dropped until it can be opened
}

void SharedLogSink::rotate()
{
    if (m_files == 1) {
        if (::ftruncate(m_fd, 0) != 0)
            return;
    } else {
        for (int i = m_files - 1; i > 0; --i)
            ::rename(fileName(i - 1).constData(), fileName(i).constData()); // a missing one is no error
    }
}

void SharedLogSink::sink_it_(const spdlog::details::log_msg &msg)
{
    spdlog::memory_buf_t line;
    formatter_->format(msg, line);
    follow();
    if (m_fd < 0)
        return;
    struct stat now = {};
    if (::fstat(m_fd, &now) == 0 && now.st_size > 0 && now.st_size + qint64(line.size()) > m_maxBytes) {
        // Under the lock, look again: another process may have rotated while this one waited.
        if (::flock(m_fd, LOCK_EX) == 0) {
            if (isCurrent() && ::fstat(m_fd, &now) == 0 && now.st_size + qint64(line.size()) > m_maxBytes)
                rotate();
            ::flock(m_fd, LOCK_UN);
        }
        follow();
        if (m_fd < 0)
            return;
    }
    const char *data = line.data();
    size_t left = line.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, left);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // disk full or the like: the program goes on without this line
        data += written;
        left -= size_t(written);
    }
}

} // namespace dlstack::support
