// SPDX-License-Identifier: GPL-3.0-or-later
// HostProbe: the operating system, kernel, WSL, cores, memory, free disk, and the
// hazards that break driver installs before anything is touched (nouveau loaded,
// Secure Boot, missing kernel headers, several CUDA directories on PATH).
#include "core/probe/probes.h"

#include "core/probe/hostparsers.h"
#include "core/probe/osreleaseparser.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

#include <thread>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostProbe)
};

const QString kEfiSecureBoot =
    QStringLiteral("/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-e98c0efe4a30");

class HostProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("host"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        readOs(context, profile);
        HostInfo &host = profile.host;

        if (auto release = context.readFile(QStringLiteral("/proc/sys/kernel/osrelease")))
            host.kernel = QString::fromUtf8(*release).trimmed().left(200);
        if (auto arch = context.readFile(QStringLiteral("/proc/sys/kernel/arch")))
            host.arch = QString::fromUtf8(*arch).trimmed().left(40);
        QString procVersion;
        if (auto version = context.readFile(QStringLiteral("/proc/version")))
            procVersion = QString::fromUtf8(*version);
        host.wsl = hostparsers::isWsl(host.kernel, procVersion) ||
                   context.exists(QStringLiteral("/proc/sys/fs/binfmt_misc/WSLInterop"));

        if (auto cpuinfo = context.readFile(QStringLiteral("/proc/cpuinfo"), 16 * 1024 * 1024))
            host.cpuCores = hostparsers::cpuCount(support::decodeToolOutput(*cpuinfo));
        if (host.cpuCores <= 0 && context.root() == u"/")
            host.cpuCores = static_cast<int>(std::thread::hardware_concurrency());
        if (auto meminfo = context.readFile(QStringLiteral("/proc/meminfo")))
            host.memoryMib = hostparsers::memTotalMib(support::decodeToolOutput(*meminfo));
        if (host.cpuCores <= 0)
            addProblem(profile, name(), Tr::tr("The number of CPU cores could not be read from /proc/cpuinfo."));
        if (host.memoryMib <= 0)
            addProblem(profile, name(), Tr::tr("The memory size could not be read from /proc/meminfo."));

        host.diskPath = context.diskPath();
        if (!host.diskPath.isEmpty()) {
            host.diskFreeMib = context.freeMib(host.diskPath);
            if (host.diskFreeMib < 0)
                addProblem(profile, name(), Tr::tr("The free space at %1 could not be measured.").arg(host.diskPath));
        }

        if (auto modules = context.readFile(QStringLiteral("/proc/modules")))
            host.loadedGpuModules = hostparsers::gpuModules(QString::fromUtf8(*modules));
        readSecureBoot(context, host);
        if (!host.kernel.isEmpty()) {
            host.kernelHeaders = context.exists(QStringLiteral("/lib/modules/%1/build").arg(host.kernel)) ||
                                 context.exists(QStringLiteral("/usr/src/linux-headers-%1").arg(host.kernel)) ||
                                 context.exists(QStringLiteral("/usr/src/kernels/%1").arg(host.kernel));
        }
        host.source = QStringLiteral("/etc/os-release, /proc");
        addHazards(context, host);
        return profile;
    }

private:
    void readOs(const ProbeContext &context, SystemProfile &profile) const
    {
        for (const QString &path : {QStringLiteral("/etc/os-release"), QStringLiteral("/usr/lib/os-release")}) {
            if (auto text = context.readFile(path)) {
                profile.merge(osrelease::parse(support::decodeToolOutput(*text), path));
                return;
            }
        }
        addProblem(profile, name(), Tr::tr("Neither /etc/os-release nor /usr/lib/os-release could be read."));
    }

    void readSecureBoot(const ProbeContext &context, HostInfo &host) const
    {
        if (!context.isDir(QStringLiteral("/sys/firmware/efi"))) {
            host.secureBoot = QStringLiteral("unsupported"); // legacy BIOS boot: no Secure Boot
            return;
        }
        if (auto var = context.readFile(kEfiSecureBoot, 64)) {
            host.secureBoot = hostparsers::secureBootFromEfiVar(*var);
            if (!host.secureBoot.isEmpty())
                return;
        }
        const auto result = context.run(QStringLiteral("mokutil"), {QStringLiteral("--sb-state")});
        if (result.started())
            host.secureBoot = hostparsers::secureBootFromMokutil(QString::fromUtf8(result.out + result.err));
    }

    void addHazards(const ProbeContext &context, HostInfo &host) const
    {
        if (host.loadedGpuModules.contains(u"nouveau")) {
            host.hazards.append({QStringLiteral("nouveau_loaded"),
                                 Tr::tr("The open-source nouveau driver is loaded; the NVIDIA driver cannot be "
                                        "installed while it is. Blacklist nouveau and reboot first."),
                                 QStringLiteral("/proc/modules")});
        }
        if (host.secureBoot == u"enabled" && !host.wsl) {
            host.hazards.append({QStringLiteral("secure_boot_enabled"),
                                 Tr::tr("Secure Boot is on: an NVIDIA kernel module that is not signed with an "
                                        "enrolled key will be refused at load time."),
                                 kEfiSecureBoot});
        }
        if (!host.wsl && !host.kernel.isEmpty() && !host.kernelHeaders) {
            host.hazards.append({QStringLiteral("kernel_headers_missing"),
                                 Tr::tr("No kernel headers for the running kernel %1: a driver install cannot build "
                                        "its module. Install linux-headers-%1.")
                                     .arg(host.kernel),
                                 QStringLiteral("/lib/modules/%1/build").arg(host.kernel)});
        }
        const QStringList pathRoots = hostparsers::cudaRoots(context.env(QStringLiteral("PATH")));
        const QStringList libRoots = hostparsers::cudaRoots(context.env(QStringLiteral("LD_LIBRARY_PATH")));
        QStringList distinct;
        for (const QString &root : pathRoots + libRoots) {
            const QString resolved = context.canonical(root);
            const QString key = resolved.isEmpty() ? root : resolved;
            if (!distinct.contains(key))
                distinct << key;
        }
        if (distinct.size() > 1) {
            host.hazards.append({QStringLiteral("multiple_cuda_on_path"),
                                 Tr::tr("Several CUDA toolkits are on PATH / LD_LIBRARY_PATH (%1): builds may mix "
                                        "nvcc and libraries of different versions.")
                                     .arg(distinct.join(QStringLiteral(", "))),
                                 QStringLiteral("$PATH, $LD_LIBRARY_PATH")});
        }
    }
};

} // namespace

std::unique_ptr<Probe> makeHostProbe()
{
    return std::make_unique<HostProbe>();
}

} // namespace dlstack::probe
