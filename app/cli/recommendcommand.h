// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack recommend [--profile FILE | --import FILE...] [--json]`: ranked selections that
// work on a machine, each with its reason.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runRecommend(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
