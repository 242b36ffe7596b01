// SPDX-License-Identifier: GPL-3.0-or-later
// DockerImages: the base images the Dockerfile export may name, read from
// resources/matrix/dockerimages.json (each record with the page that lists its tag):
// for a CUDA X.Y the newest published nvidia/cuda build of it (tags carry the patch level,
// "12.4.1-cudnn-devel-ubuntu22.04"; the cuDNN flavour differs by version), for ROCm the
// rocm/dev-ubuntu image, and for each Ubuntu release the python3 and gcc inside it, which
// the plan of the image uses instead of the host's. Plain values; builtin() is loaded once
// and may be read from any thread.
#pragma once

#include "core/support/error.h"

#include "core/matrix/choices.h"
#include <QByteArray>
#include <QList>

#include <QString>

#include <optional>

namespace dlstack::plan {

struct DockerImage
{
    matrix::Backend backend = matrix::Backend::Cpu;
    QString version; // what a selection names: CUDA "12.4", ROCm "6.1"; empty for cpu
    QString toolkit; // the version inside the image: "12.4.1"
    QString ubuntu;  // "22.04"
    QString devel;   // the build stage: "nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04"
    QString runtime; // the final stage: "nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04"
    QString cudnn;   // cuDNN major inside the image ("9"); empty: none
    QString python;  // the python3 of the image's Ubuntu: "3.10.12"
    QString gcc;     // its gcc: "11.4.0"
    QString source;  // where the tag is listed
};

class DockerImages
{
public:
    static const support::Result<DockerImages> &builtin();
    static support::Result<DockerImages> parse(const QByteArray &json);

    // The image for a backend and the version a selection names (Cuda, "12.4"); the
    // CPU image for Cpu. nullopt when none is published for that version.
    std::optional<DockerImage> find(matrix::Backend backend, const QString &version) const;
    // The versions of a backend that have an image, newest first ("13.2", "13.1", ...).
    QStringList versions(matrix::Backend backend) const;

private:
    QList<DockerImage> m_images;
};

} // namespace dlstack::plan
