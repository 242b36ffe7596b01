// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for what conda writes and prints, so that installs are found without starting
// conda (slow, and it may be broken):
//   conda info:        "       base environment : /home/u/miniconda3  (writable)" (4.2: "root environment")
//   conda info --json: {"conda_version": "25.1.1", "root_prefix": "...", "envs": [...], ...}
//   conda env list:    "base                  *  /opt/conda"
//   ~/.conda/environments.txt: one absolute env path a line
//   conda-meta/<name>-<version>-<build>.json file names, and the flavour they imply
// Pure functions, tolerant of truncated or foreign text.
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::condaparsers {

struct CondaInfo
{
    QString condaVersion;  // "23.7.0"
    QString root;          // base environment (root_prefix)
    QString pythonVersion; // of the base environment: "3.11.4"
    QString cudaVersion;   // __cuda virtual package: the CUDA the driver supports
    QString activePrefix;
    QString kernel;    // from the user agent
    QString osId;      // "ubuntu"
    QString osVersion; // "20.04.6"
    bool wsl = false;
    bool hasEnvList = false; // --json lists envs; plain output does not
    QStringList envs;
};

CondaInfo parseInfo(const QString &text);
CondaInfo parseInfoJson(const QString &text);

struct EnvListEntry
{
    QString name; // empty for envs outside the envs directories
    QString path;
    bool active = false;
};
QList<EnvListEntry> parseEnvList(const QString &text);

// Absolute paths, one a line; other lines are ignored.
QStringList parseEnvironmentsTxt(const QString &text);

// "conda-23.7.0-py311h06a4308_0.json", "conda" -> "23.7.0"; empty if the name is another package.
QString versionFromMetaName(const QString &fileName, const QString &package);
// The package version from the first matching conda-meta file name.
QString packageVersion(const QStringList &metaFileNames, const QString &package);

// miniconda | anaconda | miniforge | mambaforge | micromamba | conda (unknown), from the
// conda-meta file names, the text of conda's own conda-meta json (its "channel"), the root's
// directory name and whether a micromamba binary belongs to it.
QString flavour(const QStringList &metaFileNames, const QByteArray &condaMetaJson, const QString &rootName,
                bool micromamba);

// "base" for the root, else the last path component (either separator).
QString envName(const QString &root, const QString &envPath);

// The root an env path belongs to by layout ("<root>/envs/<name>"), or empty.
QString rootOfEnvPath(const QString &envPath);

// For `dlstack import`.
bool looksLikeInfo(const QString &text);
bool looksLikeInfoJson(const QString &text);
bool looksLikeEnvList(const QString &text);
bool looksLikeEnvironmentsTxt(const QString &text);
SystemProfile infoToProfile(const CondaInfo &info, const QString &source);
SystemProfile envListToProfile(const QList<EnvListEntry> &entries, const QString &source);
SystemProfile environmentsTxtToProfile(const QStringList &paths, const QString &source);

} // namespace dlstack::probe::condaparsers
