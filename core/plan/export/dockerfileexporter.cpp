// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/export/dockerfileexporter.h"

#include "core/plan/builddefaults.h"
#include "core/plan/export/bashexporter.h"
#include "core/support/urlredaction.h"
#include "core/support/version.h"

#include <QCoreApplication>
#include <QUrl>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DockerfileExporter)
};

} // namespace

support::Result<DockerImage> dockerImageFor(const matrix::Selection &selection)
{
    const auto &images = DockerImages::builtin();
    if (!images)
        return images.error();
    const QString version = selection.backendVersion();
    if (auto image = images.value().find(selection.backend, version))
        return *image;
    if (selection.backend == matrix::Backend::Xpu)
        return support::Error{Tr::tr("dlstack's image data (dockerimages.json) has no base image for Intel XPU, so no "
                                     "Dockerfile can be written for an XPU selection."),
                              {},
                              Tr::tr("Export a script instead (--format bash), or pick a CUDA, ROCm or CPU build "
                                     "for the image.")};
    const QString repository =
        selection.backend == matrix::Backend::Rocm ? QStringLiteral("rocm/dev-ubuntu") : QStringLiteral("nvidia/cuda");
    return support::Error{Tr::tr("There is no published %1 image for %2 %3, so no Dockerfile can start from one.")
                              .arg(repository, matrix::backendTitle(selection.backend), version),
                          {},
                          Tr::tr("Pick one of the versions that have an image: %1.")
                              .arg(images.value().versions(selection.backend).join(QStringLiteral(", ")))};
}

QString dockerBaseImage(const DockerTarget &target, bool devel)
{
    return devel ? target.image.devel : target.image.runtime;
}

probe::SystemProfile imageProfile(const probe::SystemProfile &machine, const DockerImage &image)
{
    probe::SystemProfile out;
    out.host = machine.host;
    out.gpus = machine.gpus;
    out.nvidiaDriver = machine.nvidiaDriver; // the host's driver runs the container
    out.host.osId = QStringLiteral("ubuntu");
    out.host.osName = QStringLiteral("Ubuntu ") + image.ubuntu;
    out.host.osVersion = image.ubuntu;
    out.host.hazards.clear(); // the host's install hazards are not the image's
    const QString source = QStringLiteral("base image %1").arg(image.devel);
    const auto toolkit = support::Version::parse(image.toolkit);
    if (image.backend == matrix::Backend::Cuda && toolkit) {
        const QString home = QStringLiteral("/usr/local/cuda-") + toolkit->majorMinor();
        out.cudaToolkits << probe::CudaToolkit{
            toolkit->majorMinor(), image.toolkit, home, home + QStringLiteral("/bin/nvcc"), {}, source};
        if (!image.cudnn.isEmpty())
            out.cudnn << probe::Cudnn{image.cudnn, QStringLiteral("/usr/include/cudnn_version.h"), source};
    } else if (image.backend == matrix::Backend::Rocm) {
        out.rocm =
            probe::Rocm{image.toolkit, QStringLiteral("/opt/rocm"), QStringLiteral("/opt/rocm/bin/hipcc"), source};
    }
    out.compilers << probe::Compiler{QStringLiteral("gcc"), image.gcc, QStringLiteral("/usr/bin/gcc"), source};
    out.pythons << probe::PythonInterpreter{image.python, QStringLiteral("/usr/bin/python3"), source};
    out.tools.insert(QStringLiteral("git"), probe::Tool{QString(), QStringLiteral("/usr/bin/git"), source});
    return out;
}

