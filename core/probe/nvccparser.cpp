// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/nvccparser.h"

#include "core/support/version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dlstack::probe::nvccparser {

namespace {

// A toolkit version is small: "12.1.105". Anything else is not a version we believe.
bool plausible(const support::Version &v)
{
    return v.size() >= 2 && v.major() >= 1 && v.major() < 100 && v.minor() < 100;
}

CudaVersion fromFull(const QString &text)
{
    const auto v = support::Version::parse(text.trimmed());
    if (!v || !plausible(*v))
        return {};
    return {v->majorMinor(), v->truncated(3).toString()};
}

} // namespace

CudaVersion parseNvccVersion(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(release\s+(\d{1,2}\.\d{1,2})\s*,\s*V(\d{1,2}\.\d{1,2}(?:\.\d{1,6})?))"));
    const auto m = re.match(text.left(64 * 1024));
    if (m.hasMatch()) {
        CudaVersion full = fromFull(m.captured(2));
        if (!full.isNull()) {
            full.version = support::Version::parse(m.captured(1))->majorMinor();
            return full;
        }
    }
    // Very old nvcc printed only "release 7.0, V7.0.27" too, but some wrappers strip the V part.
    static const QRegularExpression release(QStringLiteral(R"(Cuda compilation tools, release\s+(\d{1,2}\.\d{1,2}))"));
    const auto r = release.match(text.left(64 * 1024));
    if (r.hasMatch())
        return fromFull(r.captured(1));
    return {};
}

CudaVersion parseVersionJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json.left(4 * 1024 * 1024)).object();
    const CudaVersion sdk =
        fromFull(root.value(QStringLiteral("cuda")).toObject().value(QStringLiteral("version")).toString());
    const CudaVersion nvcc =
        fromFull(root.value(QStringLiteral("cuda_nvcc")).toObject().value(QStringLiteral("version")).toString());
    if (sdk.isNull())
        return nvcc;
    if (!nvcc.isNull() && nvcc.version == sdk.version)
        return {sdk.version, nvcc.fullVersion};
    return sdk;
}

CudaVersion parseVersionTxt(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(CUDA Version\s+(\d{1,2}\.\d{1,2}(?:\.\d{1,6})?))"));
    const auto m = re.match(text.left(4096));
    return m.hasMatch() ? fromFull(m.captured(1)) : CudaVersion{};
}

CudaVersion parseNvccDistInfoName(const QString &dirName)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^nvidia_cuda_nvcc(?:_cu\d+)?-(\d+\.\d+(?:\.\d+)*)\.dist-info$)"));
    const auto m = re.match(dirName);
    return m.hasMatch() ? fromFull(m.captured(1)) : CudaVersion{};
}

bool looksLikeNvcc(const QString &text)
{
    return text.contains(QStringLiteral("Cuda compilation tools")) && !parseNvccVersion(text).isNull();
}

SystemProfile parseNvcc(const QString &text, const QString &source)
{
    SystemProfile profile;
    const CudaVersion v = parseNvccVersion(text);
    if (v.isNull())
        return profile;
    CudaToolkit toolkit;
    toolkit.version = v.version;
    toolkit.fullVersion = v.fullVersion;
    toolkit.nvcc = QStringLiteral("nvcc");
    toolkit.source = source;
    profile.cudaToolkits.append(toolkit);
    return profile;
}

} // namespace dlstack::probe::nvccparser
