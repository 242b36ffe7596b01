// SPDX-License-Identifier: GPL-3.0-or-later
// ModulefileExporter: a Plan as an Lmod modulefile (Lua) for clusters and lab machines that
// offer stacks through `module load` (docs/admins.md). Loading it sources the activation
// script the plan writes (<prefix>/activate) with Lmod's source_sh (Lmod 8.6 or newer), so
// `module unload` takes back exactly what that script set, the venv or conda environment
// included; family("dlstack") lets one dlstack stack be loaded at a time. A plan that writes
// no activation script is refused. Pure function.
#pragma once

#include "core/plan/plan.h"
#include "core/support/error.h"

#include <QByteArray>

namespace dlstack::plan {

support::Result<QByteArray> exportModulefile(const Plan &plan);

} // namespace dlstack::plan
