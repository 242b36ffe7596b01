// SPDX-License-Identifier: GPL-3.0-or-later
// proposedMaxJobs: the MAX_JOBS a source build gets on a host when the user names none.
// An nvcc or cc1plus job of PyTorch takes about 2.5-4 GB, so min(cores, memory GiB / 3),
// at least 1; unknown memory counts the cores alone, unknown cores the memory alone, and
// with neither known (an imported profile) 4. The resources rule words its proposal with
// it and the planner's build defaults use it, so the two never disagree. Pure.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::matrix {

namespace rules {
int proposedMaxJobs(const probe::HostInfo &host);
} // namespace rules
using rules::proposedMaxJobs;

} // namespace dlstack::matrix
