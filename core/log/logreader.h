// SPDX-License-Identifier: GPL-3.0-or-later
// LogReader: streams the bytes of a log someone sent: a plain file, a .gz or .xz (or any
// compression libarchive knows, detected from the content, not the name), or standard input
// ("-"). Memory stays bounded whatever the size. A truncated or corrupt compressed file ends
// with an Error that says so, after the bytes that could be read were delivered.
#pragma once

#include "core/support/error.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace dlstack::log {

class LogReader
{
public:
    // Calls sink(bytes) for successive blocks; sink returns false to stop early.
    static std::optional<support::Error> read(const QString &path, const std::function<bool(QByteArrayView)> &sink);
    // Copies a (possibly compressed) log to a plain file, for viewers that need random access.
    static std::optional<support::Error> decompressTo(const QString &path, const QString &target);
};

} // namespace dlstack::log
