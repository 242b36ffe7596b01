// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/prefixidentity.h"
#include "core/plan/prefixlayout.h"

#include "core/engine/journal.h"

#include "core/support/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrefixIdentity)
};

QString readId(const QString &prefix)
{
    QFile file(plan::PrefixLayout(prefix).prefixId());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QString id = QString::fromLatin1(file.read(64)).trimmed();
    for (const QChar c : id)
        if (!c.isDigit() && (c < u'a' || c > u'f'))
            return QString();
    return id;
}

bool statDir(const QString &path, struct stat *st)
{
    return ::stat(QFile::encodeName(path).constData(), st) == 0 && S_ISDIR(st->st_mode);
}

// The same directory by its path, once symlinks are resolved. (The inode alone does not
// tell: a renamed directory keeps it, yet the journal's paths name the old place.)
bool samePath(const QString &dir, const QString &recorded)
{
    if (dir == recorded)
        return true;
    const QString a = QFileInfo(dir).canonicalFilePath();
    return !a.isEmpty() && a == QFileInfo(recorded).canonicalFilePath();
}

} // namespace

QJsonObject PrefixIdentity::toJson() const
{
    return QJsonObject{{QStringLiteral("prefix_id"), id},
                       {QStringLiteral("dev"), QString::number(dev)},
                       {QStringLiteral("ino"), QString::number(ino)}};
}

PrefixIdentity PrefixIdentity::fromJson(const QJsonObject &record)
{
    return PrefixIdentity{record.value(QStringLiteral("prefix_id")).toString(),
                          record.value(QStringLiteral("dev")).toString().toULongLong(),
                          record.value(QStringLiteral("ino")).toString().toULongLong()};
}

support::Result<PrefixIdentity> PrefixAnchor::here(const QString &prefix, bool create)
{
    struct stat st;
    if (!statDir(prefix, &st))
        return support::Error{Tr::tr("The install prefix %1 is not a directory.").arg(prefix),
                              QString::fromLocal8Bit(std::strerror(errno)),
                              Tr::tr("Check the path, or create the directory first.")};
    PrefixIdentity identity{readId(prefix), quint64(st.st_dev), quint64(st.st_ino)};
    if (identity.id.isEmpty() && create) {
        const quint64 parts[2] = {QRandomGenerator::system()->generate64(), QRandomGenerator::system()->generate64()};
        identity.id = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(parts), sizeof parts).toHex());
        if (auto error =
                support::writeFileAtomically(plan::PrefixLayout(prefix).prefixId(), identity.id.toLatin1() + '\n'))
            return *error;
    }
    return identity;
}

PrefixAnchor::Relation PrefixAnchor::relate(const QString &dir, const JournalState &state, const PrefixIdentity &here)
{
    if (state.prefix.isEmpty() || samePath(dir, state.prefix))
        return Relation::Fresh;
    struct stat st;
    if (statDir(state.prefix, &st)) {
        // Both paths reach one directory (a bind mount): the recorded paths are this one's.
        if (quint64(st.st_dev) == here.dev && quint64(st.st_ino) == here.ino)
            return Relation::Fresh;
        // The recorded place still holds this install (same id, or a journal where the
        // record has none): this directory is a copy of it.
        const QString there = readId(state.prefix);
        const QString ours = state.identity.id.isEmpty() ? here.id : state.identity.id;
        if ((!ours.isEmpty() && there == ours) ||
            (ours.isEmpty() && QFileInfo::exists(plan::PrefixLayout(state.prefix).journal())))
            return Relation::Copy;
    }
    return Relation::Moved;
}

std::optional<support::Error> PrefixAnchor::check(const QString &dir, const JournalState &state,
                                                  const PrefixIdentity &here, bool reanchor, QString *movedFrom)
{
    switch (relate(dir, state, here)) {
    case Relation::Fresh:
        return std::nullopt;
    case Relation::Copy:
        return support::Error{
            Tr::tr("%1 is a copy of the install prefix %2; nothing was changed.").arg(dir, state.prefix),
            Tr::tr("The journal in %1 records the files of %2 (both carry install id %3). Resuming or rolling "
                   "back here would change %2.")
                .arg(dir, state.prefix, state.identity.id.isEmpty() ? here.id : state.identity.id),
            Tr::tr("Run dlstack on %1 itself. To keep the copy as plain files, remove %2.")
                .arg(state.prefix, plan::PrefixLayout(dir).stateDir())};
    case Relation::Moved:
        if (!reanchor)
            return support::Error{
                Tr::tr("The install prefix was moved from %1 to %2; nothing was changed.").arg(state.prefix, dir),
                Tr::tr("Its journal names paths under %1, which no longer holds this install.").arg(state.prefix),
                Tr::tr("If you moved it on purpose, run the command again with --reanchor: the journal's paths "
                       "under %1 are then read as paths under %2.")
                    .arg(state.prefix, dir)};
        if (movedFrom)
            *movedFrom = state.prefix;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace dlstack::engine
