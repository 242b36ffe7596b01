// SPDX-License-Identifier: GPL-3.0-or-later
// Parser for `python -m torch.utils.collect_env`, the report PyTorch asks for in every bug
// report. Its lines changed over the years; all of these are read:
//   PyTorch version: 2.1.0+cu121            CUDA used to build PyTorch: 12.1 | 9.0.176 | N/A
//   ROCM used to build PyTorch: 6.3.42131-fa1d09cbd   HIP runtime version: 6.3.42131
//   OS: Ubuntu 22.04.3 LTS (x86_64)         GCC version: (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0
//   GPU models and configuration: GPU 0: ...  (or one "GPU n: name" per following line)
//   cuDNN version: Could not collect | 8.9.2 | Probably one of the following: <library paths>
//   Is CUDA available: Yes | No | True | False | N/A
// "CUDA runtime version" is what nvcc on PATH reports, so it becomes a toolkit entry.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::collectenv {

bool looksLike(const QString &text);
SystemProfile parse(const QString &text, const QString &source);

// "Ubuntu 18.04.2 LTS (x86_64)" -> {"ubuntu", "18.04"}; "Red Hat Enterprise Linux Server 7.6 (Maipo)" -> {"rhel",
// "7.6"}
struct OsName
{
    QString id;
    QString version;
    QString arch;
};
OsName parseOsName(const QString &text);

} // namespace dlstack::probe::collectenv
