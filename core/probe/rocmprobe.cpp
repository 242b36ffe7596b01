// SPDX-License-Identifier: GPL-3.0-or-later
// RocmProbe: AMD GPUs from the KFD topology in sysfs (gfx target, PCI address) and the
// DRM cards' VRAM size, named by rocminfo when ROCm is installed; the ROCm install
// itself from /opt/rocm*, its .info/version file, and hipcc (run only when no file says
// the version); every other ROCm (/opt/rocm-X, TheRock's /opt/rocm/core-X) in rocmInstalls.
#include "core/probe/probes.h"

#include "core/probe/commandfanout.h"
#include "core/probe/rocmlocator.h"
#include "core/probe/rocmparsers.h"
#include "core/support/textutil.h"
#include "core/support/version.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RocmProbe)
};

const QString kTopology = QStringLiteral("/sys/class/kfd/kfd/topology/nodes/");

class RocmProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("rocm"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        QList<Gpu> gpus = readTopology(context);
        std::optional<Rocm> rocm = findRocm(context);

        QList<ProgramCall> calls;
        const bool runRocminfo = !gpus.isEmpty() || rocm;
        QString rocminfo = rocm ? rocm->path + QStringLiteral("/bin/rocminfo") : QString();
        if (rocminfo.isEmpty() || !context.isExecutable(rocminfo))
            rocminfo = QStringLiteral("rocminfo");
        if (runRocminfo)
            calls.append({rocminfo, {}});
        const bool runHipcc = rocm && rocm->version.isEmpty() && !rocm->hipcc.isEmpty();
        if (runHipcc)
            calls.append({rocm->hipcc, {QStringLiteral("--version")}});
        const QList<support::CommandResult> results = runConcurrently(context, calls);

        if (runRocminfo) {
            const support::CommandResult &r = results.first();
            if (r.status == support::CommandResult::Status::TimedOut)
                addProblem(profile, name(),
                           Tr::tr("rocminfo did not answer within %1 seconds; the amdgpu driver may be hung.")
                               .arg(context.commandTimeout().count() / 1000.0));
            else if (r.status == support::CommandResult::Status::Finished)
                nameGpus(gpus, rocmparsers::parseRocminfo(support::decodeToolOutput(r.out)), rocminfo);
        }
        if (runHipcc && results.last().succeeded()) {
            const auto hip = rocmparsers::parseHipcc(support::decodeToolOutput(results.last().out));
            rocm->version = hip.rocmVersion;
            rocm->source += QStringLiteral(", hipcc --version");
        }
        addVram(context, gpus);
        if (rocm)
            rocm->origin =
                rocm->path.contains(QStringLiteral("/core-")) ? QStringLiteral("therock") : QStringLiteral("system");
        profile.gpus = gpus;
        profile.rocm = rocm;
        profile.rocmInstalls = locateRocmInstalls(context);
        return profile;
    }

