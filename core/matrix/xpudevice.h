// SPDX-License-Identifier: GPL-3.0-or-later
// Whether an Intel GPU of a profile is one PyTorch's XPU build runs on: a card or
// integrated GPU of the compute table (resources/probe/pci-intel-gpus.json: Arc, Data Center
// GPU Max/Flex, Arc-branded integrated graphics), or, in a profile without PCI ids (an import,
// a hand-written JSON), a name of those families. A UHD or Iris Xe iGPU is not one: PyTorch's
// Getting Started on Intel GPU page validates Arc A/B, Core Ultra with Arc graphics and Data
// Center GPU Max only. Pure.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::matrix {

bool isXpuDevice(const probe::Gpu &gpu);
int xpuDeviceCount(const probe::SystemProfile &profile);

} // namespace dlstack::matrix
