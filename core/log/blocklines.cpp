// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/blocklines.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dlstack::log {

void BlockLines::changed(qsizetype start)
{
    if (m_changed.empty() || m_changed.back() != start)
        m_changed.push_back(start);
}

// Built twice, picked at load time by the CPU: the popcount of every group's newline mask is one
// instruction on CPUs of the last fifteen years, a library call on the x86-64 baseline.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v3", "default")))
#endif
void BlockLines::map(QByteArrayView block, qsizetype cap)
{
    m_block = block;
    m_changed.clear();
    m_groupLines.clear();
    m_groupLines.reserve(std::size_t(block.size() / 64 + 1));
    const char *s = block.data();
    const qsizetype n = block.size();
    std::uint32_t lines = 0;
    qsizetype lineStart = 0; // of the line the scan is in
    qsizetype i = 0;
#if defined(__SSE2__)
    // Inside one 64-byte group lines are shorter than the cap; a cap below 64 takes the loop below.
    if (cap >= 64) {
        const __m128i newline = _mm_set1_epi8('\n');
        const __m128i escape = _mm_set1_epi8('\x1b');
        const __m128i cr = _mm_set1_epi8('\r');
        for (; i + 64 <= n; i += 64) {
            m_groupLines.push_back(lines);
            std::uint64_t nl = 0;
            std::uint64_t special = 0;
            for (int k = 0; k < 4; ++k) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + 16 * k));
                nl |= std::uint64_t(std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline)))) << (16 * k);
                // Control bytes other than \t \n \v \f (NUL, ESC, \r, ...): bytes <= 0x08 or
                // 0x0e..0x1f. Vectorscan 5.4.9 misses matches in blocks holding such binary
                // runs (found by fuzz_diagnoser), so their lines are scanned one by one.
                const __m128i low = _mm_cmpeq_epi8(_mm_subs_epu8(v, _mm_set1_epi8(0x08)), _mm_setzero_si128());
                const __m128i mid = _mm_cmpeq_epi8(
                    _mm_subs_epu8(_mm_sub_epi8(v, _mm_set1_epi8(0x0e)), _mm_set1_epi8(0x11)), _mm_setzero_si128());
                special |=
                    std::uint64_t(std::uint32_t(_mm_movemask_epi8(_mm_or_si128(
                        _mm_or_si128(_mm_cmpeq_epi8(v, escape), _mm_cmpeq_epi8(v, cr)), _mm_or_si128(low, mid)))))
                    << (16 * k);
            }
            // The line carried in from before ends at the group's first '\n': too long?
            if (nl && i + __builtin_ctzll(nl) - lineStart > cap)
                changed(lineStart);
            while (special) {
                const int bit = __builtin_ctzll(special);
                const std::uint64_t before = nl & ((std::uint64_t(1) << bit) - 1);
                changed(before ? i + (63 - __builtin_clzll(before)) + 1 : lineStart);
                special &= special - 1;
            }
            if (nl) {
                lines += std::uint32_t(__builtin_popcountll(nl));
                lineStart = i + (63 - __builtin_clzll(nl)) + 1;
            }
        }
    }
#endif
    m_groupLines.push_back(lines); // the group the remaining bytes are in
    for (; i < n; ++i) {
        const char c = s[i];
        if (c == '\n') {
            if (i - lineStart > cap)
                changed(lineStart);
            if ((i + 1) % 64 == 0)
                m_groupLines.push_back(lines + 1);
            ++lines;
            lineStart = i + 1;
            continue;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x08 || (u >= 0x0e && u <= 0x1f) || c == '\r') // ESC (0x1b) included
            changed(lineStart);
        if ((i + 1) % 64 == 0)
            m_groupLines.push_back(lines);
    }
    if (n - lineStart > cap)
        changed(lineStart);
    m_lineCount = qint64(lines) + 1;
}

qint64 BlockLines::lineAt(qsizetype offset) const
{
    const qsizetype group = offset / 64;
    qint64 line = m_groupLines[std::size_t(group)];
    for (qsizetype k = group * 64; k < offset; ++k)
        line += m_block[k] == '\n';
    return line;
}

qsizetype BlockLines::lineStart(qsizetype offset) const
{
    if (offset <= 0)
        return 0;
    const void *nl = memrchr(m_block.data(), '\n', std::size_t(offset));
    return nl ? static_cast<const char *>(nl) - m_block.data() + 1 : 0;
}

qsizetype BlockLines::lineEnd(qsizetype offset) const
{
    const void *nl = std::memchr(m_block.data() + offset, '\n', std::size_t(m_block.size() - offset));
    return nl ? static_cast<const char *>(nl) - m_block.data() : m_block.size();
}

} // namespace dlstack::log
