// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/literalfactors.h"

#include <QString>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

namespace dlstack::log {

namespace {

// Exact sets grow by cross products ("(a|b)(c|d)" is {ac, ad, bc, bd}) up to this many strings;
// a factor list with more strings than kMaxFactors is not worth a literal scan.
constexpr std::size_t kMaxExact = 16;
constexpr std::size_t kMaxFactors = 24;

// What is known about the strings a part of the pattern matches.
struct Info
{
    enum class Kind
    {
        Exact, // every match is one of `strings` (lowercase ASCII, or uncased UTF-8 symbols)
        Cover, // every match contains one of `strings`
        Any    // nothing known
    };
    Kind kind = Kind::Any;
    std::set<std::string> strings;

    static Info exact(std::set<std::string> s) { return {Kind::Exact, std::move(s)}; }
    static Info empty() { return exact({std::string()}); }
    static Info any() { return {}; }
};

// An Exact set as a cover; a set holding "" (the part may match nothing) covers nothing.
Info asCover(const Info &info)
{
    if (info.kind != Info::Kind::Exact)
        return info;
    if (info.strings.count(std::string()) || info.strings.empty())
        return Info::any();
    // A string containing another one of the set adds nothing to an either-or list.
    std::set<std::string> kept;
    for (const std::string &s : info.strings) {
        const bool redundant = std::any_of(info.strings.begin(), info.strings.end(), [&](const std::string &o) {
            return o != s && s.find(o) != std::string::npos;
        });
        if (!redundant)
            kept.insert(s);
    }
    return {Info::Kind::Cover, kept};
}

std::size_t shortest(const Info &cover)
{
    if (cover.kind == Info::Kind::Any || cover.strings.empty())
        return 0;
    std::size_t n = std::string::npos;
    for (const std::string &s : cover.strings)
        n = std::min(n, s.size());
    return n;
}

// The more selective of two covers: longer shortest string, then fewer strings.
bool better(const Info &a, const Info &b)
{
    if (a.kind == Info::Kind::Any)
        return false;
    if (b.kind == Info::Kind::Any)
        return true;
    if (a.strings.size() > kMaxFactors || b.strings.size() > kMaxFactors)
        return a.strings.size() < b.strings.size();
    const std::size_t la = std::min<std::size_t>(shortest(a), 12);
    const std::size_t lb = std::min<std::size_t>(shortest(b), 12);
    if (la != lb)
        return la > lb;
    return a.strings.size() < b.strings.size();
}

Info concatenate(const std::vector<Info> &items)
{
    std::set<std::string> run{std::string()};
    bool allExact = true;
    Info best = Info::any();
    const auto consider = [&](const Info &cover) {
        if (better(cover, best))
            best = cover;
    };
    for (const Info &item : items) {
        if (item.kind == Info::Kind::Exact && run.size() * item.strings.size() <= kMaxExact) {
            std::set<std::string> next;
            for (const std::string &a : run)
                for (const std::string &b : item.strings)
                    next.insert(a + b);
            run = std::move(next);
            continue;
        }
        allExact = false;
        consider(asCover(Info::exact(run)));
        if (item.kind == Info::Kind::Exact) {
            run = item.strings;
        } else {
            consider(item);
            run = {std::string()};
        }
    }
    if (allExact)
        return Info::exact(run);
    consider(asCover(Info::exact(run)));
    return best;
}

Info alternate(const std::vector<Info> &branches)
{
    std::set<std::string> all;
    bool allExact = true;
    for (const Info &b : branches) {
        allExact = allExact && b.kind == Info::Kind::Exact;
        all.insert(b.strings.begin(), b.strings.end());
    }
    if (allExact && all.size() <= kMaxExact)
        return Info::exact(all);
    std::set<std::string> cover;
    for (const Info &b : branches) {
        const Info c = asCover(b);
        if (c.kind == Info::Kind::Any)
            return Info::any();
        cover.insert(c.strings.begin(), c.strings.end());
    }
    return asCover(Info::exact(cover));
}

class Reader
{
public:
    explicit Reader(const QString &p) : m_p(p) {}

    std::optional<Info> run()
    {
        Info info = alternation();
        if (m_failed || m_i != m_p.size())
            return std::nullopt;
        return info;
    }

private:
    QChar at(qsizetype k) const { return k < m_p.size() ? m_p.at(k) : QChar(); }

    Info alternation()
    {
        std::vector<Info> branches{sequence()};
        while (!m_failed && at(m_i) == u'|') {
            ++m_i;
            branches.push_back(sequence());
        }
        return branches.size() == 1 ? branches.front() : alternate(branches);
    }

