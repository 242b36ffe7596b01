// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/export/dockerimages.h"

#include "core/support/version.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dlstack::plan {

namespace {

// Messages use QCoreApplication::translate with the context spelled out: lupdate files a
// Tr helper's tr() inside member functions of a class without Q_OBJECT under "Tr".

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

struct UbuntuFacts
{
    QString python;
    QString gcc;
};

} // namespace

const support::Result<DockerImages> &DockerImages::builtin()
{
    static const support::Result<DockerImages> images = [] {
        QFile file(QStringLiteral(":/matrix/dockerimages.json"));
        if (!file.open(QIODevice::ReadOnly))
            return support::Result<DockerImages>(support::Error{
                QCoreApplication::translate("DockerImages", "The list of Docker base images cannot be read: %1")
                    .arg(file.errorString()),
                {},
                QCoreApplication::translate("DockerImages", "Reinstall dlstack; the data files belong to it.")});
        return parse(file.readAll());
    }();
    return images;
}

support::Result<DockerImages> DockerImages::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto bad = [](const QString &why) {
        return support::Error{
            QCoreApplication::translate("DockerImages", "The list of Docker base images is not valid: %1").arg(why),
            {},
            QCoreApplication::translate("DockerImages", "Reinstall dlstack, or fix the file if you edited it.")};
    };
    if (!doc.isObject())
        return bad(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toInt() != 1)
        return bad(QCoreApplication::translate("DockerImages", "schema %1 is not 1")
                       .arg(root.value(QLatin1String("schema")).toInt()));
    QHash<QString, UbuntuFacts> ubuntu;
    for (const QJsonValue &v : root.value(QLatin1String("ubuntu")).toArray()) {
        const QJsonObject o = v.toObject();
        ubuntu.insert(text(o, "version"), UbuntuFacts{text(o, "python"), text(o, "gcc")});
    }
    DockerImages out;
    const auto add = [&](matrix::Backend backend, const QJsonObject &o) -> std::optional<support::Error> {
        DockerImage image;
        image.backend = backend;
        image.version = text(o, "version");
        image.toolkit = text(o, "toolkit");
        image.ubuntu = text(o, "ubuntu");
        image.devel = text(o, "devel");
        image.runtime = text(o, "runtime");
        image.cudnn = text(o, "cudnn");
        image.source = text(o, "source");
        if (image.devel.isEmpty() || image.runtime.isEmpty() || image.source.isEmpty())
            return bad(QCoreApplication::translate("DockerImages", "the %1 %2 record needs devel, runtime and source")
                           .arg(matrix::backendName(backend), image.version));
        if (backend != matrix::Backend::Cpu && (image.version.isEmpty() || !image.devel.contains(image.toolkit)))
            return bad(
                QCoreApplication::translate("DockerImages", "the %1 %2 image %3 does not carry its toolkit version %4")
                    .arg(matrix::backendName(backend), image.version, image.devel, image.toolkit));
        if (!ubuntu.contains(image.ubuntu))
            return bad(QCoreApplication::translate("DockerImages", "Ubuntu %1 of the %2 %3 image is not described")
                           .arg(image.ubuntu, matrix::backendName(backend), image.version));
        image.python = ubuntu.value(image.ubuntu).python;
        image.gcc = ubuntu.value(image.ubuntu).gcc;
        out.m_images << image;
        return std::nullopt;
    };
    for (const matrix::Backend backend : {matrix::Backend::Cuda, matrix::Backend::Rocm})
        for (const QJsonValue &v : root.value(matrix::backendName(backend)).toArray())
            if (auto error = add(backend, v.toObject()))
                return *error;
    if (auto error = add(matrix::Backend::Cpu, root.value(QLatin1String("cpu")).toObject()))
        return *error;
    return out;
}

std::optional<DockerImage> DockerImages::find(matrix::Backend backend, const QString &version) const
{
    const auto wanted = support::Version::parse(version); // "12.4.1" finds the 12.4 image
    for (const DockerImage &image : m_images)
        if (image.backend == backend &&
            (backend == matrix::Backend::Cpu || (wanted && image.version == wanted->majorMinor())))
            return image;
    return std::nullopt;
}

QStringList DockerImages::versions(matrix::Backend backend) const
{
    QStringList out;
    for (const DockerImage &image : m_images)
        if (image.backend == backend && !image.version.isEmpty())
            out << image.version;
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return support::compareVersions(a, b) > 0; });
    return out;
}

} // namespace dlstack::plan
