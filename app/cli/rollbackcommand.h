// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack rollback --prefix P (--stage ID | --all) [--yes]`: undoes stages newest first
// from the journal; safe to run again after an interruption.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runRollback(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
