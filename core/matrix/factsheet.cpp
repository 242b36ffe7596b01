// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/factsheet.h"

#include "core/matrix/cudasourcessection.h"

#include "core/support/version.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FactSheet)
};

using support::compareVersions;

// The fact column's words for a host hazard (probe::Hazard::id); the id itself is no label.
QString hazardLabel(const QString &id)
{
    if (id == u"kernel_headers_missing")
        return Tr::tr("Kernel headers");
    if (id == u"nouveau_loaded")
        return Tr::tr("nouveau driver");
    if (id == u"secure_boot_enabled")
        return Tr::tr("Secure Boot and modules");
    if (id == u"multiple_cuda_on_path")
        return Tr::tr("CUDA on PATH");
    return Tr::tr("Host problem");
}

QString gib(qint64 mib)
{
    return Tr::tr("%1 GiB").arg(QLocale().toString(static_cast<double>(mib) / 1024.0, 'f', 1));
}

FactRow row(const QString &fact, const QString &value, FactState state, const QString &reason,
            const QString &source = {})
{
    return FactRow{fact, value, state, reason, source};
}

// What the matrix says about a Python version: ok with the newest release that supports
// it; unusable below every release's range, above them all or in a gap (no release dlstack
// offers runs on it; a new environment brings a Python that one does).
struct PythonVerdict
{
    FactState state;
    QString reason;
};

PythonVerdict judgePython(const QString &version, const Matrix &matrix)
{
    const auto parsed = support::Version::parse(version);
    if (!parsed)
        return {FactState::Info, Tr::tr("The version could not be read.")};
    const QString minor = parsed->majorMinor();
    QString oldest;
    QString newest;
    const TorchRelease *supporting = nullptr;
    for (const TorchRelease &r : matrix.releases()) { // oldest first
        if (oldest.isEmpty() || compareVersions(r.pythonMin, oldest) < 0)
            oldest = r.pythonMin;
        if (newest.isEmpty() || compareVersions(r.pythonMax, newest) > 0)
            newest = r.pythonMax;
        if (compareVersions(minor, r.pythonMin) >= 0 && compareVersions(minor, r.pythonMax) <= 0)
            supporting = &r;
    }
    if (!oldest.isEmpty() && compareVersions(minor, oldest) < 0)
        return {FactState::Unusable,
                Tr::tr("Too old for any PyTorch release: the oldest one dlstack knows needs Python %1 or "
                       "newer. A new environment gets a newer Python.")
                    .arg(oldest)};
    if (supporting)
        return {FactState::Ok, Tr::tr("PyTorch %1 supports Python %2.").arg(supporting->version, minor)};
    if (!newest.isEmpty() && compareVersions(minor, newest) > 0)
        return {FactState::Unusable,
                Tr::tr("Newer than any PyTorch release supports (up to Python %1); a new environment "
                       "gets an older Python.")
                    .arg(newest)};
    return {FactState::Unusable, Tr::tr("No PyTorch release dlstack knows supports Python %1.").arg(minor)};
}

bool hasGpuOf(const probe::SystemProfile &p, const QString &vendor)
{
    return std::any_of(p.gpus.cbegin(), p.gpus.cend(), [&](const probe::Gpu &g) { return g.vendor == vendor; });
}

QString gpuStateText(const QString &state)
{
    if (state == u"driver_not_loaded")
        return Tr::tr("driver not loaded");
    if (state == u"no_driver")
        return Tr::tr("no driver installed");
    return Tr::tr("error");
}

QString gpuRuntimeLabel(const QString &name)
{
    if (name == u"level_zero_loader")
        return Tr::tr("Level Zero loader");
    if (name == u"level_zero_intel_gpu")
        return Tr::tr("Level Zero GPU driver");
    if (name == u"intel_opencl")
        return Tr::tr("Intel OpenCL");
    return name;
}

