// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes reading the verify stage's report back from a log (plan::readVerifyReport) and
// saying it in sentences.
// seeds: device-h100/apex-2026-12-02
#include "core/plan/verifyreport.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto report =
        plan::readVerifyReport(QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (report.ok())
        (void)plan::verifySummary(report.value());
    return 0;
}
