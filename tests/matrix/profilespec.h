// SPDX-License-Identifier: GPL-3.0-or-later
// Compact machine and selection descriptions for the matrix tables, so one row reads like
// the situation it tests:
//   profile  "gpu=GeForce GTX 1080 Ti:6.1;driver=535.104.05;gcc=12.2.0;python=3.10.12;mem=32"
//   selection "torch=2.9.0 cuda=13.0 route=source python=3.11" (backend: cuda=X.Y, rocm=X.Y,
//   cpu or xpu)
// Profile keys: gpu=Name:cc (repeat with '+'), amd=Name:gfx, intel=Name:pciid (Intel GPUs,
// "Arc B580:8086:e20b"), ze=loader,gpu (the Level Zero loader and compute-runtime's Level
// Zero driver found), modules=i915,nvidia (loaded GPU kernel modules), driver, gpustate, wsl=1,
// gcc=v[,v] (the first is /usr/bin/gcc), python=v[,v], mem (GiB), cores, disk (GB free),
// cmake, ninja=1, hazards=a,b, cuda=v (installed toolkit), rocm=v, env=PATH, envpy, envcuda,
// envpkgs=name=v,name=v.
#pragma once

#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"

namespace dlstack::test {

probe::SystemProfile profileFromSpec(const QString &spec);
matrix::Selection selectionFromSpec(const QString &spec);

} // namespace dlstack::test
