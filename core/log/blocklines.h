// SPDX-License-Identifier: GPL-3.0-or-later
// BlockLines: one pass over a block of complete log lines ("a\nb\nc": lines joined by '\n', the
// last one ending at the block's end) that finds, 64 bytes at a time with SSE2 compares, how
// many lines it has, which line any offset is on (a newline count per 64 bytes), and which
// lines need a scan of their own: those TextCleaner would change (an ESC for colour codes, a
// '\r' for CRLF and progress bars, longer than the cap) and those with other control bytes
// (NUL and the like, where block scans miss matches). Everything else may be matched as raw bytes.
// Holds a view of the block: the bytes must outlive it. Not thread-safe; reused between blocks.
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace dlstack::log {

class BlockLines
{
public:
    void map(QByteArrayView block, qsizetype cap);

    qint64 lineCount() const { return m_lineCount; }
    qint64 lineAt(qsizetype offset) const; // 0-based line of the byte at offset (a '\n' ends its line)
    qsizetype lineStart(qsizetype offset) const;
    qsizetype lineEnd(qsizetype offset) const; // offset of the '\n' ending the line, or the block's size
    const std::vector<qsizetype> &changedLines() const { return m_changed; } // starts, increasing

private:
    void changed(qsizetype start);

    QByteArrayView m_block;
    qint64 m_lineCount = 0;
    std::vector<std::uint32_t> m_groupLines; // '\n' before each 64-byte group (blocks < 4 GiB)
    std::vector<qsizetype> m_changed;
};

} // namespace dlstack::log
