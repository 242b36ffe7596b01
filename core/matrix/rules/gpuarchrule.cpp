// SPDX-License-Identifier: GPL-3.0-or-later
// GPU architecture rule: the card's compute capability against the toolkit's sm range
// (source builds) and against the arch list the prebuilt wheels were compiled for, in both
// directions: a GTX 1080 Ti (sm_61) with wheels that start at sm_75, an RTX 50xx (sm_120)
// with wheels built before CUDA 12.8. Coverage only through "+PTX" JIT is a warning.
#include "core/matrix/archcoverage.h"
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GpuArchRule)
};

bool covers(const TorchVariant &v, const ComputeCapability &cc)
{
    const ArchCoverage c = archCoverage(cc, v.archs);
    return c == ArchCoverage::Native || c == ArchCoverage::BinaryCompatible;
}

// An alternative is only useful if the installed driver runs it too.
bool driverRuns(const RuleInput &in, const CudaRelease *c)
{
    return !in.profile.nvidiaDriver || !c || compareVersion(in.profile.nvidiaDriver->version, c->driverMin) >= 0;
}

bool driverRuns(const RuleInput &in, const QString &cuda)
{
    return !in.profile.nvidiaDriver || driverRuns(in, in.matrix.cuda(cuda));
}

// Where wheels with kernels for this GPU exist: this release first, then the newest release.
QString wheelAlternative(const RuleInput &in, const ComputeCapability &cc)
{
    for (auto it = in.release->variants.crbegin(); it != in.release->variants.crend(); ++it) {
        if (it->backend == Backend::Cuda && covers(*it, cc) && driverRuns(in, it->version))
            return Tr::tr("pick the %1 wheels of torch %2 (they cover %3)")
                .arg(it->id, in.release->version, describeArchRange(it->archList));
    }
    const auto &releases = in.matrix.releases();
    for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
        for (auto it = r->variants.crbegin(); it != r->variants.crend(); ++it) {
            if (it->backend == Backend::Cuda && covers(*it, cc) && driverRuns(in, it->version))
                return Tr::tr("pick torch %1 with the %2 wheels").arg(r->version, it->id);
        }
    }
    return {};
}

QString toolkitAlternative(const RuleInput &in, const ComputeCapability &cc)
{
    const auto &toolkits = in.matrix.cudaReleases();
    for (auto it = toolkits.crbegin(); it != toolkits.crend(); ++it) {
        if (it->smMinCc.value() <= cc.value() && cc.value() <= it->smMaxCc.value() && driverRuns(in, &*it))
            return it->version;
    }
    return {};
}

} // namespace

