// SPDX-License-Identifier: GPL-3.0-or-later
// Hazards rule: install hazards found by detection (host.hazards) become findings only where
// they matter for the route: driver hazards when a driver must be installed or upgraded,
// toolkit hazards for source builds against CUDA.
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HazardsRule)
};
} // namespace

void checkHazards(const RuleInput &in, Findings &out)
{
    const bool cuda = in.selection.backend == Backend::Cuda;
    const bool sourceCuda = cuda && in.selection.isSource();
    for (const probe::Hazard &h : in.profile.host.hazards) {
        const Facts facts{{QStringLiteral("hazard"), h.id},
                          {QStringLiteral("detail"), h.message},
                          {QStringLiteral("source"), h.source}};
        if (h.id == u"nouveau_loaded" && in.driverNeedsInstall) {
            out.append(makeFinding("hazard_nouveau_loaded", Severity::Blocker,
                                   Tr::tr("The open-source nouveau driver is loaded; the NVIDIA driver cannot be "
                                          "installed while it holds the GPU."),
                                   Tr::tr("Install the driver from your distribution's packages (they blacklist "
                                          "nouveau), or blacklist it, run sudo update-initramfs -u and reboot."),
                                   facts));
        } else if (h.id == u"secure_boot_enabled" && in.driverNeedsInstall) {
            out.append(makeFinding("hazard_secure_boot", Severity::Warning,
                                   Tr::tr("Secure Boot is on: a newly built NVIDIA kernel module must be signed, or "
                                          "it will not load."),
                                   Tr::tr("Use your distribution's driver packages and enrol the MOK key when asked "
                                          "at the next boot, or disable Secure Boot."),
                                   facts));
        } else if (h.id == u"kernel_headers_missing" && in.driverNeedsInstall) {
            out.append(makeFinding("hazard_kernel_headers_missing", Severity::Warning,
                                   Tr::tr("The headers of the running kernel are missing; DKMS cannot build the NVIDIA "
                                          "module without them."),
                                   Tr::tr("sudo apt install linux-headers-$(uname -r) (or your distribution's "
                                          "kernel-devel package) before installing the driver."),
                                   facts));
        } else if (h.id == u"mixed_driver_install" && cuda) {
            out.append(makeFinding(
                "hazard_mixed_driver_install", in.driverNeedsInstall ? Severity::Blocker : Severity::Warning,
                Tr::tr("The NVIDIA driver was installed both from packages and by a runfile; "
                       "upgrades then leave mismatched libraries (\"Driver/library version "
                       "mismatch\")."),
                Tr::tr("Remove the runfile driver (sudo nvidia-uninstall) and keep the packaged one."), facts));
        } else if (h.id == u"mixed_cuda_install" && sourceCuda) {
            out.append(makeFinding("hazard_mixed_cuda_install", Severity::Warning,
                                   Tr::tr("CUDA toolkits were installed both from packages and by runfiles; the build "
                                          "may pick up headers and libraries of different versions."),
                                   Tr::tr("dlstack's plan sets CUDA_HOME explicitly; remove the toolkit you do not "
                                          "need to be safe."),
                                   facts));
        } else if (h.id == u"multiple_cuda_on_path" && sourceCuda) {
            out.append(makeFinding("hazard_multiple_cuda_on_path", Severity::Warning,
                                   Tr::tr("Several CUDA toolkits are on PATH; the build could mix their nvcc and "
                                          "libraries."),
                                   Tr::tr("dlstack's plan sets CUDA_HOME and PATH for the build; in your shell, keep "
                                          "only one toolkit on PATH."),
                                   facts));
        }
    }
}

} // namespace dlstack::matrix::rules
