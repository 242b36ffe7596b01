// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logreader.h"

#include "core/support/positionalread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QScopeGuard>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
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

support::Error damaged(const QString &path, const QString &why)
{
    return {Tr::tr("%1 is truncated or damaged: %2").arg(displayName(path), why), QString(),
            Tr::tr("Ask for the complete file, or check it with `gzip -t`, `xz -t` or `zstd -t`.")};
}

constexpr std::size_t kBlock = 4 * 1024 * 1024; // pipes hand over less per read

// The input as libarchive's read callback sees it: a file read as fast as it goes, or a FIFO,
// pipe or terminal that is polled so that waiting stays bounded and cancellable.
struct Source
{
    enum class Stop
    {
        None,
        NoWriter,
        Idle,
        Cancelled
    };

    int fd = -1;
    bool waits = false; // poll before each read
    bool fifo = false;  // a named FIFO: its writer may not have opened it yet
    LogReader::Options options;
    std::vector<char> buffer = std::vector<char>(kBlock);
    bool gotBytes = false;
    Stop stop = Stop::None;
};

la_ssize_t readBlock(archive *a, void *data, const void **block)
{
    auto *source = static_cast<Source *>(data);
    QElapsedTimer quiet; // since the last bytes came
    quiet.start();
    for (;;) {
        if (source->options.cancel && source->options.cancel->load(std::memory_order_relaxed)) {
            source->stop = Source::Stop::Cancelled;
            return 0;
        }
        if (source->waits) {
            pollfd ready{source->fd, POLLIN, 0};
            const int n = ::poll(&ready, 1, 100);
            if (n < 0 && errno != EINTR) {
                archive_set_error(a, errno, "%s", std::strerror(errno));
                return -1;
            }
            if (n <= 0) {
                const bool forWriter = source->fifo && !source->gotBytes;
                const int limit = forWriter ? source->options.writerWaitMs : source->options.idleTimeoutMs;
                if (limit > 0 && quiet.elapsed() >= limit) {
                    source->stop = forWriter ? Source::Stop::NoWriter : Source::Stop::Idle;
                    return 0;
                }
                continue;
            }
        }
        const ssize_t got = ::read(source->fd, source->buffer.data(), source->buffer.size());
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got < 0) {
            archive_set_error(a, errno, "%s", std::strerror(errno));
            return -1;
        }
        source->gotBytes = source->gotBytes || got > 0;
        *block = source->buffer.data();
        return got;
    }
}