FactSection hostSection(const probe::SystemProfile &p)
{
    const probe::HostInfo &h = p.host;
    FactSection s{Tr::tr("Host"), {}};
    const QString system = !h.osName.isEmpty() ? h.osName : (h.osId + u' ' + h.osVersion).trimmed();
    // A fact nobody reported (an imported profile often lacks these) has no source: "unknown",
    // never zero, and no file named that was not read.
    const auto from = [](bool known, const QString &source) { return known ? source : QString(); };
    s.rows << row(Tr::tr("System"), system.isEmpty() ? Tr::tr("unknown") : system, FactState::Info,
                  Tr::tr("For information."), from(!system.isEmpty(), QStringLiteral("/etc/os-release")));
    s.rows << row(
        Tr::tr("Kernel"), h.kernel.isEmpty() ? Tr::tr("unknown") : h.kernel + (h.wsl ? Tr::tr(" (WSL)") : QString()),
        FactState::Info,
        h.wsl ? Tr::tr("Under WSL the GPU driver is Windows's; install it there.") : Tr::tr("For information."),
        from(!h.kernel.isEmpty(), QStringLiteral("/proc/sys/kernel/osrelease")));
    s.rows << row(Tr::tr("CPU cores"), h.cpuCores > 0 ? QString::number(h.cpuCores) : Tr::tr("unknown"),
                  FactState::Info, Tr::tr("Sets MAX_JOBS of source builds with the memory."),
                  from(h.cpuCores > 0, QStringLiteral("/proc/cpuinfo")));
    if (h.memoryMib <= 0)
        s.rows << row(Tr::tr("Memory"), Tr::tr("unknown"), FactState::Info, Tr::tr("Not reported by this profile."));
    else if (h.memoryMib < 8 * 1024)
        s.rows << row(
            Tr::tr("Memory"), gib(h.memoryMib), FactState::Warn,
            Tr::tr("Under 8 GiB: a source build will be slow or run out of memory; prebuilt wheels are fine."),
            QStringLiteral("/proc/meminfo"));
    else
        s.rows << row(Tr::tr("Memory"), gib(h.memoryMib), FactState::Ok,
                      Tr::tr("Enough for prebuilt wheels and source builds."), QStringLiteral("/proc/meminfo"));
    if (h.diskFreeMib >= 0) {
        const QString value = Tr::tr("%1 at %2").arg(gib(h.diskFreeMib), h.diskPath);
        if (h.diskFreeMib < 10 * 1024)
            s.rows << row(
                Tr::tr("Free disk"), value, FactState::Bad,
                Tr::tr("Under 10 GiB: even prebuilt wheels need about 10 GB. Free some space or install elsewhere."),
                h.diskPath);
        else if (h.diskFreeMib < 40 * 1024)
            s.rows << row(Tr::tr("Free disk"), value, FactState::Warn,
                          Tr::tr("Enough for prebuilt wheels; a source build needs about 40 GB."), h.diskPath);
        else
            s.rows << row(Tr::tr("Free disk"), value, FactState::Ok, Tr::tr("Enough for a source build (about 40 GB)."),
                          h.diskPath);
    }
    if (!h.secureBoot.isEmpty())
        s.rows << row(Tr::tr("Secure Boot"), h.secureBoot, FactState::Info,
                      h.secureBoot == u"enabled" ? Tr::tr("Kernel modules such as the NVIDIA driver must be signed.")
                                                 : Tr::tr("For information."),
                      QStringLiteral("mokutil"));
    for (const probe::Hazard &hazard : h.hazards)
        s.rows << row(hazardLabel(hazard.id), hazard.message, FactState::Bad,
                      Tr::tr("Installs can fail or break until this is fixed."), hazard.source);
    return s;
}

