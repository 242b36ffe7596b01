// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/export/dockerfileexporter.h"

#include "core/plan/export/bashexporter.h"
#include "core/support/version.h"

namespace dlstack::plan {

namespace {

// CUDA 13 images exist for Ubuntu 24.04; 12.x and older (and ROCm, CPU) use 22.04.
bool onUbuntu2404(const DockerTarget &target)
{
    const auto v = support::Version::parse(target.version);
    return target.backend == u"cuda" && v && v->major() >= 13;
}

} // namespace

QString dockerBaseImage(const DockerTarget &target, bool devel)
{
    if (target.backend == u"cuda") {
        const QString ubuntu = onUbuntu2404(target) ? QStringLiteral("ubuntu24.04") : QStringLiteral("ubuntu22.04");
        return QStringLiteral("nvidia/cuda:%1-cudnn-%2-%3").arg(target.version, devel ? QStringLiteral("devel") : QStringLiteral("runtime"), ubuntu);
    }
    if (target.backend == u"rocm")
        return QStringLiteral("rocm/dev-ubuntu-22.04:%1%2").arg(target.version, devel ? QStringLiteral("-complete") : QString());
    return QStringLiteral("ubuntu:22.04");
}

probe::SystemProfile imageProfile(const probe::SystemProfile &machine, const DockerTarget &target)
{
    probe::SystemProfile image;
    image.host = machine.host;
    image.gpus = machine.gpus;
    image.nvidiaDriver = machine.nvidiaDriver; // the host's driver runs the container
    const auto v = support::Version::parse(target.version);
    const bool noble = onUbuntu2404(target);
    image.host.osId = QStringLiteral("ubuntu");
    image.host.osVersion = noble ? QStringLiteral("24.04") : QStringLiteral("22.04");
    const QString source = QStringLiteral("base image %1").arg(dockerBaseImage(target, true));
    if (target.backend == u"cuda" && v) {
        const QString majorMinor = QStringLiteral("%1.%2").arg(v->major()).arg(v->minor());
        const QString home = QStringLiteral("/usr/local/cuda-") + majorMinor;
        image.cudaToolkits << probe::CudaToolkit{majorMinor, target.version, home, home + QStringLiteral("/bin/nvcc"), {}, source};
        image.cudnn << probe::Cudnn{QStringLiteral("9"), QStringLiteral("/usr/include/cudnn_version.h"), source};
    } else if (target.backend == u"rocm") {
        image.rocm = probe::Rocm{target.version, QStringLiteral("/opt/rocm"), QStringLiteral("/opt/rocm/bin/hipcc"), source};
    }
    image.compilers << probe::Compiler{QStringLiteral("gcc"), noble ? QStringLiteral("13.2.0") : QStringLiteral("11.4.0"),
                                       QStringLiteral("/usr/bin/gcc"), source};
    image.pythons << probe::PythonInterpreter{noble ? QStringLiteral("3.12.3") : QStringLiteral("3.10.12"),
                                              QStringLiteral("/usr/bin/python3"), source};
    image.tools.insert(QStringLiteral("git"), probe::Tool{QString(), QStringLiteral("/usr/bin/git"), source});
    return image;
}

QByteArray exportDockerfile(const Plan &plan, const DockerTarget &target)
{
    const QString archArg = target.backend == u"rocm" ? QStringLiteral("PYTORCH_ROCM_ARCH") : QStringLiteral("TORCH_CUDA_ARCH_LIST");
    QStringList out;
    out << QStringLiteral("# syntax=docker/dockerfile:1.4");
    out << QStringLiteral("# dlstack plan: %1").arg(QString(plan.name).replace(u'\n', u' '));
    out << QStringLiteral("# Build: docker build --build-arg %1=\"%2\" --build-arg MAX_JOBS=%3 -t dlstack-torch .")
               .arg(archArg, target.archList)
               .arg(target.maxJobs);
    out << QStringLiteral("FROM %1 AS build").arg(dockerBaseImage(target, true));
    out << QStringLiteral("ARG %1=\"%2\"").arg(archArg, target.archList);
    out << QStringLiteral("ARG MAX_JOBS=%1").arg(target.maxJobs);
    out << QStringLiteral("ENV DEBIAN_FRONTEND=noninteractive");
    out << QStringLiteral("RUN apt-get update && apt-get install -y --no-install-recommends \\\n"
                          "        python3 python3-venv python3-dev build-essential git curl ca-certificates \\\n"
                          "    && rm -rf /var/lib/apt/lists/*");
    out << QStringLiteral("COPY <<'DLSTACK_PLAN_EOF' /opt/dlstack-plan.sh");
    out << QString::fromUtf8(exportBash(plan)).trimmed();
    out << QStringLiteral("DLSTACK_PLAN_EOF");
    // The image supplies the toolkit and compiler, and has no GPU for the verify stage; the
    // environment uses its python3. Only stages the plan has may be named (others exit 2).
    QStringList skip;
    for (const Stage &stage : plan.stages)
        if (stage.id == u"toolkit" || stage.id == u"compiler" || stage.id == u"verify")
            skip << stage.id;
    out << QStringLiteral("RUN DLSTACK_PYTHON=python3 %1bash /opt/dlstack-plan.sh")
               .arg(skip.isEmpty() ? QString() : QStringLiteral("CFG_SKIP=%1 ").arg(skip.join(u',')));
    out << QString();
    out << QStringLiteral("FROM %1").arg(dockerBaseImage(target, false));
    out << QStringLiteral("RUN apt-get update && apt-get install -y --no-install-recommends python3 \\\n"
                          "    && rm -rf /var/lib/apt/lists/*");
    out << QStringLiteral("COPY --from=build %1 %1").arg(plan.prefix);
    out << QStringLiteral("ENV PATH=%1/venv/bin:$PATH").arg(plan.prefix);
    out << QStringLiteral("CMD [\"bash\", \"-c\", \". %1/activate && python -c 'import torch; print(torch.__version__)'\"]").arg(plan.prefix);
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace dlstack::plan
