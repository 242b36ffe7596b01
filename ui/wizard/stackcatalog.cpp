// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/stackcatalog.h"

#include "core/matrix/checker.h"
#include "core/support/version.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dlstack::ui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StackCatalog)
};

QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = Tr::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString());
        return {};
    }
    return doc.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

const probe::Gpu *firstGpu(const probe::SystemProfile &profile, const QString &vendor)
{
    for (const probe::Gpu &gpu : profile.gpus)
        if (gpu.vendor == vendor)
            return &gpu;
    return nullptr;
}

} // namespace


QString StackCatalog::load(const QString &dir)
{
    QString error;
    const QJsonObject torch = readJson(dir + QStringLiteral("/torch.json"), &error);
    if (!error.isEmpty())
        return error;
    const QJsonObject cuda = readJson(dir + QStringLiteral("/cuda.json"), &error);
    if (!error.isEmpty())
        return error;

    m_releases.clear();
    for (const QJsonValue &r : torch.value(u"releases").toArray()) {
        const QJsonObject o = r.toObject();
        CatalogRelease release;
        release.version = o.value(u"version").toString();
        release.pythonMin = o.value(u"python").toObject().value(u"min").toString();
        release.pythonMax = o.value(u"python").toObject().value(u"max").toString();
        release.torchvision = o.value(u"torchvision").toString();
        release.torchaudio = o.value(u"torchaudio").toString();
        for (const QJsonValue &v : o.value(u"variants").toArray()) {
            const QJsonObject vo = v.toObject();
            CatalogVariant variant;
            variant.id = vo.value(u"id").toString();
            variant.backend = vo.value(u"backend").toString();
            variant.version = vo.value(u"version").toString();
            variant.indexUrl = vo.value(u"index_url").toString();
            variant.isDefault = vo.value(u"default").toBool();
            variant.archList = strings(vo.value(u"arch_list"));
            variant.gfx = strings(vo.value(u"gfx"));
            release.variants << variant;
        }
        if (!release.version.isEmpty())
            m_releases << release;
    }
    std::sort(m_releases.begin(), m_releases.end(), [](const CatalogRelease &a, const CatalogRelease &b) {
        return support::compareVersions(a.version, b.version) > 0;
    });

    m_cuda.clear();
    for (const QJsonValue &t : cuda.value(u"toolkits").toArray()) {
        const QJsonObject o = t.toObject();
        m_cuda << CatalogCuda{o.value(u"version").toString(), o.value(u"driver_min_linux").toString()};
    }
    m_majorDriverMin.clear();
    for (const QJsonValue &m : cuda.value(u"minor_version_compatibility").toArray()) {
        const QJsonObject o = m.toObject();
        m_majorDriverMin << qMakePair(o.value(u"cuda_major").toString().toInt(), o.value(u"driver_min_linux").toString());
    }
    const support::Result<matrix::Matrix> &builtin = matrix::Matrix::builtin();
    m_matrix = dir == u":/matrix" && builtin.ok() ? &builtin.value() : nullptr;
    if (m_releases.isEmpty())
        return Tr::tr("The tested matrix lists no PyTorch releases.");
    return {};
}

const CatalogRelease *StackCatalog::release(const QString &version) const
{
    for (const CatalogRelease &r : m_releases)
        if (r.version == version)
            return &r;
    return nullptr;
}

const CatalogCuda *StackCatalog::cuda(const QString &version) const
{
    for (const CatalogCuda &c : m_cuda)
        if (c.version == version)
            return &c;
    return nullptr;
}

