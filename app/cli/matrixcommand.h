// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack matrix [--torch V] [--json]`: the tested combinations of the version matrix.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runMatrix(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
