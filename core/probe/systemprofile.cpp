// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/systemprofile.h"

#include "core/probe/cudacomponents.h"
#include "core/probe/detectiontables.h"
#include "core/support/version.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SystemProfile)
};

} // namespace

QString normalizePciBusId(const QString &busId)
{
    QString id = busId.trimmed().toLower();
    const QStringList parts = id.split(u':');
    if (parts.size() == 2) // "01:00.0"
        return QStringLiteral("0000:") + id;
    if (parts.size() == 3 && parts[0].size() > 4) // "00000000:01:00.0"
        return parts[0].right(4) + u':' + parts[1] + u':' + parts[2];
    return id;
}

namespace {

struct TorchInstallName
{
    TorchInstallKind kind;
    const char16_t *name;
};
constexpr TorchInstallName kTorchInstallNames[] = {
    {TorchInstallKind::None, u""},           {TorchInstallKind::Wheel, u"wheel"},
    {TorchInstallKind::Distro, u"distro"},   {TorchInstallKind::SetupInstall, u"setup_install"},
    {TorchInstallKind::Develop, u"develop"}, {TorchInstallKind::Editable, u"editable"},
    {TorchInstallKind::Conda, u"conda"},
};

} // namespace

QString torchInstallKindName(TorchInstallKind kind)
{
    for (const TorchInstallName &n : kTorchInstallNames) {
        if (n.kind == kind)
            return QString::fromUtf16(n.name);
    }
    return {};
}

TorchInstallKind torchInstallKindFromName(QStringView name)
{
    for (const TorchInstallName &n : kTorchInstallNames) {
        if (name == QStringView(n.name))
            return n.kind;
    }
    return TorchInstallKind::None;
}

namespace {

template <typename T> void fill(T &target, const T &source)
{
    if (target == T{})
        target = source;
}

void mergeGpu(Gpu &into, const Gpu &from)
{
    fill(into.vendor, from.vendor);
    // nvidia-smi's table truncates names; prefer the longer one.
    if (from.name.size() > into.name.size() && (into.source.isEmpty() || !into.source.contains(u"--query-gpu")))
        into.name = from.name;
    fill(into.memoryMib, from.memoryMib);
    fill(into.computeCapability, from.computeCapability);
    fill(into.gfxTarget, from.gfxTarget);
    fill(into.pciBusId, from.pciBusId);
    fill(into.pciId, from.pciId);
    fill(into.driver, from.driver);
    into.mig = into.mig || from.mig;
    if (!from.state.isEmpty() && into.state.isEmpty() && into.source.isEmpty())
        into.state = from.state;
    if (into.source.isEmpty())
        into.source = from.source;
    else if (!from.source.isEmpty() && !into.source.contains(from.source))
        into.source += QStringLiteral(", ") + from.source;
}

template <typename T, typename Key> void appendUnique(QList<T> &into, const QList<T> &from, Key key)
{
    for (const T &item : from) {
        const auto k = key(item);
        const bool present = std::any_of(into.cbegin(), into.cend(), [&](const T &x) { return key(x) == k; });
        if (!present)
            into.append(item);
    }
}

} // namespace

