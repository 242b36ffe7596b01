// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/versioncompare.h"

namespace dlstack::matrix {

namespace {

// Reads the next numeric component at i; false when there is none.
bool nextPart(QStringView text, qsizetype &i, long long &value)
{
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    if (i >= n || !isAsciiDigit(s[i]))
        return false;
    value = 0;
    while (i < n && isAsciiDigit(s[i])) {
        if (value < 1000000000)
            value = value * 10 + (s[i] - u'0');
        ++i;
    }
    if (i + 1 < n && s[i] == u'.' && isAsciiDigit(s[i + 1]))
        ++i;
    else
        i = n + 1; // no further components
    return true;
}

} // namespace

int compareVersion(QStringView a, QStringView b, int parts)
{
    a = a.trimmed();
    b = b.trimmed();
    const bool aOk = !a.isEmpty() && isAsciiDigit(a.utf16()[0]);
    const bool bOk = !b.isEmpty() && isAsciiDigit(b.utf16()[0]);
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

std::optional<VersionSpec> VersionSpec::parse(QStringView text)
{
    text = text.trimmed();
    static constexpr std::pair<QStringView, Op> ops[] = {
        {u">=", Op::GreaterEqual}, {u"<=", Op::LessEqual}, {u"==", Op::Equal}, {u"<", Op::Less}, {u">", Op::Greater}};
    for (const auto &[token, op] : ops) {
        if (!text.startsWith(token))
            continue;
        const QStringView rest = text.mid(token.size()).trimmed();
        qsizetype end = 0;
        while (end < rest.size() && (isAsciiDigit(rest[end].unicode()) || rest[end] == u'.'))
            ++end;
        if (end == 0 || !isAsciiDigit(rest[0].unicode()) || end != rest.size())
            return std::nullopt;
        return VersionSpec{op, rest.toString()};
    }
    return std::nullopt;
}

bool VersionSpec::matches(QStringView candidate) const
{
    const int c = compareVersion(candidate, version);
    switch (op) {
    case Op::Less:
        return c < 0;
    case Op::LessEqual:
        return c <= 0;
    case Op::Equal:
        return c == 0;
    case Op::GreaterEqual:
        return c >= 0;
    case Op::Greater:
        return c > 0;
    }
    return false;
}

QStringView majorMinorPrefix(QStringView text)
{
    text = text.trimmed();
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && isAsciiDigit(s[i]))
        ++i;
    if (i == 0 || i + 1 >= n || s[i] != u'.' || !isAsciiDigit(s[i + 1]))
        return {};
    ++i;
    while (i < n && isAsciiDigit(s[i]))
        ++i;
    return text.first(i);
}

} // namespace dlstack::matrix
