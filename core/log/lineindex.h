// SPDX-License-Identifier: GPL-3.0-or-later
// LineIndex: where a log's lines start, in about 0.13 bytes per line. Only the first line of each
// group is kept: a group ends after 64 lines, or earlier at the first line that starts
// kGroupBytes or more past the group's first line. Every other line of a group therefore starts
// less than kGroupBytes after the group, and LogFile finds it by reading that much of the file
// (a group of lines longer than that holds one line each). Groups are kept in chunks of 4096 with
// 32-bit offsets from the chunk's first line and byte. Not thread-safe: LogFile locks.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace dlstack::log {

class LineIndex
{
public:
    static constexpr qint64 kGroupLines = 64;
    static constexpr qint64 kGroupBytes = 16 * 1024;

    // Lines [firstLine, firstLine + lines) start at `start` and after; the next group starts at
    // `end` (-1 for the last group: its lines go on to the end of what is indexed).
    struct Group
    {
        qint64 index = 0;
        qint64 firstLine = 0;
        qint64 lines = 0;
        qint64 start = 0;
        qint64 end = -1;
    };

    void append(const std::vector<qint64> &starts); // increasing, after every start already held
    qint64 lineCount() const { return m_lineCount; }
    qint64 groupCount() const { return m_groupCount; }
    Group groupOf(qint64 line) const; // 0 <= line < lineCount()
    Group group(qint64 index) const;  // 0 <= index < groupCount()
    qint64 memoryBytes() const;

private:
    struct Chunk
    {
        qint64 firstGroup = 0;
        qint64 firstLine = 0;
        qint64 base = 0;                      // start of firstLine
        std::vector<std::uint32_t> groupLine; // per group: its first line - firstLine
        std::vector<std::uint32_t> groupByte; // per group: its first line's start - base
    };
    qint64 groupFirstLine(const Chunk &chunk, std::size_t k) const;
    qint64 groupStart(const Chunk &chunk, std::size_t k) const;

    std::vector<Chunk> m_chunks;
    qint64 m_lineCount = 0;
    qint64 m_groupCount = 0;
    qint64 m_groupStart = -1; // start of the newest group's first line
    qint64 m_groupLines = 0;  // lines in the newest group
};

} // namespace dlstack::log
