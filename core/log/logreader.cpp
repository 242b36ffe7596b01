// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogReader)
};

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString displayName(const QString &path)
{
    return path == u"-" ? Tr::tr("standard input") : path;
}

} // namespace

std::optional<support::Error> LogReader::read(const QString &path, const std::function<bool(QByteArrayView)> &sink)
{
    int fd = 0;
    if (path != u"-") {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return support::Error{Tr::tr("%1 cannot be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                                  QString(), Tr::tr("Check the file name and that you may read the file.")};
    }
    std::unique_ptr<archive, ArchiveCloser> reader(archive_read_new());
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_raw(reader.get());
    archive_read_support_format_empty(reader.get());
    const auto closeFd = [fd] {
        if (fd > 0)
            ::close(fd);
    };
    if (archive_read_open_fd(reader.get(), fd, 1024 * 1024) != ARCHIVE_OK) {
        // The input was recognised as compressed, but not even its start could be unpacked.
        const QString why = QString::fromLocal8Bit(archive_error_string(reader.get()));
        closeFd();
        return support::Error{Tr::tr("%1 is truncated or damaged: %2").arg(displayName(path), why), QString(),
                              Tr::tr("Ask for the complete file, or check it with `gzip -t` or `xz -t`.")};
    }
    archive_entry *entry = nullptr;
    const int header = archive_read_next_header(reader.get(), &entry);
    if (header == ARCHIVE_EOF) {
        closeFd();
        return std::nullopt; // empty input
    }
    if (header != ARCHIVE_OK && header != ARCHIVE_WARN) {
        const QString why = QString::fromLocal8Bit(archive_error_string(reader.get()));
        const bool compressed = archive_filter_code(reader.get(), 0) != ARCHIVE_FILTER_NONE; // a decompressor was chosen
        closeFd();
        if (compressed)
            return support::Error{Tr::tr("%1 is truncated or damaged: %2").arg(displayName(path), why), QString(),
                                  Tr::tr("Ask for the complete file, or check it with `gzip -t` or `xz -t`.")};
        return support::Error{Tr::tr("%1 cannot be read: %2").arg(displayName(path), why), QString(), QString()};
    }
    std::vector<char> buffer(1024 * 1024);
    std::optional<support::Error> error;
    for (;;) {
        const la_ssize_t got = archive_read_data(reader.get(), buffer.data(), buffer.size());
        if (got == 0)
            break;
        if (got < 0) {
            const QString why = QString::fromLocal8Bit(archive_error_string(reader.get()));
            error = support::Error{
                Tr::tr("%1 is truncated or damaged: %2. The lines before the damage were read.").arg(displayName(path), why),
                QString(), Tr::tr("Ask for the complete file, or check it with `gzip -t` or `xz -t`.")};
            break;
        }
        if (!sink(QByteArrayView(buffer.data(), got)))
            break;
    }
    closeFd();
    return error;
}

std::optional<support::Error> LogReader::decompressTo(const QString &path, const QString &target)
{
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return support::Error{Tr::tr("%1 cannot be written: %2").arg(target, out.errorString()), QString(), QString()};
    bool writeFailed = false;
    auto error = read(path, [&](QByteArrayView bytes) {
        writeFailed = out.write(bytes.data(), bytes.size()) != bytes.size();
        return !writeFailed;
    });
    if (writeFailed)
        return support::Error{Tr::tr("%1 cannot be written: %2").arg(target, out.errorString()), QString(),
                              Tr::tr("Free some disk space in the temporary folder.")};
    return error;
}

} // namespace dlstack::log
