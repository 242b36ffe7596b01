// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the cuDNN version parsers (header defines, library and wheel names, collect_env values).
// seeds: probe/cudnn-version-h
#include "core/probe/cudnnparser.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)cudnnparser::parseVersionHeader(text);
    (void)cudnnparser::versionFromLibraryName(text);
    (void)cudnnparser::versionFromDistInfo(text);
    (void)cudnnparser::versionFromReport(text);
    (void)cudnnparser::parseHeader(text, QStringLiteral("fuzz"));
    return 0;
}
