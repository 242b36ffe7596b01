// SPDX-License-Identifier: GPL-3.0-or-later
// printProfileReport: the human-readable, aligned report of `dlstack detect` / `import`.
#pragma once

#include "core/probe/systemprofile.h"

#include <QTextStream>

namespace dlstack::cli {

void printProfileReport(const probe::SystemProfile &profile, QTextStream &out, bool terminal);

} // namespace dlstack::cli
