// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]`: what the install of a plan
// needs from the network before anything runs: per stage about how much it downloads and from
// where, the sum, and whether those servers answer from here (through the proxy the
// environment or the plan names). Offline it says so in one sentence with the offline-folder
// route. Exit 0 when every server answers (or nothing is downloaded), 1 when one does not,
// 2 for bad input.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runPreflight(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
