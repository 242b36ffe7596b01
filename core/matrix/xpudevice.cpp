// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/xpudevice.h"

#include "core/probe/pciidtable.h"

#include <algorithm>

namespace dlstack::matrix {

bool isXpuDevice(const probe::Gpu &gpu)
{
    if (gpu.vendor != u"intel")
        return false;
    if (!gpu.pciId.isEmpty())
        return probe::PciIdTable::builtin().find(gpu.pciId) != nullptr;
    // "Intel Arc B580", "Intel(R) Arc(TM) A770 Graphics", "Intel Data Center GPU Max 1550"
    return gpu.name.contains(QLatin1String("Arc"), Qt::CaseSensitive) ||
           gpu.name.contains(QLatin1String("Data Center GPU"), Qt::CaseInsensitive);
}

int xpuDeviceCount(const probe::SystemProfile &profile)
{
    return int(std::count_if(profile.gpus.cbegin(), profile.gpus.cend(), isXpuDevice));
}

} // namespace dlstack::matrix
