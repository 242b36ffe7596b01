// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parsers for the two listings people paste to show which compute runtimes see an
// Intel GPU: oneAPI's `sycl-ls` and `clinfo -l`. sycl-ls prints one device a line, in three
// generations of layout:
//   [level_zero:gpu][level_zero:0] Intel(R) oneAPI Unified Runtime over Level-Zero, Intel(R) Arc(TM) A770
//   Graphics 12.55.8 [1.3.29735+27] [ext_oneapi_level_zero:gpu:0] Intel(R) Level-Zero, Intel(R) Arc(TM) A770
//   Graphics 1.3 [1.3.28044] [opencl:0] GPU : Intel(R) OpenCL HD Graphics 3.0 [21.37.20939]      (2021: no device name)
// A GPU on the Level Zero backend means compute-runtime's Level Zero driver (libze_intel_gpu)
// is installed and loads; one on OpenCL only means that driver is missing, the most common
// reason PyTorch's XPU backend sees nothing. clinfo -l:
//   Platform #0: Intel(R) OpenCL Graphics
//    `-- Device #0: Intel(R) Arc(TM) A770 Graphics
// Reentrant; no I/O.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::sycl {

struct Device
{
    QString backend;  // "level_zero" | "opencl" | "cuda" | "hip" | "native_cpu" | ...
    QString type;     // "gpu" | "cpu" | "acc" | "fpga" | "host"
    QString platform; // "Intel(R) OpenCL Graphics"
    QString name;     // "Intel(R) Arc(TM) A770 Graphics"; empty in the 2021 layout
    QString driver;   // the bracket at the end: "1.3.28044", "23.17.26241.33"
};

bool looksLikeSyclLs(const QString &text);
QList<Device> parseSyclLs(const QString &text);
// The machine's GPUs (once each: a GPU's Level Zero line wins over its OpenCL line) and the
// Intel runtimes the listing proves present.
SystemProfile syclLsProfile(const QList<Device> &devices, const QString &source);

struct ClPlatform
{
    QString name;        // "Intel(R) OpenCL Graphics"
    QStringList devices; // "Intel(R) Arc(TM) A770 Graphics"
};

bool looksLikeClinfoList(const QString &text);
QList<ClPlatform> parseClinfoList(const QString &text);
SystemProfile clinfoListProfile(const QList<ClPlatform> &platforms, const QString &source);

// A GPU named by a runtime that did not know the device yet, "Intel(R) Graphics [0xe20b]",
// gets the PCI id and, where the PCI id table has it, the product name ("Intel Arc B580").
// Other names are kept as the tool wrote them.
void nameFromDeviceId(Gpu &gpu);

// The vendor a device or platform name names: "intel" | "nvidia" | "amd" | "".
QString vendorOf(const QString &name);

} // namespace dlstack::probe::sycl
