// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/pythonenvinspector.h"

#include "core/probe/condaparsers.h"
#include "core/probe/cudacomponents.h"
#include "core/probe/dlstackenvs.h"
#include "core/probe/pythonenvparsers.h"
#include "core/probe/torchinstall.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PythonEnvInspector)
};

using namespace pythonenvparsers;

QString parentDir(const QString &path)
{
    const qsizetype cut = path.lastIndexOf(u'/');
    return cut <= 0 ? QStringLiteral("/") : path.left(cut);
}

QString kindOf(const ProbeContext &context, const QString &path)
{
    if (context.exists(path + QStringLiteral("/pyvenv.cfg")))
        return QStringLiteral("venv");
    if (context.isDir(path + QStringLiteral("/conda-meta")))
        return QStringLiteral("conda");
    if (context.exists(path + QStringLiteral("/bin/python3")) || context.exists(path + QStringLiteral("/bin/python")))
        return QStringLiteral("system");
    return {};
}

// Whether any lib/python3.X/site-packages below `root` holds torch.
bool siteHasTorchBelow(const ProbeContext &context, const QString &root)
{
    for (const QString &lib : {QStringLiteral("/lib"), QStringLiteral("/lib64")})
        for (const QString &name : context.list(root + lib, {QStringLiteral("python3*")}))
            if (siteHasTorch(context, root + lib + u'/' + name + QStringLiteral("/site-packages")))
                return true;
    return false;
}

// The user site ($HOME/.local/lib/python3.X/site-packages) only counts when it holds torch.
QString userSiteWithTorch(const ProbeContext &context, const QString &home)
{
    const QString lib = home + QStringLiteral("/.local/lib");
    for (const QString &name : context.list(lib, {QStringLiteral("python3*")})) {
        const QString site = lib + u'/' + name + QStringLiteral("/site-packages");
        if (siteHasTorch(context, site))
            return site;
    }
    return {};
}

// The system Python's sites: the distribution's (/usr/lib/python3/dist-packages on Debian,
// /usr/lib{,64}/python3.X/site-packages elsewhere) and /usr/local's, where `sudo pip` writes.
QStringList systemSites(const ProbeContext &context)
{
    QStringList sites;
    const auto addIf = [&](const QString &site) {
        if (context.isDir(site) && !sites.contains(site))
            sites << site;
    };
    addIf(QStringLiteral("/usr/lib/python3/dist-packages"));
    for (const QString &prefix : {QStringLiteral("/usr/local"), QStringLiteral("/usr")}) {
        for (const QString &lib : {QStringLiteral("/lib"), QStringLiteral("/lib64")}) {
            for (const QString &name : context.list(prefix + lib, {QStringLiteral("python3*")})) {
                if (versionFromLibDirName(name).isEmpty())
                    continue;
                for (const QString &leaf : {QStringLiteral("/dist-packages"), QStringLiteral("/site-packages")})
                    addIf(prefix + lib + u'/' + name + leaf);
            }
        }
    }
    return sites;
}

QString systemSiteWithTorch(const ProbeContext &context)
{
    for (const QString &site : systemSites(context)) {
        if (siteHasTorch(context, site))
            return site;
    }
    return {};
}

} // namespace

