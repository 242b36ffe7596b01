// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/condaparsers.h"

#include "core/support/textutil.h"
#include "core/support/version.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dlstack::probe::condaparsers {

namespace {

// "3.11.4.final.0" -> "3.11.4"
QString pythonVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?))"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "__cuda=12.0=0" -> "12.0"
QString cudaFromVirtual(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(__cuda=(\d{1,2}\.\d{1,2}))"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "conda/23.7.0 requests/2.29.0 CPython/3.11.4 Linux/5.15.0-78-generic ubuntu/20.04.6 glibc/2.31"
void readUserAgent(const QString &agent, CondaInfo &info)
{
    const QStringList tokens = agent.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].startsWith(QStringLiteral("Linux/")))
            continue;
        info.kernel = tokens[i].mid(6);
        info.wsl = info.kernel.contains(QStringLiteral("microsoft"), Qt::CaseInsensitive);
        if (i + 1 < tokens.size()) {
            const QStringList distro = tokens[i + 1].split(u'/');
            static const QRegularExpression id(QStringLiteral(R"(^[a-z][a-z0-9._-]{0,30}$)"));
            if (distro.size() == 2 && id.match(distro[0]).hasMatch() &&
                !distro[0].startsWith(QStringLiteral("glibc")) && !distro[1].isEmpty() && distro[1].front().isDigit()) {
                info.osId = distro[0];
                info.osVersion = distro[1];
            }
        }
        return;
    }
}

QString stripWritable(QString value)
{
    static const QRegularExpression re(QStringLiteral(R"(\s+\((?:writable|read only|read-only)\)\s*$)"));
    value.remove(re);
    return value.trimmed();
}

QString lastComponent(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && (p.endsWith(u'/') || p.endsWith(u'\\')))
        p.chop(1);
    const qsizetype cut = std::max(p.lastIndexOf(u'/'), p.lastIndexOf(u'\\'));
    return p.mid(cut + 1);
}

bool isAbsolute(const QString &path)
{
    static const QRegularExpression windows(QStringLiteral(R"(^[A-Za-z]:\\)"));
    return path.startsWith(u'/') || windows.match(path).hasMatch() || path.startsWith(QStringLiteral("<USER_HOME>"));
}

} // namespace

CondaInfo parseInfo(const QString &text)
{
    CondaInfo info;
    QString key;
    QMap<QString, QStringList> values;
    for (const QString &raw : support::splitLines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = raw.indexOf(QStringLiteral(" : "));
        if (colon > 0) {
            key = raw.left(colon).trimmed().toLower();
            values[key] << raw.mid(colon + 3).trimmed();
        } else if (!key.isEmpty() && raw.startsWith(QStringLiteral("    "))) {
            values[key] << line; // continuation of a multi-line value
        } else {
            key.clear();
        }
    }
    info.condaVersion = values.value(QStringLiteral("conda version")).value(0);
    if (!support::Version::parse(info.condaVersion))
        info.condaVersion.clear();
    info.root = stripWritable(values.value(QStringLiteral("base environment")).value(0));
    if (info.root.isEmpty())
        info.root = stripWritable(values.value(QStringLiteral("root environment")).value(0));
    info.pythonVersion = pythonVersion(values.value(QStringLiteral("python version")).value(0));
    info.cudaVersion = cudaFromVirtual(values.value(QStringLiteral("virtual packages")).join(u' '));
    info.activePrefix = values.value(QStringLiteral("active env location")).value(0);
    readUserAgent(values.value(QStringLiteral("user-agent")).value(0), info);
    return info;
}

namespace {

// The object of a text that is conda info --json with something around it (a fence, a log
// line "conda info --json: {"), or empty.
QJsonObject infoObject(const QString &text)
{
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open < 0 || close <= open)
        return {};
    return QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8()).object();
}