void checkGpuArch(const RuleInput &in, Findings &out)
{
    if (in.selection.backend != Backend::Cuda || !in.cuda)
        return;
    QVarLengthArray<int, 8> seen;
    for (const probe::Gpu *gpu : in.nvidiaGpus) {
        const ComputeCapability cc = ComputeCapability::parse(gpu->computeCapability);
        if (!cc.valid()) {
            out.append(makeFinding("gpu_arch_unknown", Severity::Warning,
                                   Tr::tr("The compute capability of %1 is not known, so dlstack cannot tell whether "
                                          "the kernels cover it.")
                                       .arg(gpuLabel(*gpu)),
                                   Tr::tr("Look it up on https://developer.nvidia.com/cuda-gpus, or run the check on "
                                          "that machine with a working driver.")));
            continue;
        }
        if (seen.contains(cc.value()))
            continue;
        seen.append(cc.value());
        Facts extra; // filled only on the paths that emit findings
        const auto facts = [&] {
            Facts f = extra;
            f.insert(QStringLiteral("gpu"), gpuLabel(*gpu));
            f.insert(QStringLiteral("compute_capability"), cc.smName());
            return f;
        };

        if (in.selection.isSource()) {
            const CudaRelease &t = *in.cuda;
            const ComputeCapability lo = t.smMinCc;
            const ComputeCapability hi = t.smMaxCc;
            const bool outside = cc.value() < lo.value() || cc.value() > hi.value();
            if (outside) {
                extra.insert(QStringLiteral("sm_min"), lo.smName());
                extra.insert(QStringLiteral("sm_max"), hi.smName());
                extra.insert(QStringLiteral("source"), t.source);
            }
            const QString alt = outside ? toolkitAlternative(in, cc) : QString();
            const QString remedy = !outside ? QString()
                                   : alt.isEmpty()
                                       ? Tr::tr("No CUDA toolkit in the matrix targets %1.").arg(cc.smName())
                                       : Tr::tr("Pick CUDA %1, which targets %2.").arg(alt, cc.smName());
            if (cc.value() < lo.value()) {
                out.append(makeFinding("gpu_arch_below_toolkit", Severity::Blocker,
                                       Tr::tr("CUDA %1 cannot compile for %2 (%3); its oldest target is %4.")
                                           .arg(t.version, gpuLabel(*gpu), cc.smName(), lo.smName()),
                                       remedy, facts()));
            } else if (cc.value() > hi.value()) {
                out.append(makeFinding("gpu_arch_above_toolkit", Severity::Blocker,
                                       Tr::tr("CUDA %1 cannot compile for %2 (%3); its newest target is %4.")
                                           .arg(t.version, gpuLabel(*gpu), cc.smName(), hi.smName()),
                                       remedy, facts()));
            } else if (std::any_of(t.smDeprecatedCc.cbegin(), t.smDeprecatedCc.cend(), [&](const ComputeCapability &d) {
                           return d.major == cc.major && d.minor == cc.minor;
                       })) {
                out.append(makeFinding(
                    "gpu_arch_deprecated", Severity::Info,
                    Tr::tr("CUDA %1 deprecates %2; the next major CUDA drops it.").arg(t.version, cc.smName()), {},
                    facts()));
            }
            if (!in.selection.archList.isEmpty() &&
                archCoverage(cc, in.selection.archList) < ArchCoverage::BinaryCompatible) {
                out.append(makeFinding("gpu_arch_not_in_arch_list", Severity::Warning,
                                       Tr::tr("The chosen arch list (%1) has no code for %2 (%3).")
                                           .arg(in.selection.archList.join(u';'), gpuLabel(*gpu), cc.smName()),
                                       Tr::tr("Add %1 to TORCH_CUDA_ARCH_LIST.")
                                           .arg(QString::number(cc.major) + u'.' + QString::number(cc.minor)),
                                       facts()));
            }
            continue;
        }

        if (!in.variant)
            continue;
        const TorchVariant &v = *in.variant;
        const ArchCoverage coverage = archCoverage(cc, v.archs);
        if (coverage == ArchCoverage::Native || coverage == ArchCoverage::BinaryCompatible)
            continue;
        // An arch list the data marks unverified is not presented as a tested fact: the
        // verdict becomes a warning. When only its "+PTX" part is unsure, that matters only
        // for a GPU newer than every listed arch (PTX JITs forward, never backward).
        bool ptxOnlyUnsure = false;
        bool unverified = in.release->archListUnverified(v, &ptxOnlyUnsure);
        if (unverified && ptxOnlyUnsure) {
            const bool newerThanAll = std::all_of(v.archs.cbegin(), v.archs.cend(),
                                                  [&](const ArchTarget &a) { return a.cc.value() < cc.value(); });
            unverified = newerThanAll;
        }
        // Beyond what the wheel's own CUDA can target (cuda.json sm range, a confirmed fact)
        // no list could hold native kernels, so the gap is certain either way.
        if (unverified) {
            if (const CudaRelease *wheelCuda = in.matrix.cuda(v.version);
                wheelCuda && wheelCuda->smMaxCc.valid() &&
                (cc.value() > wheelCuda->smMaxCc.value() || cc.value() < wheelCuda->smMinCc.value()))
                unverified = false;
        }
        extra.insert(QStringLiteral("wheel_arch_list"), v.archList);
        extra.insert(QStringLiteral("arch_list_unverified"), unverified);
        const QString alt = wheelAlternative(in, cc);
        const QString source = toolkitAlternative(in, cc);
        QString remedy;
        if (!alt.isEmpty())
            remedy = Tr::tr("To fix it, %1.").arg(alt);
        if (!source.isEmpty())
            remedy += (remedy.isEmpty() ? QString() : QStringLiteral(" ")) +
                      Tr::tr("Or build from source with CUDA %1 and TORCH_CUDA_ARCH_LIST=%2.")
                          .arg(source, QString::number(cc.major) + u'.' + QString::number(cc.minor));
        if (coverage == ArchCoverage::PtxOnly) {
            out.append(makeFinding("gpu_arch_ptx_only", Severity::Warning,
                                   Tr::tr("The torch %1 %2 wheels have no native kernels for %3 (%4); they run by "
                                          "JIT-compiling PTX, which makes the first start slow and may miss kernels.")
                                       .arg(in.release->version, v.id, gpuLabel(*gpu), cc.smName()),
                                   remedy, facts()));
        } else {
            QString message =
                Tr::tr("The torch %1 %2 wheels have kernels for %3, not for %4 (%5): PyTorch "
                       "would fail with \"no kernel image is available for execution on the "
                       "device\".")
                    .arg(in.release->version, v.id, describeArchRange(v.archList), gpuLabel(*gpu), cc.smName());
            if (unverified)
                message += u' ' + Tr::tr("This arch list is not confirmed against the published wheels, so this is "
                                         "a warning: check with torch.cuda.get_arch_list() after installing.");
            out.append(makeFinding("gpu_arch_not_in_wheels", unverified ? Severity::Warning : Severity::Blocker,
                                   message, remedy, facts()));
        }
    }
}

} // namespace dlstack::matrix::rules
