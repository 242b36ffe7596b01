// SPDX-License-Identifier: GPL-3.0-or-later
// Allocation-free version comparison for the rules, which run for every combination of the
// matrix on every edit: compares dotted numbers component by component ("12.4" < "12.10",
// a missing component is 0), looking at no more than `parts` components. Same order as
// support::compareVersions; text that does not start with a number is smaller.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dlstack::matrix {

// Version strings are ASCII; QChar::isDigit/digitValue are Unicode-aware calls into
// QtCore and made digit tests the hottest code of a matrix-wide check.
constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

int compareVersion(QStringView a, QStringView b, int parts = 8);
int leadingNumber(QStringView text); // "12.2.0" -> 12; 0 when there is none
// The "major.minor" prefix of a version without copying: "3.11.7" -> "3.11"; empty unless
// the text starts with two numeric components.
QStringView majorMinorPrefix(QStringView text);

// One comparison against a version, as the data files write it: ">=4.0", "==3.23.0", "<3.13".
struct VersionSpec
{
    enum class Op
    {
        Less,
        LessEqual,
        Equal,
        GreaterEqual,
        Greater
    };
    Op op = Op::Equal;
    QString version;

    static std::optional<VersionSpec> parse(QStringView text); // nullopt unless "<op><number>..."
    bool matches(QStringView candidate) const;
};

} // namespace dlstack::matrix
