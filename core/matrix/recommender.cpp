// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/recommender.h"

#include "core/matrix/archcoverage.h"
#include "core/matrix/checker.h"
#include "core/matrix/rules/rule.h"
#include "core/matrix/stackverdict.h"
#include "core/matrix/xpudevice.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

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

// Whether some CUDA wheel of the release has kernels (SASS, not only PTX) for every NVIDIA
// GPU of the profile whose compute capability is known.
bool wheelsCoverGpus(const TorchRelease &release, const probe::SystemProfile &profile)
{
    QList<ComputeCapability> ccs;
    for (const probe::Gpu &g : profile.gpus) {
        const ComputeCapability cc = ComputeCapability::parse(g.computeCapability);
        if (g.vendor == u"nvidia" && cc.valid())
            ccs.append(cc);
    }
    if (ccs.isEmpty())
        return true; // nothing known to compare
    for (const TorchVariant &v : release.variants) {
        if (v.backend != Backend::Cuda)
            continue;
        const bool all = std::all_of(ccs.cbegin(), ccs.cend(), [&](const ComputeCapability &cc) {
            const ArchCoverage c = archCoverage(cc, v.archs);
            return c == ArchCoverage::Native || c == ArchCoverage::BinaryCompatible;
        });
        if (all)
            return true;
    }
    return false;
}

// An installed gcc that nvcc accepts (major <= maxMajor) and that is new enough for the release.
bool hasFittingGcc(const probe::SystemProfile &profile, int maxMajor, const QString &minimum)
{
    for (const probe::Compiler &c : profile.compilers) {
        const int m = c.version.section(u'.', 0, 0).toInt();
        if (c.kind == u"gcc" && m > 0 && m <= maxMajor &&
            (minimum.isEmpty() || compareVersion(c.version, minimum) >= 0))
            return true;
    }
    return false;
}

// What the compiler stage resolves: a host gcc nvcc refuses (an older gcc found, conda-forge's
// gcc in a conda environment, or a named package) and, in a conda environment, a gcc too old
// for the release (conda-forge's gcc).
bool compilerResolved(const Finding &f, const Selection &s)
{
    return f.id == u"host_compiler_too_new" || (f.id == u"compiler_too_old" && s.envKind == EnvKind::NewConda);
}

bool blockedBeyondCompiler(const QList<Finding> &findings, const Selection &s)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding &f) { return f.severity == Severity::Blocker && !compilerResolved(f, s); });
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

QList<const TorchRelease *> Recommender::candidates(const QString &torch) const
{
    QList<const TorchRelease *> list;
    const auto &releases = m_matrix.releases();
    for (auto r = releases.crbegin(); r != releases.crend(); ++r) {
        if (torch.isEmpty() || r->version == torch)
            list.append(&*r);
    }
    return list;
}

