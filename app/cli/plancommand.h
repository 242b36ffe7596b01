// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack plan [--profile FILE] --torch V --cuda X|--rocm X|--cpu [--python V] [--route R]
// [--env new-venv|new-conda|PATH] --prefix P [--extras a,b] [--arch-list L] [--max-jobs N]
// [--launcher L] [--mirror URL|DIR] [-o FILE] [--format json|bash|dockerfile]`: plans an
// install for this machine (or the profile's) and writes it. Exit 1 when the matrix blocks
// the selection or the prefix/mirror cannot be used; exit 2 for bad flags.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runPlan(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
