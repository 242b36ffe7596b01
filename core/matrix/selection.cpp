// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/selection.h"

#include "core/matrix/extras.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Selection)
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

support::Error badSelection(const QString &summary, const QString &remedy)
{
    return support::Error{summary, {}, remedy};
}

} // namespace

QString Selection::backendVersion() const
{
    switch (backend) {
    case Backend::Cuda:
        return cuda;
    case Backend::Rocm:
        return rocm;
    case Backend::Xpu:
    case Backend::Cpu:
        break;
    }
    return {};
}

QString Selection::variantId() const
{
    if (backend == Backend::Cpu)
        return QStringLiteral("cpu");
    if (backend == Backend::Xpu)
        return QStringLiteral("xpu");
    if (backend == Backend::Rocm)
        return QStringLiteral("rocm") + rocm;
    return QStringLiteral("cu") + QString(cuda).remove(u'.');
}

QString Selection::label() const
{
    const QString accel =
        backendVersion().isEmpty() ? backendTitle(backend) : backendTitle(backend) + u' ' + backendVersion();
    const QString how = isSource() ? Tr::tr("from source") : Tr::tr("prebuilt wheels");
    QString text = QStringLiteral("torch %1 + %2 (%3)").arg(torch, accel, how);
    if (!python.isEmpty())
        text += QStringLiteral(", Python ") + python;
    return text;
}

QJsonObject Selection::toJson() const
{
    return {{QStringLiteral("route"), routeName(route)},
            {QStringLiteral("backend"), backendName(backend)},
            {QStringLiteral("torch"), torch},
            {QStringLiteral("cuda"), cuda},
            {QStringLiteral("rocm"), rocm},
            {QStringLiteral("python"), python},
            {QStringLiteral("env"),
             QJsonObject{{QStringLiteral("kind"), envKindName(envKind)}, {QStringLiteral("path"), envPath}}},
            {QStringLiteral("extras"), toArray(extras)},
            {QStringLiteral("build"), QJsonObject{{QStringLiteral("arch_list"), toArray(archList)},
                                                  {QStringLiteral("max_jobs"), maxJobs},
                                                  {QStringLiteral("launcher"), launcherName(launcher)},
                                                  {QStringLiteral("distcc_hosts"), distccHosts},
                                                  {QStringLiteral("develop"), develop},
                                                  {QStringLiteral("toolkit_from"), toolkitSourceName(toolkitFrom)}}}};
}

support::Result<Selection> Selection::fromJson(const QJsonObject &json)
{
    Selection s;
    auto str = [&json](const char *key, const QString &fallback) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isString() ? v.toString() : fallback;
    };
    const QString route = str("route", routeName(s.route));
    const QString backend = str("backend", backendName(s.backend));
    s.torch = str("torch", {});
    s.cuda = str("cuda", {});
    s.rocm = str("rocm", {});
    s.python = str("python", {});
    const QJsonObject env = json.value(QStringLiteral("env")).toObject();
    const QString envKind = env.value(QStringLiteral("kind")).toString(envKindName(s.envKind));
    s.envPath = env.value(QStringLiteral("path")).toString();
    s.extras = toStrings(json.value(QStringLiteral("extras")));
    const QJsonObject build = json.value(QStringLiteral("build")).toObject();
    s.archList = toStrings(build.value(QStringLiteral("arch_list")));
    s.maxJobs = build.value(QStringLiteral("max_jobs")).toInt();
    const QString launcher = build.value(QStringLiteral("launcher")).toString();
    s.distccHosts = build.value(QStringLiteral("distcc_hosts")).toString();
    const QJsonValue develop = build.value(QStringLiteral("develop"));
    if (!develop.isUndefined() && !develop.isNull() && !develop.isBool())
        return badSelection(Tr::tr("\"develop\" in the selection's build options must be true or false."),
                            Tr::tr("Write \"develop\": true for an editable source build, or leave it out."));
    s.develop = develop.toBool(false);
    const QString toolkitFrom = build.value(QStringLiteral("toolkit_from")).toString();
    if (const auto known = routeFromName(route))
        s.route = *known;
    else
        return badSelection(Tr::tr("Unknown route \"%1\" in the selection.").arg(route),
                            Tr::tr("Use prebuilt or source."));
    if (const auto known = envKindFromName(envKind))
        s.envKind = *known;
    else
        return badSelection(Tr::tr("Unknown environment kind \"%1\".").arg(envKind),
                            Tr::tr("Use new_venv, new_conda or existing."));
    if (const auto known = backendFromName(backend))
        s.backend = *known;
    else
        return badSelection(Tr::tr("Unknown backend \"%1\" in the selection.").arg(backend),
                            Tr::tr("Use cuda, rocm or cpu."));
    if (const auto known = launcherFromName(launcher))
        s.launcher = *known;
    else
        return badSelection(Tr::tr("Unknown compiler launcher \"%1\" in the selection.").arg(launcher),
                            Tr::tr("Use ccache, sccache or distcc."));
    if (const auto known = toolkitSourceFromName(toolkitFrom))
        s.toolkitFrom = *known;
    else
        return badSelection(Tr::tr("Unknown toolkit source \"%1\".").arg(toolkitFrom), Tr::tr("Use runfile or conda."));
    return s;
}

