// SPDX-License-Identifier: GPL-3.0-or-later
// Backend rule: a GPU of the chosen vendor must be present; CPU-only choices on a GPU machine.
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackendRule)
};
} // namespace

void checkBackend(const RuleInput &in, Findings &out)
{
    const Selection &s = in.selection;
    // A source build with an explicit arch list may target other machines (a cluster's login node).
    const bool crossBuild = s.isSource() && !s.archList.isEmpty();
    // Only an install on this machine needs the GPU here; a profile or an image is planned for
    // a GPU elsewhere, and the arch list then comes from --arch-list or that profile.
    const bool elsewhere = in.target != Target::ThisMachine;
    const Severity missing = elsewhere ? Severity::Info : crossBuild ? Severity::Warning : Severity::Blocker;
    const QString forWhat = in.target == Target::Image
                                ? Tr::tr("The image is planned without a GPU; the container gets one from its host.")
                                : Tr::tr("The plan is for the machine of the profile; it is not installed here.");
    if (s.backend == Backend::Cuda && in.nvidiaGpus.isEmpty()) {
        const QString remedy =
            elsewhere ? forWhat
            : !in.amdGpus.isEmpty()
                ? Tr::tr("This machine has an AMD GPU (%1): pick a ROCm build (--rocm), or a CPU-only build (--cpu).")
                      .arg(gpuLabel(*in.amdGpus.constFirst()))
                : Tr::tr("Pick a CPU-only build (--cpu), or run the check on the machine with the GPU.");
        out.append(makeFinding("no_nvidia_gpu", missing,
                               elsewhere ? Tr::tr("No NVIDIA GPU is in the profile; the CUDA build is planned for the "
                                                  "arch list given or the wheels' own.")
                                         : Tr::tr("No NVIDIA GPU was found, so a CUDA build of PyTorch has nothing to "
                                                  "run on."),
                               remedy));
    } else if (s.backend == Backend::Rocm && in.amdGpus.isEmpty()) {
        out.append(makeFinding(
            "no_amd_gpu", missing,
            elsewhere ? Tr::tr("No AMD GPU is in the profile; the ROCm build is planned for the targets given or the "
                               "wheels' own.")
                      : Tr::tr("No AMD GPU was found, so a ROCm build of PyTorch has nothing to run on."),
            elsewhere                 ? forWhat
            : in.nvidiaGpus.isEmpty() ? Tr::tr("Pick a CPU-only build (--cpu).")
                                      : Tr::tr("This machine has an NVIDIA GPU: pick a CUDA build.")));
    } else if (s.backend == Backend::Cpu && (!in.nvidiaGpus.isEmpty() || !in.amdGpus.isEmpty())) {
        const probe::Gpu &gpu = in.nvidiaGpus.isEmpty() ? *in.amdGpus.constFirst() : *in.nvidiaGpus.constFirst();
        out.append(makeFinding("cpu_only_with_gpu", Severity::Info,
                               Tr::tr("A CPU-only build will not use the %1 in this machine.").arg(gpuLabel(gpu)),
                               Tr::tr("`dlstack recommend` lists GPU builds that run on it.")));
    }
    if (s.backend == Backend::Cuda && in.profile.host.wsl && !in.nvidiaGpus.isEmpty()) {
        out.append(makeFinding("wsl_driver_from_windows", Severity::Info,
                               Tr::tr("Under WSL the NVIDIA driver comes from Windows; do not install a Linux "
                                      "NVIDIA driver inside WSL."),
                               Tr::tr("Update the driver on the Windows side when a newer one is needed.")));
    }
}

} // namespace dlstack::matrix::rules
