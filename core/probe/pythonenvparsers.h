// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the files that describe a Python environment, read without starting Python:
//   pyvenv.cfg:            "version = 3.10.12" / "version_info = 3.11.7.final.0"
//   torch/version.py:      "__version__ = '2.1.0+cu121'", "cuda = '12.1'", "hip: Optional[str] = None"
//   site-packages entries: "torch-2.1.0+cu121.dist-info", "apex-0.1-py3.10-linux-x86_64.egg-info"
//   METADATA / PKG-INFO:   "Version: 2.1.0"
//   include/pythonX.Y/patchlevel.h: "#define PY_VERSION              \"3.11.2\""
// Pure functions.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dlstack::probe::pythonenvparsers {

struct PyvenvCfg
{
    QString version; // "3.10.12", empty if not stated
    QString home;    // directory of the base interpreter
};
PyvenvCfg parsePyvenvCfg(const QString &text);

struct TorchVersion
{
    QString version; // "2.1.0+cu121"
    QString cuda;    // "12.1", empty for None
    QString hip;     // "5.6.31061-8c743ae5d", empty for None
};
TorchVersion parseTorchVersionPy(const QString &text);

struct Distribution
{
    QString name;    // normalised: "nvidia-cudnn-cu12"
    QString version; // empty when the directory name has none
};
// A site-packages *.dist-info / *.egg-info directory name, or nullopt for anything else.
std::optional<Distribution> parseDistributionDir(const QString &dirName);

// Lowercase, runs of '_', '.', '-' become one '-' (PEP 503).
QString normalizeName(const QString &name);
// torch, numpy, triton, nvidia-*-cu1x, ... : the packages a deep-learning stack cares about.
bool isRelevantPackage(const QString &normalizedName);

// "Version: 2.1.0" from a METADATA or PKG-INFO file.
QString metadataVersion(const QString &text);

// CPython's include/pythonX.Y/patchlevel.h: PY_VERSION is the string `python --version`
// prints after "Python " (Modules/main.c), PY_MAJOR_VERSION/PY_MINOR_VERSION its first parts.
struct Patchlevel
{
    QString version; // "3.11.2", "3.13.0rc1", "2.7.18"; empty when the file has no PY_VERSION
    int major = -1;
    int minor = -1;
};
Patchlevel parsePatchlevelH(const QString &text);

// "python3.10" (a lib/ directory name) -> "3.10"
QString versionFromLibDirName(const QString &dirName);

} // namespace dlstack::probe::pythonenvparsers
