// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parser for the display controllers in `lspci` output (plain, -nn, -D, -k, -v, the
// numeric -n and the machine-readable -vmm records):
//   01:00.0 VGA compatible controller [0300]: NVIDIA Corporation GA102 [GeForce RTX 3090] [10de:2204] (rev a1)
//   01:00.0 0300: 10de:2204 (rev a1)
//   Slot:<tab>01:00.0 / Class:<tab>VGA compatible controller [0300] / Vendor:<tab>NVIDIA Corporation [10de] / ...
// plus the sysfs class/vendor codes the PCI probe reads. Non-display devices are skipped.
#pragma once

#include "core/probe/systemprofile.h"

#include <QList>
#include <QString>

namespace dlstack::probe::lspci {

struct PciDisplay
{
    QString busId;     // as printed: "01:00.0" or "0000:01:00.0"
    QString className; // "VGA compatible controller", "3D controller", "Display controller", "Processing accelerators"
    QString vendor;    // "nvidia" | "amd" | "intel" | "" (other)
    QString pciId;     // "10de:2204" with -nn, else empty
    QString name;      // "GeForce RTX 3090"; empty for "Device 1db6" (unknown to pci.ids)
    QString driver;    // "Kernel driver in use: nvidia" with -k
};

QList<PciDisplay> parse(const QString &text);
bool looksLike(const QString &text);

// sysfs: "0x030000" -> true for VGA (0x0300), 3D (0x0302) and other display (0x0380) classes of
// any vendor, and for processing accelerators (0x1200) of AMD ("amd"): the Instinct MI300 series.
bool isGpuClass(const QString &sysfsClass, const QString &vendor);
// sysfs vendor "0x10de" -> "nvidia"; "0x1002" -> "amd"; "0x8086" -> "intel"; else "".
QString vendorFromId(const QString &sysfsVendor);

SystemProfile toProfile(const QList<PciDisplay> &devices, const QString &source);

} // namespace dlstack::probe::lspci
