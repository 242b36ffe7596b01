// SPDX-License-Identifier: GPL-3.0-or-later
// Parser for SGLang's `python3 -m sglang.check_env`, an environment report that many issues
// carry instead of PyTorch's collect_env. One "Key: value" per line; identical GPUs share a line.
//   Python: 3.11.5 (main, Sep 11 2023, 13:54:46) [GCC 11.2.0]
//   GPU 0,1,2,3,4,5,6,7: NVIDIA H20          GPU 0,1,2,3,4,5,6,7 Compute Capability: 9.0
//   NVCC: Cuda compilation tools, release 12.4, V12.4.131
//   CUDA Driver Version: 535.161.08           PyTorch: 2.5.1+cu124
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::checkenv {

bool looksLike(const QString &text);
SystemProfile parse(const QString &text, const QString &source);

// "2.5.1+cu124" -> "12.4", "2.0.1+cu117" -> "11.7"; no "+cuNNN" -> "".
QString cudaOfLocalVersion(const QString &torchVersion);

} // namespace dlstack::probe::checkenv
