// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/safeextractor.h"

#include "core/support/pathguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <memory>
#include <sys/stat.h>

namespace dlstack::archive {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeExtractor)
};

using ReadPtr = std::unique_ptr<struct archive, decltype(&archive_read_free)>;
using WritePtr = std::unique_ptr<struct archive, decltype(&archive_write_free)>;
using Guard = support::PathGuard;

// Removes the first `strip` components; empty when nothing is left.
QString stripComponents(const QString &path, int strip)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("."));
    if (parts.size() <= strip)
        return QString();
    return parts.mid(strip).join(u'/');
}

bool hasDotDot(const QString &path)
{
    return path.split(u'/').contains(QStringLiteral(".."));
}

// One extraction: the archive read, the directory written, and what it has unpacked so far.
class Extraction
{
public:
    Extraction(const QString &archivePath, const SafeExtractor::Limits &limits)
        : m_archivePath(archivePath), m_limits(limits), m_archiveSize(QFileInfo(archivePath).size())
    {
    }

    std::optional<support::Error> run(const QString &destination, int strip, const SafeExtractor::Progress &progress,
                                      const std::atomic_bool *cancel);

private:
    std::optional<support::Error> member(struct archive_entry *entry, int strip);
    std::optional<support::Error> data(struct archive_entry *entry, const QString &relative);
    std::optional<support::Error> withinLimits(const QString &member, qint64 unpacked) const;
    std::optional<support::Error> linksStayInside() const;
    support::Error refuse(const QString &member, const QString &why) const;
    support::Error damaged() const;
    support::Error writeFailed(const QString &relative) const;

    QString m_archivePath;
    SafeExtractor::Limits m_limits;
    qint64 m_archiveSize;
    QString m_root; // canonical: libarchive refuses a path through any symlink, even above the root
    std::optional<Guard> m_guard;
    ReadPtr m_in{archive_read_new(), archive_read_free};
    WritePtr m_out{archive_write_disk_new(), archive_write_free};
    qint64 m_entries = 0;
    qint64 m_unpacked = 0; // bytes of the members done, sparse files by their apparent size
};

support::Error Extraction::refuse(const QString &member, const QString &why) const
{
    return support::Error{Tr::tr("The archive %1 contains an unsafe member and was not extracted.")
                              .arg(QFileInfo(m_archivePath).fileName()),
                          QStringLiteral("%1: %2").arg(member, why),
                          Tr::tr("Get the archive from a trusted source; dlstack never writes outside the "
                                 "target directory.")};
}

support::Error Extraction::damaged() const
{
    return support::Error{Tr::tr("The archive %1 is damaged.").arg(m_archivePath),
                          QString::fromUtf8(archive_error_string(m_in.get())),
                          Tr::tr("Download it again; the file may be truncated.")};
}

support::Error Extraction::writeFailed(const QString &relative) const
{
    const int error = archive_errno(m_out.get());
    const QString said = QString::fromUtf8(archive_error_string(m_out.get()));
    QString remedy;
    if (error == ENOSPC || error == EDQUOT)
        remedy = Tr::tr("The disk is full: free space there and run the install again.");
    else if (error == EACCES || error == EPERM || error == EROFS)
        remedy = Tr::tr("Check that the prefix is writable by this user.");
    else
        remedy = Tr::tr("The details say what the file system answered.");
    return support::Error{
        Tr::tr("Could not write %1 from the archive %2.").arg(relative, QFileInfo(m_archivePath).fileName()),
        error ? said + QStringLiteral(": ") + qt_error_string(error) : said, remedy};
}

