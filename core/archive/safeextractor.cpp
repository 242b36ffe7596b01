// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/safeextractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
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

// True when `relative` (inside root) stays inside root after folding.
bool staysInside(const QString &relative)
{
    return !relative.startsWith(u'/') && !QDir::cleanPath(relative).startsWith(QStringLiteral("..")) ;
}

// True when a directory on the way to `relative` is a symlink (a member would be written through it).
bool throughSymlink(const QString &root, const QString &relative)
{
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    QString current = root;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        current += u'/' + parts[i];
        struct stat st;
        if (::lstat(QFile::encodeName(current).constData(), &st) == 0 && S_ISLNK(st.st_mode))
            return true;
    }
    return false;
}

} // namespace

std::optional<support::Error> SafeExtractor::extract(const QString &archivePath, const QString &destination,
                                                     int strip, const Progress &progress,
                                                     const std::atomic_bool *cancel) const
{
    auto refuse = [&](const QString &member, const QString &why) {
        return support::Error{Tr::tr("The archive %1 contains an unsafe member and was not extracted.")
                                  .arg(QFileInfo(archivePath).fileName()),
                              QStringLiteral("%1: %2").arg(member, why),
                              Tr::tr("Get the archive from a trusted source; dlstack never writes outside the "
                                     "target directory.")};
    };
    ReadPtr in(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(in.get());
    archive_read_support_format_tar(in.get());
    archive_read_support_format_gnutar(in.get());
    archive_read_support_format_zip(in.get());
    archive_read_support_format_7zip(in.get());
    const QByteArray path = QFile::encodeName(archivePath);
    if (archive_read_open_filename(in.get(), path.constData(), 1 << 20) != ARCHIVE_OK)
        return support::Error{Tr::tr("Could not open the archive %1.").arg(archivePath),
                              QString::fromUtf8(archive_error_string(in.get())),
                              Tr::tr("Check that the file is complete and is a tar or zip archive.")};
    if (!QDir().mkpath(destination))
        return support::Error{Tr::tr("Could not create %1.").arg(destination), QString(),
                              Tr::tr("Check that the prefix is writable.")};
    const QString root = QDir(destination).absolutePath();
    WritePtr out(archive_write_disk_new(), archive_write_free);
    archive_write_disk_set_options(out.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM
                                                  | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    // Member names were checked above and are rewritten to absolute paths inside the root.
    const qint64 size = QFileInfo(archivePath).size();
    struct archive_entry *entry = nullptr;
    for (;;) {
        if (cancel && cancel->load())
            return support::Error{Tr::tr("Extraction was cancelled."), QString(), QString()};
        const int r = archive_read_next_header(in.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return support::Error{Tr::tr("The archive %1 is damaged.").arg(archivePath),
                                  QString::fromUtf8(archive_error_string(in.get())),
                                  Tr::tr("Download it again; the file may be truncated.")};
        const char *rawName = archive_entry_pathname(entry);
        const QString member = rawName ? QString::fromUtf8(rawName) : QString();
        if (member.startsWith(u'/'))
            return refuse(member, Tr::tr("absolute path"));
        if (hasDotDot(member))
            return refuse(member, Tr::tr("path with \"..\""));
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFCHR || type == AE_IFBLK || type == AE_IFIFO || type == AE_IFSOCK)
            return refuse(member, Tr::tr("device node or FIFO"));
        const QString relative = stripComponents(member, strip);
        if (relative.isEmpty())
            continue;
        if (throughSymlink(root, relative))
            return refuse(member, Tr::tr("written through a symbolic link"));
        if (const char *link = archive_entry_symlink(entry)) {
            const QString target = QString::fromUtf8(link);
            const QString parent = QFileInfo(relative).path();
            if (target.startsWith(u'/') || !staysInside((parent == u"." ? QString() : parent + u'/') + target))
                return refuse(member, Tr::tr("symbolic link pointing outside: %1").arg(target));
        }
        if (const char *hard = archive_entry_hardlink(entry)) {
            const QString target = QString::fromUtf8(hard);
            if (target.startsWith(u'/') || hasDotDot(target))
                return refuse(member, Tr::tr("hard link pointing outside: %1").arg(target));
            const QString strippedTarget = stripComponents(target, strip);
            if (strippedTarget.isEmpty())
                return refuse(member, Tr::tr("hard link to a stripped member"));
            archive_entry_copy_hardlink(entry, QFile::encodeName(root + u'/' + strippedTarget).constData());
        }
        archive_entry_copy_pathname(entry, QFile::encodeName(root + u'/' + relative).constData());
        archive_entry_set_perm(entry, archive_entry_perm(entry) & 0777);
        if (archive_write_header(out.get(), entry) < ARCHIVE_WARN)
            return support::Error{Tr::tr("Could not write %1.").arg(relative),
                                  QString::fromUtf8(archive_error_string(out.get())),
                                  Tr::tr("Check free disk space and permissions.")};
        if (archive_entry_size(entry) > 0) {
            const void *block = nullptr;
            size_t length = 0;
            la_int64_t offset = 0;
            for (;;) {
                const int rb = archive_read_data_block(in.get(), &block, &length, &offset);
                if (rb == ARCHIVE_EOF)
                    break;
                if (rb < ARCHIVE_WARN)
                    return support::Error{Tr::tr("The archive %1 is damaged.").arg(archivePath),
                                          QString::fromUtf8(archive_error_string(in.get())),
                                          Tr::tr("Download it again; the file may be truncated.")};
                // A failed or short write(2) (a full disk) comes back as ARCHIVE_WARN here.
                if (archive_write_data_block(out.get(), block, length, offset) != ARCHIVE_OK)
                    return support::Error{Tr::tr("Could not write %1.").arg(relative),
                                          QString::fromUtf8(archive_error_string(out.get())) + QStringLiteral(": ")
                                              + qt_error_string(archive_errno(out.get())),
                                          Tr::tr("Check free disk space and permissions.")};
            }
        }
        if (archive_write_finish_entry(out.get()) < ARCHIVE_WARN)
            return support::Error{Tr::tr("Could not write %1.").arg(relative),
                                  QString::fromUtf8(archive_error_string(out.get())),
                                  Tr::tr("Check free disk space and permissions.")};
        if (progress)
            progress(archive_filter_bytes(in.get(), -1), size);
    }
    if (archive_write_close(out.get()) != ARCHIVE_OK)
        return support::Error{Tr::tr("Could not finish extracting into %1.").arg(destination),
                              QString::fromUtf8(archive_error_string(out.get())),
                              Tr::tr("Check free disk space and permissions.")};
    return std::nullopt;
}

} // namespace dlstack::archive
