// SPDX-License-Identifier: GPL-3.0-or-later
// RawRecorder: keeps every raw input a detection run used (command outputs, files read,
// directories listed, links, environment variables read, free space) and writes them to
// a directory that replayContext() turns back into a ProbeContext, so someone else can
// reproduce a detection exactly (`dlstack detect --save-raw DIR`, `--replay DIR`).
// Thread-safe: probes record concurrently.
#pragma once

#include "core/support/commandrunner.h"
#include "core/support/error.h"

#include <QByteArray>
#include <QDir>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>

#include <optional>

namespace dlstack::probe {

class RawRecorder
{
public:
    void recordEnv(const QString &name, const QString &value);
    void recordFile(const QString &path, const QByteArray &bytes);
    void recordExists(const QString &path, bool isDir);
    void recordExecutable(const QString &path);
    void recordListing(const QString &dir, const QStringList &names, const QDir &local);
    void recordLink(const QString &path, const QString &target);
    void recordFreeMib(const QString &path, qint64 mib);
    void recordCommand(const support::Command &command, const support::CommandResult &result);

    // Writes DIR/env.json, DIR/commands.json (+ DIR/out/N.stdout|.stderr), DIR/disk.json, DIR/root/...
    std::optional<support::Error> write(const QString &dir) const;

private:
    bool usedAsDirectory(const QString &path) const; // caller holds m_mutex
    struct RecordedCommand
    {
        support::Command command;
        support::CommandResult result;
    };
    mutable QMutex m_mutex;
    QMap<QString, QString> m_env;
    QMap<QString, QByteArray> m_files;
    QSet<QString> m_dirs;
    QSet<QString> m_plainFiles; // exist, content not read
    QSet<QString> m_executables;
    QMap<QString, QString> m_links;
    QMap<QString, qint64> m_freeMib;
    QList<RecordedCommand> m_commands;
};

} // namespace dlstack::probe
