// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack import FILE... [--json]`: a partial profile of another machine from pasted text.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runImport(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
