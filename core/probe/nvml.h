// SPDX-License-Identifier: GPL-3.0-or-later
// Nvml: GPU facts from NVIDIA's management library, loaded at run time
// (QLibrary("nvidia-ml", 1) = dlopen("libnvidia-ml.so.1"), as conda's __cuda detection and
// the wheel-variant providers do), so dlstack has no build dependency on the driver. One
// query initialises NVML (nvmlInit_v2), reads the driver version, the CUDA version the
// driver supports, and for each device its name, memory, compute capability, PCI bus and
// device id and MIG mode, then shuts NVML down. A few milliseconds against nvidia-smi's
// hundred. Any failure (no library, no driver, NVML_ERROR_*) is a reason, and the caller
// falls back to nvidia-smi. Reentrant; NVML itself is thread-safe.
#pragma once

#include "core/probe/systemprofile.h"

#include <optional>

namespace dlstack::probe::nvml {

struct Device
{
    QString name;         // "NVIDIA H200"
    qint64 memoryMib = 0; // total, as nvidia-smi's memory.total [MiB]
    QString computeCapability;
    QString pciBusId; // "00000000:19:00.0"
    QString pciId;    // "10de:2335"
    bool mig = false;
};

struct Report
{
    QString driverVersion; // "570.133.20"
    QString cudaVersion;   // "12.8" from nvmlSystemGetCudaDriverVersion_v2 (12080)
    QList<Device> devices;
};

// nullopt with `why` filled when NVML cannot be loaded or does not answer.
std::optional<Report> query(QString *why);

// 12080 -> "12.8", 11020 -> "11.2"; empty for 0 or less.
QString cudaVersionFromInt(int version);

// The profile part a report makes; source "NVML (libnvidia-ml.so.1)".
SystemProfile toProfile(const Report &report);

} // namespace dlstack::probe::nvml