FactSection gpuSection(const probe::SystemProfile &p)
{
    FactSection s{Tr::tr("GPUs"), {}};
    if (p.gpus.isEmpty())
        s.rows << row(Tr::tr("GPU"), Tr::tr("none found"), FactState::Warn,
                      Tr::tr("Without a GPU only CPU builds are offered."));
    const bool hasIntelGpuDriver =
        std::any_of(p.gpuRuntimes.cbegin(), p.gpuRuntimes.cend(),
                    [](const probe::GpuRuntime &r) { return r.name == u"level_zero_intel_gpu"; });
    for (qsizetype index = 0; index < p.gpus.size(); ++index) {
        const probe::Gpu &g = p.gpus[index];
        QStringList facts;
        if (!g.computeCapability.isEmpty())
            facts << Tr::tr("compute capability %1").arg(g.computeCapability);
        if (!g.gfxTarget.isEmpty())
            facts << g.gfxTarget;
        if (g.memoryMib > 0)
            facts << gib(g.memoryMib);
        if (g.mig)
            facts << Tr::tr("MIG on");
        if (!g.state.isEmpty())
            facts << gpuStateText(g.state);
        const QString name = g.name.isEmpty() ? Tr::tr("unnamed %1 GPU").arg(g.vendor) : g.name;
        if (!g.pciBusId.isEmpty())
            facts << Tr::tr("PCI %1").arg(g.pciBusId);
        const QString value = facts.isEmpty() ? name : name + QStringLiteral(", ") + facts.join(QStringLiteral(", "));
        // Named as nvidia-smi and torch count them; the bus id (one long word that cannot wrap
        // in a narrow column) goes with the value.
        const QString fact = Tr::tr("GPU %1").arg(index);
        if (!g.state.isEmpty())
            s.rows << row(fact, value, FactState::Bad, Tr::tr("Blocks GPU installs until its driver works."), g.source);
        else if (g.vendor == u"intel")
            s.rows << row(fact, value, FactState::Info,
                          hasIntelGpuDriver
                              ? Tr::tr("Level Zero can reach it (PyTorch's XPU build); dlstack plans NVIDIA and AMD "
                                       "stacks only.")
                              : Tr::tr("Intel's compute runtime (libze_intel_gpu.so.1) is missing: install "
                                       "libze-intel-gpu1 or intel-level-zero-gpu for PyTorch's XPU build; dlstack "
                                       "plans NVIDIA and AMD stacks only."),
                          g.source);
        else
            s.rows << row(fact, value, FactState::Ok, Tr::tr("Found and usable."), g.source);
    }
    for (const probe::GpuRuntime &r : p.gpuRuntimes) {
        const QString value = r.version.isEmpty() ? r.path : r.version + QStringLiteral("  ") + r.path;
        s.rows << row(gpuRuntimeLabel(r.name), value, FactState::Info, Tr::tr("For information."), r.source);
    }
    if (p.nvidiaDriver) {
        const probe::NvidiaDriver &d = *p.nvidiaDriver;
        QString value = d.version;
        if (!d.cudaVersion.isEmpty())
            value += Tr::tr(", supports CUDA up to %1").arg(d.cudaVersion);
        if (d.openKernelModule)
            value += Tr::tr(", open kernel module");
        s.rows << row(Tr::tr("NVIDIA driver"), value, FactState::Ok,
                      d.cudaVersion.isEmpty() ? Tr::tr("Loaded.")
                                              : Tr::tr("CUDA builds up to %1 run with this driver.").arg(d.cudaVersion),
                      d.source);
    }
    return s;
}

FactSection toolkitSection(const probe::SystemProfile &p)
{
    FactSection s{Tr::tr("CUDA and ROCm"), {}};
    const bool nvidia = hasGpuOf(p, QStringLiteral("nvidia"));
    if (p.cudaToolkits.isEmpty() && !p.rocm)
        s.rows << row(
            Tr::tr("CUDA toolkit"), Tr::tr("none installed"), FactState::Info,
            Tr::tr("Prebuilt PyTorch wheels bring their own CUDA runtime; a source build installs a toolkit."));
    for (const probe::CudaToolkit &t : p.cudaToolkits) {
        QStringList notes;
        if (!t.fullVersion.isEmpty())
            notes << t.fullVersion;
        if (!t.origin.isEmpty())
            notes << cudaOriginText(t.origin);
        const QString value =
            t.path + (notes.isEmpty() ? QString() : QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + u')');
        if (t.nvcc.isEmpty())
            s.rows << row(Tr::tr("CUDA %1").arg(t.version), value, FactState::Warn,
                          Tr::tr("nvcc is missing: this toolkit cannot compile CUDA code."), t.source);
        else if (!nvidia)
            s.rows << row(Tr::tr("CUDA %1").arg(t.version), value, FactState::Info,
                          Tr::tr("Usable for builds, no GPU to run on: this machine has no NVIDIA GPU."), t.source);
        else
            s.rows << row(Tr::tr("CUDA %1").arg(t.version), value, FactState::Ok,
                          Tr::tr("Usable for source builds and CUDA extensions."), t.source);
    }
    for (const probe::Cudnn &c : p.cudnn)
        s.rows << row(Tr::tr("cuDNN %1").arg(c.version), c.path, nvidia ? FactState::Ok : FactState::Info,
                      nvidia ? Tr::tr("Found and usable.") : Tr::tr("No NVIDIA GPU here to use it."), c.source);
    if (p.rocm) {
        const bool amd = hasGpuOf(p, QStringLiteral("amd"));
        s.rows << row(Tr::tr("ROCm %1").arg(p.rocm->version), p.rocm->path, amd ? FactState::Ok : FactState::Info,
                      amd ? Tr::tr("Found and usable.")
                          : Tr::tr("Usable for builds, no GPU to run on: this machine has no AMD GPU."),
                      p.rocm->source);
    }
    return s;
}

