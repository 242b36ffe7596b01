// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/cudacomponents.h"

#include "core/probe/condaparsers.h"
#include "core/support/version.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CudaSources)
};

struct Mapping
{
    const char *package;
    const char *component;
};

// pip: the wheel name without its -cu12 / -cu13 suffix.
constexpr Mapping kPip[] = {
    {"nvidia-cuda-runtime", "cuda_runtime"},
    {"nvidia-cudnn", "cudnn"},
    {"nvidia-nccl", "nccl"},
    {"nvidia-cublas", "cublas"},
    {"nvidia-cuda-nvcc", "nvcc"},
    {"nvidia-cuda-nvrtc", "nvrtc"},
    {"cuda-toolkit", "cuda_toolkit"},
    {"rocm-sdk-core", "rocm_sdk"},
};

constexpr Mapping kConda[] = {
    {"cuda-cudart", "cuda_runtime"},
    {"cudnn", "cudnn"},
    {"nccl", "nccl"},
    {"libcublas", "cublas"},
    {"cuda-nvcc", "nvcc"},
    {"cuda-version", "cuda_version"},
    {"cudatoolkit", "cuda_toolkit"},
    {"cuda-toolkit", "cuda_toolkit"},
};

QString majorMinor(const QString &version)
{
    const auto v = support::Version::parse(version);
    return v && v->size() >= 2 ? v->majorMinor() : QString();
}

QString versionOfPath(const ProbeContext &context, const QString &path, const QList<CudaToolkit> &toolkits)
{
    const QString real = context.canonical(path);
    for (const CudaToolkit &t : toolkits) {
        QStringList roots{t.path};
        roots << t.aliases;
        for (const QString &root : std::as_const(roots)) {
            for (const QString &p : {path, real}) {
                if (!p.isEmpty() && (p == root || p.startsWith(root + u'/')))
                    return t.version;
            }
        }
    }
    return {};
}

} // namespace

QList<CudaComponent> cudaComponentsFromPip(const QMap<QString, QString> &packages)
{
    static const QRegularExpression suffix(QStringLiteral(R"(-cu\d{2}$)"));
    QList<CudaComponent> out;
    for (auto it = packages.cbegin(); it != packages.cend(); ++it) {
        const QString base = QString(it.key()).remove(suffix);
        for (const Mapping &m : kPip) {
            if (base == QLatin1String(m.package)) {
                out.append({QLatin1String(m.component), it.value(), it.key(), QStringLiteral("pip")});
                break;
            }
        }
    }
    return out;
}

QList<CudaComponent> cudaComponentsFromConda(const QStringList &metaFileNames)
{
    QList<CudaComponent> out;
    for (const Mapping &m : kConda) {
        const QString package = QLatin1String(m.package);
        const QString version = condaparsers::packageVersion(metaFileNames, package);
        if (!version.isEmpty())
            out.append({QLatin1String(m.component), version, package, QStringLiteral("conda")});
    }
    return out;
}

QStringList condaCudaMetaPatterns()
{
    QStringList patterns;
    for (const Mapping &m : kConda)
        patterns << QLatin1String(m.package) + QStringLiteral("-*.json");
    return patterns;
}

QString cudartVersionFromName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral(R"(^libcudart\.so\.(\d{1,2}(?:\.\d{1,4}){0,2})$)"));
    const auto m = re.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

ShellCuda shellCudaOf(const ProbeContext &context, const QList<CudaToolkit> &toolkits)
{
    ShellCuda shell;
    const QString nvcc = context.which(QStringLiteral("nvcc"));
    if (!nvcc.isEmpty())
        shell.choices.append({QStringLiteral("PATH"), nvcc, versionOfPath(context, nvcc, toolkits)});
    for (const char *var : {"CUDA_HOME", "CUDA_PATH"}) {
        QString value = context.env(QLatin1String(var));
        while (value.size() > 1 && value.endsWith(u'/'))
            value.chop(1);
        if (!value.isEmpty()) {
            shell.choices.append({QStringLiteral("CUDA_HOME"), value, versionOfPath(context, value, toolkits)});
            break;
        }
    }
    for (const QString &dir : context.env(QStringLiteral("LD_LIBRARY_PATH")).split(u':', Qt::SkipEmptyParts)) {
        QString version;
        for (const QString &name : context.list(dir, {QStringLiteral("libcudart.so.*")})) {
            const QString v = cudartVersionFromName(name);
            if (v.size() > version.size())
                version = v;
        }
        const bool hasRuntime = !version.isEmpty();
        if (version.isEmpty())
            version = versionOfPath(context, dir, toolkits);
        if (hasRuntime || !version.isEmpty())
            shell.choices.append({QStringLiteral("LD_LIBRARY_PATH"), dir, version});
    }
    return shell;
}

QStringList cudaShellConflicts(const SystemProfile &profile)
{
    struct Side
    {
        QString text;
        QString version;
    };
    QList<Side> sides;
    for (const CudaShellChoice &c : profile.shellCuda.choices) {
        const QString mm = majorMinor(c.version);
        if (mm.isEmpty())
            continue;
        if (c.via == u"PATH")
            sides.append({Tr::tr("nvcc on PATH is %1 (%2)").arg(mm, c.path), mm});
        else if (c.via == u"CUDA_HOME")
            sides.append({Tr::tr("CUDA_HOME is %1 (%2)").arg(mm, c.path), mm});
        else
            sides.append({Tr::tr("LD_LIBRARY_PATH leads to %1 (%2)").arg(mm, c.path), mm});
    }
    for (const PythonEnv &env : profile.pythonEnvs) {
        if (env.active && !env.torchCuda.isEmpty()) {
            sides.append({Tr::tr("torch in %1 was built with %2").arg(env.path, majorMinor(env.torchCuda)),
                          majorMinor(env.torchCuda)});
            break;
        }
    }
    QStringList versions;
    QStringList texts;
    for (const Side &side : std::as_const(sides)) {
        if (!versions.contains(side.version))
            versions << side.version;
        texts << side.text;
    }
    if (versions.size() < 2)
        return {};
    return {Tr::tr("The CUDA versions this shell reaches disagree: %1. Extensions are built with the nvcc on PATH "
                   "(or CUDA_HOME's), and LD_LIBRARY_PATH is searched before torch's own CUDA libraries. Point PATH "
                   "and CUDA_HOME at the toolkit matching torch's CUDA and drop other CUDA directories from "
                   "LD_LIBRARY_PATH.")
                .arg(texts.join(QStringLiteral(", ")))};
}

QString toolkitOrigin(const ProbeContext &context, const QString &root, bool condaEnv)
{
    if (condaEnv)
        return QStringLiteral("conda");
    if (root == u"/usr")
        return QStringLiteral("distro");
    if (root.contains(QStringLiteral("/site-packages/")) || context.isDir(root + QStringLiteral("/dist-info")))
        return QStringLiteral("pip");
    return QStringLiteral("system");
}

} // namespace dlstack::probe
