// SPDX-License-Identifier: GPL-3.0-or-later
// collectLineStarts: the offsets where lines begin in a block of a log, found 64 bytes at a
// time with SSE2 compares (every x86-64 CPU has them) and a bit scan over the newline mask,
// instead of one memchr call per line. `atLineStart` carries the state from one block to the
// next: whether the byte before the block was a '\n' (or the block starts the file).
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dlstack::log {

inline void collectLineStarts(const char *data, std::size_t size, qint64 offset, bool &atLineStart,
                              std::vector<qint64> &starts)
{
    if (size == 0)
        return;
    if (atLineStart)
        starts.push_back(offset);
    std::size_t i = 0;
    // A '\n' at position p starts a line at p + 1, which the next block reports through
    // atLineStart when p is the last byte of this one.
    auto newlineAt = [&](std::size_t p) {
        if (p + 1 < size)
            starts.push_back(offset + qint64(p) + 1);
    };
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n');
    for (; i + 64 <= size; i += 64) {
        const auto *at = reinterpret_cast<const __m128i *>(data + i);
        const std::uint64_t m0 = std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(at), newline)));
        const std::uint64_t m1 = std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(at + 1), newline)));
        const std::uint64_t m2 = std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(at + 2), newline)));
        const std::uint64_t m3 = std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(at + 3), newline)));
        std::uint64_t mask = m0 | (m1 << 16) | (m2 << 32) | (m3 << 48);
        while (mask) {
            newlineAt(i + std::size_t(__builtin_ctzll(mask)));
            mask &= mask - 1;
        }
    }
#endif
    for (; i < size; ++i) {
        const void *nl = std::memchr(data + i, '\n', size - i);
        if (!nl)
            break;
        i = std::size_t(static_cast<const char *>(nl) - data);
        newlineAt(i);
    }
    atLineStart = data[size - 1] == '\n';
}

} // namespace dlstack::log
