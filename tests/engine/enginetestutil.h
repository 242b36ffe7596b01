// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the engine suites: a content hash of a directory tree (paths, types, modes,
// bytes, link targets; the journal directory excluded) and running an Engine to its end.
#pragma once

#include "core/engine/engine.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

namespace dlstack::test {

// One line per entry below root (path, mode, link target or content hash), sorted; without
// the journal directory, and with `skipGitInternals` without what lies inside .git folders
// (their index and logs carry times).
inline QStringList manifest(const QString &root, bool skipGitInternals = false)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(root.size());
        if (rel.startsWith(QStringLiteral("/.dlstack")) || (skipGitInternals && rel.contains(QStringLiteral("/.git/"))))
            continue;
        const QFileInfo info(path);
        QString entry = rel + u' ' + QString::number(int(info.permissions()), 16);
        if (info.isSymLink()) {
            entry += QStringLiteral(" -> ") + info.symLinkTarget();
        } else if (info.isFile() && !(skipGitInternals && info.fileName() == u".git")) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            entry +=
                u' ' + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        } else if (info.isDir()) {
            entry += QStringLiteral(" dir");
        }
        entries.append(entry);
    }
    entries.sort();
    return entries;
}

inline QByteArray treeHash(const QString &root)
{
    return QCryptographicHash::hash(manifest(root).join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex();
}

// Runs install (or rollback) on the calling thread; returns whether it finished ok.
inline bool runToEnd(engine::Engine &engine, const std::function<void()> &start, QStringList *failures = nullptr)
{
    bool ok = false;
    QObject::connect(&engine, &engine::Engine::finished, [&ok](bool success) { ok = success; });
    if (failures)
        QObject::connect(&engine, &engine::Engine::stageFailed, [failures](const QString &, const support::Error &e) {
            failures->append(e.summary + u'\n' + e.details);
        });
    start();
    return ok;
}

} // namespace dlstack::test
