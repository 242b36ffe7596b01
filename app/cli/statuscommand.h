// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack status --prefix P [--json]`: the state of each stage from the prefix's journal.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runStatus(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
