// SPDX-License-Identifier: GPL-3.0-or-later
// CommandRunner: the one way core runs an external program. A Command is an argv list
// (never a shell string), an environment overlay, a working directory and a timeout.
// run() blocks the calling thread until the program ends, times out or cannot start;
// implementations must be safe to call from several threads at once. Tests inject a
// runner that replays outputs captured on real machines.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace dlstack::support {

struct Command
{
    QString program; // a name looked up on PATH, or an absolute path
    QStringList args;
    QMap<QString, QString> env; // added to (or replacing in) the inherited environment
    QString cwd;                // empty: inherit
    std::chrono::milliseconds timeout{5000};

    QString display() const; // "nvidia-smi --query-gpu=name --format=csv", for messages only
};

struct CommandResult
{
    enum class Status
    {
        Finished,
        NotFound,
        FailedToStart,
        TimedOut,
        Crashed
    };
    Status status = Status::NotFound;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString program; // the resolved path that ran, when known

    bool succeeded() const { return status == Status::Finished && exitCode == 0; }
    bool started() const { return status != Status::NotFound && status != Status::FailedToStart; }
};

class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    virtual CommandResult run(const Command &command) const = 0;
};

} // namespace dlstack::support
