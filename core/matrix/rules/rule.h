// SPDX-License-Identifier: GPL-3.0-or-later
// The compatibility rules: each a small pure function from the resolved inputs of one
// check (profile, selection, the matrix records they name) to Findings appended to a list.
// checker.cpp resolves RuleInput once and calls every rule in order.
#pragma once

#include "core/matrix/buildjobs.h"
#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/matrix/versioncompare.h"
#include "core/probe/systemprofile.h"

namespace dlstack::matrix::rules {

struct RuleInput
{
    const probe::SystemProfile &profile;
    const Selection &selection;
    const Matrix &matrix;
    Target target = Target::ThisMachine;   // what the profile describes (checker.h)
    const TorchRelease *release = nullptr; // never null when rules run
    const TorchVariant *variant = nullptr; // the wheel (prebuilt route), else null
    const CudaRelease *cuda = nullptr;     // CUDA toolkit/runtime of the selection
    const RocmRelease *rocm = nullptr;
    const probe::PythonEnv *env = nullptr; // the existing environment, when found
    QString python;                        // effective Python "3.11" (may be empty: decided later)
    QList<const probe::Gpu *> nvidiaGpus;
    QList<const probe::Gpu *> amdGpus;
    QList<const probe::Gpu *> intelGpus;
    bool driverNeedsInstall = false; // CUDA chosen, NVIDIA GPU present, driver missing or too old
};

using Findings = QList<Finding>;

void checkBackend(const RuleInput &in, Findings &out);     // GPU present for the backend; CPU-only machines
void checkDriver(const RuleInput &in, Findings &out);      // driver vs CUDA minimum
void checkGpuArch(const RuleInput &in, Findings &out);     // GPU arch vs toolkit sm range and wheel arch list
void checkCompiler(const RuleInput &in, Findings &out);    // host gcc vs nvcc maximum and torch minimum
void checkPython(const RuleInput &in, Findings &out);      // Python vs release range
void checkCompanions(const RuleInput &in, Findings &out);  // torchvision/torchaudio/torchtext pairing
void checkCmake(const RuleInput &in, Findings &out);       // CMake range and pitfalls
void checkNumpy(const RuleInput &in, Findings &out);       // NumPy 2 against older wheels
void checkDistutils(const RuleInput &in, Findings &out);   // Python 3.12 without distutils
void checkResources(const RuleInput &in, Findings &out);   // RAM per job, MAX_JOBS, free disk
void checkRocm(const RuleInput &in, Findings &out);        // ROCm vs gfx target
void checkXpu(const RuleInput &in, Findings &out);         // Intel GPU, Level Zero, support package for XPU
void checkExistingEnv(const RuleInput &in, Findings &out); // torch already in an existing env
void checkHazards(const RuleInput &in, Findings &out);     // install hazards found by detection

// Shared helpers.
Finding makeFinding(const char *id, Severity severity, const QString &message, const QString &remedy,
                    const Facts &facts = {});
int majorOf(const QString &version); // "12.2.0" -> 12; 0 when unparsable
const probe::Compiler *defaultCompiler(const probe::SystemProfile &profile, const QString &kind);
QString gpuLabel(const probe::Gpu &gpu); // "NVIDIA GeForce GTX 1080 Ti"
bool pythonInRange(QStringView python, const TorchRelease &release, bool *experimental = nullptr);

} // namespace dlstack::matrix::rules
