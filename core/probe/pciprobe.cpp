// SPDX-License-Identifier: GPL-3.0-or-later
// PciProbe: every display controller on the PCI bus from sysfs, with the driver bound
// to it, named by `lspci -D -nn` when lspci exists (else, for Intel, by the PCI id table).
// It sees GPUs before (or without) a driver, so "an RTX 3090 with no driver" can be said
// plainly. With an Intel GPU it also looks for Level Zero and Intel's compute runtime.
#include "core/probe/probes.h"

#include "core/probe/intelruntime.h"
#include "core/probe/lspciparser.h"
#include "core/probe/pciidtable.h"
#include "core/probe/sysfspci.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PciProbe)
};

class PciProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("pci"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        const QList<SysfsPciDevice> devices = readSysfsDisplayDevices(context);
        if (devices.isEmpty())
            return profile;

        QList<lspci::PciDisplay> named;
        const support::CommandResult lspciResult =
            context.run(QStringLiteral("lspci"), {QStringLiteral("-D"), QStringLiteral("-nn")});
        if (lspciResult.succeeded())
            named = lspci::parse(support::decodeToolOutput(lspciResult.out));

        const bool moduleLoaded = nvidiaModuleLoaded(context);
        const bool driverInstalled = !context.which(QStringLiteral("nvidia-smi")).isEmpty() ||
                                     context.exists(QStringLiteral("/proc/driver/nvidia"));
        for (const SysfsPciDevice &device : devices) {
            Gpu gpu;
            gpu.vendor = device.vendor;
            gpu.pciBusId = device.busId;
            gpu.pciId = device.pciId;
            gpu.driver = device.driver;
            gpu.memoryMib = device.vramMib;
            gpu.source = QStringLiteral("/sys/bus/pci/devices/%1").arg(device.busId);
            for (const lspci::PciDisplay &d : named) {
                if (normalizePciBusId(d.busId) == normalizePciBusId(device.busId) && !d.name.isEmpty()) {
                    gpu.name = d.name;
                    gpu.source += QStringLiteral(", lspci");
                }
            }
            if (gpu.name.isEmpty() && device.vendor == u"intel") {
                if (const PciIdTable::Entry *entry = PciIdTable::builtin().find(device.pciId)) {
                    gpu.name = entry->product;
                    gpu.source += QStringLiteral(", pci.ids");
                }
            }
            if (!device.vramSource.isEmpty())
                gpu.source += QStringLiteral(", ") + device.vramSource;
            gpu.state = stateOf(device, moduleLoaded, driverInstalled);
            explain(profile, gpu, device);
            profile.gpus.append(gpu);
        }
        const bool intel =
            std::any_of(devices.cbegin(), devices.cend(), [](const SysfsPciDevice &d) { return d.vendor == u"intel"; });
        if (intel)
            profile.gpuRuntimes = findIntelRuntimes(context);
        return profile;
    }

private:
    static QString stateOf(const SysfsPciDevice &device, bool nvidiaLoaded, bool nvidiaInstalled)
    {
        if (device.vendor == u"nvidia") {
            if (device.driver == u"nvidia")
                return {};
            if (!device.driver.isEmpty()) // nouveau, vfio-pci, pci-stub
                return QStringLiteral("no_driver");
            if (nvidiaLoaded)
                return QStringLiteral("error"); // the module is loaded but did not take this card
            return nvidiaInstalled ? QStringLiteral("driver_not_loaded") : QStringLiteral("no_driver");
        }
        if ((device.vendor == u"amd" || device.vendor == u"intel") && device.driver.isEmpty())
            return QStringLiteral("no_driver");
        return {};
    }

    void explain(SystemProfile &profile, const Gpu &gpu, const SysfsPciDevice &device) const
    {
        const QString what = gpu.name.isEmpty() ? QStringLiteral("%1 [%2]").arg(gpu.pciBusId, gpu.pciId)
                                                : QStringLiteral("%1 (%2)").arg(gpu.name, gpu.pciBusId);
        if (gpu.vendor != u"nvidia" || gpu.state.isEmpty())
            return;
        if (device.driver == u"nouveau") {
            addProblem(profile, name(),
                       Tr::tr("The NVIDIA GPU %1 is driven by nouveau, which cannot run CUDA. Install the NVIDIA "
                              "driver; it blacklists nouveau, then reboot.")
                           .arg(what));
        } else if (gpu.state == u"no_driver") {
            addProblem(profile, name(),
                       device.driver.isEmpty()
                           ? Tr::tr("The NVIDIA GPU %1 has no driver. Install the NVIDIA driver (for example "
                                    "`sudo ubuntu-drivers install`) and reboot.")
                                 .arg(what)
                           : Tr::tr("The NVIDIA GPU %1 is bound to %2 (passed through or reserved), not to the "
                                    "NVIDIA driver.")
                                 .arg(what, device.driver));
        } else if (gpu.state == u"error") {
            addProblem(profile, name(),
                       Tr::tr("The NVIDIA driver is loaded but did not take the GPU %1. `sudo dmesg | grep -i "
                              "nvrm` tells why (often a driver too old for the card, or one that needs the "
                              "open kernel module).")
                           .arg(what));
        }
    }
};

} // namespace

std::unique_ptr<Probe> makePciProbe()
{
    return std::make_unique<PciProbe>();
}

} // namespace dlstack::probe
