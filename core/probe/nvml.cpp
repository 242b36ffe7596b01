// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/nvml.h"

#include <QCoreApplication>
#include <QLibrary>

#include <cstring>

namespace dlstack::probe::nvml {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Nvml)
};

// The part of NVML's C API used here, declared from NVIDIA's NVML API reference
// (docs.nvidia.com/deploy/nvml-api): every call returns nvmlReturn_t, 0 being NVML_SUCCESS.
using Return = int;
using DeviceHandle = struct DeviceOpaque *;
constexpr Return kSuccess = 0;

struct Memory // nvmlMemory_t: bytes
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};

struct PciInfo // nvmlPciInfo_t (the _v3 query)
{
    char busIdLegacy[16];
    unsigned int domain;
    unsigned int bus;
    unsigned int device;
    unsigned int pciDeviceId; // device id << 16 | vendor id
    unsigned int pciSubSystemId;
    char busId[32];
};

using InitFn = Return (*)();
using ShutdownFn = Return (*)();
using DriverVersionFn = Return (*)(char *, unsigned int);
using CudaDriverVersionFn = Return (*)(int *);
using CountFn = Return (*)(unsigned int *);
using HandleFn = Return (*)(unsigned int, DeviceHandle *);
using NameFn = Return (*)(DeviceHandle, char *, unsigned int);
using MemoryFn = Return (*)(DeviceHandle, Memory *);
using ComputeCapabilityFn = Return (*)(DeviceHandle, int *, int *);
using PciFn = Return (*)(DeviceHandle, PciInfo *);
using MigModeFn = Return (*)(DeviceHandle, unsigned int *, unsigned int *);

template <typename F> F resolve(QLibrary &library, const char *symbol)
{
    return reinterpret_cast<F>(library.resolve(symbol));
}

QString text(const char *buffer, size_t size)
{
    return QString::fromUtf8(buffer, static_cast<qsizetype>(strnlen(buffer, size))).trimmed();
}

} // namespace

QString cudaVersionFromInt(int version)
{
    if (version <= 0)
        return {};
    return QStringLiteral("%1.%2").arg(version / 1000).arg((version % 1000) / 10);
}

std::optional<Report> query(QString *why)
{
    QLibrary library(QStringLiteral("nvidia-ml"), 1); // libnvidia-ml.so.1
    if (!library.load()) {
        *why = Tr::tr("libnvidia-ml.so.1 could not be loaded (%1).").arg(library.errorString());
        return std::nullopt;
    }
    const auto init = resolve<InitFn>(library, "nvmlInit_v2");
    const auto shutdown = resolve<ShutdownFn>(library, "nvmlShutdown");
    const auto driverVersion = resolve<DriverVersionFn>(library, "nvmlSystemGetDriverVersion");
    auto cudaDriverVersion = resolve<CudaDriverVersionFn>(library, "nvmlSystemGetCudaDriverVersion_v2");
    if (!cudaDriverVersion)
        cudaDriverVersion = resolve<CudaDriverVersionFn>(library, "nvmlSystemGetCudaDriverVersion");
    const auto count = resolve<CountFn>(library, "nvmlDeviceGetCount_v2");
    const auto handle = resolve<HandleFn>(library, "nvmlDeviceGetHandleByIndex_v2");
    const auto name = resolve<NameFn>(library, "nvmlDeviceGetName");
    const auto memory = resolve<MemoryFn>(library, "nvmlDeviceGetMemoryInfo");
    const auto computeCapability = resolve<ComputeCapabilityFn>(library, "nvmlDeviceGetCudaComputeCapability");
    const auto pci = resolve<PciFn>(library, "nvmlDeviceGetPciInfo_v3");
    const auto migMode = resolve<MigModeFn>(library, "nvmlDeviceGetMigMode"); // absent before R450
    if (!init || !shutdown || !driverVersion || !count || !handle || !name) {
        *why = Tr::tr("libnvidia-ml.so.1 lacks the functions dlstack needs (a driver older than R418?).");
        return std::nullopt;
    }
    if (const Return r = init(); r != kSuccess) {
        *why = Tr::tr("NVML did not start (error %1): the NVIDIA driver is not loaded or does not match the "
                      "library.")
                   .arg(r);
        return std::nullopt;
    }
    Report report;
    char buffer[96] = {};
    if (driverVersion(buffer, sizeof buffer) == kSuccess)
        report.driverVersion = text(buffer, sizeof buffer);
    int cuda = 0;
    if (cudaDriverVersion && cudaDriverVersion(&cuda) == kSuccess)
        report.cudaVersion = cudaVersionFromInt(cuda);
    unsigned int devices = 0;
    if (count(&devices) != kSuccess)
        devices = 0;
    for (unsigned int i = 0; i < devices && i < 64; ++i) {
        DeviceHandle device = nullptr;
        if (handle(i, &device) != kSuccess)
            continue;
        Device d;
        char deviceName[96] = {};
        if (name(device, deviceName, sizeof deviceName) == kSuccess)
            d.name = text(deviceName, sizeof deviceName);
        Memory m{};
        if (memory && memory(device, &m) == kSuccess)
            d.memoryMib = static_cast<qint64>(m.total / (1024 * 1024));
        int major = 0;
        int minor = 0;
        if (computeCapability && computeCapability(device, &major, &minor) == kSuccess && major > 0)
            d.computeCapability = QStringLiteral("%1.%2").arg(major).arg(minor);
        PciInfo p{};
        if (pci && pci(device, &p) == kSuccess) {
            d.pciBusId = text(p.busId, sizeof p.busId);
            d.pciId = QStringLiteral("%1:%2")
                          .arg(p.pciDeviceId & 0xffff, 4, 16, QLatin1Char('0'))
                          .arg(p.pciDeviceId >> 16, 4, 16, QLatin1Char('0'));
        }
        unsigned int current = 0;
        unsigned int pending = 0;
        if (migMode && migMode(device, &current, &pending) == kSuccess) // NOT_SUPPORTED off A100/H100
            d.mig = current == 1;
        report.devices.append(d);
    }
    shutdown();
    return report;
}

SystemProfile toProfile(const Report &report)
{
    const QString source = QStringLiteral("NVML (libnvidia-ml.so.1)");
    SystemProfile profile;
    if (!report.driverVersion.isEmpty())
        profile.nvidiaDriver = NvidiaDriver{report.driverVersion, report.cudaVersion, false, source};
    for (const Device &d : report.devices) {
        Gpu gpu;
        gpu.vendor = QStringLiteral("nvidia");
        gpu.name = d.name;
        gpu.memoryMib = d.memoryMib;
        gpu.computeCapability = d.computeCapability;
        gpu.pciBusId = d.pciBusId;
        gpu.pciId = d.pciId;
        gpu.mig = d.mig;
        gpu.source = source;
        profile.gpus.append(gpu);
    }
    return profile;
}

} // namespace dlstack::probe::nvml
