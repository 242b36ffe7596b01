// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the version of a CUDA toolkit, from the three places it is written:
//   nvcc --version:  "Cuda compilation tools, release 12.1, V12.1.105"
//   version.json:    {"cuda":{"name":"CUDA SDK","version":"12.1.1"},"cuda_nvcc":{"version":"12.1.105"}}
//   version.txt:     "CUDA Version 10.2.89"
// Pure functions; garbage gives empty results, never an exception.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::nvccparser {

struct CudaVersion
{
    QString version;     // major.minor: "12.1"
    QString fullVersion; // nvcc's version when known ("12.1.105"), else the SDK's ("12.1.1")
    bool isNull() const { return version.isEmpty(); }
};

CudaVersion parseNvccVersion(const QString &text);
CudaVersion parseVersionJson(const QByteArray &json);
CudaVersion parseVersionTxt(const QString &text);
// "nvidia_cuda_nvcc-13.0.88.dist-info" (pip-assembled toolkits) -> 13.0 / 13.0.88
CudaVersion parseNvccDistInfoName(const QString &dirName);

// For `dlstack import`.
bool looksLikeNvcc(const QString &text);
SystemProfile parseNvcc(const QString &text, const QString &source);

} // namespace dlstack::probe::nvccparser
