// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack install (PLAN.json | --prefix P) [--yes] [--only STAGE] [--from STAGE] [--dry-run] [--events FILE]
// [--json]` and `dlstack resume P`: runs a plan (resuming when run again; with --prefix alone, the
// plan kept in the prefix) with a live progress bar on a terminal and plain lines when piped
// (progress lines thinned out; the stage log keeps every line). With --json nothing but one
// JSON object goes to standard output once the job ends: the stages that ran and were
// skipped, the failed stage with its error, diagnosis and log (docs/cli.md); configuration
// management reads "changed" from it. Exit 0 only when every selected stage finished. runEngineJob() is shared with
// `rollback`: it runs an Engine on a worker thread and prints its events.
#pragma once

#include "app/cli/clicontext.h"

#include <functional>

namespace dlstack::engine {
class Engine;
class RunRecorder;
} // namespace dlstack::engine

namespace dlstack::cli {

int runInstall(const QStringList &args, CliContext &cli);
int runResume(const QStringList &args, CliContext &cli);
enum class EngineOutput
{
    Lines, // stage headers, output lines and a progress bar on a terminal
    Quiet  // only a failed stage's error, on stderr (the stage logs keep every line)
};

// Whether the last job was ended by the user (Ctrl-C, SIGTERM, SIGHUP): nothing to diagnose.
bool jobWasInterrupted();

// recorder sees every event before this function returns.
bool runEngineJob(CliContext &cli, const std::function<void(engine::Engine &)> &job, engine::RunRecorder &recorder,
                  EngineOutput output = EngineOutput::Lines);

} // namespace dlstack::cli
