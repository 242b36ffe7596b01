// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/version.h"

namespace dlstack::support {

std::optional<Version> Version::parse(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.mid(1);
    Version v;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype start = i;
        qint64 value = 0;
        while (i < text.size() && text[i].isDigit() && i - start < 9) {
            value = value * 10 + text[i].digitValue();
            ++i;
        }
        if (i == start)
            break;
        while (i < text.size() && text[i].isDigit()) // absurdly long component: clamp
            ++i;
        v.m_parts.append(static_cast<int>(value));
        if (i + 1 < text.size() && text[i] == u'.' && text[i + 1].isDigit())
            ++i;
        else
            break;
    }
    if (v.m_parts.isEmpty())
        return std::nullopt;
    v.m_suffix = text.mid(i).toString();
    return v;
}

QString Version::toString() const
{
    QStringList parts;
    for (int p : m_parts)
        parts << QString::number(p);
    return parts.join(u'.');
}

QString Version::majorMinor() const
{
    return QString::number(major()) + u'.' + QString::number(minor());
}

Version Version::truncated(int components) const
{
    Version v;
    v.m_parts = m_parts.mid(0, components);
    return v;
}

std::strong_ordering Version::operator<=>(const Version &other) const
{
    const int n = static_cast<int>(std::max(m_parts.size(), other.m_parts.size()));
    for (int i = 0; i < n; ++i) {
        if (auto c = part(i) <=> other.part(i); c != 0)
            return c;
    }
    return std::strong_ordering::equal;
}

int compareVersions(QStringView a, QStringView b)
{
    const auto va = Version::parse(a);
    const auto vb = Version::parse(b);
    if (!va && !vb)
        return 0;
    if (!va)
        return -1;
    if (!vb)
        return 1;
    const auto c = *va <=> *vb;
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace dlstack::support
