// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/cudasourcessection.h"

#include <QCoreApplication>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CudaSources)
};

QString componentLabel(const QString &component)
{
    if (component == u"cuda_runtime")
        return Tr::tr("CUDA runtime");
    if (component == u"cudnn")
        return Tr::tr("cuDNN");
    if (component == u"nccl")
        return Tr::tr("NCCL");
    if (component == u"cublas")
        return Tr::tr("cuBLAS");
    if (component == u"nvcc")
        return Tr::tr("nvcc");
    if (component == u"nvrtc")
        return Tr::tr("NVRTC");
    if (component == u"cuda_toolkit")
        return Tr::tr("CUDA toolkit");
    if (component == u"cuda_version")
        return Tr::tr("CUDA version pin");
    if (component == u"rocm_sdk")
        return Tr::tr("ROCm SDK");
    return component;
}

QString viaLabel(const QString &via)
{
    if (via == u"PATH")
        return Tr::tr("nvcc on PATH");
    if (via == u"CUDA_HOME")
        return Tr::tr("CUDA_HOME");
    return Tr::tr("LD_LIBRARY_PATH");
}

QString providesLabel(const QString &provides)
{
    if (provides == u"cuda")
        return Tr::tr("CUDA toolkit");
    if (provides == u"cudnn")
        return Tr::tr("cuDNN");
    if (provides == u"nccl")
        return Tr::tr("NCCL");
    if (provides == u"gcc")
        return Tr::tr("GCC");
    if (provides == u"python")
        return Tr::tr("Python");
    if (provides == u"conda")
        return Tr::tr("conda");
    return provides;
}

FactRow row(const QString &fact, const QString &value, FactState state, const QString &reason,
            const QString &source = {})
{
    return FactRow{fact, value, state, reason, source};
}

} // namespace

QString cudaOriginText(const QString &origin)
{
    if (origin == u"system")
        return Tr::tr("runfile or NVIDIA packages");
    if (origin == u"distro")
        return Tr::tr("distribution package");
    if (origin == u"conda")
        return Tr::tr("conda packages");
    if (origin == u"pip")
        return Tr::tr("pip wheels");
    if (origin == u"therock")
        return Tr::tr("ROCm Core SDK (TheRock)");
    return origin;
}

FactSection cudaSourcesSection(const probe::SystemProfile &p)
{
    FactSection s{Tr::tr("Where CUDA and ROCm come from"), {}};
    for (const probe::CudaShellChoice &c : p.shellCuda.choices) {
        const QString value = c.version.isEmpty() ? c.path : Tr::tr("CUDA %1 — %2").arg(c.version, c.path);
        QString reason;
        if (c.via == u"PATH")
            reason = Tr::tr("Source builds and CUDA extensions compile with this nvcc.");
        else if (c.via == u"CUDA_HOME")
            reason = Tr::tr("PyTorch's extension builder and CMake take the toolkit from here.");
        else
            reason = Tr::tr("Searched before torch's own CUDA libraries when a process starts.");
        s.rows << row(viaLabel(c.via), value, FactState::Info, reason, QStringLiteral("$") + c.via);
    }
    for (const QString &conflict : p.shellCuda.conflicts)
        s.rows << row(Tr::tr("CUDA versions"), conflict, FactState::Warn,
                      Tr::tr("Builds and imports may use another CUDA than the one you expect."),
                      QStringLiteral("$PATH, $CUDA_HOME, $LD_LIBRARY_PATH"));
    for (const probe::PythonEnv &e : p.pythonEnvs) {
        if (e.cudaComponents.isEmpty())
            continue;
        QStringList parts;
        for (const probe::CudaComponent &c : e.cudaComponents)
            parts << Tr::tr("%1 %2 (%3 %4)").arg(componentLabel(c.component), c.version, c.origin, c.package);
        s.rows << row(e.path, parts.join(QStringLiteral(", ")), FactState::Info,
                      Tr::tr("torch in this environment loads these before the system's, unless LD_LIBRARY_PATH "
                             "names other CUDA libraries."),
                      e.source);
    }
    for (const probe::Rocm &r : p.rocmInstalls) {
        if (p.rocm && p.rocm->path == r.path)
            continue; // already in "CUDA and ROCm"
        s.rows << row(Tr::tr("ROCm %1").arg(r.version), r.path + QStringLiteral(" (") + cudaOriginText(r.origin) + u')',
                      FactState::Info, Tr::tr("Another ROCm on this machine; ROCM_PATH picks one."), r.source);
    }
    for (const probe::EnvModule &m : p.modules) {
        const QString what = m.provides.isEmpty() ? m.name : providesLabel(m.provides) + u' ' + m.version;
        s.rows << row(m.name, Tr::tr("%1 available as a module").arg(what), FactState::Info,
                      Tr::tr("`module load %1` provides it without installing.").arg(m.name), m.path);
    }
    return s;
}

} // namespace dlstack::matrix
