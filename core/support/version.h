// SPDX-License-Identifier: GPL-3.0-or-later
// Version: a dotted numeric version ("12.1", "535.104.05", "2.4.1+cu121") compared
// component by component; a missing component compares as 0. Text after the numbers
// ("+cu121", "rc1", "-98") is kept as a suffix and ignored by comparisons.
#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace dlstack::support {

class Version
{
public:
    Version() = default;
    static std::optional<Version> parse(QStringView text); // nullopt unless it starts with a number

    bool isNull() const { return m_parts.isEmpty(); }
    int major() const { return part(0); }
    int minor() const { return part(1); }
    int patch() const { return part(2); }
    int part(int i) const { return i < m_parts.size() ? m_parts[i] : 0; }
    int size() const { return static_cast<int>(m_parts.size()); }
    QString suffix() const { return m_suffix; }

    QString toString() const;   // "12.1.105" (no suffix)
    QString majorMinor() const; // "12.1"
    Version truncated(int components) const;

    std::strong_ordering operator<=>(const Version &other) const;
    bool operator==(const Version &other) const { return (*this <=> other) == 0; }

private:
    QList<int> m_parts;
    QString m_suffix;
};

// Convenience for data code: compares two version strings; an unparsable side is smaller.
int compareVersions(QStringView a, QStringView b);

// Python package versions in PEP 440 order: a development or pre-release sorts before its
// release ("2.7.0a0+ecf3bae" < "2.7.0", "2.5.0.dev20240801" < "2.5.0rc1"), a post-release
// after it; the local part after '+' ("+cu121", "+gitunknown") is ignored.
int comparePackageVersions(QStringView a, QStringView b);
// "2.7.0a0+ecf3bae", "1.13.0a0+gitunknown", "2.5.0rc1", "2.6.0.dev20241112": true.
bool isPreRelease(QStringView version);

} // namespace dlstack::support
