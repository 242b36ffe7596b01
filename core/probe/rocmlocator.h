// SPDX-License-Identifier: GPL-3.0-or-later
// RocmLocator: every ROCm on the machine, each once (by canonical path): the legacy
// /opt/rocm-<ver> trees, the ROCm Core SDK built by TheRock under /opt/rocm/core-<ver>
// ("Installation directory /opt/rocm/core-10.0", rocm.docs.amd.com transition guide), and
// $ROCM_PATH. The version comes from <root>/.info/version, else from the directory name.
// Reentrant.
#pragma once

#include "core/probe/probecontext.h"
#include "core/probe/systemprofile.h"

namespace dlstack::probe {

QList<Rocm> locateRocmInstalls(const ProbeContext &context);

} // namespace dlstack::probe
