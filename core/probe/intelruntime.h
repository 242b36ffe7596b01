// SPDX-License-Identifier: GPL-3.0-or-later
// Intel's GPU compute stack in user space, from files only: the Level Zero loader
// (libze_loader.so.1 -> libze_loader.so.1.28.2, Ubuntu's libze1), the Level Zero GPU driver
// of compute-runtime (libze_intel_gpu.so.1 -> libze_intel_gpu.so.1.15.38308, libze-intel-gpu1)
// and its OpenCL ICD (/etc/OpenCL/vendors/intel.icd, intel-opencl-icd). Looked for in the
// system library directories, oneAPI's redist and $LD_LIBRARY_PATH. Reentrant.
#pragma once

#include "core/probe/probecontext.h"
#include "core/probe/systemprofile.h"

namespace dlstack::probe {

QList<GpuRuntime> findIntelRuntimes(const ProbeContext &context);

// "libze_loader.so.1.28.2" -> "1.28.2"; empty when the name carries no version past the soname.
QString versionFromSharedLibraryName(const QString &fileName, const QString &soname);

} // namespace dlstack::probe