namespace {

constexpr char kWheelDir[] = "/wheels";

// The build steps of a source build (`pip install --no-build-isolation -v ... .` in a source
// tree, recipes' buildStep()) as `pip wheel` into /wheels with the same tree, environment and
// arguments: the tree's build directory is already complete, so this packs what was built.
QList<Step> wheelSteps(const Plan &plan)
{
    QList<Step> out;
    for (const Stage &stage : plan.stages)
        for (const Step &step : stage.steps) {
            const qsizetype install = step.argv.indexOf(QStringLiteral("install"));
            if (step.kind != Step::Kind::Run || install < 1 || step.argv.value(install - 1) != u"pip" ||
                !step.argv.contains(QStringLiteral("--no-build-isolation")) || step.argv.constLast() != u".")
                continue;
            Step wheel = step;
            wheel.argv = step.argv.mid(0, install) +
                         QStringList{QStringLiteral("wheel"), QStringLiteral("--no-deps"), QStringLiteral("-w"),
                                     QString::fromLatin1(kWheelDir)} +
                         step.argv.mid(install + 1);
            wheel.argv.removeAll(QStringLiteral("-e")); // a development install's wheel is a plain one
            wheel.undo.clear();
            wheel.creates.clear();
            out << wheel;
        }
    return out;
}

// A user with the build args' UID and GID (one the base image already has is used as it is;
// Ubuntu 24.04 images have `ubuntu` with 1000), owning the prefix and /wheels.
QString userLines(const QString &prefix)
{
    return QStringLiteral("RUN (getent group \"${USER_GID}\" >/dev/null || groupadd --gid \"${USER_GID}\" dlstack) \\\n"
                          "    && (getent passwd \"${USER_UID}\" >/dev/null \\\n"
                          "        || useradd --uid \"${USER_UID}\" --gid \"${USER_GID}\" --create-home --shell "
                          "/bin/bash dlstack) \\\n"
                          "    && install -d -o \"${USER_UID}\" -g \"${USER_GID}\" %1")
        .arg(prefix);
}

// tzdata without its question: the zone from the TZ build arg.
QString aptLines(const QString &packages)
{
    return QStringLiteral(
               "RUN ln -snf \"/usr/share/zoneinfo/${TZ}\" /etc/localtime && echo \"${TZ}\" > /etc/timezone \\\n"
               "    && apt-get update && apt-get install -y --no-install-recommends \\\n"
               "        tzdata %1 \\\n"
               "    && rm -rf /var/lib/apt/lists/*")
        .arg(packages);
}

// The plan's proxy as the build's default for every RUN (apt-get included) through Docker's
// predefined proxy arguments, which `docker build --build-arg https_proxy=...` overrides and
// which are not kept in the image's environment. A proxy that takes a password has no default
// here: the password would end up in the image's history.
QStringList proxyArgs(const Plan &plan)
{
    if (plan.proxy.isEmpty() || !plan.proxyCredential.isEmpty())
        return {};
    const QString full =
        plan.proxy.contains(QStringLiteral("://")) ? plan.proxy : QStringLiteral("http://") + plan.proxy;
    QStringList lines;
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
        lines << QStringLiteral("ARG %1=%2").arg(QLatin1String(name), full);
    lines << QStringLiteral("ARG no_proxy=localhost,127.0.0.1,::1");
    return lines;
}

QStringList stageArgs(const Plan &plan, const DockerTarget &target)
{
    return QStringList{QStringLiteral("ARG USER_UID=%1").arg(target.userUid),
                       QStringLiteral("ARG USER_GID=%1").arg(target.userGid),
                       QStringLiteral("ARG TZ=%1").arg(target.timeZone),
                       QStringLiteral("ENV DEBIAN_FRONTEND=noninteractive TZ=${TZ}")} +
           proxyArgs(plan);
}

} // namespace

bool exportsWheels(const Plan &plan)
{
    return plan.stageIndex(QStringLiteral("pytorch-source")) >= 0 && !wheelSteps(plan).isEmpty();
}

