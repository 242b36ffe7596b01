// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the plan reader: located JSON parsing and plan validation.
// seeds: plan
#include "core/plan/planjson.h"
#include "core/plan/planloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)dlstack::plan::parseLocatedJson(bytes);
    (void)dlstack::plan::loadPlan(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
