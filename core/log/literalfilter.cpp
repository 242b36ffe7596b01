// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/literalfilter.h"

#include <algorithm>
#include <cstring>

namespace dlstack::log {

namespace {

constexpr int kMinLiteral = 3;

// Index after the ')' closing the group that opens at i (or the end).
qsizetype skipGroup(const QString &p, qsizetype i)
{
    int depth = 0;
    bool inClass = false;
    for (; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\') {
            ++i;
        } else if (inClass) {
            if (c == u']')
                inClass = false;
        } else if (c == u'[') {
            inClass = true;
            if (i + 1 < p.size() && p.at(i + 1) == u'^')
                ++i;
            if (i + 1 < p.size() && p.at(i + 1) == u']')
                ++i;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return p.size();
}

qsizetype skipClass(const QString &p, qsizetype i)
{
    ++i;
    if (i < p.size() && p.at(i) == u'^')
        ++i;
    if (i < p.size() && p.at(i) == u']')
        ++i;
    for (; i < p.size(); ++i) {
        if (p.at(i) == u'\\')
            ++i;
        else if (p.at(i) == u']')
            return i + 1;
    }
    return p.size();
}

QList<QString> topLevelAlternatives(const QString &p)
{
    QList<QString> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p.at(i);
        if (c == u'\\') {
            i += 2;
        } else if (c == u'[') {
            i = skipClass(p, i);
        } else if (c == u'(') {
            i = skipGroup(p, i);
        } else if (c == u'|') {
            parts.append(p.mid(start, i - start));
            start = ++i;
        } else {
            ++i;
        }
    }
    parts.append(p.mid(start));
    return parts;
}

QByteArray longestLiteral(const QString &branch)
{
    QByteArray best;
    QByteArray run;
    const auto flush = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    for (qsizetype i = 0; i < branch.size();) {
        const QChar c = branch.at(i);
        int literal = -1; // the byte this atom matches, or -1
        qsizetype next = i + 1;
        if (c == u'\\') {
            if (i + 1 >= branch.size())
                break;
            const QChar e = branch.at(i + 1);
            next = i + 2;
            if (!e.isLetterOrNumber() && e.unicode() < 0x80)
                literal = e.unicode();
        } else if (c == u'[') {
            next = skipClass(branch, i);
        } else if (c == u'(') {
            next = skipGroup(branch, i);
        } else if (c == u'.' || c == u'^' || c == u'$' || c == u'*' || c == u'+' || c == u'?' || c == u'{'
                   || c == u'|' || c == u')') {
            literal = -1;
        } else if (c.unicode() < 0x80) {
            literal = c.unicode();
        }
        // A quantifier after the atom: optional atoms break the run, '+' ends it after the atom.
        bool optional = false;
        bool repeated = false;
        if (next < branch.size()) {
            const QChar q = branch.at(next);
            if (q == u'*' || q == u'?') {
                optional = true;
                ++next;
            } else if (q == u'{') {
                optional = true;
                while (next < branch.size() && branch.at(next) != u'}')
                    ++next;
                ++next;
            } else if (q == u'+') {
                repeated = true;
                ++next;
            }
            if (next < branch.size() && (optional || repeated) && (branch.at(next) == u'?' || branch.at(next) == u'+'))
                ++next; // lazy or possessive marker
        }
        if (literal < 0 || optional) {
            flush();
        } else {
            char byte = char(literal);
            if (byte >= 'A' && byte <= 'Z')
                byte = char(byte + 32);
            run.append(byte);
            if (repeated)
                flush();
        }
        i = next;
    }
    flush();
    return best;
}

} // namespace

std::optional<QList<QByteArray>> requiredLiterals(const QString &pattern)
{
    QList<QByteArray> literals;
    for (const QString &branch : topLevelAlternatives(pattern)) {
        const QByteArray literal = longestLiteral(branch);
        if (literal.size() < kMinLiteral)
            return std::nullopt;
        literals.append(literal);
    }
    return literals;
}

std::uint32_t LiteralFilter::hash3(const char *p)
{
    const auto b = [p](int k) { return std::uint32_t(static_cast<unsigned char>(p[k])); };
    return ((b(0) * 0x9E37u) ^ (b(1) * 0x85EBu) ^ (b(2) * 0xC2B3u) ^ (b(0) << 8)) & 0xffffu;
}

LiteralFilter::LiteralFilter(const QStringList &patterns)
{
    for (const QString &pattern : patterns) {
        std::vector<int> mine;
        if (const auto literals = requiredLiterals(pattern)) {
            for (const QByteArray &literal : *literals) {
                auto it = std::find(m_literals.begin(), m_literals.end(), literal);
                int index = int(it - m_literals.begin());
                if (it == m_literals.end()) {
                    m_literals.push_back(literal);
                    m_literalPatterns.emplace_back();
                }
                m_literalPatterns[std::size_t(index)].push_back(int(m_patternLiterals.size()));
                mine.push_back(index);
            }
        }
        m_patternLiterals.push_back(std::move(mine));
    }
    m_bitmap.assign(65536 / 64, 0);
    std::vector<std::pair<std::uint32_t, int>> byHash;
    for (std::size_t i = 0; i < m_literals.size(); ++i) {
        const std::uint32_t h = hash3(m_literals[i].constData());
        byHash.emplace_back(h, int(i));
        m_bitmap[h / 64] |= std::uint64_t(1) << (h % 64);
    }
    std::sort(byHash.begin(), byHash.end());
    m_bucketStart.assign(65537, 0);
    for (const auto &[h, index] : byHash) {
        ++m_bucketStart[h + 1];
        m_bucketItems.push_back(index);
    }
    for (std::size_t h = 1; h < m_bucketStart.size(); ++h)
        m_bucketStart[h] += m_bucketStart[h - 1];
}

int LiteralFilter::unfilteredCount() const
{
    return int(std::count_if(m_patternLiterals.begin(), m_patternLiterals.end(), [](const auto &l) { return l.empty(); }));
}

void LiteralFilter::scan(const QByteArray &lowerLine, std::vector<char> &possible) const
{
    possible.assign(m_patternLiterals.size(), 0);
    for (std::size_t i = 0; i < m_patternLiterals.size(); ++i)
        if (m_patternLiterals[i].empty())
            possible[i] = 1;
    const char *s = lowerLine.constData();
    const qsizetype n = lowerLine.size();
    for (qsizetype p = 0; p + kMinLiteral <= n; ++p) {
        const std::uint32_t h = hash3(s + p);
        if (!(m_bitmap[h / 64] & (std::uint64_t(1) << (h % 64))))
            continue;
        for (std::uint32_t k = m_bucketStart[h]; k < m_bucketStart[h + 1]; ++k) {
            const QByteArray &literal = m_literals[std::size_t(m_bucketItems[k])];
            if (literal.size() <= n - p && std::memcmp(literal.constData(), s + p, std::size_t(literal.size())) == 0)
                for (const int pattern : m_literalPatterns[std::size_t(m_bucketItems[k])])
                    possible[std::size_t(pattern)] = 1;
        }
    }
}

} // namespace dlstack::log
