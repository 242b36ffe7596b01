// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/verb.h"

#include <QCoreApplication>

namespace dlstack::cli {

QList<Verb> planVerbs()
{
    return {};
}

} // namespace dlstack::cli
