// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/undoer.h"
#include "core/plan/prefixlayout.h"

#include "core/plan/planloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Undoer)
};

bool exists(const QString &path, struct stat *st = nullptr)
{
    struct stat local;
    return ::lstat(QFile::encodeName(path).constData(), st ? st : &local) == 0;
}

} // namespace

bool Undoer::allowed(const QString &path) const
{
    if (path.contains(QChar(u'\0')))
        return false; // the system would see the path cut short there: another file
    const QString clean = QDir::cleanPath(path);
    if (clean != path || clean == m_prefix || clean == m_cache)
        return false;
    if (plan::isInside(clean, plan::PrefixLayout(m_prefix).stateDir()) && !plan::isInside(clean, m_cache) &&
        !plan::isInside(clean, plan::PrefixLayout(m_prefix).backupsDir()))
        return false;
    if (!plan::isInside(clean, m_prefix) && !plan::isInside(clean, m_cache))
        return false;
    // A symlinked parent could lead outside: the real parent must be inside too.
    const QString parent = QFileInfo(clean).path();
    const QString real = QFileInfo(parent).canonicalFilePath();
    if (real.isEmpty())
        return true; // parent gone: nothing to remove there
    const QString realPrefix = QFileInfo(m_prefix).canonicalFilePath();
    const QString realCache = QFileInfo(m_cache).canonicalFilePath();
    return (!realPrefix.isEmpty() && plan::isInside(real, realPrefix)) ||
           (!realCache.isEmpty() && plan::isInside(real, realCache));
}

std::optional<support::Error> Undoer::removePath(const QString &path) const
{
    struct stat st;
    if (!exists(path, &st))
        return std::nullopt;
    if (!allowed(path)) {
        m_sink(Stream::Info, Tr::tr("Left %1 in place: it is outside the prefix and the cache.").arg(path));
        return std::nullopt;
    }
    bool ok = true;
    if (S_ISDIR(st.st_mode))
        ok = QDir(path).removeRecursively(); // does not follow symlinks
    else
        ok = ::unlink(QFile::encodeName(path).constData()) == 0 || errno == ENOENT;
    if (!ok)
        return support::Error{Tr::tr("Could not remove %1.").arg(path), QString::fromLocal8Bit(std::strerror(errno)),
                              Tr::tr("Check its permissions, then run the rollback again.")};
    return std::nullopt;
}

std::optional<support::Error> Undoer::undo(const Effect &effect) const
{
    if (!effect.undoArgv.isEmpty()) {
        support::Command command{
            effect.undoArgv.first(), effect.undoArgv.mid(1), {}, effect.undoCwd, std::chrono::milliseconds(0)};
        if (!command.cwd.isEmpty() && !QFileInfo(command.cwd).isDir())
            command.cwd = m_prefix;
        m_sink(Stream::Info, Tr::tr("Running undo command: %1").arg(effect.undoArgv.join(u' ')));
        const auto result = StreamingRunner().run(command, m_sink, nullptr);
        if (!result.succeeded())
            m_sink(Stream::Info,
                   Tr::tr("The undo command did not succeed (exit %1); continuing.").arg(result.exitCode));
    }
    for (auto it = effect.creates.crbegin(); it != effect.creates.crend(); ++it)
        if (auto error = removePath(*it))
            return error;
    for (auto it = effect.dirs.crbegin(); it != effect.dirs.crend(); ++it)
        if (allowed(*it))
            (void)::rmdir(QFile::encodeName(*it).constData()); // only when empty
    if (!effect.backup.isEmpty() && exists(effect.backup)) {
        if (!allowed(effect.backupOf) || !allowed(effect.backup))
            return support::Error{Tr::tr("The journal names a backup outside the prefix: %1.").arg(effect.backupOf),
                                  QString(), Tr::tr("The journal may have been edited; restore the file by hand.")};
        if (auto error = removePath(effect.backupOf))
            return error;
        QDir().mkpath(QFileInfo(effect.backupOf).path());
        if (std::rename(QFile::encodeName(effect.backup).constData(), QFile::encodeName(effect.backupOf).constData()) !=
            0)
            return support::Error{Tr::tr("Could not restore %1 from its backup.").arg(effect.backupOf),
                                  QString::fromLocal8Bit(std::strerror(errno)),
                                  Tr::tr("The backup is still at %1.").arg(effect.backup)};
    }
    return std::nullopt;
}

} // namespace dlstack::engine
