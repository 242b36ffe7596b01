// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack detect [--json] [--save-raw DIR] [--replay DIR] [--disk-path P] [--env PATH...]`
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runDetect(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