bool archCovers(const QStringList &archList, const QString &cc)
{
    const auto gpu = support::Version::parse(cc);
    if (!gpu)
        return true; // unknown capability: nothing to say
    for (QString entry : archList) {
        const bool ptx = entry.endsWith(QStringLiteral("+PTX"));
        entry.remove(QStringLiteral("+PTX"));
        const auto built = support::Version::parse(entry);
        if (!built)
            continue;
        // A cubin runs on the same major with an equal or higher minor; PTX is compiled
        // just in time for any newer GPU.
        if (built->major() == gpu->major() && built->minor() <= gpu->minor())
            return true;
        if (ptx && *built <= *gpu)
            return true;
    }
    return false;
}

matrix::Selection selectionOf(const StackChoice &stack, const InstallOptions &options)
{
    matrix::Selection s;
    s.route = stack.route;
    s.backend = stack.backend;
    s.torch = stack.torch;
    if (stack.backend == u"cuda")
        s.cuda = stack.backendVersion;
    else if (stack.backend == u"rocm")
        s.rocm = stack.backendVersion;
    s.python = stack.python;
    s.envKind = options.envKind;
    s.envPath = options.envPath;
    s.extras = options.extras;
    s.archList = options.archList;
    s.maxJobs = options.maxJobs;
    s.launcher = options.launcher;
    s.distccHosts = options.distccHosts;
    return s;
}

QList<matrix::Finding> StackCatalog::findings(const probe::SystemProfile &profile, const matrix::Selection &selection) const
{
    if (!m_matrix)
        return {};
    return matrix::check(profile, selection, *m_matrix);
}

Verdict StackCatalog::assess(const probe::SystemProfile &profile, const CatalogRelease &release,
                             const CatalogVariant &variant) const
{
    if (!m_matrix)
        return ownRules(profile, variant);
    // Blockers about the GPU, driver and wheels disable this variant; other blockers (disk,
    // compilers, Python) depend on later choices and are shown as notes here.
    static const QStringList variantBlockers = {
        QStringLiteral("no_nvidia_gpu"), QStringLiteral("no_amd_gpu"), QStringLiteral("driver_not_loaded"),
        QStringLiteral("driver_missing"), QStringLiteral("driver_too_old"), QStringLiteral("gpu_arch_below_toolkit"),
        QStringLiteral("gpu_arch_above_toolkit"), QStringLiteral("gpu_arch_not_in_wheels"),
        QStringLiteral("gpu_gfx_not_in_wheels"), QStringLiteral("hazard_nouveau_loaded"), QStringLiteral("selection_unknown")};
    StackChoice choice;
    choice.torch = release.version;
    choice.backend = variant.backend;
    choice.backendVersion = variant.version;
    const QList<matrix::Finding> found = findings(profile, selectionOf(choice, InstallOptions()));
    Verdict verdict;
    for (const matrix::Finding &f : found) {
        if (f.severity == matrix::Severity::Blocker && variantBlockers.contains(f.id) && verdict.blocker.isEmpty())
            verdict.blocker = f.message;
        else if (f.severity != matrix::Severity::Info)
            verdict.warnings << f.message;
    }
    if (variant.backend == u"cpu" && !profile.gpus.isEmpty())
        verdict.warnings << Tr::tr("A CPU-only build will not use the GPU.");
    return verdict;
}

