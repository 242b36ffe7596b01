// SPDX-License-Identifier: GPL-3.0-or-later
// reportFailedStage: after `dlstack install` stopped at a failed stage, prints where that
// stage's log is and the root cause the run recorder found in it (with the facts of the
// plan's machine): the cause, its line in the log and what to do.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::engine {
class RunRecorder;
}

namespace dlstack::cli {

void reportFailedStage(CliContext &cli, const engine::RunRecorder &recorder);

} // namespace dlstack::cli