QByteArray exportDockerfile(const Plan &plan, const DockerTarget &target)
{
    const QString archArg = target.image.backend == matrix::Backend::Rocm ? QStringLiteral("PYTORCH_ROCM_ARCH")
                                                                          : QStringLiteral("TORCH_CUDA_ARCH_LIST");
    const bool wheels = exportsWheels(plan);
    const QString owner = QStringLiteral("${USER_UID}:${USER_GID}");
    QStringList out;
    out << QStringLiteral("# syntax=docker/dockerfile:1.4");
    out << QStringLiteral("# dlstack plan: %1").arg(QString(plan.name).replace(u'\n', u' '));
    out << QStringLiteral("# Base image: %1 (listed at %2)").arg(target.image.devel, target.image.source);
    out << QStringLiteral("# Build: docker build --build-arg %1=\"%2\" --build-arg MAX_JOBS=%3 \\")
               .arg(archArg, target.archList)
               .arg(target.maxJobs);
    out << QStringLiteral("#     --build-arg USER_UID=$(id -u) --build-arg USER_GID=$(id -g) --build-arg TZ=%1 "
                          "-t dlstack-torch .")
               .arg(target.timeZone);
    if (!plan.proxy.isEmpty() && !plan.proxyCredential.isEmpty()) {
        // The plan's script reads the password from DLSTACK_PROXY_PASSWORD: a build secret, never
        // a build argument (those are kept in the image's history).
        out << QStringLiteral("# The proxy %1 takes a password: DLSTACK_PROXY_PASSWORD=... docker build "
                              "--secret id=dlstack_proxy_password,env=DLSTACK_PROXY_PASSWORD ...; apt-get goes "
                              "through it with --build-arg http_proxy=... --build-arg https_proxy=...")
                   .arg(support::redactedUrl(plan.proxy));
    } else if (!plan.proxy.isEmpty()) {
        out << QStringLiteral("# Every RUN goes through the plan's proxy %1; another one: --build-arg "
                              "https_proxy=URL --build-arg http_proxy=URL")
                   .arg(plan.proxy);
    }
    if (wheels)
        out << QStringLiteral("# The built wheels, into ./wheels here: docker build --target wheels --output "
                              "type=local,dest=./wheels .");
    out << QStringLiteral("FROM %1 AS build").arg(dockerBaseImage(target, true));
    out << QStringLiteral("ARG %1=\"%2\"").arg(archArg, target.archList);
    out << QStringLiteral("ARG MAX_JOBS=%1").arg(target.maxJobs);
    out << stageArgs(plan, target);
    out << aptLines(QStringLiteral("python3 python3-venv python3-dev build-essential git curl ca-certificates"));
    out << userLines(wheels ? plan.prefix + u' ' + QString::fromLatin1(kWheelDir) : plan.prefix);
    out << QStringLiteral("COPY <<'DLSTACK_PLAN_EOF' /opt/dlstack-plan.sh");
    out << QString::fromUtf8(exportBash(plan)).trimmed();
    out << QStringLiteral("DLSTACK_PLAN_EOF");
    if (wheels) {
        Plan packing = plan;
        packing.stages = {
            Stage{QStringLiteral("wheels"), QStringLiteral("Wheels of the source builds"), wheelSteps(plan)}};
        out << QStringLiteral("COPY <<'DLSTACK_WHEELS_EOF' /opt/dlstack-wheels.sh");
        out << QString::fromUtf8(exportBash(packing)).trimmed();
        out << QStringLiteral("DLSTACK_WHEELS_EOF");
    }
    // The build runs as the user, who owns the prefix: the files the training image gets are
    // that user's, not root's.
    out << QStringLiteral("USER %1").arg(owner);
    // The image supplies the toolkit and compiler, and has no GPU for the verify stage; the
    // environment uses its python3. Only stages the plan has may be named (others exit 2).
    QStringList skip;
    for (const Stage &stage : plan.stages)
        if (stage.id == u"toolkit" || stage.id == u"compiler" || stage.id == u"verify")
            skip << stage.id;
    const QString secret =
        plan.proxy.isEmpty() || plan.proxyCredential.isEmpty()
            ? QString()
            : QStringLiteral("--mount=type=secret,id=dlstack_proxy_password "
                             "DLSTACK_PROXY_PASSWORD=\"$(cat /run/secrets/dlstack_proxy_password)\" ");
    out << QStringLiteral("RUN %1DLSTACK_PYTHON=python3 %2bash /opt/dlstack-plan.sh")
               .arg(secret, skip.isEmpty() ? QString() : QStringLiteral("CFG_SKIP=%1 ").arg(skip.join(u',')));
    if (wheels) {
        out << QStringLiteral("RUN %1bash /opt/dlstack-wheels.sh").arg(secret);
        out << QString();
        out << QStringLiteral("FROM scratch AS wheels");
        out << QStringLiteral("COPY --from=build %1 /").arg(QString::fromLatin1(kWheelDir));
    }
    out << QString();
    out << QStringLiteral("FROM %1 AS runtime").arg(dockerBaseImage(target, false));
    out << stageArgs(plan, target);
    out << aptLines(QStringLiteral("python3"));
    out << userLines(plan.prefix);
    out << QStringLiteral("COPY --from=build --chown=%2 %1 %1").arg(plan.prefix, owner);
    out << QStringLiteral("USER %1").arg(owner);
    out << QStringLiteral("ENV PATH=%1/bin:$PATH")
               .arg(target.envPath.isEmpty() ? plan.prefix + QStringLiteral("/venv") : target.envPath);
    out << QStringLiteral(
               "CMD [\"bash\", \"-c\", \". %1/activate && python -c 'import torch; print(torch.__version__)'\"]")
               .arg(plan.prefix);
    return (out.join(u'\n') + u'\n').toUtf8();
}

