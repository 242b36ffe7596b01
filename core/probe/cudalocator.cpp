// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/cudalocator.h"

namespace dlstack::probe {

namespace {

QString parentDir(const QString &path)
{
    const qsizetype cut = path.lastIndexOf(u'/');
    return cut <= 0 ? QStringLiteral("/") : path.left(cut);
}

bool looksLikeToolkit(const ProbeContext &context, const QString &dir)
{
    for (const char *marker : {"/bin/nvcc", "/version.json", "/version.txt", "/include/cuda_runtime.h",
                               "/targets/x86_64-linux/include/cuda_runtime.h"}) {
        if (context.exists(dir + QLatin1String(marker)))
            return true;
    }
    return false;
}

} // namespace

QList<ToolkitLocation> locateCudaToolkits(const ProbeContext &context, const QStringList &condaEnvs)
{
    struct Candidate
    {
        QString path;
        bool conda;
    };
    QList<Candidate> candidates;
    for (const QString &base : {QStringLiteral("/usr/local"), QStringLiteral("/opt")}) {
        for (const QString &name : context.list(base, {QStringLiteral("cuda*")}))
            candidates.append({base + u'/' + name, false});
    }
    for (const char *var : {"CUDA_HOME", "CUDA_PATH", "CUDA_ROOT", "CUDA_TOOLKIT_ROOT_DIR"}) {
        QString value = context.env(QLatin1String(var));
        while (value.size() > 1 && value.endsWith(u'/'))
            value.chop(1);
        if (!value.isEmpty())
            candidates.append({value, false});
    }
    const QString nvcc = context.which(QStringLiteral("nvcc"));
    if (!nvcc.isEmpty()) {
        // /usr/local/cuda/bin/nvcc -> /usr/local/cuda; Debian's /usr/bin/nvcc -> /usr
        candidates.append({parentDir(parentDir(nvcc)), false});
        const QString real = context.canonical(nvcc);
        if (!real.isEmpty() && real != nvcc)
            candidates.append({parentDir(parentDir(real)), false});
    }
    for (const QString &env : condaEnvs) {
        if (context.exists(env + QStringLiteral("/bin/nvcc")) ||
            context.isDir(env + QStringLiteral("/targets/x86_64-linux")))
            candidates.append({env, true});
    }

    QList<ToolkitLocation> found;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!context.isDir(c.path))
            continue;
        // A conda env counts by its own markers; other directories need a toolkit inside.
        if (!c.conda && !looksLikeToolkit(context, c.path))
            continue;
        const QString canonical = context.canonical(c.path);
        const QString path = canonical.isEmpty() ? c.path : canonical;
        auto it = std::find_if(found.begin(), found.end(), [&](const ToolkitLocation &t) { return t.path == path; });
        if (it == found.end()) {
            found.append({path, {}, c.conda});
            it = found.end() - 1;
        }
        if (c.path != path && !it->aliases.contains(c.path))
            it->aliases << c.path;
    }
    return found;
}

} // namespace dlstack::probe