// Opens path (or takes standard input) and says how to read it; a folder or a device is an Error.
std::optional<support::Error> openSource(const QString &path, Source &source)
{
    struct stat st
    {
    };
    if (path == u"-") {
        source.fd = 0;
        if (::fstat(0, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISCHR(st.st_mode)))
            source.waits = true;
        if (S_ISCHR(st.st_mode) && !::isatty(0))
            return support::Error{Tr::tr("Standard input is a device, not a log."), QString(),
                                  Tr::tr("Redirect a log file or a program's output to dlstack instead.")};
        return std::nullopt;
    }
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return support::Error{Tr::tr("%1 is a folder, not a log.").arg(path), QString(),
                                  Tr::tr("Name the log file inside it.")};
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode))
            return support::Error{Tr::tr("%1 is a device, not a log; reading it might never end.").arg(path), QString(),
                                  Tr::tr("Save the output to a file first, or pipe it into `dlstack diagnose -`.")};
        source.fifo = source.waits = S_ISFIFO(st.st_mode);
    }
    // A FIFO opens at once even before its writer does; reads then wait in poll().
    source.fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | (source.fifo ? O_NONBLOCK : 0));
    if (source.fd < 0)
        return support::Error{Tr::tr("%1 cannot be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                              QString(), Tr::tr("Check the file name and that you may read the file.")};
    return std::nullopt;
}

std::optional<support::Error> stopped(const QString &path, const Source &source)
{
    switch (source.stop) {
    case Source::Stop::NoWriter:
        return support::Error{
            Tr::tr("No program wrote to the FIFO %1 within %2 s.").arg(path).arg(source.options.writerWaitMs / 1000.0),
            QString(), Tr::tr("Start the program that writes the log into the FIFO, or pass a saved log file.")};
    case Source::Stop::Idle:
        return support::Error{Tr::tr("Stopped reading %1: nothing new came for %2 s while the writer kept it open. "
                                     "The lines read so far were diagnosed.")
                                  .arg(displayName(path))
                                  .arg(source.options.idleTimeoutMs / 1000.0),
                              QString(), Tr::tr("Pass --idle-timeout 0 to wait until the writer closes it.")};
    case Source::Stop::Cancelled:
        return support::Error{
            Tr::tr("Reading %1 was interrupted; the lines read so far were diagnosed.").arg(displayName(path)),
            QString(), QString()};
    case Source::Stop::None:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<support::Error> LogReader::read(const QString &path, const std::function<bool(QByteArrayView)> &sink,
                                              const Options &options)
{
    Source source;
    source.options = options;
    if (auto error = openSource(path, source)) {
        if (source.fd > 0)
            ::close(source.fd);
        return error;
    }
    const auto closeFd = qScopeGuard([&source] {
        if (source.fd > 0)
            ::close(source.fd);
    });
    std::unique_ptr<archive, ArchiveCloser> reader(archive_read_new());
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_raw(reader.get());
    archive_read_support_format_empty(reader.get());
    if (archive_read_open(reader.get(), &source, nullptr, readBlock, nullptr) != ARCHIVE_OK) {
        if (auto stop = stopped(path, source))
            return stop;
        // The input was recognised as compressed, but not even its start could be unpacked.
        return damaged(path, QString::fromLocal8Bit(archive_error_string(reader.get())));
    }
    archive_entry *entry = nullptr;
    const int header = archive_read_next_header(reader.get(), &entry);
    if (header == ARCHIVE_EOF)
        return stopped(path, source); // empty input
    if (header != ARCHIVE_OK && header != ARCHIVE_WARN) {
        if (auto stop = stopped(path, source))
            return stop;
        const QString why = QString::fromLocal8Bit(archive_error_string(reader.get()));
        if (archive_filter_code(reader.get(), 0) != ARCHIVE_FILTER_NONE) // a decompressor was chosen
            return damaged(path, why);
        return support::Error{Tr::tr("%1 cannot be read: %2").arg(displayName(path), why), QString(), QString()};
    }
    for (;;) {
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        // Plain input is handed over from the read buffer, without a copy.
        const int status = archive_read_data_block(reader.get(), &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            if (auto stop = stopped(path, source))
                return stop;
            const QString why = QString::fromLocal8Bit(archive_error_string(reader.get()));
            return support::Error{
                Tr::tr("%1 is truncated or damaged: %2. The lines before the damage were read.")
                    .arg(displayName(path), why),
                QString(), Tr::tr("Ask for the complete file, or check it with `gzip -t`, `xz -t` or `zstd -t`.")};
        }
        if (size > 0 && !sink(QByteArrayView(static_cast<const char *>(block), qsizetype(size))))
            break;
    }
    return stopped(path, source);
}

LogReader::PlainFile::~PlainFile()
{
    ::close(m_fd);
}

bool LogReader::PlainFile::readAt(qint64 offset, qint64 length, QByteArray &into) const
{
    return support::readAt(m_fd, offset, length, into);
}

std::unique_ptr<LogReader::PlainFile> LogReader::openPlain(const QString &path)
{
    if (path == u"-")
        return nullptr;
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return nullptr;
    auto file = std::make_unique<PlainFile>(fd, 0); // closes fd on every way out
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return nullptr;
    // The content decides, as for read(): libarchive's filters look at the first bytes.
    std::unique_ptr<archive, ArchiveCloser> probe(archive_read_new());
    archive_read_support_filter_all(probe.get());
    archive_read_support_format_raw(probe.get());
    archive_read_support_format_empty(probe.get());
    archive_entry *entry = nullptr;
    if (archive_read_open_filename(probe.get(), name.constData(), 64 * 1024) != ARCHIVE_OK)
        return nullptr;
    const int header = archive_read_next_header(probe.get(), &entry);
    if ((header != ARCHIVE_OK && header != ARCHIVE_EOF) || archive_filter_code(probe.get(), 0) != ARCHIVE_FILTER_NONE)
        return nullptr;
    file->setSize(qint64(st.st_size));
    return file;
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
