// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the display-class PCI devices from sysfs (/sys/bus/pci/devices/*/{class,vendor,device}
// and the `driver` link) through a ProbeContext. Shared by the PCI probe and the NVIDIA probe,
// which needs the cards it could not talk to. Thread-safe as ProbeContext is.
#pragma once

#include "core/probe/probecontext.h"

#include <QList>
#include <QString>

namespace dlstack::probe {

struct SysfsPciDevice
{
    QString busId;      // "0000:01:00.0"
    QString vendor;     // "nvidia" | "amd" | "intel" | ""
    QString pciId;      // "10de:2204"
    QString driver;     // bound driver: "nvidia", "nouveau", "amdgpu", "vfio-pci"; empty when none
    qint64 vramMib = 0; // amdgpu's mem_info_vram_total, xe's tile*/physical_vram_size_bytes or
                        // i915's lmem_total_bytes, when present
    QString vramSource; // the file(s) it was read from
};

QList<SysfsPciDevice> readSysfsDisplayDevices(const ProbeContext &context);

// True when the NVIDIA kernel module is loaded (listed in /proc/modules).
bool nvidiaModuleLoaded(const ProbeContext &context);

} // namespace dlstack::probe