QList<PythonEnvCandidate> locatePythonEnvs(const ProbeContext &context, const QStringList &condaEnvs)
{
    QList<PythonEnvCandidate> found;
    QStringList keys;
    const auto add = [&](const QString &rawPath, QString kind, bool active, const QString &source) {
        QString path = rawPath;
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        if (path.isEmpty() || !context.isDir(path))
            return;
        if (kind.isEmpty())
            kind = kindOf(context, path);
        if (kind.isEmpty())
            return;
        const QString canonical = context.canonical(path);
        const QString key = canonical.isEmpty() ? path : canonical;
        if (const qsizetype at = keys.indexOf(key); at >= 0) {
            found[at].active = found[at].active || active;
            return;
        }
        keys << key;
        found.append({path, kind, active, source});
    };

    add(context.env(QStringLiteral("VIRTUAL_ENV")), {}, true, QStringLiteral("$VIRTUAL_ENV"));
    add(context.env(QStringLiteral("CONDA_PREFIX")), {}, true, QStringLiteral("$CONDA_PREFIX"));
    for (const QString &env : condaEnvs)
        add(env, QStringLiteral("conda"), false, env + QStringLiteral("/conda-meta"));
    // The environment of each python on PATH: dir/../pyvenv.cfg, without resolving the
    // python symlink (that would lead to the base interpreter instead).
    for (const QString &dir : context.pathDirs()) {
        if (!context.exists(dir + QStringLiteral("/python3")) && !context.exists(dir + QStringLiteral("/python")))
            continue;
        const QString env = parentDir(dir);
        if (context.exists(env + QStringLiteral("/pyvenv.cfg")))
            add(env, QStringLiteral("venv"), false, QStringLiteral("$PATH"));
    }
    const QString home = context.home();
    if (!home.isEmpty()) {
        for (const QString &name : {QStringLiteral(".venv"), QStringLiteral("venv")})
            add(home + u'/' + name, {}, false, home + u'/' + name);
        for (const QString &dir : {QStringLiteral(".virtualenvs"), QStringLiteral("venvs"), QStringLiteral("envs"),
                                   QStringLiteral(".local/share/virtualenvs")}) {
            const QString parent = home + u'/' + dir;
            for (const QString &name : context.list(parent))
                add(parent + u'/' + name, {}, false, parent);
        }
        // pyenv: its virtualenvs and conda installs are environments; a plain version is an
        // interpreter (PythonProbe lists it) unless torch was installed into it.
        const QString pyenvRoot = !context.env(QStringLiteral("PYENV_ROOT")).isEmpty()
                                      ? context.env(QStringLiteral("PYENV_ROOT"))
                                      : home + QStringLiteral("/.pyenv");
        for (const QString &name : context.list(pyenvRoot + QStringLiteral("/versions"))) {
            const QString path = pyenvRoot + QStringLiteral("/versions/") + name;
            const QString kind = kindOf(context, path);
            if (kind != u"system" || siteHasTorchBelow(context, path))
                add(path, kind, false, pyenvRoot + QStringLiteral("/versions"));
        }
        // What dlstack made: ~/dlstack's install folders and what their journals created.
        for (const DlstackEnv &env : dlstackEnvs(context))
            add(env.path, {}, false, env.source);
    }
    for (const QString &name : context.list(QStringLiteral("/opt"))) {
        for (const QString &sub : {QStringLiteral("/.venv"), QStringLiteral("/venv")}) {
            const QString path = QStringLiteral("/opt/") + name + sub;
            if (context.exists(path + QStringLiteral("/pyvenv.cfg")))
                add(path, QStringLiteral("venv"), false, QStringLiteral("/opt/*") + sub);
        }
    }
    const QString cwd = context.env(QStringLiteral("PWD"));
    if (!cwd.isEmpty() && cwd != home)
        add(cwd + QStringLiteral("/.venv"), {}, false, QStringLiteral("./.venv"));
    for (const QString &extra : context.extraEnvPaths())
        add(extra, {}, false, QStringLiteral("--env ") + extra);
    if (!home.isEmpty() && !userSiteWithTorch(context, home).isEmpty())
        add(home + QStringLiteral("/.local"), QStringLiteral("user"), false, home + QStringLiteral("/.local/lib"));
    // The system Python counts when torch is there (Debian's python3-torch, `sudo pip install`).
    if (const QString site = systemSiteWithTorch(context); !site.isEmpty())
        add(QStringLiteral("/usr"), QStringLiteral("system"), false, site);
    return found;
}

QStringList sitePackagesDirs(const ProbeContext &context, const PythonEnvCandidate &candidate)
{
    if (candidate.kind == u"user") {
        const QString site = userSiteWithTorch(context, parentDir(candidate.path));
        return site.isEmpty() ? QStringList{} : QStringList{site};
    }
    if (candidate.path == u"/usr" && candidate.kind == u"system")
        return systemSites(context);
    QStringList dirs;
    for (const QString &lib : {QStringLiteral("/lib"), QStringLiteral("/lib64")}) {
        for (const QString &name : context.list(candidate.path + lib, {QStringLiteral("python*")})) {
            const QString site = candidate.path + lib + u'/' + name + QStringLiteral("/site-packages");
            if (!versionFromLibDirName(name).isEmpty() && context.isDir(site)) {
                const QString canonical = context.canonical(site);
                if (!dirs.contains(site) && (canonical.isEmpty() || !dirs.contains(canonical)))
                    dirs << site;
            }
        }
    }
    return dirs;
}

support::Result<PythonEnv> inspectChosenEnv(const ProbeContext &context, const QString &dir, const QString &source,
                                            QList<Problem> &problems)
{
    if (!context.isDir(dir))
        return support::Error{Tr::tr("%1 is not a folder.").arg(dir), QString(),
                              Tr::tr("Choose the folder of a venv or a conda environment.")};
    PythonEnvCandidate candidate;
    candidate.path = dir;
    candidate.source = source;
    if (context.isDir(dir + QStringLiteral("/conda-meta")))
        candidate.kind = QStringLiteral("conda");
    else if (context.exists(dir + QStringLiteral("/pyvenv.cfg")))
        candidate.kind = QStringLiteral("venv");
    else if (context.list(dir).isEmpty() && !context.readFile(dir + QStringLiteral("/pyvenv.cfg"), 1))
        // An empty listing of a folder that is there: it may just not be readable.
        return support::Error{
            Tr::tr("%1 is empty or cannot be read.").arg(dir), QString(),
            Tr::tr("Check that you may read the folder (ls -ld %1), or choose another one.").arg(dir)};
    else
        return support::Error{
            Tr::tr("%1 is not a Python environment: it has neither pyvenv.cfg (venv) nor conda-meta (conda).").arg(dir),
            QString(), Tr::tr("Choose the folder that holds bin/python and pyvenv.cfg or conda-meta.")};
    return inspectPythonEnv(context, candidate, problems, QStringLiteral("chosen"));
}