std::optional<support::Error> Extraction::withinLimits(const QString &member, qint64 unpacked) const
{
    const QLocale c = QLocale::c();
    auto refuseCap = [&](const QString &what, const QString &field, const QString &limit) {
        return support::Error{
            Tr::tr("The archive %1 was not extracted: it unpacks to more than %2.")
                .arg(QFileInfo(m_archivePath).fileName(), what),
            Tr::tr("Stopped at %1. An archive this large is most likely a decompression bomb.").arg(member),
            Tr::tr("If you trust the archive, raise \"%1\" on this extract step in the plan "
                   "(now %2; see docs/plan-format.md).")
                .arg(field, limit)};
    };
    if (m_entries > m_limits.entries)
        return refuseCap(Tr::tr("%1 entries").arg(m_limits.entries), QStringLiteral("max_entries"),
                         QString::number(m_limits.entries));
    if (unpacked > m_limits.bytes)
        return refuseCap(c.formattedDataSize(m_limits.bytes), QStringLiteral("max_bytes"),
                         QString::number(m_limits.bytes));
    if (unpacked > SafeExtractor::kRatioFloor && m_archiveSize > 0 &&
        double(unpacked) > m_limits.ratio * double(m_archiveSize))
        return refuseCap(Tr::tr("%1 times its own size (%2)")
                             .arg(QString::number(m_limits.ratio), c.formattedDataSize(m_archiveSize)),
                         QStringLiteral("max_ratio"), QString::number(m_limits.ratio));
    return std::nullopt;
}

