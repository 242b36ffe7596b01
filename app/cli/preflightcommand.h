// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]`: what the install of a plan
// needs from the network before anything runs: per stage about how much it downloads and from
// where, the sum, and whether those servers answer from here (through the proxy the
// environment or the plan names). Offline it says so in one sentence with the offline-folder
// route. Before that, the same last look `dlstack install` takes (plan::preflight() in this
// process's environment: the prefix writable with room, the offline folder there, a set
// PYTHONPATH), each as a warning or blocker line. Exit 0 when every server answers (or nothing
// is downloaded) and nothing blocks, 1 when a server does not answer or something blocks, 2 for
// bad input.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runPreflight(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
