// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/lineindex.h"

#include <algorithm>

namespace dlstack::log {

namespace {

constexpr std::uint32_t kChunkLines = 4096;
constexpr std::uint32_t kGroupLines = 64;

void putVarint(std::vector<std::uint8_t> &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(std::uint8_t(value | 0x80));
        value >>= 7;
    }
    out.push_back(std::uint8_t(value));
}

std::uint64_t getVarint(const std::uint8_t *&p)
{
    std::uint64_t value = 0;
    int shift = 0;
    for (;;) {
        const std::uint8_t byte = *p++;
        value |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
        shift += 7;
    }
}

} // namespace

void LineIndex::append(const std::vector<qint64> &starts)
{
    for (const qint64 start : starts) {
        if (m_chunks.empty() || m_chunks.back().lines >= kChunkLines ||
            start - m_chunks.back().base > qint64(UINT32_MAX)) {
            if (!m_chunks.empty()) { // a full chunk keeps no spare capacity
                m_chunks.back().deltas.shrink_to_fit();
                m_chunks.back().groupStart.shrink_to_fit();
                m_chunks.back().groupByte.shrink_to_fit();
            }
            Chunk chunk;
            chunk.firstLine = m_lineCount;
            chunk.base = start;
            chunk.lastStart = start;
            chunk.groupStart.reserve(kChunkLines / kGroupLines);
            chunk.groupByte.reserve(kChunkLines / kGroupLines);
            m_chunks.push_back(std::move(chunk));
        }
        Chunk &chunk = m_chunks.back();
        if (chunk.lines % kGroupLines == 0) {
            chunk.groupStart.push_back(std::uint32_t(start - chunk.base));
            chunk.groupByte.push_back(std::uint32_t(chunk.deltas.size()));
        } else {
            putVarint(chunk.deltas, std::uint64_t(start - chunk.lastStart));
        }
        chunk.lastStart = start;
        ++chunk.lines;
        ++m_lineCount;
    }
}

const LineIndex::Chunk &LineIndex::chunkOf(qint64 line) const
{
    const auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), line,
                                     [](qint64 l, const Chunk &c) { return l < c.firstLine; });
    return *(it - 1);
}

qint64 LineIndex::start(qint64 line) const
{
    const Chunk &chunk = chunkOf(line);
    const auto k = std::uint32_t(line - chunk.firstLine);
    const std::uint32_t group = k / kGroupLines;
    qint64 pos = chunk.base + chunk.groupStart[group];
    const std::uint8_t *p = chunk.deltas.data() + chunk.groupByte[group];
    for (std::uint32_t i = 0; i < k % kGroupLines; ++i)
        pos += qint64(getVarint(p));
    return pos;
}

void LineIndex::starts(qint64 first, qint64 n, std::vector<qint64> &out) const
{
    if (n <= 0)
        return;
    auto chunk = std::upper_bound(m_chunks.begin(), m_chunks.end(), first,
                                  [](qint64 l, const Chunk &c) { return l < c.firstLine; }) -
                 1;
    auto k = std::uint32_t(first - chunk->firstLine);
    // Position on the first line: its group's start, then the deltas up to it.
    qint64 pos = chunk->base + chunk->groupStart[k / kGroupLines];
    const std::uint8_t *p = chunk->deltas.data() + chunk->groupByte[k / kGroupLines];
    for (std::uint32_t i = 0; i < k % kGroupLines; ++i)
        pos += qint64(getVarint(p));
    out.push_back(pos);
    for (qint64 i = 1; i < n; ++i) {
        if (++k == chunk->lines) {
            ++chunk;
            k = 0;
        }
        if (k % kGroupLines == 0) {
            pos = chunk->base + chunk->groupStart[k / kGroupLines];
            p = chunk->deltas.data() + chunk->groupByte[k / kGroupLines];
        } else {
            pos += qint64(getVarint(p));
        }
        out.push_back(pos);
    }
}

qint64 LineIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_chunks.capacity() * sizeof(Chunk));
    for (const Chunk &c : m_chunks)
        bytes +=
            qint64(c.deltas.capacity() + (c.groupStart.capacity() + c.groupByte.capacity()) * sizeof(std::uint32_t));
    return bytes;
}

} // namespace dlstack::log
