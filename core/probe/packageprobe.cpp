// SPDX-License-Identifier: GPL-3.0-or-later
// PackageProbe: finds NVIDIA drivers and CUDA toolkits installed both from distribution
// packages (dpkg status) and from NVIDIA's .run installers, a mix that breaks upgrades.
#include "core/probe/probes.h"

#include "core/probe/packageparsers.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageProbe)
};

class PackageProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("packages"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        QStringList packages;
        if (auto status = context.readFile(QStringLiteral("/var/lib/dpkg/status"), 64 * 1024 * 1024))
            packages = packageparsers::installedDpkgPackages(*status);
        const packageparsers::NvidiaPackages apt = packageparsers::classify(packages);

        const bool runfileDriver = context.exists(QStringLiteral("/usr/bin/nvidia-uninstall"));
        QStringList runfileToolkits;
        for (const QString &dir : context.list(QStringLiteral("/usr/local"), {QStringLiteral("cuda-*")})) {
            if (context.exists(QStringLiteral("/usr/local/%1/bin/cuda-uninstaller").arg(dir)) ||
                context.exists(QStringLiteral("/usr/local/%1/bin/uninstall_cuda_%2.pl").arg(dir, dir.mid(5))))
                runfileToolkits << dir.mid(5);
        }

        if (runfileDriver && !apt.drivers.isEmpty()) {
            profile.host.hazards.append(
                {QStringLiteral("mixed_driver_install"),
                 Tr::tr("The NVIDIA driver was installed both with NVIDIA's .run installer and from packages (%1). "
                        "Remove one of them (nvidia-uninstall, or apt purge) before installing another driver.")
                     .arg(apt.drivers.join(QStringLiteral(", "))),
                 QStringLiteral("/usr/bin/nvidia-uninstall, /var/lib/dpkg/status")});
        }
        for (const QString &version : runfileToolkits) {
            if (apt.toolkitVersions.contains(version)) {
                profile.host.hazards.append(
                    {QStringLiteral("mixed_cuda_install"),
                     Tr::tr("CUDA %1 was installed both with the .run installer and from packages; their files "
                            "overwrite each other. Keep one of them.")
                         .arg(version),
                     QStringLiteral("/usr/local/cuda-%1/bin/cuda-uninstaller, /var/lib/dpkg/status").arg(version)});
            }
        }
        return profile;
    }
};

} // namespace

std::unique_ptr<Probe> makePackageProbe()
{
    return std::make_unique<PackageProbe>();
}

} // namespace dlstack::probe
