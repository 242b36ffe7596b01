// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/torchinstall.h"

#include "core/probe/pythonenvparsers.h"
#include "core/support/textutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TorchInstall)
};

using namespace pythonenvparsers;
using namespace torchinstallfiles;

// A file that may be absent: absent is no problem, unreadable or binary is.
QString readText(const ProbeContext &context, const QString &path, QList<Problem> &problems, const QString &probe)
{
    return context.exists(path) ? readMetadataText(context, path, 256 * 1024, problems, probe) : QString();
}

// The distribution's own site: /usr/lib/python3/dist-packages, /usr/lib64/python3.12/site-packages.
bool isDistroSite(const QString &site)
{
    static const QRegularExpression re(QStringLiteral(R"(^/usr/lib(?:64)?/python3(?:\.\d+)?/(?:dist|site)-packages$)"));
    return re.match(site).hasMatch();
}

QString firstName(const ProbeContext &context, const QString &dir, const QString &pattern)
{
    const QStringList names = context.list(dir, {pattern});
    return names.isEmpty() ? QString() : names.first();
}

// Reads torch/version.py at `location` into `install`, filling what is still empty.
void readVersionPy(const ProbeContext &context, const QString &location, TorchInstall &install,
                   QList<Problem> &problems, const QString &probe)
{
    const QString file = location + QStringLiteral("/version.py");
    if (!context.exists(file))
        return;
    const TorchVersion v = parseTorchVersionPy(readText(context, file, problems, probe));
    if (install.version.isEmpty())
        install.version = v.version;
    if (install.cuda.isEmpty())
        install.cuda = v.cuda;
    if (install.hip.isEmpty())
        install.hip = v.hip;
    install.sources << file;
}

// Editable installs: the finder's MAPPING, else the .pth's path line, else direct_url.json.
QString editableLocation(const ProbeContext &context, const QString &site, const QString &distInfo,
                         QList<Problem> &problems, const QString &probe, QStringList &sources)
{
    for (const QString &name : context.list(site, {QStringLiteral("__editable__*torch*")})) {
        const QString file = site + u'/' + name;
        const QString text = readText(context, file, problems, probe);
        QString location;
        if (name.endsWith(QStringLiteral("_finder.py")))
            location = finderMapping(text, QStringLiteral("torch"));
        else if (name.endsWith(QStringLiteral(".pth"))) {
            const QString dir = firstPathLine(text);
            if (!dir.isEmpty())
                location = dir + QStringLiteral("/torch");
        }
        if (!location.isEmpty()) {
            sources << file;
            return location;
        }
    }
    if (!distInfo.isEmpty()) {
        const auto json = context.readFile(distInfo + QStringLiteral("/direct_url.json"), 64 * 1024);
        const QString dir = json ? editableDirectUrl(*json) : QString();
        if (!dir.isEmpty()) {
            sources << distInfo + QStringLiteral("/direct_url.json");
            return dir + QStringLiteral("/torch");
        }
    }
    return {};
}

} // namespace

QString readMetadataText(const ProbeContext &context, const QString &path, qint64 max, QList<Problem> &problems,
                         const QString &probe)
{
    const auto bytes = context.readFile(path, max);
    if (!bytes) {
        problems.append({probe, Tr::tr("Could not read %1.").arg(path)});
        return {};
    }
    if (support::looksBinary(*bytes)) {
        problems.append({probe, Tr::tr("%1 is not a text file; it was ignored.").arg(path)});
        return {};
    }
    return support::decodeToolOutput(*bytes);
}

bool siteHasTorch(const ProbeContext &context, const QString &site)
{
    return context.isDir(site + QStringLiteral("/torch")) || context.exists(site + QStringLiteral("/torch.egg-link")) ||
           !context
                .list(site, {QStringLiteral("torch-*.dist-info"), QStringLiteral("torch-*.egg-info"),
                             QStringLiteral("torch-*.egg"), QStringLiteral("__editable__*torch*")})
                .isEmpty();
}

