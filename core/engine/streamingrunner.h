// SPDX-License-Identifier: GPL-3.0-or-later
// StreamingRunner: runs one long program (a build, git, pip) for the engine and hands each
// line of stdout and stderr to a callback as it arrives ('\r' also ends a line, so progress
// bars arrive as lines). The child runs in its own process group, which never outlives the
// step: cancelling or a timeout sends SIGTERM to the group, then SIGKILL after the grace
// period; when the program exits, what it left in its group gets the same; and when dlstack
// itself dies (kill -9), a GroupWatchdog ends the group. The program also has
// PR_SET_PDEATHSIG(SIGKILL), which fires when the thread that called run() ends: the
// engine's worker, which lives for the whole job. A process that leaves the group (setsid)
// is not followed. Blocks the calling thread; no event loop needed.
#pragma once

#include "core/log/linestream.h"

#include "core/support/commandrunner.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace dlstack::engine {

using Stream = log::LineStream; // one enum: stage logs keep it (log::LogStore)

class StreamingRunner
{
public:
    using LineSink = std::function<void(Stream, const QString &)>;

    explicit StreamingRunner(std::chrono::milliseconds grace = std::chrono::seconds(5)) : m_grace(grace) {}

    // command.timeout <= 0 means no limit. `cancel` may be set from any thread.
    support::CommandResult run(const support::Command &command, const LineSink &sink, const std::atomic_bool *cancel,
                               const std::atomic_bool *pause = nullptr) const;

private:
    std::chrono::milliseconds m_grace;
};

} // namespace dlstack::engine
