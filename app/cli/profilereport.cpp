// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profilereport.h"

#include <QCoreApplication>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReport)
};

class Report
{
public:
    Report(QTextStream &out, bool terminal) : m_out(out), m_terminal(terminal) {}

    void heading(const QString &title)
    {
        m_out << '\n' << (m_terminal ? QStringLiteral("\x1b[1m") : QString()) << title
              << (m_terminal ? QStringLiteral("\x1b[0m") : QString()) << '\n';
    }
    void row(const QString &label, const QString &value, const QString &source = {})
    {
        m_out << "  " << label.leftJustified(18) << ' ' << value;
        if (!source.isEmpty())
            m_out << (m_terminal ? QStringLiteral("  \x1b[2m(") : QStringLiteral("  (")) << source
                  << (m_terminal ? QStringLiteral(")\x1b[0m") : QStringLiteral(")"));
        m_out << '\n';
    }
    void none(const QString &text) { m_out << "  " << text << '\n'; }

private:
    QTextStream &m_out;
    bool m_terminal;
};

QString mib(qint64 value)
{
    if (value <= 0)
        return Tr::tr("unknown");
    if (value >= 1024)
        return Tr::tr("%1 GiB").arg(static_cast<double>(value) / 1024.0, 0, 'f', 1);
    return Tr::tr("%1 MiB").arg(value);
}

QString gpuState(const probe::Gpu &gpu)
{
    if (gpu.state == u"driver_not_loaded")
        return Tr::tr("driver not loaded");
    if (gpu.state == u"no_driver")
        return Tr::tr("no driver installed");
    if (gpu.state == u"error")
        return Tr::tr("error");
    return {};
}

} // namespace

void printProfileReport(const probe::SystemProfile &p, QTextStream &out, bool terminal)
{
    Report r(out, terminal);
    r.heading(Tr::tr("Host"));
    if (!p.host.osName.isEmpty() || !p.host.osId.isEmpty())
        r.row(Tr::tr("System"), p.host.osName.isEmpty() ? p.host.osId + u' ' + p.host.osVersion : p.host.osName,
              QStringLiteral("/etc/os-release"));
    if (!p.host.kernel.isEmpty())
        r.row(Tr::tr("Kernel"), p.host.kernel + (p.host.wsl ? Tr::tr(" (WSL)") : QString()));
    if (p.host.cpuCores > 0)
        r.row(Tr::tr("CPU cores"), QString::number(p.host.cpuCores));
    if (p.host.memoryMib > 0)
        r.row(Tr::tr("Memory"), mib(p.host.memoryMib));
    if (p.host.diskFreeMib >= 0)
        r.row(Tr::tr("Free disk"), Tr::tr("%1 at %2").arg(mib(p.host.diskFreeMib), p.host.diskPath));
    if (!p.host.secureBoot.isEmpty())
        r.row(Tr::tr("Secure Boot"), p.host.secureBoot);

    r.heading(Tr::tr("GPUs"));
    if (p.gpus.isEmpty())
        r.none(Tr::tr("none found"));
    for (const probe::Gpu &g : p.gpus) {
        QStringList facts;
        if (!g.computeCapability.isEmpty())
            facts << Tr::tr("compute capability %1").arg(g.computeCapability);
        if (!g.gfxTarget.isEmpty())
            facts << g.gfxTarget;
        if (g.memoryMib > 0)
            facts << mib(g.memoryMib);
        if (g.mig)
            facts << Tr::tr("MIG on");
        if (!gpuState(g).isEmpty())
            facts << gpuState(g);
        r.row(g.pciBusId.isEmpty() ? g.vendor : g.pciBusId,
              (g.name.isEmpty() ? Tr::tr("unnamed %1 GPU").arg(g.vendor) : g.name) +
                  (facts.isEmpty() ? QString() : QStringLiteral(", ") + facts.join(QStringLiteral(", "))),
              g.source);
    }
    if (p.nvidiaDriver) {
        r.row(Tr::tr("NVIDIA driver"),
              p.nvidiaDriver->version +
                  (p.nvidiaDriver->cudaVersion.isEmpty() ? QString()
                                                         : Tr::tr(", supports CUDA up to %1").arg(p.nvidiaDriver->cudaVersion)) +
                  (p.nvidiaDriver->openKernelModule ? Tr::tr(", open kernel module") : QString()),
              p.nvidiaDriver->source);
    }

    r.heading(Tr::tr("CUDA and ROCm"));
    if (p.cudaToolkits.isEmpty() && !p.rocm && p.cudnn.isEmpty())
        r.none(Tr::tr("no CUDA toolkit, cuDNN or ROCm found"));
    for (const probe::CudaToolkit &t : p.cudaToolkits)
        r.row(Tr::tr("CUDA %1").arg(t.version), t.path + (t.fullVersion.isEmpty() ? QString() : QStringLiteral(" (") + t.fullVersion + u')'),
              t.source);
    for (const probe::Cudnn &c : p.cudnn)
        r.row(Tr::tr("cuDNN %1").arg(c.version), c.path);
    if (p.rocm)
        r.row(Tr::tr("ROCm %1").arg(p.rocm->version), p.rocm->path, p.rocm->source);

    r.heading(Tr::tr("Compilers and tools"));
    for (const probe::Compiler &c : p.compilers)
        r.row(c.kind + u' ' + c.version, c.path);
    for (auto it = p.tools.cbegin(); it != p.tools.cend(); ++it) {
        if (it.value())
            r.row(it.key(), it.value()->version.isEmpty() ? it.value()->path : it.value()->version + QStringLiteral("  ") + it.value()->path);
        else
            r.row(it.key(), Tr::tr("not installed"));
    }

    r.heading(Tr::tr("Python"));
    for (const probe::PythonInterpreter &py : p.pythons)
        r.row(Tr::tr("Python %1").arg(py.version), py.path);
    for (const probe::CondaInstall &c : p.conda)
        r.row(c.flavour + (c.version.isEmpty() ? QString() : u' ' + c.version), c.root,
              Tr::tr("%n environment(s)", nullptr, static_cast<int>(c.envs.size())));
    for (const probe::PythonEnv &e : p.pythonEnvs) {
        QStringList facts;
        if (!e.pythonVersion.isEmpty())
            facts << Tr::tr("Python %1").arg(e.pythonVersion);
        for (const QString &name : {QStringLiteral("torch"), QStringLiteral("torchvision"), QStringLiteral("torchaudio")}) {
            if (e.packages.contains(name))
                facts << name + u' ' + e.packages.value(name);
        }
        if (!e.torchCuda.isEmpty())
            facts << Tr::tr("built with CUDA %1").arg(e.torchCuda);
        r.row(e.kind + (e.active ? Tr::tr(" (active)") : QString()), e.path,
              facts.join(QStringLiteral(", ")));
    }
    if (p.pythons.isEmpty() && p.conda.isEmpty() && p.pythonEnvs.isEmpty())
        r.none(Tr::tr("no Python found"));

    if (!p.host.hazards.isEmpty()) {
        r.heading(Tr::tr("Install hazards"));
        for (const probe::Hazard &h : p.host.hazards)
            r.row(h.id, h.message);
    }
    if (!p.problems.isEmpty()) {
        r.heading(Tr::tr("Problems while detecting"));
        for (const probe::Problem &problem : p.problems)
            r.row(problem.probe, problem.message);
    }
    out.flush();
}

} // namespace dlstack::cli