std::optional<support::Error> checkDistccHosts(const QString &hosts)
{
    // DISTCC_HOSTS: host[:port][/limit][,options] words, @ssh hosts, localhost, --randomize
    static const QRegularExpression hostsPattern(QStringLiteral("^[A-Za-z0-9@:/,._\\[\\]+= -]+$"));
    if (!hostsPattern.match(hosts).hasMatch())
        return badSelection(Tr::tr("\"%1\" is not a distcc host list.").arg(hosts),
                            Tr::tr("Write it like DISTCC_HOSTS: \"10.0.0.5/16 10.0.0.6:3632/8\"."));
    return std::nullopt;
}

int distccSlots(const QString &hosts)
{
    int total = 0;
    for (const QString &word : hosts.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(u'-'))
            continue;
        const QString host = word.section(u',', 0, 0);
        const qsizetype slash = host.lastIndexOf(u'/');
        bool ok = false;
        const int limit = slash >= 0 ? host.mid(slash + 1).toInt(&ok) : 0;
        total += ok && limit > 0 ? limit : host.startsWith(QStringLiteral("localhost")) ? 2 : 4;
    }
    return total;
}

std::optional<support::Error> Selection::validate(const Matrix &matrix) const
{
    if (envKind == EnvKind::Existing && envPath.isEmpty())
        return badSelection(Tr::tr("An existing environment was chosen without its path."),
                            Tr::tr("Name the environment's directory."));
    const QString oldest = matrix.releases().isEmpty() ? QString() : matrix.releases().constFirst().version;
    const QString newest = matrix.releases().isEmpty() ? QString() : matrix.releases().constLast().version;
    if (torch.isEmpty())
        return badSelection(Tr::tr("No PyTorch version was chosen."),
                            Tr::tr("Pick one from `dlstack matrix` (%1 to %2).").arg(oldest, newest));
    if (!matrix.release(torch))
        return badSelection(Tr::tr("PyTorch %1 is not in the tested matrix (%2 to %3); dlstack does not guess "
                                   "its requirements.")
                                .arg(torch, oldest, newest),
                            Tr::tr("Pick a version listed by `dlstack matrix`."));
    if (backend == Backend::Cuda) {
        if (!rocm.isEmpty())
            return badSelection(Tr::tr("Both a CUDA and a ROCm version were chosen."), Tr::tr("Pick one backend."));
        if (cuda.isEmpty())
            return badSelection(Tr::tr("No CUDA version was chosen."), Tr::tr("Name one, e.g. --cuda 12.4."));
        if (!matrix.cuda(cuda)) {
            const auto &all = matrix.cudaReleases();
            return badSelection(Tr::tr("CUDA %1 is not in the tested matrix (%2 to %3).")
                                    .arg(cuda, all.isEmpty() ? QString() : all.constFirst().version,
                                         all.isEmpty() ? QString() : all.constLast().version),
                                Tr::tr("Pick a CUDA version listed by `dlstack matrix --torch %1`.").arg(torch));
        }
    } else if (backend == Backend::Rocm) {
        if (!cuda.isEmpty())
            return badSelection(Tr::tr("Both a CUDA and a ROCm version were chosen."), Tr::tr("Pick one backend."));
        if (rocm.isEmpty() || !matrix.rocm(rocm))
            return badSelection(Tr::tr("ROCm %1 is not in the tested matrix.").arg(rocm),
                                Tr::tr("Pick a ROCm version listed by `dlstack matrix --torch %1`.").arg(torch));
    } else if (backend == Backend::Xpu) {
        if (!cuda.isEmpty() || !rocm.isEmpty())
            return badSelection(Tr::tr("An Intel XPU install was chosen together with a CUDA or ROCm version."),
                                Tr::tr("Drop --xpu, or drop --cuda/--rocm."));
        if (isSource())
            return badSelection(Tr::tr("dlstack installs PyTorch for Intel GPUs from PyTorch's XPU wheels only; a "
                                       "source build for XPU (with Intel's Deep Learning Essentials) is not planned."),
                                Tr::tr("Use the prebuilt route (--route prebuilt) with --xpu."));
    } else if (!cuda.isEmpty() || !rocm.isEmpty()) {
        return badSelection(Tr::tr("A CPU-only install was chosen together with a GPU backend version."),
                            Tr::tr("Drop --cpu, or drop --cuda/--rocm."));
    }
    if (backend == Backend::Cuda && !archList.isEmpty()) {
        // An arch the toolkit cannot compile for fails nvcc after minutes of building; say it now.
        const CudaRelease &toolkit = *matrix.cuda(cuda);
        for (const QString &arch : archList) {
            const ComputeCapability cc = ComputeCapability::parse(arch);
            if (!cc.valid())
                return badSelection(Tr::tr("\"%1\" in the arch list is not a CUDA architecture.").arg(arch),
                                    Tr::tr("Write compute capabilities like 8.6 or 9.0+PTX."));
            if (toolkit.smMinCc.valid() && toolkit.smMaxCc.valid() &&
                (cc.value() < toolkit.smMinCc.value() || cc.value() > toolkit.smMaxCc.value()))
                return badSelection(
                    Tr::tr("CUDA %1 does not know %2 (%3) from the arch list: it compiles for %4 to %5.")
                        .arg(toolkit.version, arch, cc.smName(), toolkit.smMinCc.smName(), toolkit.smMaxCc.smName()),
                    Tr::tr("Drop %1 from --arch-list, or pick a CUDA version that still targets it.").arg(arch));
        }
    }
    static const QRegularExpression pythonPattern(QStringLiteral("^[23]\\.\\d{1,2}(\\.\\d+)?t?$"));
    if (!python.isEmpty() && !pythonPattern.match(python).hasMatch())
        return badSelection(Tr::tr("\"%1\" is not a Python version.").arg(python), Tr::tr("Write it like 3.11."));
    if (maxJobs < 0)
        return badSelection(Tr::tr("MAX_JOBS cannot be negative."), {});
    if (develop && !isSource())
        return badSelection(Tr::tr("A development install (--develop) installs PyTorch editable from its source tree, "
                                   "and prebuilt wheels have no source tree."),
                            Tr::tr("Add --route source to build PyTorch from source, or drop --develop."));
    static const QRegularExpression extraPattern(
        QStringLiteral("^(?:(?:torchvision|torchaudio|torchtext)(?:==[0-9][0-9A-Za-z.+]*)?|apex|tensorrt|opencv|opencv-"
                       "cuda|test-nn)$"));
    for (const QString &extra : extras) {
        if (!extraPattern.match(extra).hasMatch())
            return badSelection(
                Tr::tr("Unknown extra \"%1\".").arg(extra),
                Tr::tr("Extras are torchvision, torchaudio, torchtext (optionally ==VERSION), apex, tensorrt, "
                       "opencv, opencv-cuda and test-nn (source builds)."));
    }
    if (auto unavailable = checkExtrasAvailable(*this, *matrix.release(torch), matrix))
        return unavailable;
    if (toolkitFrom == ToolkitSource::Conda && envKind == EnvKind::NewVenv)
        return badSelection(Tr::tr("A CUDA toolkit from conda needs a conda environment."),
                            Tr::tr("Choose a new conda environment, or take the toolkit from the runfile."));
    if (!distccHosts.isEmpty()) {
        if (launcher != Launcher::Distcc)
            return badSelection(Tr::tr("distcc hosts were named but the compiler launcher is not distcc."),
                                Tr::tr("Add --launcher distcc, or drop the hosts."));
        if (auto bad = checkDistccHosts(distccHosts))
            return bad;
    }
    return std::nullopt;
}

} // namespace dlstack::matrix
