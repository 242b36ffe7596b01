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
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
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

} // namespace

bool WriteFileStep::resumable() const
{
    return false;
}

std::optional<support::Error> WriteFileStep::perform(StepContext &context)
{
    const QString &path = m_step.path;
    const QString temp = path + QStringLiteral(".dlstack-tmp");
    auto failure = [&](const QString &why) {
        return support::Error{Tr::tr("Could not write %1.").arg(path), why,
                              Tr::tr("Check that the prefix is writable and the disk is not full.")};
    };
    QString why;
    if (QFileInfo::exists(path)) {
        // Back up by copy (the original stays in place until the rename), as its own effect.
        Effect backup;
        backup.backupOf = path;
        backup.backup = context.newBackupPath();
        backup.creates = {backup.backup + QStringLiteral(".part")};
        QDir().mkpath(QFileInfo(backup.backup).path());
        const qint64 seq = context.intent(backup);
        if (seq < 0)
            return context.journalError();
        QFile original(path);
        if (!original.open(QIODevice::ReadOnly))
            return failure(original.errorString());
        if (!writeSynced(backup.creates.first(), original.readAll(), 0600, &why))
            return failure(why);
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) == 0)
            ::chmod(QFile::encodeName(backup.creates.first()).constData(), st.st_mode & 07777);
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
