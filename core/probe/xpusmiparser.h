// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parser for Intel's xpu-smi (XPU Manager), in its two outputs people paste:
// `xpu-smi discovery`, boxed (1.x) or borderless (2.x), one "Key: Value" a row per device:
//   | 0         | Device Name: Intel(R) Data Center GPU Flex 170                        |
//   0             Device Type: Discrete GPU
// and the nvidia-smi-like summary of `xpu-smi` (2.x) with the Level Zero version in its title:
//   |            Intel XPU-SMI v2.0    Driver: 96E1802BAF7F7118043A89B    Level Zero: 1.32.0             |
//   |   0  Intel(R) Arc(TM) A770   Off             | 0000:03:00.0      Off      |               Disabled |
// Reentrant.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::xpusmi {

struct Device
{
    QString name;     // "Intel(R) Arc(TM) A770 Graphics"
    QString pciId;    // "8086:56a0" from "PCI Device ID: 0x56a0"
    QString pciBusId; // "0000:03:00.0"
    qint64 memoryMib = 0;
    QString state; // "normal", "survivability mode"; empty when not shown
};

struct Report
{
    QList<Device> devices;
    QString levelZeroVersion; // the summary's title: "1.32.0"
    bool noDevices = false;   // "No GPU devices found."
};

bool looksLikeDiscovery(const QString &text);
bool looksLikeSummary(const QString &text);
Report parse(const QString &text);
SystemProfile toProfile(const Report &report, const QString &source);

} // namespace dlstack::probe::xpusmi
