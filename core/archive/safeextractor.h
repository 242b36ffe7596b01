// SPDX-License-Identifier: GPL-3.0-or-later
// SafeExtractor: unpacks tar (plain, gz, bz2, xz, zst) and zip archives into a directory
// that must not exist yet, refusing anything that could write outside it: absolute
// member paths, "..", hard or symbolic links pointing out of it, members written through
// an earlier symlink, device nodes and FIFOs. Blocks the calling thread; on error the
// half-written directory is left for the caller to remove.
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

    std::optional<support::Error> extract(const QString &archivePath, const QString &destination, int strip,
                                          const Progress &progress, const std::atomic_bool *cancel) const;
};

} // namespace dlstack::archive
