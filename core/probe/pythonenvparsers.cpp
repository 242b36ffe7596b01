// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/pythonenvparsers.h"

#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::pythonenvparsers {

namespace {

QString shortVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?))"));
    const auto m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString assignment(const QString &text, const QString &name)
{
    // name = 'x'  |  name: Optional[str] = 'x'  |  name = None
    const QRegularExpression re(QStringLiteral(R"(^%1\s*(?::[^=\n]*)?=\s*(?:['"]([^'"\n]{0,100})['"]|None))").arg(name),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

PyvenvCfg parsePyvenvCfg(const QString &text)
{
    PyvenvCfg cfg;
    QString versionInfo;
    for (const QString &line : support::splitLines(text.left(64 * 1024))) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == u"version")
            cfg.version = shortVersion(value);
        else if (key == u"version_info")
            versionInfo = shortVersion(value);
        else if (key == u"home")
            cfg.home = value;
    }
    if (cfg.version.isEmpty())
        cfg.version = versionInfo;
    return cfg;
}

TorchVersion parseTorchVersionPy(const QString &text)
{
    const QString head = text.left(64 * 1024);
    TorchVersion v;
    v.version = assignment(head, QStringLiteral("__version__"));
    v.cuda = assignment(head, QStringLiteral("cuda"));
    v.hip = assignment(head, QStringLiteral("hip"));
    return v;
}

QString normalizeName(const QString &name)
{
    static const QRegularExpression runs(QStringLiteral(R"([-_.]+)"));
    QString n = name.toLower();
    n.replace(runs, QStringLiteral("-"));
    return n;
}

std::optional<Distribution> parseDistributionDir(const QString &dirName)
{
    QString stem;
    if (dirName.endsWith(QStringLiteral(".dist-info")))
        stem = dirName.chopped(10);
    else if (dirName.endsWith(QStringLiteral(".egg-info")))
        stem = dirName.chopped(9);
    else
        return std::nullopt;
    const QStringList parts = stem.split(u'-');
    if (parts.isEmpty() || parts.first().isEmpty())
        return std::nullopt;
    Distribution d;
    d.name = normalizeName(parts.first());
    if (parts.size() > 1 && !parts[1].isEmpty() && parts[1].front().isDigit())
        d.version = parts[1];
    return d;
}

bool isRelevantPackage(const QString &n)
{
    static const QStringList names = {
        QStringLiteral("torch"),          QStringLiteral("torchvision"),
        QStringLiteral("torchaudio"),     QStringLiteral("torchtext"),
        QStringLiteral("numpy"),          QStringLiteral("triton"),
        QStringLiteral("pytorch-triton"), QStringLiteral("pytorch-triton-rocm"),
        QStringLiteral("xformers"),       QStringLiteral("apex"),
        QStringLiteral("setuptools"),     QStringLiteral("pip"),
        QStringLiteral("ninja"),          QStringLiteral("cmake"),
        QStringLiteral("opencv-python"),  QStringLiteral("opencv-python-headless"),
        QStringLiteral("tensorflow"),     QStringLiteral("jax"),
        QStringLiteral("jaxlib"),         QStringLiteral("cuda-toolkit"),
        QStringLiteral("rocm"),           QStringLiteral("rocm-sdk-core"),
        QStringLiteral("rocm-sdk-devel"),
    };
    if (names.contains(n))
        return true;
    // nvidia-cudnn-cu12; CUDA 13's wheels also come without the suffix (nvidia-cuda-runtime).
    static const QRegularExpression nvidia(
        QStringLiteral(R"(^nvidia-(?:[a-z0-9-]+-cu1[1-9]|cuda-runtime|cudnn|nccl|cublas|cuda-nvcc|cuda-nvrtc)$)"));
    return nvidia.match(n).hasMatch();
}

QString metadataVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^Version:\s*(\S{1,64})\s*$)"),
                                       QRegularExpression::MultilineOption);
    const auto m = re.match(text.left(64 * 1024));
    return m.hasMatch() ? m.captured(1) : QString();
}

Patchlevel parsePatchlevelH(const QString &text)
{
    // #define PY_MAJOR_VERSION        3
    // #define PY_VERSION              "3.11.2"
    static const QRegularExpression define(
        QStringLiteral(
            R"re(^\s*#\s*define\s+(PY_VERSION|PY_MAJOR_VERSION|PY_MINOR_VERSION)\s+(?:"([^"\n]{1,40})"|(\d{1,3}))\s*(?:/\*.*)?$)re"),
        QRegularExpression::MultilineOption);
    Patchlevel p;
    for (auto it = define.globalMatch(text.left(64 * 1024)); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (name == u"PY_VERSION" && p.version.isEmpty() && !m.captured(2).isEmpty())
            p.version = m.captured(2);
        else if (name == u"PY_MAJOR_VERSION" && p.major < 0 && !m.captured(3).isEmpty())
            p.major = m.captured(3).toInt();
        else if (name == u"PY_MINOR_VERSION" && p.minor < 0 && !m.captured(3).isEmpty())
            p.minor = m.captured(3).toInt();
    }
    return p;
}

QString versionFromLibDirName(const QString &dirName)
{
    static const QRegularExpression re(QStringLiteral(R"(^python(\d\.\d{1,2})t?$)"));
    const auto m = re.match(dirName);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace dlstack::probe::pythonenvparsers