FactSection toolSection(const probe::SystemProfile &p)
{
    FactSection s{Tr::tr("Compilers and tools"), {}};
    for (const probe::Compiler &c : p.compilers)
        s.rows << row(c.kind + u' ' + c.version, c.path, FactState::Ok, Tr::tr("Found and usable."), c.source);
    if (p.compilers.isEmpty())
        s.rows << row(Tr::tr("C/C++ compiler"), Tr::tr("none found"), FactState::Info,
                      Tr::tr("Only source builds need one; the plan installs it."));
    for (auto it = p.tools.cbegin(); it != p.tools.cend(); ++it) {
        if (it.value())
            s.rows << row(it.key(),
                          it.value()->version.isEmpty() ? it.value()->path
                                                        : it.value()->version + QStringLiteral("  ") + it.value()->path,
                          FactState::Ok, Tr::tr("Found and usable."), it.value()->source);
        else
            s.rows << row(it.key(), Tr::tr("not installed"), FactState::Info,
                          Tr::tr("Installed by a plan that needs it."));
    }
    return s;
}

FactSection pythonSection(const probe::SystemProfile &p, const Matrix &matrix)
{
    FactSection s{Tr::tr("Python"), {}};
    QList<probe::PythonInterpreter> pythons = p.pythons;
    std::stable_sort(pythons.begin(), pythons.end(),
                     [](const probe::PythonInterpreter &a, const probe::PythonInterpreter &b) {
                         return compareVersions(a.version, b.version) > 0;
                     });
    for (const probe::PythonInterpreter &py : std::as_const(pythons)) {
        const PythonVerdict verdict = judgePython(py.version, matrix);
        s.rows << row(Tr::tr("Python %1").arg(py.version), py.path, verdict.state, verdict.reason, py.source);
    }
    for (const probe::CondaInstall &c : p.conda)
        s.rows << row(c.flavour + (c.version.isEmpty() ? QString() : u' ' + c.version), c.root, FactState::Ok,
                      Tr::tr("Can create conda environments (%n environment(s) found).", nullptr,
                             static_cast<int>(c.envs.size())),
                      c.source);
    for (const probe::PythonEnv &e : p.pythonEnvs) {
        QStringList facts;
        if (!e.pythonVersion.isEmpty())
            facts << Tr::tr("Python %1").arg(e.pythonVersion);
        for (const QString &name :
             {QStringLiteral("torch"), QStringLiteral("torchvision"), QStringLiteral("torchaudio")})
            if (e.packages.contains(name))
                facts << name + u' ' + e.packages.value(name);
        if (!e.torchCuda.isEmpty())
            facts << Tr::tr("built with CUDA %1").arg(e.torchCuda);
        const QString value =
            facts.isEmpty() ? e.path : e.path + QStringLiteral(" — ") + facts.join(QStringLiteral(", "));
        const QString fact = e.kind + (e.active ? Tr::tr(" (active)") : QString());
        if (e.pythonVersion.isEmpty()) {
            s.rows << row(fact, value, FactState::Info, Tr::tr("Its Python version is not known."), e.source);
            continue;
        }
        const PythonVerdict verdict = judgePython(e.pythonVersion, matrix);
        const QString reason = verdict.state == FactState::Ok
                                   ? Tr::tr("Usable as an existing environment: %1").arg(verdict.reason)
                                   : Tr::tr("Not usable as an existing environment: %1").arg(verdict.reason);
        s.rows << row(fact, value, verdict.state, reason, e.source);
    }
    if (s.rows.isEmpty())
        s.rows << row(Tr::tr("Python"), Tr::tr("none found"), FactState::Info,
                      Tr::tr("A new environment brings its own Python (conda) or needs python3 installed (venv)."));
    return s;
}

} // namespace

QString factStateName(FactState state)
{
    switch (state) {
    case FactState::Ok:
        return QStringLiteral("ok");
    case FactState::Warn:
        return QStringLiteral("warn");
    case FactState::Bad:
        return QStringLiteral("bad");
    case FactState::Unusable:
        return QStringLiteral("off");
    case FactState::Info:
        break;
    }
    return QStringLiteral("info");
}

QList<FactSection> factSheet(const probe::SystemProfile &profile, const Matrix &matrix)
{
    QList<FactSection> out{hostSection(profile), gpuSection(profile), toolkitSection(profile)};
    if (FactSection sources = cudaSourcesSection(profile); !sources.rows.isEmpty())
        out << sources;
    out << toolSection(profile) << pythonSection(profile, matrix);
    if (!profile.problems.isEmpty()) {
        FactSection problems{Tr::tr("Problems while detecting"), {}};
        for (const probe::Problem &problem : profile.problems)
            problems.rows << row(problem.probe, problem.message, FactState::Warn,
                                 Tr::tr("This part of detection did not finish; the facts above may be incomplete."));
        out << problems;
    }
    return out;
}

} // namespace dlstack::matrix
