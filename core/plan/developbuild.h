// SPDX-License-Identifier: GPL-3.0-or-later
// DevelopBuild: the editable source build of torch in a plan (`dlstack plan --route source
// --develop`): the run step of stage "pytorch-source" that runs `pip install ... -e .` in the
// source tree (recipes/sourcerecipe.cpp). `dlstack rebuild` runs that step again, with its argv,
// working directory and build environment, so that ninja rebuilds only what an edit changed.
// developBuild() reads the plan and whether the tree is still there; nothing else.
#pragma once

#include "core/plan/plan.h"
#include "core/support/error.h"

namespace dlstack::plan {

struct DevelopBuild
{
    QString stage;     // "pytorch-source"
    int step = -1;     // index of the build step in that stage
    QString sourceDir; // the step's working directory: the source tree
};

// Whether a run step is `pip install ... -e DIR` (or --editable).
bool isEditableInstall(const Step &step);

// The development build of the plan, or why there is none, in words: the plan builds no torch
// from source, builds it without --develop, or its source tree is gone.
support::Result<DevelopBuild> developBuild(const Plan &plan);

} // namespace dlstack::plan
