// SPDX-License-Identifier: GPL-3.0-or-later
// literalFactors: the literal strings one of which every match of a rule pattern contains, so a
// line without any of them cannot match and needs no regular-expression scan. For
// "nvcc fatal\s*:\s*Unsupported gpu architecture '(compute_\d+)'" that is one factor,
// "unsupported gpu architecture '"; for "(gcc|g\+\+) (\d+) is not supported" it is
// " is not supported"; an alternation of literals gives one factor per branch.
// Factors are ASCII, lowercase (patterns match case-insensitively; compare caseless) and at
// least kMinFactor bytes long. A '\n' can only be a factor's first byte: it stands for the start
// of the line ("^E: " gives "\ne: "), so the first line of scanned bytes, which no '\n' precedes,
// must be looked at whatever the factors say; everything after that '\n' lies in one line. A pattern the reader does
// not fully understand (options, back-references, recursion) or whose literal parts are all shorter gets no factors:
// the caller then scans its lines with the full expressions. Pure function.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dlstack::log {

inline constexpr int kMinFactor = 3;

// Empty when the pattern has no usable set of factors.
QList<QByteArray> literalFactors(const QString &pattern);

} // namespace dlstack::log