private:
    static QList<Gpu> readTopology(const ProbeContext &context)
    {
        QList<Gpu> gpus;
        for (const QString &node : context.list(kTopology)) {
            const QString path = kTopology + node + QStringLiteral("/properties");
            const auto bytes = context.readFile(path, 64 * 1024);
            if (!bytes)
                continue;
            const rocmparsers::KfdNode kfd = rocmparsers::parseKfdProperties(QString::fromLatin1(*bytes));
            if (!kfd.gpu)
                continue;
            Gpu gpu;
            gpu.vendor = QStringLiteral("amd");
            gpu.gfxTarget = kfd.gfxTarget;
            gpu.pciBusId = kfd.pciBusId;
            gpu.source = path;
            gpus.append(gpu);
        }
        return gpus;
    }

    // rocminfo agents carry the marketing name; match by PCI address, else by order.
    static void nameGpus(QList<Gpu> &gpus, const QList<rocmparsers::RocmAgent> &agents, const QString &source)
    {
        const bool fromTopology = !gpus.isEmpty();
        for (qsizetype i = 0; i < agents.size(); ++i) {
            const rocmparsers::RocmAgent &agent = agents[i];
            Gpu *target = nullptr;
            for (Gpu &g : gpus) {
                if (!agent.pciBusId.isEmpty() && normalizePciBusId(g.pciBusId) == normalizePciBusId(agent.pciBusId))
                    target = &g;
            }
            if (!target && fromTopology && agents.size() == gpus.size())
                target = &gpus[i];
            if (!target) {
                if (fromTopology)
                    continue;
                gpus.append(Gpu{});
                target = &gpus.last();
                target->vendor = QStringLiteral("amd");
                target->pciBusId = agent.pciBusId;
                target->source = source;
            } else {
                target->source += QStringLiteral(", ") + source;
            }
            target->name = agent.marketingName.isEmpty() ? agent.name : agent.marketingName;
            if (target->gfxTarget.isEmpty())
                target->gfxTarget = agent.gfxTarget;
        }
    }

    static void addVram(const ProbeContext &context, QList<Gpu> &gpus)
    {
        const QString drm = QStringLiteral("/sys/class/drm/");
        for (const QString &card : context.list(drm, {QStringLiteral("card*")})) {
            if (card.contains(u'-'))
                continue; // connectors: card0-DP-1
            const QString device = context.canonical(drm + card + QStringLiteral("/device"));
            const auto bytes = context.readFile(drm + card + QStringLiteral("/device/mem_info_vram_total"), 256);
            if (device.isEmpty() || !bytes)
                continue;
            const QString bus = normalizePciBusId(device.section(u'/', -1));
            bool ok = false;
            const qint64 vram = QString::fromLatin1(*bytes).trimmed().toLongLong(&ok);
            for (Gpu &g : gpus) {
                if (ok && vram > 0 && normalizePciBusId(g.pciBusId) == bus)
                    g.memoryMib = vram / (1024 * 1024);
            }
        }
    }

    // The version and the file it came from; newer ROCm keeps it in core/.info/version.
    static QPair<QString, QString> versionFile(const ProbeContext &context, const QString &root)
    {
        for (const QString &file : {QStringLiteral("/.info/version"), QStringLiteral("/core/.info/version")}) {
            if (const auto bytes = context.readFile(root + file, 4096)) {
                const QString v = rocmparsers::parseVersionFile(QString::fromLatin1(*bytes));
                if (!v.isEmpty())
                    return {v, root + file};
            }
        }
        return {};
    }

    // $ROCM_PATH, then /opt/rocm (usually a link to /opt/rocm-X.Y.Z), then the newest /opt/rocm-*.
    static std::optional<Rocm> findRocm(const ProbeContext &context)
    {
        QStringList candidates;
        if (!context.env(QStringLiteral("ROCM_PATH")).isEmpty())
            candidates << context.env(QStringLiteral("ROCM_PATH"));
        candidates << QStringLiteral("/opt/rocm");
        QStringList versioned;
        for (const QString &dir : context.list(QStringLiteral("/opt"), {QStringLiteral("rocm-*")}))
            versioned << QStringLiteral("/opt/") + dir;
        std::sort(versioned.begin(), versioned.end(), [](const QString &a, const QString &b) {
            return support::compareVersions(a.mid(10), b.mid(10)) > 0;
        });
        candidates += versioned;
        for (const QString &candidate : candidates) {
            if (!context.isDir(candidate))
                continue;
            const QString root = context.canonical(candidate).isEmpty() ? candidate : context.canonical(candidate);
            Rocm rocm;
            rocm.path = root;
            const auto [version, file] = versionFile(context, root);
            rocm.version = version;
            rocm.source = version.isEmpty() ? root : file;
            if (context.isExecutable(root + QStringLiteral("/bin/hipcc")))
                rocm.hipcc = root + QStringLiteral("/bin/hipcc");
            if (rocm.version.isEmpty() && rocm.hipcc.isEmpty() && !context.exists(root + QStringLiteral("/lib")))
                continue; // an empty or stray directory
            return rocm;
        }
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<Probe> makeRocmProbe()
{
    return std::make_unique<RocmProbe>();
}

} // namespace dlstack::probe
