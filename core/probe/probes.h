// SPDX-License-Identifier: GPL-3.0-or-later
// Factories of the standard probes, one per source of facts. Each lives in
// <name>probe.cpp beside a pure parser for the text it reads.
#pragma once

#include "core/probe/probe.h"

#include <memory>

namespace dlstack::probe {

std::unique_ptr<Probe> makeHostProbe();        // os-release, /proc, sysfs, hazards
std::unique_ptr<Probe> makePackageProbe();     // dpkg status + runfile traces: mixed installs
std::unique_ptr<Probe> makeNvidiaProbe();      // nvidia-smi (csv, table), /proc/driver/nvidia/version
std::unique_ptr<Probe> makePciProbe();         // sysfs + lspci: GPUs without (or before) a driver
std::unique_ptr<Probe> makeRocmProbe();        // /opt/rocm*, rocminfo, hipcc
std::unique_ptr<Probe> makeCudaToolkitProbe(); // /usr/local/cuda*, CUDA_HOME, nvcc on PATH, conda envs
std::unique_ptr<Probe> makeCudnnProbe();       // cudnn_version.h and libcudnn.so.N.M.P
std::unique_ptr<Probe> makeCompilerProbe();    // gcc*, clang* on PATH
std::unique_ptr<Probe> makeToolProbe();        // cmake, ninja, git, make, ccache, sccache, distcc
std::unique_ptr<Probe> makePythonProbe();      // python interpreters on PATH
std::unique_ptr<Probe> makeCondaProbe();       // conda roots and their envs, without running conda
std::unique_ptr<Probe> makePythonEnvProbe();   // venvs and conda envs: python + torch from files
std::unique_ptr<Probe> makeModulesProbe();     // cluster modulefiles under $MODULEPATH, without `module`

} // namespace dlstack::probe
