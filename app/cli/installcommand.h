// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack install PLAN.json [--yes] [--only STAGE] [--from STAGE] [--dry-run] [--events FILE]`: runs a plan
// (resuming when run again) with a live progress bar on a terminal and plain lines when
// piped. Exit 0 only when every selected stage finished. runEngineJob() is shared with
// `rollback`: it runs an Engine on a worker thread and prints its events.
#pragma once

#include "app/cli/clicontext.h"

#include <functional>

namespace dlstack::engine {
class Engine;
}

namespace dlstack::cli {

int runInstall(const QStringList &args, CliContext &cli);
class EngineRecorder;
// recorder sees every event before this function returns.
bool runEngineJob(CliContext &cli, const std::function<void(engine::Engine &)> &job, EngineRecorder &recorder);

} // namespace dlstack::cli
