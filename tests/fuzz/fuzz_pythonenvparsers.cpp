// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Python environment file parsers (pyvenv.cfg, torch/version.py, dist-info names, METADATA).
// seeds: probe/collect-env
#include "core/probe/pythonenvparsers.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe::pythonenvparsers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)parsePyvenvCfg(text);
    (void)parseTorchVersionPy(text);
    if (const auto d = parseDistributionDir(text))
        (void)isRelevantPackage(d->name);
    (void)metadataVersion(text);
    (void)versionFromLibDirName(text);
    return 0;
}
