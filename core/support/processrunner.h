// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessRunner: CommandRunner over QProcess, for the real machine. Each call makes its
// own QProcess in the calling thread, so probes may call it concurrently. A program
// that outlives its timeout is killed and reported as TimedOut; output is capped.
#pragma once

#include "core/support/commandrunner.h"

namespace dlstack::support {

class ProcessRunner final : public CommandRunner
{
public:
    explicit ProcessRunner(qsizetype outputCap = 16 * 1024 * 1024) : m_outputCap(outputCap) {}
    CommandResult run(const Command &command) const override;

private:
    qsizetype m_outputCap;
};

} // namespace dlstack::support
