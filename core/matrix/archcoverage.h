// SPDX-License-Identifier: GPL-3.0-or-later
// Whether code built for a list of CUDA architectures ("5.0", "8.6", "12.0+PTX") runs on a
// GPU of a given compute capability: exact SASS, SASS of the same major and a lower minor
// (binary compatible), only by JIT from a "+PTX" entry of an older architecture, or not at all.
#pragma once

#include <QString>
#include <QStringList>

namespace dlstack::matrix {

enum class ArchCoverage
{
    None,
    PtxOnly,
    BinaryCompatible,
    Native
};

struct ComputeCapability
{
    int major = -1;
    int minor = 0;
    bool valid() const { return major >= 0; }
    static ComputeCapability parse(QStringView text); // "8.6", "sm_86", "9.0a", "12.0+PTX" (PTX stripped)
    QString smName() const;                           // "sm_86"
    int value() const { return major * 10 + minor; }
};

// One entry of an arch list, parsed: "12.0+PTX" -> {12.0, ptx}.
struct ArchTarget
{
    ComputeCapability cc;
    bool ptx = false;
};
QList<ArchTarget> parseArchList(const QStringList &archList); // unparsable entries are dropped

ArchCoverage archCoverage(const ComputeCapability &gpu, const QList<ArchTarget> &archs);
ArchCoverage archCoverage(const ComputeCapability &gpu, const QStringList &archList);
// "sm_50 to sm_90" for messages; PTX entries are named "sm_120 (+PTX)".
QString describeArchRange(const QStringList &archList);

} // namespace dlstack::matrix
