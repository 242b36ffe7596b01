// SPDX-License-Identifier: GPL-3.0-or-later
// file:// sources. open(2) with O_NONBLOCK, then fstat(2): a FIFO with no writer would
// block a plain open or read for ever (and the cancel flag with it), a character device
// such as /dev/zero never ends, so only regular files are read.
#include "core/net/transfer.h"

#include <QCoreApplication>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dlstack::net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Downloader)
};

QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return Tr::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("a device");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    if (S_ISDIR(mode))
        return Tr::tr("a directory");
    return Tr::tr("a special file");
}

} // namespace

Attempt readLocalFile(const QUrl &url, QFile &part, support::Sha256 &hash, const Downloader::Progress &progress,
                      const std::atomic_bool *cancel, const std::atomic_bool *pause)
{
    const int fd = ::open(QFile::encodeName(url.toLocalFile()).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {Outcome::GiveUp, qt_error_string(errno)};
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const QString why =
            Tr::tr("%1, not a regular file; a file:// source must be a regular file").arg(kindOf(info.st_mode));
        ::close(fd);
        return {Outcome::GiveUp, why};
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile source;
    if (!source.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return {Outcome::GiveUp, source.errorString()};
    }
    const qint64 total = source.size();
    if (part.size() > total || !source.seek(part.size())) {
        part.resize(0);
        hash.reset();
        source.seek(0);
    }
    part.seek(part.size());
    QByteArray buffer;
    for (;;) {
        while (isSet(pause) && !isSet(cancel))
            QThread::msleep(50);
        if (isSet(cancel))
            return {Outcome::Cancelled, QString()};
        buffer = source.read(1 << 20);
        if (buffer.isEmpty())
            break;
        if (part.write(buffer) != buffer.size() || !part.flush())
            return {Outcome::GiveUp, qt_error_string(errno), true};
        hash.addData(buffer);
        if (progress)
            progress(part.pos(), total);
    }
    if (source.error() != QFileDevice::NoError)
        return {Outcome::Retry, source.errorString()};
    return {Outcome::Complete, QString()};
}

} // namespace dlstack::net