void SystemProfile::merge(const SystemProfile &other)
{
    // host: fill what is empty
    fill(host.osId, other.host.osId);
    fill(host.osVersion, other.host.osVersion);
    fill(host.osName, other.host.osName);
    fill(host.kernel, other.host.kernel);
    fill(host.arch, other.host.arch);
    host.wsl = host.wsl || other.host.wsl;
    fill(host.cpuCores, other.host.cpuCores);
    fill(host.memoryMib, other.host.memoryMib);
    if (host.diskFreeMib < 0 && other.host.diskFreeMib >= 0) {
        host.diskFreeMib = other.host.diskFreeMib;
        host.diskPath = other.host.diskPath;
    }
    fill(host.secureBoot, other.host.secureBoot);
    for (const QString &m : other.host.loadedGpuModules) {
        if (!host.loadedGpuModules.contains(m))
            host.loadedGpuModules << m;
    }
    host.kernelHeaders = host.kernelHeaders || other.host.kernelHeaders;
    appendUnique(host.hazards, other.host.hazards, [](const Hazard &h) { return h.id; });
    fill(host.source, other.host.source);

    for (const Gpu &gpu : other.gpus) {
        const QString bus = normalizePciBusId(gpu.pciBusId);
        auto it = std::find_if(gpus.begin(), gpus.end(),
                               [&](const Gpu &g) { return !bus.isEmpty() && normalizePciBusId(g.pciBusId) == bus; });
        if (it != gpus.end())
            mergeGpu(*it, gpu);
        else
            gpus.append(gpu);
    }
    if (!nvidiaDriver)
        nvidiaDriver = other.nvidiaDriver;
    else if (other.nvidiaDriver) {
        fill(nvidiaDriver->version, other.nvidiaDriver->version);
        fill(nvidiaDriver->cudaVersion, other.nvidiaDriver->cudaVersion);
        nvidiaDriver->openKernelModule = nvidiaDriver->openKernelModule || other.nvidiaDriver->openKernelModule;
    }
    for (const CudaToolkit &t : other.cudaToolkits) {
        auto it = std::find_if(cudaToolkits.begin(), cudaToolkits.end(),
                               [&](const CudaToolkit &x) { return x.path == t.path; });
        if (it == cudaToolkits.end()) {
            cudaToolkits.append(t);
            continue;
        }
        fill(it->version, t.version);
        fill(it->fullVersion, t.fullVersion);
        fill(it->nvcc, t.nvcc);
        fill(it->origin, t.origin);
        for (const QString &a : t.aliases) {
            if (!it->aliases.contains(a))
                it->aliases << a;
        }
    }
    appendUnique(cudnn, other.cudnn, [](const Cudnn &c) { return c.path; });
    if (!rocm)
        rocm = other.rocm;
    appendUnique(rocmInstalls, other.rocmInstalls, [](const Rocm &r) { return r.path; });
    if (shellCuda.choices.isEmpty())
        shellCuda.choices = other.shellCuda.choices;
    for (const QString &conflict : other.shellCuda.conflicts) {
        if (!shellCuda.conflicts.contains(conflict))
            shellCuda.conflicts << conflict;
    }
    appendUnique(gpuRuntimes, other.gpuRuntimes, [](const GpuRuntime &r) { return r.name + u'\n' + r.path; });
    appendUnique(compilers, other.compilers, [](const Compiler &c) { return c.path; });
    for (auto it = other.tools.cbegin(); it != other.tools.cend(); ++it) {
        if (!tools.value(it.key()).has_value())
            tools.insert(it.key(), it.value());
    }
    appendUnique(pythons, other.pythons, [](const PythonInterpreter &p) { return p.path; });
    appendUnique(conda, other.conda, [](const CondaInstall &c) { return c.root; });
    for (const PythonEnv &env : other.pythonEnvs) {
        auto it =
            std::find_if(pythonEnvs.begin(), pythonEnvs.end(), [&](const PythonEnv &e) { return e.path == env.path; });
        if (it == pythonEnvs.end()) {
            pythonEnvs.append(env);
            continue;
        }
        it->active = it->active || env.active;
        fill(it->pythonVersion, env.pythonVersion);
        fill(it->torchCuda, env.torchCuda);
        fill(it->torchHip, env.torchHip);
        fill(it->torchLocation, env.torchLocation);
        if (it->cudaComponents.isEmpty())
            it->cudaComponents = env.cudaComponents;
        if (it->torchInstall == TorchInstallKind::None)
            it->torchInstall = env.torchInstall;
        for (auto p = env.packages.cbegin(); p != env.packages.cend(); ++p) {
            if (!it->packages.contains(p.key()))
                it->packages.insert(p.key(), p.value());
        }
    }
    appendUnique(modules, other.modules, [](const EnvModule &m) { return m.path; });
    problems += other.problems;
    fill(generatedBy, other.generatedBy);
}

void SystemProfile::finalize(const DetectionTables &tables)
{
    for (Gpu &gpu : gpus) {
        if (gpu.vendor == u"nvidia" && gpu.computeCapability.isEmpty() && !gpu.name.isEmpty()) {
            const QString cc = tables.gpuNames.computeCapability(gpu.name);
            if (!cc.isEmpty()) {
                gpu.computeCapability = cc;
                gpu.source = Tr::tr("%1, compute capability from the GPU-name table").arg(gpu.source);
            }
        }
        if (gpu.vendor == u"amd" && gpu.gfxTarget.isEmpty() && !gpu.name.isEmpty())
            gpu.gfxTarget = tables.gpuNames.gfxTarget(gpu.name);
    }
    if (nvidiaDriver && nvidiaDriver->cudaVersion.isEmpty() && !nvidiaDriver->version.isEmpty()) {
        nvidiaDriver->cudaVersion = tables.driverCuda.highestCuda(nvidiaDriver->version);
        if (!nvidiaDriver->cudaVersion.isEmpty())
            nvidiaDriver->source = Tr::tr("%1, CUDA version from the driver table").arg(nvidiaDriver->source);
    }
    std::stable_sort(gpus.begin(), gpus.end(), [](const Gpu &a, const Gpu &b) {
        return normalizePciBusId(a.pciBusId) < normalizePciBusId(b.pciBusId);
    });
    std::stable_sort(cudaToolkits.begin(), cudaToolkits.end(), [](const CudaToolkit &a, const CudaToolkit &b) {
        return support::compareVersions(a.fullVersion, b.fullVersion) > 0;
    });
    std::stable_sort(compilers.begin(), compilers.end(), [](const Compiler &a, const Compiler &b) {
        if (a.kind != b.kind)
            return a.kind > b.kind; // gcc before clang
        return support::compareVersions(a.version, b.version) > 0;
    });
    for (const QString &conflict : cudaShellConflicts(*this)) {
        if (!shellCuda.conflicts.contains(conflict))
            shellCuda.conflicts << conflict;
    }
}

} // namespace dlstack::probe
