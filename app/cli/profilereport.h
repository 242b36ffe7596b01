// SPDX-License-Identifier: GPL-3.0-or-later
// printProfileReport: the human-readable report of `dlstack detect` / `import`: the
// profile's fact sheet (matrix::factSheet, the rows the wizard's System page shows), one
// aligned line per fact with its state, the reason for a warn or bad state, and its source.
#pragma once

#include "core/probe/systemprofile.h"

#include <QTextStream>

namespace dlstack::cli {

void printProfileReport(const probe::SystemProfile &profile, QTextStream &out, bool terminal);

} // namespace dlstack::cli
