// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack bundle PLAN DIR [--python X.Y] [--platform TAG]`: fetches everything a plan
// downloads into DIR, for a machine without internet that then runs the plan with DIR as
// its offline folder (plan "mirror_dir", or `dlstack plan --mirror DIR`): every download
// step's file under its own name, checksum verified, and the wheels of every
// `pip install` step (pip download with the step's own index options; --python and
// --platform fetch wheels for another Python or machine). Git checkouts are listed as not
// bundled. Running it again skips what is already there and verified.
#pragma once

#include "app/cli/clicontext.h"

namespace dlstack::cli {

int runBundle(const QStringList &args, CliContext &cli);

} // namespace dlstack::cli