DockerExport planDockerfile(const probe::SystemProfile &machine, const matrix::Selection &selection,
                            const PlannerOptions &options, const matrix::Matrix &versions)
{
    DockerExport out;
    auto image = dockerImageFor(selection);
    if (!image) {
        out.outcome.error = image.error();
        return out;
    }
    out.target.image = image.value();
    const probe::SystemProfile inImage = imageProfile(machine, out.target.image);
    matrix::Selection forImage = selection;
    PlannerOptions imageOptions = options;
    imageOptions.target = matrix::Target::Image;
    QStringList notes;
    if (forImage.envKind == matrix::EnvKind::Existing) {
        notes << Tr::tr("The image gets a new venv: the existing environment %1 belongs to this machine.")
                     .arg(selection.envPath);
        forImage.envKind = matrix::EnvKind::NewVenv;
    }
    // The image's environment sits where the planner puts it in the prefix, whatever this
    // machine's environment is named: the final stage copies the prefix and puts its bin first.
    forImage.envPath.clear();
    const bool mirrorIsUrl = !QUrl(options.mirror).scheme().isEmpty() && QUrl(options.mirror).scheme() != u"file";
    if (!options.mirror.isEmpty() && !mirrorIsUrl) {
        notes << Tr::tr(
                     "The image build downloads from the origins: the offline folder %1 is on this machine, not in the "
                     "build context.")
                     .arg(options.mirror);
        imageOptions.mirror.clear();
    }
    out.outcome = Planner(versions).plan(inImage, forImage, imageOptions);
    out.outcome.notes = notes + out.outcome.notes;
    if (!out.outcome.plan)
        return out;
    const BuildDefaults defaults = buildDefaults(inImage, forImage, versions);
    out.target.archList = (forImage.archList.isEmpty() ? defaults.archList : forImage.archList).join(u';');
    out.target.maxJobs = forImage.maxJobs > 0 ? forImage.maxJobs : defaults.maxJobs;
    out.target.envPath = out.outcome.envPath;
    out.dockerfile = exportDockerfile(*out.outcome.plan, out.target);
    return out;
}

} // namespace dlstack::plan
