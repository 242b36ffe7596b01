// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the cuDNN version, from its header, its library file names and its pip wheel:
//   #define CUDNN_MAJOR 9 / CUDNN_MINOR 6 / CUDNN_PATCHLEVEL 0   (cudnn_version.h; cudnn.h for v7)
//   libcudnn.so.8.9.2                                         (toolkit lib64, /usr/lib/x86_64-linux-gnu)
//   nvidia_cudnn_cu12-9.1.0.70.dist-info                      (site-packages)
// CUDNN_VERSION itself is not used: 8.x encodes MAJOR*1000, 9.x MAJOR*10000.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::cudnnparser {

// "9.6.0" from the MAJOR/MINOR/PATCHLEVEL defines, or empty.
QString parseVersionHeader(const QString &text);
// "libcudnn.so.8.9.2" -> "8.9.2"; "libcudnn.so.9" -> "9" (major only); anything else empty.
QString versionFromLibraryName(const QString &fileName);
// "nvidia_cudnn_cu12-9.1.0.70.dist-info" -> "9.1.0"; empty if it is not a cuDNN wheel.
QString versionFromDistInfo(const QString &dirName);
// collect_env's "cuDNN version:" value: "8.9.2", "7605" (CUDNN_VERSION), or a library path.
QString versionFromReport(const QString &value);

// For `dlstack import` of a cudnn_version.h.
bool looksLikeHeader(const QString &text);
SystemProfile parseHeader(const QString &text, const QString &source);

} // namespace dlstack::probe::cudnnparser
