// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the parser of `python -m torch.utils.collect_env` reports.
// seeds: probe/collect-env
#include "core/probe/collectenvparser.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)collectenv::looksLike(text);
    (void)collectenv::parse(text, QStringLiteral("fuzz"));
    (void)collectenv::parseOsName(text);
    return 0;
}
