// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/steps/writefilestep.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WriteFileStep)
};

// Writes bytes to `path` (created or truncated), fsyncs it and sets `mode`.
bool writeSynced(const QString &path, const QByteArray &bytes, int mode, QString *why)
{
    // O_NOFOLLOW: a link in place of the temporary file is refused, not written through.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    bool ok = fd >= 0;
    qsizetype written = 0;
    while (ok && written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += ok ? n : 0;
    }
    ok = ok && ::fchmod(fd, mode_t(mode)) == 0 && ::fsync(fd) == 0;
    if (!ok)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// Copies the file or link `path` (lstat'ed as `st`) to `copy`: a link as a link with the
// same target, a file byte for byte with its mode.
bool copyAside(const QString &path, const struct stat &st, const QString &copy, QString *why)
{
    const QByteArray copyName = QFile::encodeName(copy);
    ::unlink(copyName.constData()); // a leftover of an interrupted attempt
    if (S_ISLNK(st.st_mode)) {
        QByteArray target(4096, '\0');
        const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
        if (n > 0 && n < target.size() && ::symlink(target.left(n).constData(), copyName.constData()) == 0)
            return true;
        *why = QString::fromLocal8Bit(std::strerror(n >= target.size() ? ENAMETOOLONG : errno));
        return false;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    QFile original;
    const bool opened = original.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    if (!opened)
        ::close(fd);
    const QByteArray bytes = opened ? original.readAll() : QByteArray();
    if (!opened || original.error() != QFileDevice::NoError) {
        *why = original.errorString();
        return false;
    }
    return writeSynced(copy, bytes, int(st.st_mode & 07777), why);
}

} // namespace

bool WriteFileStep::resumable() const
{
    return false;
}

std::optional<support::Error> WriteFileStep::perform(StepContext &context)
{
    // The path's directories resolved (a link that leads out is refused); a link as the file
    // itself is replaced, never written through.
    const auto guarded = context.guarded(m_step.path, support::PathGuard::Last::Keep);
    if (!guarded.ok())
        return guarded.error();
    const QString path = guarded.value();
    const QString temp = path + QStringLiteral(".dlstack-tmp");
    auto failure = [&](const QString &why) {
        return support::Error{Tr::tr("Could not write %1.").arg(path), why,
                              Tr::tr("Check that the prefix is writable and the disk is not full.")};
    };
    QString why;
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return support::Error{Tr::tr("Could not write %1: it is a directory.").arg(path), QString(),
                                  Tr::tr("write_file replaces files only; choose another path in the plan.")};
        // Back up by copy (the original stays in place until the rename), as its own effect;
        // a symlink is copied as a link, so a rollback puts the link back.
        Effect backup;
        backup.backupOf = path;
        backup.backup = context.newBackupPath();
        backup.creates = {backup.backup + QStringLiteral(".part")};
        QDir().mkpath(QFileInfo(backup.backup).path());
        const qint64 seq = context.intent(backup);
        if (seq < 0)
            return context.journalError();
        if (!copyAside(path, st, backup.creates.first(), &why))
            return failure(why);
        if (std::rename(QFile::encodeName(backup.creates.first()).constData(),
                        QFile::encodeName(backup.backup).constData()) != 0)
            return failure(QString::fromLocal8Bit(std::strerror(errno)));
        if (auto error = context.done(seq))
            return error;
        Effect write;
        write.creates = {temp};
        const qint64 wseq = context.intent(write);
        if (wseq < 0)
            return context.journalError();
        if (!writeSynced(temp, m_step.content, m_step.mode, &why))
            return failure(why);
        if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
            return failure(QString::fromLocal8Bit(std::strerror(errno)));
        return context.done(wseq);
    }
    Effect write;
    write.dirs = context.missingDirs(QFileInfo(path).path());
    write.creates = {path, temp};
    const qint64 seq = context.intent(write);
    if (seq < 0)
        return context.journalError();
    if (!QDir().mkpath(QFileInfo(path).path()))
        return failure(Tr::tr("the directory could not be created"));
    if (!writeSynced(temp, m_step.content, m_step.mode, &why)) {
        QFile::remove(temp);
        return failure(why);
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    return context.done(seq);
}

} // namespace dlstack::engine
