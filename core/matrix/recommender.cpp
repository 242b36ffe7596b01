// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/recommender.h"

#include "core/matrix/archcoverage.h"
#include "core/matrix/checker.h"
#include "core/matrix/rules/rule.h"
#include "core/matrix/stackverdict.h"
#include "core/matrix/xpudevice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Recommender)
};

QString gpuSummary(const probe::SystemProfile &profile, const QString &vendor)
{
    for (const probe::Gpu &g : profile.gpus) {
        if (g.vendor != vendor)
            continue;
        const QString arch = vendor == u"nvidia" ? ComputeCapability::parse(g.computeCapability).smName() : g.gfxTarget;
        return arch.isEmpty() || arch == u"sm_-10" ? g.name : QStringLiteral("%1 (%2)").arg(g.name, arch);
    }
    return {};
}

bool hasGpu(const probe::SystemProfile &profile, const QString &vendor)
{
    for (const probe::Gpu &g : profile.gpus) {
        if (g.vendor == vendor)
            return true;
    }
    return false;
}

bool onlyDriverBlockers(const QList<Finding> &findings)
{
    bool any = false;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Blocker)
            continue;
        if (!f.id.startsWith(QLatin1String("driver_")) && !f.id.startsWith(QLatin1String("hazard_")))
            return false;
        any = true;
    }
    return any;
}

// Blocked only because Intel's GPU driver in user space (Level Zero) is not installed.
bool onlyLevelZeroBlockers(const QList<Finding> &findings)
{
    bool any = false;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Blocker)
            continue;
        if (f.id != u"no_level_zero")
            return false;
        any = true;
    }
    return any;
}

QString firstXpuDevice(const probe::SystemProfile &profile)
{
    for (const probe::Gpu &g : profile.gpus) {
        if (isXpuDevice(g))
            return g.name;
    }
    return {};
}

QString vendorOf(Backend backend)
{
    switch (backend) {
    case Backend::Cuda:
        return QStringLiteral("nvidia");
    case Backend::Rocm:
        return QStringLiteral("amd");
    case Backend::Xpu:
        return QStringLiteral("intel");
    case Backend::Cpu:
        break;
    }
    return {};
}

} // namespace

QJsonObject Recommendation::toJson() const
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(f.toJson());
    return {{QStringLiteral("selection"), selection.toJson()},
            {QStringLiteral("label"), selection.label()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("verdict"), verdictName(verdictOf(findings))},
            {QStringLiteral("findings"), list}};
}

Selection Recommender::withEnvironment(const probe::SystemProfile &profile, Selection s) const
{
    const TorchRelease *release = m_matrix.release(s.torch);
    s.envKind = EnvKind::NewVenv;
    s.python.clear();
    s.python = effectivePython(profile, s, *release);
    s.envKind = defaultEnvKind(profile, s.python);
    return s;
}

void Recommender::addPrebuilt(const probe::SystemProfile &profile, Backend backend, int limit,
                              QList<Recommendation> &out) const
{
    const auto &releases = m_matrix.releases();
    for (auto r = releases.crbegin(); r != releases.crend() && out.size() < limit; ++r) {
        // Newest backend version first within a release.
        QList<const TorchVariant *> variants;
        for (const TorchVariant &v : r->variants) {
            if (v.backend == backend)
                variants.append(&v);
        }
        std::sort(variants.begin(), variants.end(),
                  [](const TorchVariant *a, const TorchVariant *b) { return b->parsedVersion < a->parsedVersion; });
        for (const TorchVariant *v : variants) {
            const Selection s = withEnvironment(profile, withStack(m_matrix, Selection(), *r, *v));
            const QList<Finding> findings = check(profile, s, m_matrix);
            // Wheels whose targets are not recorded, or whose unconfirmed arch list lacks the
            // GPU, would be a guess, not a tested choice.
            if (hasBlocker(findings) || findById(findings, QStringLiteral("rocm_wheel_targets_unknown")) ||
                findById(findings, QStringLiteral("gpu_arch_not_in_wheels")))
                continue;
            const QString gpu =
                backend == Backend::Xpu ? firstXpuDevice(profile) : gpuSummary(profile, vendorOf(backend));
            QString reason;
            if (backend == Backend::Cuda)
                reason = out.isEmpty()
                             ? Tr::tr("Newest PyTorch whose %1 wheels run on driver %2 and have kernels for %3.")
                                   .arg(v->id, profile.nvidiaDriver ? profile.nvidiaDriver->version : QString(), gpu)
                             : Tr::tr("Older release; its %1 wheels also run here.").arg(v->id);
            else if (backend == Backend::Xpu)
                reason = out.isEmpty()
                             ? Tr::tr("Newest PyTorch with XPU wheels; they run on the %1 through Level Zero.").arg(gpu)
                             : Tr::tr("Older release; its XPU wheels also run on the %1.").arg(gpu);
            else
                reason = out.isEmpty() ? Tr::tr("Newest PyTorch whose %1 wheels target %2.").arg(v->id, gpu)
                                       : Tr::tr("Older release; its %1 wheels also target %2.").arg(v->id, gpu);
            if (s.envKind == EnvKind::NewConda)
                reason +=
                    u' ' + Tr::tr("No installed Python fits, so a conda environment brings Python %1.").arg(s.python);
            out.append({s, reason, findings});
            break;
        }
    }
}

