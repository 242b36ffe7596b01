// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/plancommand.h"
#include "app/cli/verb.h"

#include <QCoreApplication>

namespace dlstack::cli {

QList<Verb> planVerbs()
{
    return {
        {"plan", QT_TRANSLATE_NOOP("Cli", "Plan an install (JSON plan, bash script or Dockerfile) for a selection"),
         runPlan},
    };
}

} // namespace dlstack::cli