Verdict StackCatalog::ownRules(const probe::SystemProfile &profile, const CatalogVariant &variant) const
{
    Verdict verdict;
    if (variant.backend == u"cuda") {
        const probe::Gpu *gpu = firstGpu(profile, QStringLiteral("nvidia"));
        if (!gpu) {
            verdict.blocker = Tr::tr("No NVIDIA GPU was found, so CUDA builds cannot use one.");
            return verdict;
        }
        if (!profile.nvidiaDriver || profile.nvidiaDriver->version.isEmpty()) {
            verdict.blocker = Tr::tr("No NVIDIA driver is loaded; install the driver first.");
            return verdict;
        }
        const int major = support::Version::parse(variant.version).value_or(support::Version()).major();
        QString driverMin;
        for (const auto &pair : m_majorDriverMin)
            if (pair.first == major)
                driverMin = pair.second;
        if (driverMin.isEmpty())
            if (const CatalogCuda *c = cuda(variant.version))
                driverMin = c->driverMin;
        if (!driverMin.isEmpty() && support::compareVersions(profile.nvidiaDriver->version, driverMin) < 0) {
            verdict.blocker = Tr::tr("CUDA %1 needs NVIDIA driver %2 or newer; this machine has %3.")
                                  .arg(variant.version, driverMin, profile.nvidiaDriver->version);
            return verdict;
        }
        if (!gpu->computeCapability.isEmpty() && !variant.archList.isEmpty()
            && !archCovers(variant.archList, gpu->computeCapability)) {
            verdict.blocker = Tr::tr("These wheels are built for compute capability %1; the %2 has %3.")
                                  .arg(variant.archList.join(QStringLiteral(", ")), gpu->name,
                                       gpu->computeCapability);
            return verdict;
        }
    } else if (variant.backend == u"rocm") {
        const probe::Gpu *gpu = firstGpu(profile, QStringLiteral("amd"));
        if (!gpu) {
            verdict.blocker = Tr::tr("No AMD GPU was found, so ROCm builds cannot use one.");
            return verdict;
        }
        if (!variant.gfx.isEmpty() && !gpu->gfxTarget.isEmpty() && !variant.gfx.contains(gpu->gfxTarget)) {
            verdict.blocker = Tr::tr("These wheels are built for %1; the %2 is %3.")
                                  .arg(variant.gfx.join(QStringLiteral(", ")), gpu->name, gpu->gfxTarget);
            return verdict;
        }
        if (!profile.rocm)
            verdict.warnings << Tr::tr("ROCm is not installed; the wheels bring their own runtime but need the amdgpu driver.");
    } else if (!profile.gpus.isEmpty()) {
        verdict.warnings << Tr::tr("A CPU-only build will not use the GPU.");
    }
    return verdict;
}

QStringList StackCatalog::pythonVersions(const CatalogRelease &release)
{
    QStringList out;
    const auto lo = support::Version::parse(release.pythonMin);
    const auto hi = support::Version::parse(release.pythonMax);
    if (!lo || !hi || lo->major() != hi->major())
        return out;
    for (int minor = hi->minor(); minor >= lo->minor(); --minor)
        out << QStringLiteral("%1.%2").arg(lo->major()).arg(minor);
    return out; // newest first
}

StackCatalog::Recommendation StackCatalog::recommend(const probe::SystemProfile &profile) const
{
    const CatalogRelease *release = nullptr;
    const CatalogVariant *pick = nullptr;
    // The newest release with a GPU variant that works here: its default one when possible.
    for (const CatalogRelease &r : m_releases) {
        for (const CatalogVariant &v : r.variants)
            if (v.backend != u"cpu" && !assess(profile, r, v).blocked()
                && (!pick || (v.isDefault && !pick->isDefault)
                    || (v.isDefault == pick->isDefault && support::compareVersions(v.version, pick->version) > 0)))
                pick = &v;
        if (pick) {
            release = &r;
            break;
        }
    }
    if (!pick && !m_releases.isEmpty()) { // no usable GPU: the newest CPU build
        release = &m_releases.first();
        for (const CatalogVariant &v : release->variants)
            if (v.backend == u"cpu")
                pick = &v;
    }
    Recommendation best;
    if (!release || !pick)
        return best;
    best.torch = release->version;
    best.variantId = pick->id;
    const QStringList pythons = pythonVersions(*release);
    // Prefer a Python that is already installed, else the newest the release supports.
    for (const QString &py : pythons)
        for (const probe::PythonInterpreter &have : profile.pythons)
            if (best.python.isEmpty() && (have.version == py || have.version.startsWith(py + u'.')))
                best.python = py;
    if (best.python.isEmpty() && !pythons.isEmpty())
        best.python = pythons.first();
    return best;
}

} // namespace dlstack::ui
