// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/detectiontables.h"

namespace dlstack::probe {

const DetectionTables &DetectionTables::builtin()
{
    static const DetectionTables tables{GpuNameTable::builtin(), DriverCudaTable::builtin()};
    return tables;
}

DetectionTables DetectionTables::fromJson(const QByteArray &gpusJson, const QByteArray &cudaJson)
{
    return {GpuNameTable::fromJson(gpusJson), DriverCudaTable::fromJson(cudaJson)};
}

} // namespace dlstack::probe
