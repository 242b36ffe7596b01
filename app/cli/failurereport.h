// SPDX-License-Identifier: GPL-3.0-or-later
// reportFailedStage: after `dlstack install` stopped at a failed stage, diagnoses that
// stage's log with the facts of the plan's machine (plan.machine, else none), prints the
// root cause, where it is in the log and what to do, and records it as a "diagnosed" event.
#pragma once

#include "app/cli/clicontext.h"
#include "app/cli/enginerecorder.h"
#include "core/plan/plan.h"

namespace dlstack::cli {

void reportFailedStage(CliContext &cli, const plan::Plan &plan, EngineRecorder &recorder);

} // namespace dlstack::cli
