// SPDX-License-Identifier: GPL-3.0-or-later
// Allocation-free version comparison for the rules, which run for every combination of the
// matrix on every edit: compares dotted numbers component by component ("12.4" < "12.10",
// a missing component is 0), looking at no more than `parts` components. Same order as
// support::compareVersions; text that does not start with a number is smaller.
#pragma once

#include <QStringView>

namespace dlstack::matrix {

int compareVersion(QStringView a, QStringView b, int parts = 8);
int leadingNumber(QStringView text); // "12.2.0" -> 12; 0 when there is none

} // namespace dlstack::matrix
