// SPDX-License-Identifier: GPL-3.0-or-later
// Resources rule: memory per compile job and a MAX_JOBS proposal for source builds (an
// nvcc or cc1plus job of PyTorch takes about 2.5-4 GB: propose min(cores, GiB / 3)), and
// the free disk the route needs (prebuilt about 10 GB; source about 40 GB, plus 8 GB when
// the CUDA toolkit has to be installed).
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourcesRule)
};

constexpr double kGibPerJob = 3.0;
constexpr double kGibPerJobMinimum = 2.5;

bool toolkitInstalled(const RuleInput &in)
{
    if (!in.cuda)
        return false;
    for (const probe::CudaToolkit &t : in.profile.cudaToolkits) {
        if (compareVersion(t.version, in.cuda->version) == 0 && !t.nvcc.isEmpty())
            return true;
    }
    return false;
}

} // namespace

int proposedMaxJobs(const probe::HostInfo &host)
{
    if (host.memoryMib <= 0)
        return host.cpuCores > 0 ? host.cpuCores : 4;
    const int byMemory = static_cast<int>(std::floor(host.memoryMib / 1024.0 / kGibPerJob));
    const int cores = host.cpuCores > 0 ? host.cpuCores : byMemory;
    return qMax(1, qMin(cores, byMemory));
}

void checkResources(const RuleInput &in, Findings &out)
{
    const probe::HostInfo &host = in.profile.host;
    const Selection &s = in.selection;
    if (s.isSource() && host.memoryMib > 0) {
        const double gib = host.memoryMib / 1024.0;
        const int proposal = proposedMaxJobs(host);
        const auto facts = [&] {
            return Facts{{QStringLiteral("memory_gib"), std::round(gib * 10) / 10},
                         {QStringLiteral("cores"), host.cpuCores},
                         {QStringLiteral("max_jobs"), proposal}};
        };
        if (gib < 8) {
            out.append(
                makeFinding("low_memory_for_build", Severity::Warning,
                            Tr::tr("This machine has %1 GiB of memory; building PyTorch needs about 3 GB per "
                                   "compile job and more to link, so the build will be slow or run out of memory.")
                                .arg(QLocale().toString(gib, 'f', 1)),
                            Tr::tr("Add swap, use MAX_JOBS=1, or use prebuilt wheels."), facts()));
        }
        if (s.maxJobs > 0 && s.maxJobs * kGibPerJobMinimum > gib) {
            out.append(
                makeFinding("max_jobs_too_high", Severity::Warning,
                            Tr::tr("MAX_JOBS=%1 needs about %2 GB of memory; this machine has %3 GiB, so "
                                   "compiler jobs would be killed (\"Killed signal terminated program cc1plus\").")
                                .arg(s.maxJobs)
                                .arg(s.maxJobs * kGibPerJobMinimum, 0, 'f', 0)
                                .arg(QLocale().toString(gib, 'f', 1)),
                            Tr::tr("Use MAX_JOBS=%1.").arg(proposal), facts()));
        } else if (s.maxJobs == 0) {
            out.append(makeFinding("max_jobs_proposal", Severity::Info,
                                   Tr::tr("MAX_JOBS=%1 fits %2 cores and %3 GiB of memory (about 3 GB per job).")
                                       .arg(proposal)
                                       .arg(host.cpuCores)
                                       .arg(QLocale().toString(gib, 'f', 1)),
                                   {}, facts()));
        }
    }
    if (host.diskFreeMib < 0)
        return;
    double needGb = s.isSource() ? 40 : (s.backend == Backend::Cpu ? 3 : 10);
    if (s.isSource() && s.backend == Backend::Cuda && !toolkitInstalled(in))
        needGb += 8;
    if (s.isSource() && s.backend == Backend::Rocm && !in.profile.rocm)
        needGb += 30;
    const double freeGb = host.diskFreeMib * 1.048576 / 1000.0;
    const auto facts = [&] {
        return Facts{{QStringLiteral("free_gb"), std::round(freeGb * 10) / 10},
                     {QStringLiteral("needed_gb"), needGb},
                     {QStringLiteral("path"), host.diskPath}};
    };
    const auto where = [&] { return host.diskPath.isEmpty() ? Tr::tr("the install location") : host.diskPath; };
    if (freeGb < needGb) {
        out.append(makeFinding("disk_space", Severity::Blocker,
                               Tr::tr("This install needs about %1 GB of free disk at %2; there are %3 GB.")
                                   .arg(needGb)
                                   .arg(where())
                                   .arg(QLocale().toString(freeGb, 'f', 1)),
                               Tr::tr("Free some space, or install to a larger disk (--prefix)."), facts()));
    } else if (freeGb < needGb * 1.25) {
        out.append(makeFinding("disk_space_tight", Severity::Warning,
                               Tr::tr("This install needs about %1 GB of free disk at %2; only %3 GB are free.")
                                   .arg(needGb)
                                   .arg(where())
                                   .arg(QLocale().toString(freeGb, 'f', 1)),
                               Tr::tr("Free some space first; pip and build caches grow during the install."),
                               facts()));
    }
}

} // namespace dlstack::matrix::rules
