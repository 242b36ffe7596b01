// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parser for /proc/driver/nvidia/version, the kernel module's own statement of its
// version; readable even when nvidia-smi is missing or broken.
//   NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05  Sat Aug 19 01:15:15 UTC 2023
//   NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  580.65.06  Release Build  (...)
//   GCC version:  gcc version 12.3.0 (Ubuntu 12.3.0-1ubuntu1~22.04)
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::nvidiaproc {

struct ProcDriverVersion
{
    QString version;    // "535.104.05"; on Jetson the L4T release ("35.3.1")
    QString arch;       // "x86_64", "aarch64"
    QString gccVersion; // the compiler the module was built with
    bool openKernelModule = false;
    bool jetson = false; // the number is an L4T release, not a desktop driver version
};

ProcDriverVersion parse(const QString &text);
bool looksLike(const QString &text);
SystemProfile toProfile(const ProcDriverVersion &version, const QString &source);

} // namespace dlstack::probe::nvidiaproc
