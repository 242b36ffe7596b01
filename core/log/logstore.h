// SPDX-License-Identifier: GPL-3.0-or-later
// LogStore: every line of every stage of a run, one LogFile per stage in a directory, each
// indexed in memory by offsets. A job's stages are opened by id (openStage: "<id>.log",
// continued when a stage is resumed, with "<id>.streams" beside it saying which lines came
// from stderr or from dlstack itself); addStage() numbers files instead ("01-miniconda.log").
// The engine's worker appends; views read the stages' LogFiles from any thread and poll
// lineCount() (no signal per line). Stages are only added, never removed.
#pragma once

#include "core/log/linestream.h"
#include "core/log/logfile.h"

#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

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

    // Opens the log of stage `id`: <directory>/<id>.log, continuing what an earlier attempt
    // wrote (indexed first; a torn last line is ended); the same index for the same id.
    support::Result<int> openStage(const QString &id);
    // Appends one line of a stream; a '\n' is added and a change of stream recorded.
    std::optional<support::Error> appendLine(int stage, LineStream stream, QByteArrayView line);
    LineStream streamOf(int stage, qint64 line) const;
    // Closes a stage's file (a job of a thousand stages holds one descriptor); openStage()
    // with its id opens it again, at the same index.
    void closeStage(const QString &id); // 0-based line; Out when nothing says otherwise

    // The stream runs of a "<id>.streams" file: (first line, stream) in order.
    static std::vector<std::pair<qint64, LineStream>> readStreams(const QString &path);

    // Appends raw output (whole or partial lines) to a stage.
    std::optional<support::Error> append(int stage, QByteArrayView bytes);
    // Appends one line; a '\n' is added.
    std::optional<support::Error> appendLine(int stage, QByteArrayView line);

    // Re-opens every *.log of a directory written earlier, in name order, indexed (blocking).
    static support::Result<std::unique_ptr<LogStore>> openDirectory(const QString &directory);

private:
    struct Streams
    {
        QString path; // empty: not kept (addStage)
        std::vector<std::pair<qint64, LineStream>> runs;
    };

    QString m_directory;
    mutable std::mutex m_lock;
    QList<QString> m_names;
    QList<std::shared_ptr<LogFile>> m_files;
    std::vector<Streams> m_streams; // parallel to m_files
};

// "PyTorch 2.4.1 from source" -> "pytorch-2-4-1-from-source"
QString stageFileSlug(const QString &name);

} // namespace dlstack::log
