// SPDX-License-Identifier: GPL-3.0-or-later
// DetectionTables: the version data detection derives facts from when a tool does not say
// them: GPU model name -> compute capability or gfx target (gpus.json), NVIDIA driver ->
// the highest CUDA it supports (cuda.json). builtin() is the data compiled into dlstack;
// matrix::effectiveDetectionTables() is the data in use (an installed matrix bundle when it
// is valid and newer, the same choice `dlstack matrix --source` reports), which every
// detection of the wizard and the CLI passes to SystemProfile::finalize(). Values,
// immutable after construction; builtin() is loaded once, thread-safe.
#pragma once

#include "core/probe/drivercudatable.h"
#include "core/probe/gpunametable.h"

namespace dlstack::probe {

struct DetectionTables
{
    GpuNameTable gpuNames;
    DriverCudaTable driverCuda;

    static const DetectionTables &builtin();
    // From the texts of gpus.json and cuda.json (a matrix bundle's files).
    static DetectionTables fromJson(const QByteArray &gpusJson, const QByteArray &cudaJson);
};

} // namespace dlstack::probe
