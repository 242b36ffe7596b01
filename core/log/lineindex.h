// SPDX-License-Identifier: GPL-3.0-or-later
// LineIndex: where each line of a log starts, in about 1.5 bytes per line. Lines are kept in
// chunks of 4096 (a 64-bit base each); inside a chunk every 64th line has a 32-bit offset
// from the base and the others only the distance from the line before, as a varint (one
// byte for lines under 128 bytes, two under 16 KiB). Finding a start decodes at most 63
// varints; reading consecutive lines decodes each once. Not thread-safe: LogFile locks.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace dlstack::log {

class LineIndex
{
public:
    void append(const std::vector<qint64> &starts); // increasing, after every start already held
    qint64 lineCount() const { return m_lineCount; }
    qint64 start(qint64 line) const; // 0 <= line < lineCount()
    // Starts of lines [first, first + n), appended to out.
    void starts(qint64 first, qint64 n, std::vector<qint64> &out) const;
    qint64 memoryBytes() const;

private:
    struct Chunk
    {
        qint64 firstLine = 0;
        qint64 base = 0;      // start of firstLine
        qint64 lastStart = 0; // start of the chunk's newest line
        std::uint32_t lines = 0;
        std::vector<std::uint32_t> groupStart; // per 64 lines: start of its first line - base
        std::vector<std::uint32_t> groupByte;  // per 64 lines: where its deltas begin in `deltas`
        std::vector<std::uint8_t> deltas;      // varint distances to the previous line's start
    };
    const Chunk &chunkOf(qint64 line) const;

    std::vector<Chunk> m_chunks;
    qint64 m_lineCount = 0;
};

} // namespace dlstack::log
