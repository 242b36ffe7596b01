// SPDX-License-Identifier: GPL-3.0-or-later
// Driver rule: the NVIDIA driver must be at least the CUDA version's minimum
// (minor-version compatibility, cuda.json driver_min_linux); a source build also wants the
// toolkit's own driver (driver_bundled_linux) for PTX JIT and the runfile's checks.
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DriverRule)
};

// Newest CUDA this driver runs, among the release's wheels (prebuilt) or all toolkits (source).
QString newestCudaFor(const RuleInput &in, const QString &driver)
{
    QString best;
    auto consider = [&](const QString &cuda) {
        const CudaRelease *c = in.matrix.cuda(cuda);
        if (c && compareVersion(driver, c->driverMin) >= 0 && (best.isEmpty() || compareVersion(cuda, best) > 0))
            best = cuda;
    };
    if (in.selection.isSource()) {
        for (const CudaRelease &c : in.matrix.cudaReleases())
            consider(c.version);
    } else {
        for (const TorchVariant &v : in.release->variants) {
            if (v.backend == Backend::Cuda)
                consider(v.version);
        }
    }
    return best;
}

QString driverPackage(const QString &minimum)
{
    return QStringLiteral("nvidia-driver-") + QString::number(majorOf(minimum));
}

} // namespace

void checkDriver(const RuleInput &in, Findings &out)
{
    if (in.selection.backend != Backend::Cuda || !in.cuda || in.nvidiaGpus.isEmpty())
        return;
    const CudaRelease &cuda = *in.cuda;
    const QString wanted =
        in.selection.isSource() && !cuda.driverBundled.isEmpty() ? cuda.driverBundled : cuda.driverMin;
    const QString windows = in.profile.host.wsl ? Tr::tr(" (on the Windows side)") : QString();
    QString alternativeFact;
    const auto facts = [&] {
        Facts f{{QStringLiteral("cuda"), cuda.version},
                {QStringLiteral("driver_min"), cuda.driverMin},
                {QStringLiteral("driver_bundled"), cuda.driverBundled},
                {QStringLiteral("source"), cuda.source}};
        if (in.profile.nvidiaDriver)
            f.insert(QStringLiteral("driver"), in.profile.nvidiaDriver->version);
        if (!alternativeFact.isEmpty())
            f.insert(QStringLiteral("alternative_cuda"), alternativeFact);
        return f;
    };
    // The driver is the running machine's: an image gets its host's, so for an image it is a
    // note; for a profile a missing or unloaded driver is that machine's to fix before it runs.
    const Severity absent = in.target == Target::ThisMachine ? Severity::Blocker : Severity::Info;
    const Severity tooOld = in.target == Target::Image ? Severity::Warning : Severity::Blocker;
    for (const probe::Gpu *gpu : in.nvidiaGpus) {
        if (gpu->state == u"driver_not_loaded") {
            out.append(makeFinding("driver_not_loaded", absent,
                                   Tr::tr("The NVIDIA driver is installed but not loaded for %1.").arg(gpuLabel(*gpu)),
                                   Tr::tr("Reboot; if it stays unloaded, check `sudo dmesg | grep -i nvidia` (Secure "
                                          "Boot can block an unsigned module)."),
                                   facts()));
            return;
        }
    }
    if (!in.profile.nvidiaDriver) {
        out.append(makeFinding(
            "driver_missing", absent,
            Tr::tr("No NVIDIA driver was found; CUDA %1 needs driver %2 or newer.").arg(cuda.version, cuda.driverMin),
            Tr::tr("Install %1 or newer%2 (Ubuntu: sudo ubuntu-drivers install), then reboot.")
                .arg(driverPackage(wanted), windows),
            facts()));
        return;
    }
    const QString have = in.profile.nvidiaDriver->version;
    if (compareVersion(have, cuda.driverMin) < 0) {
        const QString alternative = newestCudaFor(in, have);
        QString remedy = Tr::tr("Install %1 or newer%2").arg(driverPackage(wanted), windows);
        remedy += alternative.isEmpty() ? Tr::tr(".") : Tr::tr(", or pick CUDA %1.").arg(alternative);
        alternativeFact = alternative;
        out.append(makeFinding(
            "driver_too_old", tooOld,
            Tr::tr("CUDA %1 needs NVIDIA driver %2 or newer; you have %3.").arg(cuda.version, cuda.driverMin, have),
            remedy, facts()));
        return;
    }
    if (!cuda.driverBundled.isEmpty() && compareVersion(have, cuda.driverBundled) < 0) {
        if (in.selection.isSource()) {
            const QString alternative = [&] {
                QString best;
                for (const CudaRelease &c : in.matrix.cudaReleases()) {
                    if (!c.driverBundled.isEmpty() && compareVersion(have, c.driverBundled) >= 0)
                        best = c.version;
                }
                return best;
            }();
            out.append(makeFinding(
                "driver_below_toolkit", Severity::Warning,
                Tr::tr("CUDA %1 needs NVIDIA driver %2 or newer for its full feature set (PTX JIT, the toolkit's own "
                       "checks); you have %3, which runs it only through minor-version compatibility.")
                    .arg(cuda.version, cuda.driverBundled, have),
                alternative.isEmpty() ? Tr::tr("Install %1 or newer%2.").arg(driverPackage(cuda.driverBundled), windows)
                                      : Tr::tr("Install %1 or newer%2, or pick CUDA %3.")
                                            .arg(driverPackage(cuda.driverBundled), windows, alternative),
                facts()));
        } else {
            out.append(makeFinding(
                "driver_minor_compatibility", Severity::Info,
                Tr::tr("Driver %1 is older than CUDA %2's own driver %3; the wheels run through CUDA minor-version "
                       "compatibility.")
                    .arg(have, cuda.version, cuda.driverBundled),
                Tr::tr("If kernels compiled at run time fail (PTX JIT), install %1 or newer.")
                    .arg(driverPackage(cuda.driverBundled)),
                facts()));
        }
    }
}

} // namespace dlstack::matrix::rules
