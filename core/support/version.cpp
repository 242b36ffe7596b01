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

namespace {

// PEP 440 phases in order; a suffix that is none of them counts as the release itself.
enum class Phase
{
    Dev,
    Alpha,
    Beta,
    Candidate,
    Release,
    Post
};

struct PackageVersion
{
    Version numbers;
    Phase phase = Phase::Release;
    int phaseNumber = 0;
};

std::optional<PackageVersion> parsePackageVersion(QStringView text)
{
    const auto v = Version::parse(text);
    if (!v)
        return std::nullopt;
    PackageVersion p{*v, Phase::Release, 0};
    QStringView suffix = v->suffix();
    if (const qsizetype plus = suffix.indexOf(u'+'); plus >= 0)
        suffix = suffix.left(plus);
    while (!suffix.isEmpty() && (suffix.front() == u'.' || suffix.front() == u'-' || suffix.front() == u'_'))
        suffix = suffix.mid(1);
    struct Spelling
    {
        const char16_t *text;
        Phase phase;
    };
    // Longer spellings first: "alpha" before "a", "rc" before "r"(ev).
    static constexpr Spelling spellings[] = {
        {u"alpha", Phase::Alpha}, {u"beta", Phase::Beta}, {u"preview", Phase::Candidate}, {u"pre", Phase::Candidate},
        {u"post", Phase::Post},   {u"rev", Phase::Post},  {u"dev", Phase::Dev},           {u"rc", Phase::Candidate},
        {u"a", Phase::Alpha},     {u"b", Phase::Beta},    {u"c", Phase::Candidate},       {u"r", Phase::Post},
    };
    for (const Spelling &s : spellings) {
        const QStringView word(s.text);
        if (!suffix.startsWith(word, Qt::CaseInsensitive))
            continue;
        QStringView rest = suffix.mid(word.size());
        while (!rest.isEmpty() && (rest.front() == u'.' || rest.front() == u'-' || rest.front() == u'_'))
            rest = rest.mid(1);
        if (!rest.isEmpty() && !rest.front().isDigit() && rest.front() != u'.')
            continue; // "b" of "beta2" is handled above; "abc" is no phase
        qint64 n = 0;
        for (qsizetype i = 0; i < rest.size() && rest[i].isDigit() && i < 9; ++i)
            n = n * 10 + rest[i].digitValue();
        p.phase = s.phase;
        p.phaseNumber = static_cast<int>(n);
        break;
    }
    return p;
}

} // namespace

int comparePackageVersions(QStringView a, QStringView b)
{
    const auto va = parsePackageVersion(a);
    const auto vb = parsePackageVersion(b);
    if (!va && !vb)
        return 0;
    if (!va)
        return -1;
    if (!vb)
        return 1;
    for (const std::strong_ordering c :
         {va->numbers <=> vb->numbers, va->phase <=> vb->phase, va->phaseNumber <=> vb->phaseNumber}) {
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

bool isPreRelease(QStringView version)
{
    const auto v = parsePackageVersion(version);
    return v && v->phase < Phase::Release;
}

} // namespace dlstack::support
