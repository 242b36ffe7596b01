// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/builddefaults.h"

#include "core/matrix/buildjobs.h"
#include "core/support/version.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BuildDefaults)
};

using support::Version;

// The NVIDIA GPUs' compute capabilities, sorted, inside the toolkit's sm range (a newer
// GPU gets the toolkit's newest sm; the driver JITs the PTX), the last one +PTX.
QStringList cudaArchFromGpus(const probe::SystemProfile &profile, const matrix::CudaRelease *cuda)
{
    QList<Version> found;
    for (const probe::Gpu &gpu : profile.gpus) {
        if (gpu.vendor != u"nvidia" || gpu.computeCapability.isEmpty())
            continue;
        const auto v = Version::parse(gpu.computeCapability);
        if (v && !found.contains(*v))
            found << *v;
    }
    std::sort(found.begin(), found.end());
    const auto smMin = cuda ? Version::parse(cuda->smMin) : std::nullopt;
    const auto smMax = cuda ? Version::parse(cuda->smMax) : std::nullopt;
    QStringList out;
    for (Version v : std::as_const(found)) {
        if (smMin && v < *smMin)
            continue; // the checker reports it; the toolkit cannot build for it
        if (smMax && v > *smMax)
            v = *smMax;
        const QString text = v.majorMinor();
        if (!out.contains(text))
            out << text;
    }
    if (!out.isEmpty())
        out.last() += QStringLiteral("+PTX");
    return out;
}

QStringList gfxFromGpus(const probe::SystemProfile &profile)
{
    QStringList gfx;
    for (const probe::Gpu &gpu : profile.gpus)
        if (gpu.vendor == u"amd" && !gpu.gfxTarget.isEmpty() && !gfx.contains(gpu.gfxTarget))
            gfx << gpu.gfxTarget;
    return gfx;
}

} // namespace

BuildDefaults buildDefaults(const probe::SystemProfile &profile, const matrix::Selection &selection,
                            const matrix::Matrix &versions)
{
    BuildDefaults out;
    const probe::HostInfo &host = profile.host;
    out.maxJobs = matrix::proposedMaxJobs(host);
    if (host.memoryMib > 0 && host.cpuCores > 0)
        out.maxJobsReason = Tr::tr("The smaller of the CPU cores (%1) and the GiB of memory / 3 (%2): a compile job "
                                   "of PyTorch takes about 3 GB.")
                                .arg(host.cpuCores)
                                .arg(static_cast<int>(host.memoryMib / 3072));
    else if (host.cpuCores > 0)
        out.maxJobsReason = Tr::tr("The CPU cores (%1); the memory of this machine is not known.").arg(host.cpuCores);
    else
        out.maxJobsReason =
            Tr::tr("Neither the cores nor the memory of this machine are known; %1 is a cautious guess.")
                .arg(out.maxJobs);
    if (selection.launcher == matrix::Launcher::Distcc && !selection.distccHosts.isEmpty()) {
        // distcc compiles elsewhere: this machine only preprocesses and links, so the
        // remote slots set the pace (CUDA files still compile here, limited by MAX_JOBS too).
        const int remoteSlots = matrix::distccSlots(selection.distccHosts);
        if (remoteSlots > out.maxJobs) {
            out.maxJobs = remoteSlots;
            out.maxJobsReason = Tr::tr("The %1 compile slots of the distcc hosts.").arg(remoteSlots);
        }
    }

    const matrix::TorchRelease *release = versions.release(selection.torch);
    const QString backendVersion = selection.backendVersion();
    const matrix::TorchVariant *variant = release ? release->variantFor(selection.backend, backendVersion) : nullptr;
    if (selection.backend == matrix::Backend::Cuda) {
        const matrix::CudaRelease *cuda = versions.cuda(selection.cuda);
        out.archList = cudaArchFromGpus(profile, cuda);
        if (!out.archList.isEmpty()) {
            out.archListReason =
                Tr::tr("The compute capabilities of this machine's NVIDIA GPUs that CUDA %1 can build for; "
                       "+PTX lets newer GPUs run the code too.")
                    .arg(selection.cuda);
        } else if (variant) {
            out.archList = variant->archList;
            out.archListReason = Tr::tr("No NVIDIA GPU was found, so the list of the %1 wheels.").arg(variant->id);
        }
    } else if (selection.backend == matrix::Backend::Rocm) {
        out.archList = gfxFromGpus(profile);
        if (!out.archList.isEmpty()) {
            out.archListReason = Tr::tr("The gfx targets of this machine's AMD GPUs.");
        } else if (variant) {
            out.archList = variant->gfx;
            out.archListReason = Tr::tr("No AMD GPU was found, so the targets of the %1 wheels.").arg(variant->id);
        }
    }
    return out;
}

} // namespace dlstack::plan
