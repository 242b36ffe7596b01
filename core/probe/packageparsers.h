// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the dpkg status database (/var/lib/dpkg/status):
//   Package: cuda-toolkit-12-1
//   Status: install ok installed
#pragma once

#include <QByteArray>
#include <QStringList>

namespace dlstack::probe::packageparsers {

// Names of the packages whose Status is "install ok installed".
QStringList installedDpkgPackages(const QByteArray &status);

struct NvidiaPackages
{
    QStringList drivers;         // nvidia-driver-535, nvidia-kernel-dkms, ...
    QStringList toolkitVersions; // "12.1" for cuda-toolkit-12-1 / cuda-nvcc-12-1
};
NvidiaPackages classify(const QStringList &packages);

} // namespace dlstack::probe::packageparsers