std::optional<TorchInstall> findTorchInSite(const ProbeContext &context, const QString &site, QList<Problem> &problems,
                                            const QString &probe)
{
    TorchInstall install;
    const QString distInfoName = firstName(context, site, QStringLiteral("torch-*.dist-info"));
    const QString eggInfoName = firstName(context, site, QStringLiteral("torch-*.egg-info"));
    const QString eggName = firstName(context, site, QStringLiteral("torch-*.egg"));
    const QString eggLink = site + QStringLiteral("/torch.egg-link");

    if (!distInfoName.isEmpty()) {
        const QString distInfo = site + u'/' + distInfoName;
        if (const auto dist = parseDistributionDir(distInfoName))
            install.version = dist->version;
        install.sources << distInfo;
        const QString editable = editableLocation(context, site, distInfo, problems, probe, install.sources);
        if (!editable.isEmpty()) {
            install.kind = TorchInstallKind::Editable;
            install.location = editable;
        } else {
            install.kind = isDistroSite(site) ? TorchInstallKind::Distro : TorchInstallKind::Wheel;
            install.location = site + QStringLiteral("/torch");
        }
    } else if (!eggInfoName.isEmpty()) {
        // Debian's python3-torch, or `setup.py install` / a pre-wheel pip beside the package.
        if (const auto dist = parseDistributionDir(eggInfoName))
            install.version = dist->version;
        install.kind = isDistroSite(site) ? TorchInstallKind::Distro : TorchInstallKind::SetupInstall;
        install.location = site + QStringLiteral("/torch");
        install.sources << site + u'/' + eggInfoName;
    } else if (!eggName.isEmpty()) {
        const QString egg = site + u'/' + eggName;
        install.kind = TorchInstallKind::SetupInstall;
        install.version = eggVersion(eggName);
        if (install.version.isEmpty())
            install.version =
                metadataVersion(readText(context, egg + QStringLiteral("/EGG-INFO/PKG-INFO"), problems, probe));
        // A zipped egg (zip_safe) is a file: its version.py is not read.
        install.location = context.isDir(egg) ? egg + QStringLiteral("/torch") : egg;
        install.sources << egg;
    } else if (context.exists(eggLink)) {
        const QString tree = firstPathLine(readText(context, eggLink, problems, probe));
        install.kind = TorchInstallKind::Develop;
        install.sources << eggLink;
        if (!tree.isEmpty()) {
            install.location = tree + QStringLiteral("/torch");
            const QString pkgInfo = tree + QStringLiteral("/torch.egg-info/PKG-INFO");
            if (context.exists(pkgInfo)) {
                install.version = metadataVersion(readText(context, pkgInfo, problems, probe));
                install.sources << pkgInfo;
            }
        }
    } else {
        const QString editable = editableLocation(context, site, {}, problems, probe, install.sources);
        if (!editable.isEmpty()) {
            install.kind = TorchInstallKind::Editable;
            install.location = editable;
        } else if (context.isDir(site + QStringLiteral("/torch"))) {
            install.location = site + QStringLiteral("/torch"); // files without metadata: kind unknown
        } else {
            return std::nullopt;
        }
    }
    if (!install.location.isEmpty() && context.isDir(install.location))
        readVersionPy(context, install.location, install, problems, probe);
    else if (!install.location.isEmpty() && !context.exists(install.location))
        problems.append({probe, Tr::tr("%1 points at %2, which does not exist; torch there cannot be imported.")
                                    .arg(install.sources.value(0), install.location)});
    return install;
}

std::optional<TorchInstall> findCondaTorch(const ProbeContext &context, const QString &envRoot)
{
    const QString meta = envRoot + QStringLiteral("/conda-meta");
    for (const QString &name : context.list(meta, {QStringLiteral("pytorch-*.json")})) {
        // pytorch-<version>-<build>.json; the build never contains '-'.
        const QString stem = name.chopped(5);
        const qsizetype buildCut = stem.lastIndexOf(u'-');
        const qsizetype versionCut = stem.lastIndexOf(u'-', buildCut - 1);
        if (buildCut <= 0 || versionCut != 7) // "pytorch" is 7 characters: not pytorch-cuda-*, pytorch-mutex-*
            continue;
        TorchInstall install;
        install.kind = TorchInstallKind::Conda;
        install.version = stem.mid(versionCut + 1, buildCut - versionCut - 1);
        install.cuda = condaBuildCuda(stem.mid(buildCut + 1));
        install.sources << meta + u'/' + name;
        return install;
    }
    return std::nullopt;
}

namespace torchinstallfiles {

QString firstPathLine(const QString &text)
{
    for (const QString &line : support::splitLines(text.left(64 * 1024))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        return t.startsWith(u'/') && !t.contains(u'\0') ? t : QString();
    }
    return {};
}

QString finderMapping(const QString &finderText, const QString &package)
{
    const QRegularExpression re(
        QStringLiteral(R"(^MAPPING\s*(?::[^=\n]*)?=\s*\{[^}\n]*['"]%1['"]\s*:\s*['"]([^'"\n]{1,4096})['"])")
            .arg(QRegularExpression::escape(package)),
        QRegularExpression::MultilineOption);
    const auto m = re.match(finderText.left(256 * 1024));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString eggVersion(const QString &eggName)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9_.]+-(\d[^-]*)(?:-py\d[^-]*)?(?:-.*)?\.egg$)"));
    const auto m = re.match(eggName);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString editableDirectUrl(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (!o.value(QStringLiteral("dir_info")).toObject().value(QStringLiteral("editable")).toBool())
        return {};
    const QUrl url(o.value(QStringLiteral("url")).toString());
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

QString condaBuildCuda(const QString &build)
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|_)cuda(1\d)\.?(\d))"));
    const auto m = re.match(build);
    return m.hasMatch() ? m.captured(1) + u'.' + m.captured(2) : QString();
}

} // namespace torchinstallfiles

} // namespace dlstack::probe