    Info sequence()
    {
        std::vector<Info> items;
        while (!m_failed && m_i < m_p.size() && at(m_i) != u'|' && at(m_i) != u')')
            items.push_back(quantified(atom()));
        return concatenate(items);
    }

    // Reads "{n}", "{n,}" or "{n,m}" at m_i; false (nothing read) for a literal '{'.
    bool bounds(int &min, int &max)
    {
        qsizetype k = m_i + 1;
        const auto number = [&](int &value) {
            const qsizetype from = k;
            while (at(k).isDigit())
                ++k;
            value = k > from ? QStringView(m_p).mid(from, k - from).toInt() : -1;
            return k > from;
        };
        if (!number(min))
            return false;
        max = min;
        if (at(k) == u',') {
            ++k;
            if (!number(max))
                max = -1;
        }
        if (at(k) != u'}')
            return false;
        m_i = k + 1;
        return true;
    }

    Info quantified(Info info)
    {
        for (;;) {
            const QChar c = at(m_i);
            int min = 0;
            int max = 0;
            if (c == u'*') {
                ++m_i;
                min = 0, max = -1;
            } else if (c == u'+') {
                ++m_i;
                min = 1, max = -1;
            } else if (c == u'?') {
                ++m_i;
                min = 0, max = 1;
            } else if (c == u'{' && bounds(min, max)) {
            } else {
                return info;
            }
            if (at(m_i) == u'?' || at(m_i) == u'+')
                ++m_i; // lazy or possessive: the same strings
            if (min == 0 && max == 1 && info.kind == Info::Kind::Exact) {
                info.strings.insert(std::string());
            } else if (min == 0) {
                info = Info::any();
            } else if (info.kind == Info::Kind::Exact && min == max && min <= 4) {
                std::vector<Info> copies(std::size_t(min), info);
                info = concatenate(copies);
            } else {
                info = asCover(info); // at least one copy
            }
        }
    }

    static Info character(char32_t c)
    {
        if (c >= 0x80 && c < 0xd800 && uncased(c))
            return Info::exact({QString(QChar(char16_t(c))).toUtf8().toStdString()});
        if (c >= 0x80 || c == u'\n' || c == 0)
            return Info::any(); // one code point in some case form, or never inside a line
        return Info::exact({std::string(1, char(c >= u'A' && c <= u'Z' ? c + 32 : c))});
    }

    // A symbol or punctuation mark outside ASCII ("×", "─", "▶" of uv's and pip's error boxes)
    // has one form in every case, so its UTF-8 bytes are a literal like an ASCII letter's.
    static bool uncased(char32_t c)
    {
        const QChar ch{char16_t(c)};
        return (ch.isSymbol() || ch.isPunct()) && ch.toCaseFolded() == ch && ch.toUpper() == ch;
    }

    Info atom()
    {
        const QChar c = at(m_i);
        switch (c.unicode()) {
        case u'(':
            return group();
        case u'[':
            return characterClass();
        case u'.':
            ++m_i;
            return Info::any();
        case u'^':
            ++m_i; // a line start follows a '\n', except at the start of the scanned bytes
            return Info::exact({std::string(1, '\n')});
        case u'$':
            ++m_i;
            return Info::empty();
        case u'\\':
            return escape();
        case u'*':
        case u'+':
        case u'?':
            m_failed = true; // a quantifier with nothing to repeat
            return Info::any();
        default:
            break;
        }
        ++m_i;
        if (c.isHighSurrogate() && at(m_i).isLowSurrogate())
            ++m_i;
        return character(c.unicode());
    }

    Info group()
    {
        ++m_i;
        bool look = false;
        const QStringView rest = QStringView(m_p).mid(m_i);
        if (rest.startsWith(u"?#")) {
            const qsizetype close = m_p.indexOf(u')', m_i);
            if (close < 0) {
                m_failed = true;
                return Info::any();
            }
            m_i = close + 1;
            return Info::empty();
        }
        if (rest.startsWith(u"?:") || rest.startsWith(u"?>") || rest.startsWith(u"?|")) {
            m_i += 2;
        } else if (rest.startsWith(u"?=") || rest.startsWith(u"?!")) {
            m_i += 2;
            look = true;
        } else if (rest.startsWith(u"?<=") || rest.startsWith(u"?<!")) {
            m_i += 3;
            look = true;
        } else if (rest.startsWith(u"?<") || rest.startsWith(u"?P<") || rest.startsWith(u"?'")) {
            const QChar close = rest.startsWith(u"?'") ? u'\'' : u'>';
            const qsizetype end = m_p.indexOf(close, m_i + 2);
            if (end < 0) {
                m_failed = true;
                return Info::any();
            }
            m_i = end + 1;
        } else if (rest.startsWith(u"?") || rest.startsWith(u"*")) {
            m_failed = true; // options, recursion, verbs: not read here
            return Info::any();
        }
        Info inner = alternation();
        if (at(m_i) != u')') {
            m_failed = true;
            return Info::any();
        }
        ++m_i;
        return look ? Info::empty() : inner;
    }