void Recommender::addSource(const probe::SystemProfile &profile, QList<Recommendation> &out) const
{
    const auto &releases = m_matrix.releases();
    const auto &toolkits = m_matrix.cudaReleases();
    for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
        for (auto t = toolkits.crbegin(); t != toolkits.crend(); ++t) {
            // Only the CUDA versions the release itself was built and tested with.
            if (!r->variantFor(Backend::Cuda, t->version))
                continue;
            Selection s;
            s.route = Route::Source;
            s.torch = r->version;
            s.cuda = t->version;
            s = withEnvironment(profile, s);
            const QList<Finding> findings = check(profile, s, m_matrix);
            if (hasBlocker(findings))
                continue;
            out.append({s,
                        Tr::tr("No prebuilt wheel has kernels for %1; PyTorch %2 built from source with CUDA %3 does.")
                            .arg(gpuSummary(profile, QStringLiteral("nvidia")), r->version, t->version),
                        findings});
            return;
        }
    }
}

void Recommender::addAfterDriverUpgrade(const probe::SystemProfile &profile, QList<Recommendation> &out) const
{
    const auto &releases = m_matrix.releases();
    for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
        const TorchVariant *v = r->defaultVariant();
        if (!v || v->backend != Backend::Cuda)
            continue;
        Selection s;
        s.torch = r->version;
        s.cuda = v->version;
        s = withEnvironment(profile, s);
        const QList<Finding> findings = check(profile, s, m_matrix);
        if (!onlyDriverBlockers(findings))
            continue;
        out.append({s, Tr::tr("Works after a driver upgrade (see the findings); nothing runs on the current driver."),
                    findings});
        return;
    }
}

void Recommender::addXpuAfterRuntimeInstall(const probe::SystemProfile &profile, QList<Recommendation> &out) const
{
    const auto &releases = m_matrix.releases();
    for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
        const TorchVariant *v = r->variantFor(Backend::Xpu, QString());
        if (!v)
            continue;
        Selection s;
        s.backend = Backend::Xpu;
        s.torch = r->version;
        s = withEnvironment(profile, s);
        const QList<Finding> findings = check(profile, s, m_matrix);
        if (!onlyLevelZeroBlockers(findings))
            continue;
        out.append({s,
                    Tr::tr("Works on the %1 once Intel's GPU driver packages (Level Zero and compute-runtime) are "
                           "installed (see the findings).")
                        .arg(firstXpuDevice(profile)),
                    findings});
        return;
    }
}

void Recommender::addCpu(const probe::SystemProfile &profile, const QString &why, QList<Recommendation> &out) const
{
    const auto &releases = m_matrix.releases();
    for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
        Selection s;
        s.backend = Backend::Cpu;
        s.torch = r->version;
        s = withEnvironment(profile, s);
        const QList<Finding> findings = check(profile, s, m_matrix);
        if (hasBlocker(findings))
            continue;
        out.append({s, why, findings});
        return;
    }
}

QList<Recommendation> Recommender::recommend(const probe::SystemProfile &profile, int limit) const
{
    QList<Recommendation> out;
    if (hasGpu(profile, QStringLiteral("nvidia"))) {
        addPrebuilt(profile, Backend::Cuda, limit, out);
        if (out.isEmpty())
            addSource(profile, out);
        if (out.isEmpty())
            addAfterDriverUpgrade(profile, out);
    }
    if (out.isEmpty() && hasGpu(profile, QStringLiteral("amd")))
        addPrebuilt(profile, Backend::Rocm, limit, out);
    if (out.isEmpty() && xpuDeviceCount(profile) > 0) {
        addPrebuilt(profile, Backend::Xpu, limit, out);
        if (out.isEmpty())
            addXpuAfterRuntimeInstall(profile, out);
    }
    if (out.isEmpty()) {
        addCpu(profile,
               profile.gpus.isEmpty() ? Tr::tr("No GPU was found; the CPU build of the newest PyTorch runs anywhere.")
                                      : Tr::tr("No GPU build runs on this machine as it is; the CPU build does."),
               out);
    }
    return out;
}

} // namespace dlstack::matrix