void Recommender::addPrebuilt(const probe::SystemProfile &profile, Backend backend, const QString &torch, int limit,
                              QList<Recommendation> &out) const
{
    for (const TorchRelease *r : candidates(torch)) {
        if (out.size() >= limit)
            break;
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

Selection Recommender::sourceSelection(const probe::SystemProfile &profile, const TorchRelease &release,
                                       const CudaRelease &toolkit) const
{
    Selection s;
    s.route = Route::Source;
    s.torch = release.version;
    s.cuda = toolkit.version;
    s = withEnvironment(profile, s);
    // nvcc accepts gcc <= gccMax; with no such gcc installed, conda-forge's comes into a conda
    // environment, which needs no root (a system gcc-N package would).
    if (toolkit.gccMax > 0 && !hasFittingGcc(profile, toolkit.gccMax, release.gccMin))
        s.envKind = EnvKind::NewConda;
    return s;
}

std::optional<Recommendation> Recommender::sourceFor(const probe::SystemProfile &profile,
                                                     const TorchRelease &release) const
{
    const auto &toolkits = m_matrix.cudaReleases();
    for (auto t = toolkits.crbegin(); t != toolkits.crend(); ++t) {
        // Only the CUDA versions the release itself was built and tested with.
        if (!release.variantFor(Backend::Cuda, t->version))
            continue;
        const Selection s = sourceSelection(profile, release, *t);
        QList<Finding> findings = check(profile, s, m_matrix);
        if (blockedBeyondCompiler(findings, s))
            continue;
        for (Finding &f : findings) { // as the planner does: its compiler stage resolves it
            if (f.severity == Severity::Blocker && compilerResolved(f, s))
                f.severity = Severity::Warning;
        }
        const QString gpu = gpuSummary(profile, QStringLiteral("nvidia"));
        QString reason =
            Tr::tr("PyTorch %1 publishes no wheel with kernels for %2; built from source with CUDA %3, which still "
                   "targets it, it runs there.")
                .arg(release.version, gpu, t->version);
        if (s.envKind == EnvKind::NewConda)
            reason += u' ' + Tr::tr("No installed gcc fits both CUDA %1 (gcc %2 or older) and PyTorch %3, so a "
                                    "conda environment brings conda-forge's gcc %2.")
                                 .arg(t->version)
                                 .arg(t->gccMax)
                                 .arg(release.version);
        return Recommendation{s, reason, findings};
    }
    return std::nullopt;
}

void Recommender::addSource(const probe::SystemProfile &profile, const QString &torch, QList<Recommendation> &out) const
{
    for (const TorchRelease *r : candidates(torch)) {
        if (std::optional<Recommendation> rec = sourceFor(profile, *r)) {
            out.append(*rec);
            return;
        }
    }
}

void Recommender::addSourceForNewest(const probe::SystemProfile &profile, const QString &torch,
                                     QList<Recommendation> &out) const
{
    const QList<const TorchRelease *> releases = candidates(torch);
    if (releases.isEmpty() || out.isEmpty() || out.constFirst().selection.torch == releases.constFirst()->version ||
        wheelsCoverGpus(*releases.constFirst(), profile))
        return;
    // The newest release (or the chosen one) lost the wheels for this GPU: its source build
    // comes right after the newest release whose wheels still have kernels for it.
    if (std::optional<Recommendation> rec = sourceFor(profile, *releases.constFirst()))
        out.insert(1, *rec);
}

void Recommender::addAfterDriverUpgrade(const probe::SystemProfile &profile, const QString &torch,
                                        QList<Recommendation> &out) const
{
    for (const TorchRelease *r : candidates(torch)) {
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

void Recommender::addXpuAfterRuntimeInstall(const probe::SystemProfile &profile, const QString &torch,
                                            QList<Recommendation> &out) const
{
    for (const TorchRelease *r : candidates(torch)) {
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

void Recommender::addCpu(const probe::SystemProfile &profile, const QString &torch, const QString &why,
                         QList<Recommendation> &out) const
{
    for (const TorchRelease *r : candidates(torch)) {
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

QList<Recommendation> Recommender::recommend(const probe::SystemProfile &profile, int limit, const QString &torch) const
{
    QList<Recommendation> out;
    if (hasGpu(profile, QStringLiteral("nvidia"))) {
        addPrebuilt(profile, Backend::Cuda, torch, limit, out);
        if (out.isEmpty())
            addSource(profile, torch, out);
        else
            addSourceForNewest(profile, torch, out);
        if (out.isEmpty())
            addAfterDriverUpgrade(profile, torch, out);
    }
    if (out.isEmpty() && hasGpu(profile, QStringLiteral("amd")))
        addPrebuilt(profile, Backend::Rocm, torch, limit, out);
    if (out.isEmpty() && xpuDeviceCount(profile) > 0) {
        addPrebuilt(profile, Backend::Xpu, torch, limit, out);
        if (out.isEmpty())
            addXpuAfterRuntimeInstall(profile, torch, out);
    }
    if (out.isEmpty()) {
        addCpu(profile, torch,
               profile.gpus.isEmpty() ? Tr::tr("No GPU was found; the CPU build of the newest PyTorch runs anywhere.")
                                      : Tr::tr("No GPU build runs on this machine as it is; the CPU build does."),
               out);
    }
    while (out.size() > limit)
        out.removeLast();
    return out;
}

} // namespace dlstack::matrix
