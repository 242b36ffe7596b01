// SPDX-License-Identifier: GPL-3.0-or-later
// activationCommand: the shell line that makes what a plan installed the current
// environment. A planned install writes <prefix>/activate (its environment plus CUDA_HOME,
// PATH, LD_LIBRARY_PATH and the build variables; see the activation recipe), so the line
// sources that script, quoted for a POSIX shell: "source /opt/dl/activate". A plan that
// writes no activation script ("activate", or "activate.sh" in a hand-written plan file)
// gives an empty string. The Finish page and `dlstack plan` show the same line. Pure.
#pragma once

#include "core/plan/plan.h"

#include <QString>

namespace dlstack::plan {

QString activationCommand(const Plan &plan);
// The activation script the plan writes ("/opt/dl/activate"); empty when it writes none.
QString activationScript(const Plan &plan);

} // namespace dlstack::plan
