// SPDX-License-Identifier: GPL-3.0-or-later
// ReplayRunner: a CommandRunner that answers with recorded outputs instead of running
// anything. A recording matches a command by program (full path or base name) and exact
// arguments; unknown commands are NotFound. Used by `detect --replay` and by tests that
// replay outputs captured on real machines. Optional delays let tests simulate hangs.
#pragma once

#include "core/support/commandrunner.h"
#include "core/support/error.h"

#include <QList>
#include <QString>

#include <chrono>

namespace dlstack::probe {

class ProbeContext;

class ReplayRunner final : public support::CommandRunner
{
public:
    struct Recording
    {
        QString program; // "nvidia-smi" or "/usr/local/cuda/bin/nvcc"
        QStringList args;
        support::CommandResult result;
        std::chrono::milliseconds delay{0}; // a recording with a delay beyond the timeout times out
    };

    void add(Recording recording) { m_recordings.append(std::move(recording)); }
    void add(const QString &program, const QStringList &args, const QByteArray &out, int exitCode = 0,
             const QByteArray &err = {});
    // Loads DIR/commands.json as written by RawRecorder.
    std::optional<support::Error> load(const QString &dir);

    support::CommandResult run(const support::Command &command) const override;

private:
    QList<Recording> m_recordings;
};

// Builds the context of a replayed detection from a directory written by RawRecorder.
support::Result<ProbeContext> replayContext(const QString &dir, const ReplayRunner *runner);

} // namespace dlstack::probe