PythonEnv inspectPythonEnv(const ProbeContext &context, const PythonEnvCandidate &candidate, QList<Problem> &problems,
                           const QString &probe)
{
    PythonEnv env;
    env.kind = candidate.kind;
    env.path = candidate.path;
    env.active = candidate.active;
    QStringList sources{candidate.source};

    const QString bin = candidate.kind == u"user" ? QString() : candidate.path + QStringLiteral("/bin/");
    for (const QString &name : {QStringLiteral("python3"), QStringLiteral("python")}) {
        if (!bin.isEmpty() && context.exists(bin + name)) {
            env.python = bin + name;
            break;
        }
    }
    const QString cfg = candidate.path + QStringLiteral("/pyvenv.cfg");
    if (candidate.kind == u"venv" && context.exists(cfg)) {
        env.pythonVersion = parsePyvenvCfg(readMetadataText(context, cfg, 64 * 1024, problems, probe)).version;
        if (!env.pythonVersion.isEmpty())
            sources << cfg;
    }
    if (env.pythonVersion.isEmpty() && context.isDir(candidate.path + QStringLiteral("/conda-meta"))) {
        const QString meta = candidate.path + QStringLiteral("/conda-meta");
        env.pythonVersion = condaparsers::packageVersion(
            context.list(meta, {QStringLiteral("python-3*.json"), QStringLiteral("python-2*.json")}),
            QStringLiteral("python"));
        if (!env.pythonVersion.isEmpty())
            sources << meta;
    }

    const QStringList sites = sitePackagesDirs(context, candidate);
    if (env.pythonVersion.isEmpty() && !sites.isEmpty()) {
        const QString lib = parentDir(sites.first());
        env.pythonVersion = versionFromLibDirName(lib.mid(lib.lastIndexOf(u'/') + 1));
    }
    if (env.pythonVersion.isEmpty() && !env.python.isEmpty()) { // /usr/bin/python3 -> python3.11
        const QString real = context.canonical(env.python);
        env.pythonVersion = versionFromLibDirName(real.mid(real.lastIndexOf(u'/') + 1));
    }
    for (const QString &site : sites) {
        bool any = false;
        for (const QString &name : context.list(site, {QStringLiteral("*.dist-info"), QStringLiteral("*.egg-info")})) {
            const auto dist = parseDistributionDir(name);
            if (!dist || !isRelevantPackage(dist->name) || env.packages.contains(dist->name))
                continue;
            QString version = dist->version;
            if (version.isEmpty()) {
                const QString dir = site + u'/' + name;
                const QString file = context.isDir(dir) ? dir + (name.endsWith(QStringLiteral(".dist-info"))
                                                                     ? QStringLiteral("/METADATA")
                                                                     : QStringLiteral("/PKG-INFO"))
                                                        : dir;
                version = metadataVersion(readMetadataText(context, file, 64 * 1024, problems, probe));
            }
            env.packages.insert(dist->name, version);
            any = true;
        }
        if (env.torchInstall == TorchInstallKind::None && env.torchLocation.isEmpty()) {
            if (const auto torch = findTorchInSite(context, site, problems, probe)) {
                if (!torch->version.isEmpty() && env.packages.value(QStringLiteral("torch")).isEmpty())
                    env.packages.insert(QStringLiteral("torch"), torch->version);
                env.torchInstall = torch->kind;
                env.torchLocation = torch->location;
                env.torchCuda = torch->cuda;
                env.torchHip = torch->hip;
                sources << torch->sources;
            }
        }
        if (any)
            sources << site;
    }
    env.cudaComponents = cudaComponentsFromPip(env.packages);
    if (context.isDir(candidate.path + QStringLiteral("/conda-meta")))
        env.cudaComponents += cudaComponentsFromConda(
            context.list(candidate.path + QStringLiteral("/conda-meta"), condaCudaMetaPatterns()));
    if (candidate.kind == u"conda") {
        if (const auto conda = findCondaTorch(context, candidate.path)) {
            // conda's files say how it got there; version.py (read above) stays the CUDA's first source.
            env.torchInstall = TorchInstallKind::Conda;
            if (env.packages.value(QStringLiteral("torch")).isEmpty())
                env.packages.insert(QStringLiteral("torch"), conda->version);
            if (env.torchCuda.isEmpty())
                env.torchCuda = conda->cuda;
            sources << conda->sources;
        }
    }
    sources.removeDuplicates();
    env.source = sources.join(QStringLiteral(", "));
    return env;
}

} // namespace dlstack::probe
