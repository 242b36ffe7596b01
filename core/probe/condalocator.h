// SPDX-License-Identifier: GPL-3.0-or-later
// CondaLocator: finds conda installations and their environments from files only, without
// starting conda: ~/.conda/environments.txt, the usual roots under $HOME and /opt,
// $CONDA_EXE, $CONDA_PREFIX, $MAMBA_ROOT_PREFIX. A root is a directory with conda-meta/.
// Shared by the conda, Python-environment, CUDA-toolkit and cuDNN probes. Reentrant.
#pragma once

#include "core/probe/probecontext.h"
#include "core/probe/systemprofile.h"

namespace dlstack::probe {

struct CondaLocation
{
    QList<CondaInstall> installs; // envs of unknown root are in an install with an empty root
    QList<Problem> problems;
};

CondaLocation locateConda(const ProbeContext &context);

// All env paths of all installs, roots first.
QStringList condaEnvPaths(const CondaLocation &location);

} // namespace dlstack::probe