    Info characterClass()
    {
        qsizetype k = m_i + 1;
        const bool negated = at(k) == u'^';
        if (negated)
            ++k;
        std::set<std::string> members;
        bool simple = !negated;
        bool first = true;
        while (k < m_p.size() && (m_p.at(k) != u']' || first)) {
            first = false;
            QChar c = m_p.at(k);
            if (c == u'[' && at(k + 1) == u':') {
                const qsizetype close = m_p.indexOf(QStringLiteral(":]"), k + 2);
                if (close < 0) {
                    m_failed = true;
                    return Info::any();
                }
                simple = false;
                k = close + 2;
                continue;
            }
            if (c == u'\\') {
                c = at(k + 1);
                k += 2;
                if (c.isLetterOrNumber()) {
                    simple = false; // \d, \s, \x41, ...: not a single plain character
                    if ((c == u'x' || c == u'p' || c == u'P' || c == u'o') && at(k) == u'{') {
                        const qsizetype close = m_p.indexOf(u'}', k);
                        if (close < 0) {
                            m_failed = true;
                            return Info::any();
                        }
                        k = close + 1;
                    }
                    continue;
                }
            } else {
                ++k;
            }
            if (at(k) == u'-' && at(k + 1) != u']' && k + 1 < m_p.size())
                simple = false; // a range
            if (c.unicode() >= 0x80 || c.isNull())
                simple = false;
            else
                members.insert(*character(c.unicode()).strings.begin());
        }
        if (k >= m_p.size()) {
            m_failed = true;
            return Info::any();
        }
        m_i = k + 1;
        if (!simple || members.empty() || members.size() > 6)
            return Info::any();
        return Info::exact(members);
    }

    Info escape()
    {
        const QChar e = at(m_i + 1);
        if (e.isNull()) {
            m_failed = true;
            return Info::any();
        }
        m_i += 2;
        switch (e.unicode()) {
        case u'b':
        case u'B':
        case u'A':
        case u'z':
        case u'Z':
        case u'G':
        case u'K':
        case u'E':
            return Info::empty();
        case u'Q': {
            std::vector<Info> items;
            while (m_i < m_p.size() && !(m_p.at(m_i) == u'\\' && at(m_i + 1) == u'E'))
                items.push_back(character(m_p.at(m_i++).unicode()));
            if (m_i < m_p.size())
                m_i += 2;
            return concatenate(items);
        }
        case u'x':
        case u'o':
        case u'p':
        case u'P':
        case u'g':
        case u'k':
        case u'N':
            if (at(m_i) == u'{' || ((e == u'g' || e == u'k') && (at(m_i) == u'<' || at(m_i) == u'\''))) {
                const QChar open = at(m_i);
                const qsizetype close = m_p.indexOf(open == u'{' ? u'}' : open == u'<' ? u'>' : u'\'', m_i + 1);
                if (close < 0) {
                    m_failed = true;
                    return Info::any();
                }
                m_i = close + 1;
            } else if (e == u'x') {
                for (int d = 0; d < 2 && (at(m_i).isDigit() || QStringLiteral("abcdefABCDEF").contains(at(m_i))); ++d)
                    ++m_i;
            } else if (e == u'p' || e == u'P') {
                ++m_i;
            }
            return Info::any();
        case u'c':
            ++m_i;
            return Info::any();
        default:
            break;
        }
        if (e.isLetterOrNumber())
            return Info::any(); // a class (\d \w \s ...), a control character or a back-reference
        return character(e.unicode());
    }

    const QString &m_p;
    qsizetype m_i = 0;
    bool m_failed = false;
};

} // namespace

QList<QByteArray> literalFactors(const QString &pattern)
{
    const std::optional<Info> info = Reader(pattern).run();
    if (!info)
        return {};
    const Info cover = asCover(*info);
    if (cover.kind == Info::Kind::Any || cover.strings.size() > kMaxFactors || shortest(cover) < kMinFactor)
        return {};
    QList<QByteArray> out;
    for (const std::string &s : cover.strings)
        out.append(QByteArray::fromStdString(s));
    return out;
}

} // namespace dlstack::log
