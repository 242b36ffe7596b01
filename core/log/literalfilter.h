// SPDX-License-Identifier: GPL-3.0-or-later
// LiteralFilter: a cheap pre-check that lets the diagnoser skip almost every regular expression
// on almost every line. For each pattern it extracts literal text that any match must contain
// (one literal per top-level alternative, ASCII, case-folded); a line is scanned once for all
// literals with a 3-byte hash table. A pattern without a usable literal is always "possible".
// Immutable after construction; thread-safe to use.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dlstack::log {

// Literals of which a match of pattern must contain at least one, lower-cased; nullopt when
// some alternative has no literal of 3 or more bytes. "nvcc fatal\\s+: (a|b)" -> {"nvcc fatal"}.
std::optional<QList<QByteArray>> requiredLiterals(const QString &pattern);

class LiteralFilter
{
public:
    explicit LiteralFilter(const QStringList &patterns);

    // possible[i] is set for every pattern i that may match lowerLine (ASCII lower-cased).
    void scan(const QByteArray &lowerLine, std::vector<char> &possible) const;
    int patternCount() const { return int(m_patternLiterals.size()); }
    int unfilteredCount() const; // patterns that are always tried

private:
    static std::uint32_t hash3(const char *p);
    std::vector<QByteArray> m_literals;
    std::vector<std::vector<int>> m_patternLiterals; // empty: always possible
    std::vector<std::vector<int>> m_literalPatterns;
    std::vector<std::uint64_t> m_bitmap;      // 65536 bits
    std::vector<std::uint32_t> m_bucketStart; // into m_bucketItems, by hash
    std::vector<int> m_bucketItems;
};

} // namespace dlstack::log
