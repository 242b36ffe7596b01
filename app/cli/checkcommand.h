// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack check [--profile FILE | --import FILE...] --torch V [--cuda X | --rocm X | --cpu]
// [--python V] [--route prebuilt|source] [the other selection options of plan] [--json]`:
// the findings of one selection on a machine (options: selectionoptions.h). Exit 0 for
// ok/warning, 1 for blocked, 2 for bad arguments or input.
#pragma once

#include "app/cli/clicontext.h"

#include <QStringList>

namespace dlstack::cli {

int runCheck(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
