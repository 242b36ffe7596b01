// SPDX-License-Identifier: GPL-3.0-or-later
// buildDefaults: what a source build uses when the selection leaves the build options
// open: MAX_JOBS from the host's memory and cores (raised to the distcc slots when distcc
// compiles elsewhere) and the arch list from the machine's GPUs (CUDA: the detected
// compute capabilities clamped to the toolkit's sm range, the last one +PTX; ROCm: the gfx
// targets), else the wheel variant's list. The planner's build steps, the Options page and
// `dlstack plan` all take their defaults from here. Pure; the selection's own archList and
// maxJobs are not looked at (they override these).
#pragma once

#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"

#include <QString>
#include <QStringList>

namespace dlstack::plan {

struct BuildDefaults
{
    int maxJobs = 1;        // >= 1
    QStringList archList;   // "8.6", "8.9+PTX" (CUDA) or "gfx90a" (ROCm); empty for CPU
    QString maxJobsReason;  // one sentence: where the number comes from
    QString archListReason; // one sentence: where the list comes from
};

BuildDefaults buildDefaults(const probe::SystemProfile &profile, const matrix::Selection &selection,
                            const matrix::Matrix &matrix);

} // namespace dlstack::plan
