// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/condalocator.h"

#include "core/probe/condaparsers.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CondaLocator)
};

const QString kProbe = QStringLiteral("conda");

QString parentDir(const QString &path)
{
    const qsizetype cut = path.lastIndexOf(u'/');
    return cut <= 0 ? QStringLiteral("/") : path.left(cut);
}

bool isCondaPrefix(const ProbeContext &context, const QString &path)
{
    return !path.isEmpty() && context.isDir(path + QStringLiteral("/conda-meta"));
}

// A root holds conda itself (or micromamba's package cache layout); an env only packages.
bool isRoot(const ProbeContext &context, const QString &path)
{
    // A micromamba root prefix may hold only envs/ and pkgs/, without a base env.
    if (!isCondaPrefix(context, path))
        return !path.isEmpty() && context.isDir(path + QStringLiteral("/envs")) &&
               (path == context.env(QStringLiteral("MAMBA_ROOT_PREFIX")) ||
                path.endsWith(QStringLiteral("/micromamba")));
    return context.isDir(path + QStringLiteral("/condabin")) || context.exists(path + QStringLiteral("/bin/conda")) ||
           context.isDir(path + QStringLiteral("/envs")) || context.isDir(path + QStringLiteral("/pkgs"));
}

qsizetype commonPrefix(const QString &a, const QString &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

CondaInstall describeRoot(const ProbeContext &context, const QString &root)
{
    CondaInstall install;
    install.root = root;
    const QString metaDir = root + QStringLiteral("/conda-meta");
    const QStringList meta = context.list(metaDir, {QStringLiteral("*.json")});
    install.version = condaparsers::packageVersion(meta, QStringLiteral("conda"));
    QByteArray condaJson;
    if (!install.version.isEmpty()) {
        for (const QString &name : meta) {
            if (!condaparsers::versionFromMetaName(name, QStringLiteral("conda")).isEmpty()) {
                condaJson = context.readFile(metaDir + u'/' + name, 1024 * 1024).value_or(QByteArray());
                break;
            }
        }
    }
    const bool micromamba = context.exists(root + QStringLiteral("/bin/micromamba")) ||
                            context.env(QStringLiteral("MAMBA_ROOT_PREFIX")) == root ||
                            root.endsWith(QStringLiteral("/micromamba"));
    install.flavour = condaparsers::flavour(meta, condaJson, root.mid(root.lastIndexOf(u'/') + 1), micromamba);
    install.source = metaDir;
    if (isCondaPrefix(context, root))
        install.envs.append({QStringLiteral("base"), root});
    for (const QString &name : context.list(root + QStringLiteral("/envs"))) {
        const QString env = root + QStringLiteral("/envs/") + name;
        if (isCondaPrefix(context, env))
            install.envs.append({name, env});
    }
    return install;
}

} // namespace

CondaLocation locateConda(const ProbeContext &context)
{
    CondaLocation location;
    const QString home = context.home();
    QStringList listed; // environments.txt
    const QString envFile = home + QStringLiteral("/.conda/environments.txt");
    if (!home.isEmpty() && context.exists(envFile)) {
        const auto bytes = context.readFile(envFile, 1024 * 1024);
        if (!bytes)
            location.problems.append({kProbe, Tr::tr("Could not read %1.").arg(envFile)});
        else if (support::looksBinary(*bytes))
            location.problems.append({kProbe, Tr::tr("%1 is not a text file; it was ignored.").arg(envFile)});
        else
            listed = condaparsers::parseEnvironmentsTxt(support::decodeToolOutput(*bytes));
    }

    QStringList candidates;
    const QString condaExe = context.env(QStringLiteral("CONDA_EXE")); // <root>/bin/conda or <root>/condabin/conda
    if (!condaExe.isEmpty())
        candidates << parentDir(parentDir(condaExe));
    for (const char *name : {"CONDA_PREFIX", "MAMBA_ROOT_PREFIX", "CONDA_ROOT"}) {
        const QString prefix = context.env(QLatin1String(name));
        if (prefix.isEmpty())
            continue;
        candidates << prefix;
        const QString root = condaparsers::rootOfEnvPath(prefix);
        if (!root.isEmpty())
            candidates << root;
    }
    static const QStringList names = {
        QStringLiteral("miniconda3"), QStringLiteral("miniconda"),          QStringLiteral("anaconda3"),
        QStringLiteral("anaconda"),   QStringLiteral("miniforge3"),         QStringLiteral("miniforge"),
        QStringLiteral("mambaforge"), QStringLiteral("micromamba"),         QStringLiteral("conda"),
        QStringLiteral(".conda"),     QStringLiteral(".local/share/mamba"),
    };
    for (const QString &base : {home, QStringLiteral("/opt")}) {
        if (base.isEmpty())
            continue;
        for (const QString &name : names)
            candidates << base + u'/' + name;
    }
    for (const QString &env : std::as_const(listed)) {
        const QString root = condaparsers::rootOfEnvPath(env);
        candidates << (root.isEmpty() ? env : root);
    }

    QStringList canonicalRoots;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!isRoot(context, candidate))
            continue;
        const QString canonical = context.canonical(candidate);
        const QString key = canonical.isEmpty() ? candidate : canonical;
        if (canonicalRoots.contains(key))
            continue;
        canonicalRoots << key;
        location.installs.append(describeRoot(context, candidate));
    }

    // Listed envs that are not inside a root's envs/ (Snakemake, --prefix, ~/.conda/envs):
    // they join the root with the longest common path, or stand alone.
    CondaInstall loose;
    for (const QString &env : std::as_const(listed)) {
        if (!isCondaPrefix(context, env))
            continue; // conda keeps stale entries of removed envs
        bool known = false;
        for (const CondaInstall &install : std::as_const(location.installs)) {
            for (const CondaEnv &e : install.envs)
                known = known || e.path == env;
        }
        if (known)
            continue;
        CondaInstall *best = nullptr;
        qsizetype bestLength = 1;
        for (CondaInstall &install : location.installs) {
            const qsizetype length = commonPrefix(install.root + u'/', env);
            if (length > bestLength) {
                best = &install;
                bestLength = length;
            }
        }
        if (!best && location.installs.size() == 1)
            best = &location.installs.first();
        (best ? best : &loose)->envs.append({condaparsers::envName(QString(), env), env});
    }
    if (!loose.envs.isEmpty()) {
        loose.source = envFile;
        location.installs.append(loose);
    }
    return location;
}

QStringList condaEnvPaths(const CondaLocation &location)
{
    QStringList paths;
    for (const CondaInstall &install : location.installs) {
        for (const CondaEnv &env : install.envs) {
            if (!paths.contains(env.path))
                paths << env.path;
        }
    }
    return paths;
}

} // namespace dlstack::probe
