// SPDX-License-Identifier: GPL-3.0-or-later
// CudaLocator: every CUDA toolkit directory on the machine, each once: /usr/local/cuda*,
// /opt/cuda*, $CUDA_HOME / $CUDA_PATH, the toolkit of the nvcc on PATH, and toolkits inside
// conda envs (env/bin/nvcc, env/targets/x86_64-linux). Directories are deduplicated by
// their canonical path; the other paths leading there (the /usr/local/cuda symlink) are aliases.
#pragma once

#include "core/probe/probecontext.h"

namespace dlstack::probe {

struct ToolkitLocation
{
    QString path;        // canonical
    QStringList aliases; // other paths found that lead to it
    bool condaEnv = false;
};

QList<ToolkitLocation> locateCudaToolkits(const ProbeContext &context, const QStringList &condaEnvs);

} // namespace dlstack::probe
