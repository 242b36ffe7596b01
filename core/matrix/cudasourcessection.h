// SPDX-License-Identifier: GPL-3.0-or-later
// The fact sheet's "Where CUDA and ROCm come from" section: which CUDA the shell reaches
// through PATH, CUDA_HOME and LD_LIBRARY_PATH (with a warning when they disagree with each
// other or with the active environment's torch), the CUDA runtime, cuDNN and NCCL each
// Python environment loads (pip wheels, conda packages), every ROCm (legacy and TheRock),
// and the cluster modules that provide CUDA, cuDNN, compilers, Python or conda. Pure.
#pragma once

#include "core/matrix/factsheet.h"

namespace dlstack::matrix {

// Empty rows when the profile knows none of it.
FactSection cudaSourcesSection(const probe::SystemProfile &profile);

// "system" -> "runfile or NVIDIA packages", "distro" -> "distribution package", ... in words.
QString cudaOriginText(const QString &origin);

} // namespace dlstack::matrix
