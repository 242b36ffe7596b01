// SPDX-License-Identifier: GPL-3.0-or-later
// Existing-environment rule: an environment chosen for the install that was not inspected,
// or that already holds a torch: the same one (nothing to do), another one (replaced, and
// extensions built against it must be rebuilt), or one that cannot run on this machine.
#include "core/matrix/archcoverage.h"
#include "core/matrix/rules/rule.h"
#include "core/support/version.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExistingEnvRule)
};

// Why the installed torch cannot use this machine's GPU, or empty.
QString incompatibility(const RuleInput &in, const TorchRelease &installed, const QString &torchCuda)
{
    if (torchCuda.isEmpty() || in.nvidiaGpus.isEmpty())
        return {};
    if (const CudaRelease *c = in.matrix.cuda(torchCuda)) {
        if (in.profile.nvidiaDriver && compareVersion(in.profile.nvidiaDriver->version, c->driverMin) < 0)
            return Tr::tr("its CUDA %1 needs driver %2, you have %3")
                .arg(torchCuda, c->driverMin, in.profile.nvidiaDriver->version);
    }
    const TorchVariant *v = installed.variantFor(Backend::Cuda, torchCuda);
    if (!v)
        return {};
    for (const probe::Gpu *gpu : in.nvidiaGpus) {
        const ComputeCapability cc = ComputeCapability::parse(gpu->computeCapability);
        if (cc.valid() && archCoverage(cc, v->archs) == ArchCoverage::None)
            return Tr::tr("it has no kernels for %1 (%2)").arg(gpuLabel(*gpu), cc.smName());
    }
    return {};
}

} // namespace

void checkExistingEnv(const RuleInput &in, Findings &out)
{
    if (in.selection.envKind != EnvKind::Existing)
        return;
    if (!in.env) {
        out.append(
            makeFinding("env_not_inspected", Severity::Warning,
                        Tr::tr("The environment %1 is not in the profile, so its Python and packages are unknown.")
                            .arg(in.selection.envPath),
                        Tr::tr("Run `dlstack detect --env %1` and check again.").arg(in.selection.envPath)));
        return;
    }
    const QString torch = in.env->packages.value(QStringLiteral("torch"));
    if (torch.isEmpty())
        return;
    const auto parsed = support::Version::parse(torch);
    const QString base = parsed ? parsed->toString() : torch;
    Facts facts{{QStringLiteral("env"), in.env->path},
                {QStringLiteral("installed_torch"), torch},
                {QStringLiteral("installed_cuda"), in.env->torchCuda}};
    const TorchRelease *installed = in.matrix.release(base);
    const QString why = installed ? incompatibility(in, *installed, in.env->torchCuda) : QString();
    if (!why.isEmpty()) {
        out.append(makeFinding("existing_torch_incompatible", Severity::Warning,
                               Tr::tr("The environment %1 holds torch %2, which cannot use this machine's GPU: %3.")
                                   .arg(in.env->path, torch, why),
                               Tr::tr("The install replaces it; anything built against it must be rebuilt."), facts));
        return;
    }
    // PEP 440: a source build's 2.7.0a0+ecf3bae is not the 2.7.0 release (the local part is ignored).
    const bool sameVersion = support::comparePackageVersions(torch, in.release->version) == 0;
    const bool sameCuda = in.selection.backend != Backend::Cuda || in.env->torchCuda == in.selection.cuda;
    if (sameVersion && sameCuda) {
        out.append(makeFinding("torch_already_installed", Severity::Info,
                               Tr::tr("torch %1 is already installed in %2.").arg(torch, in.env->path), {}, facts));
    } else {
        out.append(makeFinding("existing_torch_replaced", Severity::Warning,
                               Tr::tr("The environment %1 holds torch %2; installing torch %3 replaces it.")
                                   .arg(in.env->path, torch, in.release->version),
                               Tr::tr("Packages built against torch %1 (C++/CUDA extensions, apex) must be rebuilt; "
                                      "a new environment avoids that.")
                                   .arg(base),
                               facts));
    }
}

} // namespace dlstack::matrix::rules
