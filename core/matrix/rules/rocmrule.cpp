// SPDX-License-Identifier: GPL-3.0-or-later
// ROCm rule: the AMD GPU's gfx target against the wheel's PYTORCH_ROCM_ARCH (prebuilt) and
// against the targets the ROCm release officially supports (rocm.json).
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RocmRule)
};

QString wheelWithTarget(const Matrix &matrix, const QString &gfx)
{
    const auto &releases = matrix.releases();
    for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
        for (const TorchVariant &v : r->variants) {
            if (v.backend == Backend::Rocm && v.gfx.contains(gfx))
                return QStringLiteral("torch %1 %2").arg(r->version, v.id);
        }
    }
    return {};
}

} // namespace

void checkRocm(const RuleInput &in, Findings &out)
{
    if (in.selection.backend != Backend::Rocm || !in.rocm)
        return;
    QStringList seen;
    for (const probe::Gpu *gpu : in.amdGpus) {
        const QString gfx = gpu->gfxTarget;
        if (gfx.isEmpty()) {
            out.append(makeFinding("gpu_gfx_unknown", Severity::Warning,
                                   Tr::tr("The gfx target of %1 is not known.").arg(gpuLabel(*gpu)),
                                   Tr::tr("Run rocminfo on that machine and import its output.")));
            continue;
        }
        if (seen.contains(gfx))
            continue;
        seen << gfx;
        const Facts facts{{QStringLiteral("gpu"), gpuLabel(*gpu)},
                          {QStringLiteral("gfx"), gfx},
                          {QStringLiteral("rocm"), in.rocm->version},
                          {QStringLiteral("source"), in.rocm->source}};
        if (in.variant) {
            if (!in.variant->gfxKnown) {
                out.append(
                    makeFinding("rocm_wheel_targets_unknown", Severity::Warning,
                                Tr::tr("The gfx targets of the torch %1 %2 wheels are not recorded; dlstack cannot "
                                       "confirm they include %3.")
                                    .arg(in.release->version, in.variant->id, gfx),
                                Tr::tr("Prefer a release whose targets are known (`dlstack recommend`)."), facts));
            } else if (!in.variant->gfx.contains(gfx)) {
                const QString other = wheelWithTarget(in.matrix, gfx);
                out.append(makeFinding(
                    "gpu_gfx_not_in_wheels", Severity::Blocker,
                    Tr::tr("The torch %1 %2 wheels have no kernels for %3 (%4).")
                        .arg(in.release->version, in.variant->id, gpuLabel(*gpu), gfx),
                    other.isEmpty()
                        ? Tr::tr("Build from source with PYTORCH_ROCM_ARCH=%1.").arg(gfx)
                        : Tr::tr("Pick %1, or build from source with PYTORCH_ROCM_ARCH=%2.").arg(other, gfx),
                    facts));
                continue;
            }
        }
        if (in.rocm->gfxKnown && !in.rocm->gfx.contains(gfx)) {
            out.append(makeFinding("gpu_gfx_not_supported_by_rocm", Severity::Warning,
                                   Tr::tr("ROCm %1 does not officially support %2 (%3); it may work, but AMD does not "
                                          "test it.")
                                       .arg(in.rocm->version, gpuLabel(*gpu), gfx),
                                   Tr::tr("Expect problems; some consumer cards need HSA_OVERRIDE_GFX_VERSION set to a "
                                          "supported target of the same family."),
                                   facts));
        }
    }
    if (in.selection.isSource() && in.profile.rocm &&
        compareVersion(support::Version::parse(in.profile.rocm->version)
                           ? support::Version::parse(in.profile.rocm->version)->majorMinor()
                           : QString(),
                       in.rocm->version) != 0) {
        out.append(makeFinding(
            "rocm_version_differs", Severity::Info,
            Tr::tr("ROCm %1 is installed; the build asks for ROCm %2.").arg(in.profile.rocm->version, in.rocm->version),
            Tr::tr("Build against the installed ROCm, or install ROCm %1 beside it.").arg(in.rocm->version)));
    }
}

} // namespace dlstack::matrix::rules
