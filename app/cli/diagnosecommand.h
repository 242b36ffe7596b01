// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack diagnose FILE... [--profile FILE] [--json]`: names the root cause of a failed build
// from its log (plain, .gz, .xz or "-" for standard input). Exit 0 when something was
// diagnosed, 3 when nothing matched, 2 when an input could not be read at all.
#pragma once

#include "app/cli/clicontext.h"

#include <QStringList>

namespace dlstack::cli {

int runDiagnose(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
