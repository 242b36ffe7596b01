// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/diagnosecommand.h"
#include "app/cli/verb.h"

#include <QCoreApplication>

namespace dlstack::cli {

QList<Verb> logVerbs()
{
    return {
        {"diagnose", QT_TRANSLATE_NOOP("Cli", "Name the root cause of a failed build from its log, with a remedy"),
         runDiagnose},
    };
}

} // namespace dlstack::cli
