// SPDX-License-Identifier: GPL-3.0-or-later
// VerifyReport: what the verify stage found (resources/scripts/verify_torch.py prints one JSON
// report, recipes/verifyrecipe.cpp runs it), read back from the stage's log, so that Finish
// and `dlstack status` can say in words what was checked instead of showing raw JSON.
#pragma once

#include "core/support/error.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <optional>

namespace dlstack::plan {

struct VerifyReport
{
    bool ok = false;
    QString torch;     // torch.__version__, local part kept ("2.11.0+cu130")
    QString python;    // "3.12.3"
    QString cudaBuild; // torch.version.cuda, empty for a build without CUDA
    QString hipBuild;  // torch.version.hip, empty without HIP
    bool xpuBuild = false;
    QStringList devices;      // the GPUs torch sees, by name
    QList<bool> matmulOk;     // per device: a matmul on it equals the CPU's
    std::optional<bool> cpp;  // a C++ extension built with torch.utils.cpp_extension ran
    std::optional<bool> cuda; // its CUDA kernel ran on the GPU
    QStringList companions;   // "torchvision 0.26.0", in the report's order
    QString apexRef;          // the Apex tag the plan checked out, when Apex was verified
    std::optional<bool> apexFusedLayerNorm;
    std::optional<bool> apexDdp;
    QString torchTensorrt, tensorrt; // versions, when TensorRT was verified
    std::optional<bool> tensorrtEngine;
    QStringList problems; // the script's own sentences
};

// The last report in a verify stage's log: the engine's stage log, or `dlstack install`'s
// output where each line carries a "[stage] " prefix. An error when the log holds no report
// (the stage did not get that far) or the report is not the script's JSON.
support::Result<VerifyReport> readVerifyReport(QByteArrayView log);

// One sentence per check, in the user's language: what works, what does not.
QStringList verifySummary(const VerifyReport &report);

} // namespace dlstack::plan
