// SPDX-License-Identifier: GPL-3.0-or-later
// LogStore: every line of every stage of a run, one LogFile per stage in a directory
// ("01-miniconda.log", "02-pytorch-from-source.log"), each indexed in memory by offsets.
// The engine's worker appends; views read the stages' LogFiles from any thread and poll
// lineCount() (no signal per line). Stages are only added, never removed.
#pragma once

#include "core/log/logfile.h"

#include <QList>
#include <QString>

#include <memory>
#include <mutex>

namespace dlstack::log {

class LogStore
{
public:
    explicit LogStore(QString directory); // created on the first addStage()

    QString directory() const { return m_directory; }
    // Starts the log of a stage; returns its index, or an error when the file cannot be created.
    support::Result<int> addStage(const QString &name);
    int stageCount() const;
    QString stageName(int stage) const;
    std::shared_ptr<LogFile> stage(int stage) const; // nullptr when out of range

    // Appends raw output (whole or partial lines) to a stage.
    std::optional<support::Error> append(int stage, QByteArrayView bytes);
    // Appends one line; a '\n' is added.
    std::optional<support::Error> appendLine(int stage, QByteArrayView line);

    // Re-opens every *.log of a directory written earlier, in name order, indexed (blocking).
    static support::Result<std::unique_ptr<LogStore>> openDirectory(const QString &directory);

private:
    QString m_directory;
    mutable std::mutex m_lock;
    QList<QString> m_names;
    QList<std::shared_ptr<LogFile>> m_files;
};

// "PyTorch 2.4.1 from source" -> "pytorch-2-4-1-from-source"
QString stageFileSlug(const QString &name);

} // namespace dlstack::log