// A piece of conda info --json that is no JSON document on its own (cut at either end): its
// top-level string members read one by one, `"root_prefix": "/opt/conda",`.
QJsonObject infoMembers(const QString &text)
{
    static const QRegularExpression member(QStringLiteral(
        R"re((?:^|\n)  "(conda_version|root_prefix|conda_prefix|sys\.prefix|python_version|user_agent)": "([^"\n]*)")re"));
    QJsonObject o;
    for (auto it = member.globalMatch(text.left(1024 * 1024)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        o.insert(m.captured(1), m.captured(2));
    }
    return o;
}

} // namespace

CondaInfo parseInfoJson(const QString &text)
{
    CondaInfo info;
    QJsonObject o = infoObject(text);
    if (o.isEmpty())
        o = infoMembers(text);
    if (o.isEmpty())
        return info;
    info.condaVersion = o.value(QStringLiteral("conda_version")).toString();
    for (const char *key : {"root_prefix", "conda_prefix", "sys.prefix"}) {
        if (info.root.isEmpty())
            info.root = o.value(QLatin1String(key)).toString();
    }
    info.pythonVersion = pythonVersion(o.value(QStringLiteral("python_version")).toString());
    info.activePrefix = o.value(QStringLiteral("active_prefix")).toString();
    const QJsonValue envs = o.value(QStringLiteral("envs"));
    info.hasEnvList = envs.isArray();
    const QJsonArray list = envs.toArray();
    QSet<QString> seen;
    seen.reserve(list.size());
    for (const QJsonValue &env : list) {
        const QString path = env.toString();
        if (!path.isEmpty() && !seen.contains(path)) {
            seen.insert(path);
            info.envs << path;
        }
    }
    for (const QJsonValue &pkg : o.value(QStringLiteral("virtual_pkgs")).toArray()) {
        const QJsonArray parts = pkg.toArray();
        if (parts.size() >= 2 && parts[0].toString() == u"__cuda")
            info.cudaVersion = cudaFromVirtual(QStringLiteral("__cuda=") + parts[1].toString());
    }
    readUserAgent(o.value(QStringLiteral("user_agent")).toString(), info);
    return info;
}

QList<EnvListEntry> parseEnvList(const QString &text)
{
    QList<EnvListEntry> entries;
    for (const QString &raw : support::splitLines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // The path is the last field and may contain spaces: find where it starts.
        static const QRegularExpression re(QStringLiteral(R"(^(?:(\S+)\s+)?(?:(\*)\s+)?((?:/|[A-Za-z]:\\).*)$)"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            continue;
        entries.append({m.captured(1), m.captured(3).trimmed(), !m.captured(2).isEmpty()});
    }
    return entries;
}

QStringList parseEnvironmentsTxt(const QString &text)
{
    QStringList paths;
    QSet<QString> seen;
    for (const QString &raw : support::splitLines(text)) {
        const QString line = raw.trimmed();
        if (isAbsolute(line) && !seen.contains(line)) {
            seen.insert(line);
            paths << line;
        }
    }
    return paths;
}

QString versionFromMetaName(const QString &fileName, const QString &package)
{
    if (!fileName.startsWith(package + u'-') || !fileName.endsWith(QStringLiteral(".json")))
        return {};
    const QString rest = fileName.mid(package.size() + 1).chopped(5); // "23.7.0-py311h06a4308_0"
    const qsizetype dash = rest.lastIndexOf(u'-');
    if (dash <= 0)
        return {};
    const QString version = rest.left(dash);
    if (version.contains(u'-') || !version.front().isDigit())
        return {};
    return version;
}

QString packageVersion(const QStringList &metaFileNames, const QString &package)
{
    for (const QString &name : metaFileNames) {
        const QString v = versionFromMetaName(name, package);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString flavour(const QStringList &metaFileNames, const QByteArray &condaMetaJson, const QString &rootName,
                bool micromamba)
{
    static const QRegularExpression anaconda(
        QStringLiteral(R"(^(?:anaconda-(?:\d{4}\.\d+|custom)-|_anaconda_depends-))"));
    bool hasConda = false;
    bool hasMamba = false;
    for (const QString &name : metaFileNames) {
        if (anaconda.match(name).hasMatch())
            return QStringLiteral("anaconda");
        hasConda = hasConda || !versionFromMetaName(name, QStringLiteral("conda")).isEmpty();
        hasMamba = hasMamba || !versionFromMetaName(name, QStringLiteral("mamba")).isEmpty();
    }
    if (!hasConda)
        return micromamba ? QStringLiteral("micromamba") : QStringLiteral("conda");
    const QString channel = QJsonDocument::fromJson(condaMetaJson).object().value(QStringLiteral("channel")).toString();
    const bool forge = channel.contains(QStringLiteral("conda-forge")) ||
                       condaMetaJson.contains("conda.anaconda.org/conda-forge") ||
                       rootName.contains(QStringLiteral("forge"), Qt::CaseInsensitive);
    if (forge || hasMamba)
        return rootName.contains(QStringLiteral("mambaforge"), Qt::CaseInsensitive) ? QStringLiteral("mambaforge")
                                                                                    : QStringLiteral("miniforge");
    return QStringLiteral("miniconda");
}

QString envName(const QString &root, const QString &envPath)
{
    if (!root.isEmpty() && envPath == root)
        return QStringLiteral("base");
    return lastComponent(envPath);
}

QString rootOfEnvPath(const QString &envPath)
{
    for (const QString &sep : {QStringLiteral("/envs/"), QStringLiteral("\\envs\\")}) {
        const qsizetype at = envPath.lastIndexOf(sep);
        if (at > 0 && !envPath.mid(at + sep.size()).contains(sep.front()))
            return envPath.left(at);
    }
    return {};
}

bool looksLikeInfo(const QString &text)
{
    const QString head = text.left(8192);
    return head.contains(QStringLiteral("conda version :")) &&
           (head.contains(QStringLiteral("base environment :")) ||
            head.contains(QStringLiteral("root environment :")) || head.contains(QStringLiteral("envs directories :")));
}

bool looksLikeInfoJson(const QString &text)
{
    const QJsonObject o = infoObject(text);
    if (o.contains(QStringLiteral("conda_version")))
        return o.contains(QStringLiteral("root_prefix")) || o.contains(QStringLiteral("envs")) ||
               o.contains(QStringLiteral("conda_prefix"));
    // Cut short or pasted from the middle: conda's own member names, at the top level.
    if (!o.isEmpty())
        return false;
    const QJsonObject members = infoMembers(text);
    return members.size() >= 2 &&
           (members.contains(QStringLiteral("root_prefix")) || members.contains(QStringLiteral("conda_version")));
}

bool looksLikeEnvList(const QString &text)
{
    // The head is enough to tell; the whole text is parsed once, by parseEnvList().
    return text.left(4096).contains(QStringLiteral("# conda environments:")) &&
           !parseEnvList(text.left(64 * 1024)).isEmpty();
}

bool looksLikeEnvironmentsTxt(const QString &text)
{
    bool envLike = false;
    int lines = 0;
    static const QRegularExpression hint(QStringLiteral(R"((/|\\)envs(/|\\)|conda|mamba|forge|/\.snakemake/)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString &raw : support::splitLines(text.left(1024 * 1024))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!isAbsolute(line) || line.contains(QStringLiteral(" : ")))
            return false;
        ++lines;
        envLike = envLike || hint.match(line).hasMatch();
    }
    return lines > 0 && envLike;
}

SystemProfile infoToProfile(const CondaInfo &info, const QString &source)
{
    SystemProfile profile;
    if (info.root.isEmpty() && info.condaVersion.isEmpty())
        return profile;
    CondaInstall install;
    install.root = info.root;
    install.version = info.condaVersion;
    install.source = source;
    if (info.hasEnvList) {
        for (const QString &env : info.envs)
            install.envs.append({envName(info.root, env), env});
    } else {
        if (!info.root.isEmpty())
            install.envs.append({QStringLiteral("base"), info.root});
        if (!info.activePrefix.isEmpty() && info.activePrefix != info.root)
            install.envs.append({envName(info.root, info.activePrefix), info.activePrefix});
    }
    profile.conda.append(install);
    if (!info.pythonVersion.isEmpty() && !info.root.isEmpty()) {
        PythonEnv base;
        base.kind = QStringLiteral("conda");
        base.path = info.root;
        base.pythonVersion = info.pythonVersion;
        base.active = info.activePrefix == info.root;
        base.source = source;
        profile.pythonEnvs.append(base);
    }
    if (!info.cudaVersion.isEmpty())
        profile.nvidiaDriver = NvidiaDriver{QString(), info.cudaVersion, false, source};
    profile.host.kernel = info.kernel;
    profile.host.osId = info.osId;
    profile.host.osVersion = info.osVersion;
    profile.host.wsl = info.wsl;
    if (!info.osId.isEmpty() || !info.kernel.isEmpty())
        profile.host.source = source;
    return profile;
}

SystemProfile envListToProfile(const QList<EnvListEntry> &entries, const QString &source)
{
    QStringList paths;
    paths.reserve(entries.size());
    QHash<QString, QString> names; // path -> the name the list gives it (the last one listed)
    QString root;
    for (const EnvListEntry &e : entries) {
        paths << e.path;
        if (!e.name.isEmpty())
            names.insert(e.path, e.name == u"root" ? QStringLiteral("base") : e.name);
        if (root.isEmpty() && (e.name == u"base" || e.name == u"root"))
            root = e.path;
    }
    SystemProfile profile = environmentsTxtToProfile(paths, source);
    if (!root.isEmpty() && !profile.conda.isEmpty())
        profile.conda.first().root = root;
    for (CondaInstall &install : profile.conda) {
        for (CondaEnv &env : install.envs) {
            const auto named = names.constFind(env.path);
            if (named != names.constEnd())
                env.name = *named;
        }
    }
    return profile;
}

SystemProfile environmentsTxtToProfile(const QStringList &paths, const QString &source)
{
    // Group by root: "<root>/envs/<name>" belongs to <root>; a path that is the root of
    // another entry is that root; the rest (Snakemake, --prefix envs) join the only root
    // there is, or an install whose root is unknown.
    QStringList roots; // in the order they first appear
    QSet<QString> isRoot;
    for (const QString &p : paths) {
        const QString r = rootOfEnvPath(p);
        if (!r.isEmpty() && !isRoot.contains(r)) {
            isRoot.insert(r);
            roots << r;
        }
    }
    if (roots.isEmpty() && paths.size() == 1 && rootOfEnvPath(paths.first()).isEmpty()) {
        roots << paths.first(); // a lone base environment
        isRoot.insert(paths.first());
    }
    SystemProfile profile;
    QMap<QString, CondaInstall> installs;
    for (const QString &p : paths) {
        QString root = rootOfEnvPath(p);
        if (root.isEmpty())
            root = isRoot.contains(p) ? p : (roots.size() == 1 ? roots.first() : QString());
        CondaInstall &install = installs[root];
        install.root = root;
        install.source = source;
        install.envs.append({envName(root, p), p});
    }
    for (const QString &r : roots)
        profile.conda.append(installs.take(r));
    for (const CondaInstall &rest : std::as_const(installs))
        profile.conda.append(rest);
    return profile;
}

} // namespace dlstack::probe::condaparsers
