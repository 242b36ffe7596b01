// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parsers for the small /proc and /sys files the host probe reads.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dlstack::probe::hostparsers {

// "processor	: 0" lines in /proc/cpuinfo
int cpuCount(const QString &cpuinfo);
// "MemTotal:       32658316 kB" -> MiB
qint64 memTotalMib(const QString &meminfo);
// /proc/version or kernel release naming Microsoft/WSL
bool isWsl(const QString &kernelRelease, const QString &procVersion);
// "nvidia_drm 69632 2 - Live 0x0000000000000000" -> the GPU driver modules loaded
QStringList gpuModules(const QString &procModules);
// efivar: 4 attribute bytes, then 1 = enabled, 0 = disabled
QString secureBootFromEfiVar(const QByteArray &bytes);
// "SecureBoot enabled" / "SecureBoot disabled" / "EFI variables are not supported on this system"
QString secureBootFromMokutil(const QString &text);
// Toolkit roots named by a PATH-like list: "/usr/local/cuda-11.8/bin:/usr/bin" -> {"/usr/local/cuda-11.8"}
QStringList cudaRoots(const QString &pathList);

} // namespace dlstack::probe::hostparsers
