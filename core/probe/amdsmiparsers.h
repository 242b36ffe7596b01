// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parsers for the AMD outputs that name GPUs beside rocminfo and the concise rocm-smi
// table: `rocm-smi --showallinfo --json` (ROCm 4.3-6.x, one "cardN" object per GPU),
// `amd-smi static` (ROCm 6-7, "GPU: N" blocks), `rocm-smi -i` / `-a` ("GPU[N] : key: value"
// lines) and the `amd-smi version` line with the ROCm version.
//   "card0": {"Card series": "Navi 22 [Radeon RX 6700/6700 XT / 6800M]", "GFX Version": "gfx1031"
//   GPU: 0 / ASIC: / MARKET_NAME: AMD Instinct MI350X / TARGET_GRAPHICS_VERSION: gfx950
//   GPU[0]		: Device Name: 		AMD Instinct MI300X
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::amdsmi {

struct AmdGpu
{
    QString name; // marketing name; empty when the tool printed only ids ("0x1002")
    qint64 memoryMib = 0;
    QString pciBusId;  // "0000:07:00.0"
    QString gfxTarget; // "gfx1031"
};

struct AmdReport
{
    QList<AmdGpu> gpus;
    QString rocmVersion; // from "ROCm version: 6.4.1" (amd-smi version), else empty
};

bool looksLikeRocmSmiJson(const QString &text);
AmdReport parseRocmSmiJson(const QString &text);

bool looksLikeAmdSmiStatic(const QString &text);
AmdReport parseAmdSmiStatic(const QString &text);
// amd-smi without arguments (26.x): the boxed table of GPUs with BDF and name, and the
// ROCm version of its banner.
bool looksLikeAmdSmiTable(const QString &text);
AmdReport parseAmdSmiTable(const QString &text);
// `amd-smi version`: one line "AMDSMI Tool: 26.2.0+021c61fc | AMDSMI Library version: 26.2.0 |
// ROCm version: 7.1.1 | ..."; no GPUs, the ROCm version only.
bool looksLikeAmdSmiVersion(const QString &text);
AmdReport parseAmdSmiVersion(const QString &text);

// rocm-smi's key/value form: `rocm-smi -i`, `-a`, `--showproductname` (GPU[N] lines).
bool looksLikeRocmSmiKeyValue(const QString &text);
AmdReport parseRocmSmiKeyValue(const QString &text);

SystemProfile toProfile(const AmdReport &report, const QString &source);

} // namespace dlstack::probe::amdsmi
