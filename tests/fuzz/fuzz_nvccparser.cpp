// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CUDA toolkit version parsers (nvcc --version, version.json, version.txt).
// seeds: probe/nvcc
#include "core/probe/nvccparser.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    (void)nvccparser::parseNvccVersion(text);
    (void)nvccparser::parseVersionJson(bytes);
    (void)nvccparser::parseVersionTxt(text);
    (void)nvccparser::parseNvccDistInfoName(text);
    if (nvccparser::looksLikeNvcc(text))
        (void)nvccparser::parseNvcc(text, QStringLiteral("fuzz"));
    return 0;
}
