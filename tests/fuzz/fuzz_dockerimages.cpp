// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Docker base image list reader: any text ends in a list or an Error, never a
// crash, and a list it accepts answers find() and versions() for every backend.
// seeds: matrix
#include "core/plan/export/dockerimages.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::plan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto images = DockerImages::parse(input);
    if (!images)
        return 0;
    for (const auto backend :
         {dlstack::matrix::Backend::Cuda, dlstack::matrix::Backend::Rocm, dlstack::matrix::Backend::Cpu})
        for (const QString &version : images.value().versions(backend))
            (void)images.value().find(backend, version);
    (void)images.value().find(dlstack::matrix::Backend::Cpu, QString());
    return 0;
}
