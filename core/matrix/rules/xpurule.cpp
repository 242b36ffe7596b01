// SPDX-License-Identifier: GPL-3.0-or-later
// XPU rule: PyTorch's XPU wheels run on an Intel GPU through Level Zero. The wheels bring
// their SYCL runtime; the machine needs the GPU, its kernel driver (i915 or xe) and the user
// space of Intel's GPU driver: the Level Zero loader (libze_loader.so.1) and compute-runtime's
// Level Zero GPU driver (libze_intel_gpu.so.1), both found by the probe (intelruntime.h).
// torch 2.5 also needs Intel's support package sourced (the variant's runtime, torch.json).
// An Intel GPU outside the compute table (a UHD iGPU, xpudevice.h) is a warning.
// On another machine's profile or an image the missing pieces are notes, not blockers.
#include "core/matrix/rules/rule.h"
#include "core/matrix/xpudevice.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(XpuRule)
};

bool hasRuntime(const probe::SystemProfile &profile, QStringView name)
{
    for (const probe::GpuRuntime &r : profile.gpuRuntimes)
        if (r.name == name)
            return true;
    return false;
}
} // namespace

void checkXpu(const RuleInput &in, Findings &out)
{
    if (in.selection.backend != Backend::Xpu)
        return;
    const bool elsewhere = in.target != Target::ThisMachine;
    const Severity missing = elsewhere ? Severity::Info : Severity::Blocker;
    const QString driverPage = in.variant ? in.variant->runtimeSource : QString();
    if (in.intelGpus.isEmpty()) {
        out.append(makeFinding(
            "no_intel_gpu", missing,
            elsewhere
                ? Tr::tr("No Intel GPU is in the profile; the XPU wheels are planned for the machine they run on.")
                : Tr::tr("No Intel GPU was found, so PyTorch's XPU build has nothing to run on."),
            elsewhere ? Tr::tr("Check on the machine with the Intel GPU before installing there.")
            : !in.nvidiaGpus.isEmpty()
                ? Tr::tr("This machine has an NVIDIA GPU: pick a CUDA build (--cuda X.Y).")
                : (!in.amdGpus.isEmpty() ? Tr::tr("This machine has an AMD GPU: pick a ROCm build (--rocm X.Y).")
                                         : Tr::tr("Pick a CPU-only build (--cpu)."))));
        return;
    }
    if (xpuDeviceCount(in.profile) == 0)
        out.append(makeFinding(
            "intel_gpu_not_validated", Severity::Warning,
            Tr::tr("The %1 is not a GPU PyTorch's XPU build is validated on (Arc A- and B-series, Core Ultra with Arc "
                   "graphics, Data Center GPU Max); torch.xpu may not use it.")
                .arg(gpuLabel(*in.intelGpus.constFirst())),
            driverPage.isEmpty()
                ? Tr::tr("Pick a CPU-only build (--cpu), or check Intel's list of supported GPUs first.")
                : Tr::tr("Pick a CPU-only build (--cpu), or check the GPU against %1 first.").arg(driverPage)));
    QStringList absent;
    if (!hasRuntime(in.profile, u"level_zero_loader"))
        absent << QStringLiteral("libze_loader.so.1 (Level Zero loader)");
    if (!hasRuntime(in.profile, u"level_zero_intel_gpu"))
        absent << QStringLiteral("libze_intel_gpu.so.1 (Level Zero GPU driver of Intel's compute-runtime)");
    if (!absent.isEmpty())
        out.append(makeFinding(
            "no_level_zero", missing,
            Tr::tr("The %1 needs Intel's GPU driver in user space for PyTorch's XPU build, and %2 %3 not found.")
                .arg(gpuLabel(*in.intelGpus.constFirst()), absent.join(QStringLiteral(" and ")),
                     absent.size() > 1 ? Tr::tr("were") : Tr::tr("was")),
            driverPage.isEmpty()
                ? Tr::tr("Install Intel's GPU driver packages (Level Zero and compute-runtime), then detect again.")
                : Tr::tr("Install Intel's GPU driver packages (Level Zero and compute-runtime) as %1 describes, then "
                         "detect again.")
                      .arg(driverPage),
            {{QStringLiteral("missing"), absent.join(QStringLiteral(", "))}}));
    const QStringList &modules = in.profile.host.loadedGpuModules;
    if (!elsewhere && !modules.isEmpty() && !modules.contains(QStringLiteral("i915")) &&
        !modules.contains(QStringLiteral("xe")))
        out.append(makeFinding("intel_gpu_module_not_loaded", Severity::Warning,
                               Tr::tr("Neither the i915 nor the xe kernel module is loaded, so the %1 may not be "
                                      "usable.")
                                   .arg(gpuLabel(*in.intelGpus.constFirst())),
                               Tr::tr("Load the module Intel's driver guide names for this GPU (`sudo modprobe "
                                      "i915` or `sudo modprobe xe`), or install a kernel that has it.")));
    if (in.variant && in.variant->runtime.contains(QStringLiteral("intel_support_package")))
        out.append(makeFinding(
            "xpu_support_package", Severity::Warning,
            Tr::tr("PyTorch %1's XPU wheels also need Intel's support package for PyTorch (Intel Deep Learning "
                   "Essentials), with its environment set before torch is imported.")
                .arg(in.release->version),
            Tr::tr("Install it and source its setvars.sh as %1 describes, or pick PyTorch 2.6 or newer, whose XPU "
                   "wheels need the GPU driver only.")
                .arg(in.variant->runtimeSource)));
}

} // namespace dlstack::matrix::rules
