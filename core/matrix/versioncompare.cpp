// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/versioncompare.h"

namespace dlstack::matrix {

namespace {

// Reads the next numeric component at i; false when there is none.
bool nextPart(QStringView text, qsizetype &i, long long &value)
{
    if (i >= text.size() || !text[i].isDigit())
        return false;
    value = 0;
    while (i < text.size() && text[i].isDigit()) {
        if (value < 1000000000)
            value = value * 10 + text[i].digitValue();
        ++i;
    }
    if (i + 1 < text.size() && text[i] == u'.' && text[i + 1].isDigit())
        ++i;
    else
        i = text.size() + 1; // no further components
    return true;
}

} // namespace

int compareVersion(QStringView a, QStringView b, int parts)
{
    a = a.trimmed();
    b = b.trimmed();
    const bool aOk = !a.isEmpty() && a[0].isDigit();
    const bool bOk = !b.isEmpty() && b[0].isDigit();
    if (!aOk || !bOk)
        return aOk == bOk ? 0 : (aOk ? 1 : -1);
    qsizetype i = 0;
    qsizetype j = 0;
    for (int n = 0; n < parts; ++n) {
        long long x = 0;
        long long y = 0;
        const bool hasX = nextPart(a, i, x);
        const bool hasY = nextPart(b, j, y);
        if (!hasX && !hasY)
            return 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

int leadingNumber(QStringView text)
{
    qsizetype i = 0;
    long long value = 0;
    text = text.trimmed();
    return nextPart(text, i, value) ? static_cast<int>(value) : 0;
}

} // namespace dlstack::matrix
