// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parsers for what ROCm tells about AMD GPUs and itself: rocminfo agents, the
// rocm-smi concise table, KFD topology properties, .info/version and `hipcc --version`.
//   Name:                    gfx90a          (rocminfo)
//   gfx_target_version 90010                 (/sys/class/kfd/kfd/topology/nodes/1/properties)
//   6.0.2-115                                (/opt/rocm/.info/version)
#pragma once

#include "core/probe/systemprofile.h"

#include <QList>
#include <QString>

namespace dlstack::probe::rocmparsers {

struct RocmAgent
{
    QString name;          // "gfx90a" for GPUs, the CPU model for CPUs
    QString marketingName; // "AMD Instinct MI210"
    QString gfxTarget;     // "gfx90a" (ISA suffixes like ":sramecc+:xnack-" removed)
    QString pciBusId;      // from BDFID, "0000:63:00.0"; empty when absent
    bool gpu = false;
};
QList<RocmAgent> parseRocminfo(const QString &text);
bool looksLikeRocminfo(const QString &text);

struct RocmSmiGpu
{
    int index = -1;
    QString name; // "AMD Instinct MI300X"; empty when rocm-smi shows only a device id ("0x744c")
};
QList<RocmSmiGpu> parseRocmSmi(const QString &text);
bool looksLikeRocmSmi(const QString &text);

// One KFD topology node's properties file.
struct KfdNode
{
    QString gfxTarget; // from gfx_target_version: 90010 -> "gfx90a"
    QString pciBusId;  // from domain + location_id
    bool gpu = false;  // CPU nodes have simd_count 0
};
KfdNode parseKfdProperties(const QString &text);

// 90010 -> "gfx90a", 110000 -> "gfx1100", 90402 -> "gfx942"; 0 or garbage -> "".
QString gfxTargetFromVersion(qint64 version);
// "amdgcn-amd-amdhsa--gfx90a:sramecc+:xnack-" or "gfx90a:xnack-" -> "gfx90a"
QString gfxTargetFromIsa(const QString &isa);
// KFD/rocminfo location (bus << 8 | device << 3 | function) -> "0000:63:00.0"
QString busIdFromLocation(qint64 location, qint64 domain = 0);

// .info/version: "5.7.1-98" or "7.14.0" -> "5.7.1"; anything else "".
QString parseVersionFile(const QString &text);
bool looksLikeVersionFile(const QString &text);

struct HipccVersion
{
    QString hipVersion;  // "6.2.41133-dd7f95766"
    QString rocmVersion; // "6.2.0", from the roc-X.Y.Z tag or the /opt/rocm-X.Y.Z path
    QString installedDir;
};
HipccVersion parseHipcc(const QString &text);
bool looksLikeHipcc(const QString &text);

SystemProfile rocminfoProfile(const QList<RocmAgent> &agents, const QString &source);
SystemProfile rocmSmiProfile(const QList<RocmSmiGpu> &gpus, const QString &source);

} // namespace dlstack::probe::rocmparsers
