// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the parsers of /proc, /sys and dpkg files read by the host and package probes.
// seeds: probe/os-release
#include "core/probe/hostparsers.h"
#include "core/probe/osreleaseparser.h"
#include "core/probe/packageparsers.h"
#include "core/probe/toolparsers.h"
#include "core/support/version.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    (void)hostparsers::cpuCount(text);
    (void)hostparsers::memTotalMib(text);
    (void)hostparsers::isWsl(text, text);
    (void)hostparsers::gpuModules(text);
    (void)hostparsers::secureBootFromEfiVar(bytes);
    (void)hostparsers::secureBootFromMokutil(text);
    (void)hostparsers::cudaRoots(text);
    (void)packageparsers::classify(packageparsers::installedDpkgPackages(bytes));
    (void)osrelease::parse(text, QStringLiteral("fuzz"));
    (void)toolparsers::parseCompilerVersion(text);
    (void)toolparsers::parseToolVersion(QStringLiteral("cmake"), text);
    (void)toolparsers::parsePythonVersion(text);
    (void)dlstack::support::Version::parse(text);
    return 0;
}