std::optional<support::Error> Extraction::run(const QString &destination, int strip,
                                              const SafeExtractor::Progress &progress, const std::atomic_bool *cancel)
{
    archive_read_support_filter_all(m_in.get());
    archive_read_support_format_tar(m_in.get());
    archive_read_support_format_gnutar(m_in.get());
    archive_read_support_format_zip(m_in.get());
    archive_read_support_format_7zip(m_in.get());
    if (archive_read_open_filename(m_in.get(), QFile::encodeName(m_archivePath).constData(), 1 << 20) != ARCHIVE_OK)
        return support::Error{Tr::tr("Could not open the archive %1.").arg(m_archivePath),
                              QString::fromUtf8(archive_error_string(m_in.get())),
                              Tr::tr("Check that the file is complete and is a tar or zip archive.")};
    if (!QDir().mkpath(destination))
        return support::Error{Tr::tr("Could not create %1.").arg(destination), QString(),
                              Tr::tr("Check that the prefix is writable.")};
    m_root = QFileInfo(destination).canonicalFilePath();
    m_guard.emplace(QStringList{m_root});
    archive_write_disk_set_options(m_out.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM |
                                                    ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    struct archive_entry *entry = nullptr;
    for (;;) {
        if (cancel && cancel->load())
            return support::Error{Tr::tr("Extraction was cancelled."), QString(), QString()};
        const int r = archive_read_next_header(m_in.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return damaged();
        if (auto error = member(entry, strip))
            return error;
        if (progress)
            progress(archive_filter_bytes(m_in.get(), -1), m_archiveSize);
    }
    if (archive_write_close(m_out.get()) != ARCHIVE_OK)
        return support::Error{Tr::tr("Could not finish extracting into %1.").arg(destination),
                              QString::fromUtf8(archive_error_string(m_out.get())),
                              Tr::tr("Check free disk space and permissions.")};
    return linksStayInside();
}

std::optional<support::Error> Extraction::member(struct archive_entry *entry, int strip)
{
    const char *rawName = archive_entry_pathname(entry);
    const QString member = rawName ? QString::fromUtf8(rawName) : QString();
    ++m_entries;
    const qint64 declared = archive_entry_size_is_set(entry) ? std::max<qint64>(0, archive_entry_size(entry)) : 0;
    if (auto error = withinLimits(member, m_unpacked + declared))
        return error;
    if (member.startsWith(u'/'))
        return refuse(member, Tr::tr("absolute path"));
    if (hasDotDot(member))
        return refuse(member, Tr::tr("path with \"..\""));
    if (Guard::hasControlCharacter(member))
        return refuse(member, Tr::tr("control character in the name"));
    const mode_t type = archive_entry_filetype(entry);
    if (type == AE_IFCHR || type == AE_IFBLK || type == AE_IFIFO || type == AE_IFSOCK)
        return refuse(member, Tr::tr("device node or FIFO"));
    const QString relative = stripComponents(member, strip);
    if (relative.isEmpty())
        return std::nullopt;
    const QString target = m_root + u'/' + relative;
    const auto resolved = m_guard->resolve(target, Guard::Last::Keep);
    if (!resolved.ok())
        return refuse(member, resolved.error().summary);
    if (resolved.value() != target)
        return refuse(member, Tr::tr("written through a symbolic link"));
    if (const char *link = archive_entry_symlink(entry)) {
        // Resolved against what is unpacked so far: "s -> ." makes "s/s/../.." climb out.
        const QString to = QString::fromUtf8(link);
        const QString parent = QFileInfo(target).path();
        if (to.startsWith(u'/') || Guard::hasControlCharacter(to) || !m_guard->resolve(parent + u'/' + to).ok())
            return refuse(member, Tr::tr("symbolic link pointing outside: %1").arg(to));
    }
    if (const char *hard = archive_entry_hardlink(entry)) {
        const QString to = QString::fromUtf8(hard);
        if (to.startsWith(u'/') || hasDotDot(to))
            return refuse(member, Tr::tr("hard link pointing outside: %1").arg(to));
        const QString strippedTarget = stripComponents(to, strip);
        if (strippedTarget.isEmpty())
            return refuse(member, Tr::tr("hard link to a stripped member"));
        const auto linked = m_guard->resolve(m_root + u'/' + strippedTarget, Guard::Last::Keep);
        if (!linked.ok())
            return refuse(member, Tr::tr("hard link pointing outside: %1").arg(to));
        archive_entry_copy_hardlink(entry, QFile::encodeName(linked.value()).constData());
    }
    archive_entry_copy_pathname(entry, QFile::encodeName(target).constData());
    archive_entry_set_perm(entry, archive_entry_perm(entry) & 0777);
    if (archive_write_header(m_out.get(), entry) < ARCHIVE_WARN)
        return writeFailed(relative);
    if (archive_entry_size(entry) > 0 || !archive_entry_size_is_set(entry))
        if (auto error = data(entry, relative))
            return error;
    if (archive_write_finish_entry(m_out.get()) < ARCHIVE_WARN)
        return writeFailed(relative);
    m_unpacked += declared;
    return std::nullopt;
}

std::optional<support::Error> Extraction::data(struct archive_entry *entry, const QString &relative)
{
    const qint64 declared = archive_entry_size_is_set(entry) ? std::max<qint64>(0, archive_entry_size(entry)) : 0;
    qint64 end = 0; // the furthest byte written: a sparse file's holes count, as its size does
    const void *block = nullptr;
    size_t length = 0;
    la_int64_t offset = 0;
    for (;;) {
        const int rb = archive_read_data_block(m_in.get(), &block, &length, &offset);
        if (rb == ARCHIVE_EOF)
            break;
        if (rb < ARCHIVE_WARN)
            return damaged();
        end = std::max<qint64>(end, offset + qint64(length));
        if (end > declared)
            if (auto error = withinLimits(relative, m_unpacked + end))
                return error;
        // A failed or short write(2) (a full disk) comes back as ARCHIVE_WARN here.
        if (archive_write_data_block(m_out.get(), block, length, offset) != ARCHIVE_OK)
            return writeFailed(relative);
    }
    m_unpacked += std::max<qint64>(0, end - declared); // beyond what the header declared
    return std::nullopt;
}

std::optional<support::Error> Extraction::linksStayInside() const
{
    QDirIterator it(m_root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // does not descend through links
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isSymLink())
            continue;
        const auto resolved = m_guard->resolve(path);
        if (!resolved.ok())
            return refuse(
                path.mid(m_root.size() + 1),
                Tr::tr("symbolic link pointing outside once all is unpacked: %1").arg(resolved.error().summary));
    }
    return std::nullopt;
}

} // namespace

std::optional<support::Error> SafeExtractor::extract(const QString &archivePath, const QString &destination, int strip,
                                                     const Progress &progress, const std::atomic_bool *cancel) const
{
    return Extraction(archivePath, m_limits).run(destination, strip, progress, cancel);
}

} // namespace dlstack::archive
