// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/lineindex.h"

#include <algorithm>

namespace dlstack::log {

namespace {

constexpr std::size_t kChunkGroups = 4096;

} // namespace

void LineIndex::append(const std::vector<qint64> &starts)
{
    for (const qint64 start : starts) {
        ++m_lineCount;
        if (m_groupStart >= 0 && m_groupLines < kGroupLines && start - m_groupStart < kGroupBytes) {
            ++m_groupLines;
            continue;
        }
        // A new group; a new chunk when the chunk is full or its offsets would not fit.
        if (m_chunks.empty() || m_chunks.back().groupLine.size() >= kChunkGroups ||
            start - m_chunks.back().base > qint64(UINT32_MAX) ||
            m_lineCount - 1 - m_chunks.back().firstLine > qint64(UINT32_MAX)) {
            if (!m_chunks.empty()) { // a full chunk keeps no spare capacity
                m_chunks.back().groupLine.shrink_to_fit();
                m_chunks.back().groupByte.shrink_to_fit();
            }
            Chunk chunk;
            chunk.firstGroup = m_groupCount;
            chunk.firstLine = m_lineCount - 1;
            chunk.base = start;
            m_chunks.push_back(std::move(chunk));
        }
        Chunk &chunk = m_chunks.back();
        chunk.groupLine.push_back(std::uint32_t(m_lineCount - 1 - chunk.firstLine));
        chunk.groupByte.push_back(std::uint32_t(start - chunk.base));
        ++m_groupCount;
        m_groupStart = start;
        m_groupLines = 1;
    }
}

qint64 LineIndex::groupFirstLine(const Chunk &chunk, std::size_t k) const
{
    return chunk.firstLine + qint64(chunk.groupLine[k]);
}

qint64 LineIndex::groupStart(const Chunk &chunk, std::size_t k) const
{
    return chunk.base + qint64(chunk.groupByte[k]);
}

LineIndex::Group LineIndex::group(qint64 index) const
{
    const auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), index,
                                     [](qint64 g, const Chunk &c) { return g < c.firstGroup; }) -
                    1;
    const auto k = std::size_t(index - it->firstGroup);
    Group g;
    g.index = index;
    g.firstLine = groupFirstLine(*it, k);
    g.start = groupStart(*it, k);
    if (index + 1 < m_groupCount) {
        const bool sameChunk = k + 1 < it->groupLine.size();
        const Chunk &next = sameChunk ? *it : *(it + 1);
        const std::size_t nk = sameChunk ? k + 1 : 0;
        g.lines = groupFirstLine(next, nk) - g.firstLine;
        g.end = groupStart(next, nk);
    } else {
        g.lines = m_lineCount - g.firstLine;
    }
    return g;
}

LineIndex::Group LineIndex::groupOf(qint64 line) const
{
    const auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), line,
                                     [](qint64 l, const Chunk &c) { return l < c.firstLine; }) -
                    1;
    const auto offset = std::uint32_t(line - it->firstLine);
    const auto k =
        std::size_t(std::upper_bound(it->groupLine.begin(), it->groupLine.end(), offset) - it->groupLine.begin() - 1);
    return group(it->firstGroup + qint64(k));
}

qint64 LineIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_chunks.capacity() * sizeof(Chunk));
    for (const Chunk &c : m_chunks)
        bytes += qint64((c.groupLine.capacity() + c.groupByte.capacity()) * sizeof(std::uint32_t));
    return bytes;
}

} // namespace dlstack::log
