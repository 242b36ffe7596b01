// SPDX-License-Identifier: GPL-3.0-or-later
// SafeExtractor: unpacks tar (plain, gz, bz2, xz, zst) and zip archives into a directory,
// refusing anything that could write outside it: absolute member paths, "..", members
// written through a symbolic link, links (hard or symbolic) whose target, resolved against
// what is already unpacked, leads out, device nodes and FIFOs. Once all is unpacked every
// link is resolved again (a later member can change where an earlier link leads). It also
// refuses archive bombs: more entries, more bytes (sparse files by their apparent size) or a
// higher unpacked/packed ratio than its Limits. The destination may lie below symlinked
// directories. Blocks the calling thread; on error the half-written directory is left for
// the caller to remove.
#pragma once

#include "core/support/error.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace dlstack::archive {

class SafeExtractor
{
public:
    using Progress = std::function<void(qint64 bytesRead, qint64 archiveSize)>;

    // The extract step's "max_entries", "max_bytes" and "max_ratio". The defaults lie far
    // above real toolkits and source trees (a CUDA 12 toolkit: some 10,000 files, 7 GiB, a
    // ratio under 10; the LLVM sources: 150,000 files) and far below what fills a disk.
    struct Limits
    {
        qint64 entries = 1'000'000;
        qint64 bytes = qint64(64) << 30;
        double ratio = 200;
    };
    // The ratio counts only past this many unpacked bytes: a small archive of text may
    // shrink a hundredfold and still harms nobody.
    static constexpr qint64 kRatioFloor = qint64(1) << 30;

    SafeExtractor() = default;
    explicit SafeExtractor(Limits limits) : m_limits(limits) {}

    std::optional<support::Error> extract(const QString &archivePath, const QString &destination, int strip,
                                          const Progress &progress, const std::atomic_bool *cancel) const;

private:
    Limits m_limits;
};

} // namespace dlstack::archive
