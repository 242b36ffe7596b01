// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack rebuild (PREFIX | --prefix P) [--dry-run] [--events FILE]`: after an edit in the
// source tree of a development install (`dlstack plan --route source --develop`), runs its
// editable build step again from the plan the prefix keeps (plan::developBuild), in the same
// environment, tree and build variables, through the engine (Engine::rebuild) so that ninja
// rebuilds only what changed; lines, cancel, stage log and diagnosis as in `install`.
// Exit 0 rebuilt; 1 the build failed or was cancelled, or another job holds the prefix;
// 2 nothing to rebuild there (no plan, no development install, tree gone, not installed) or bad
// arguments.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runRebuild(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
