// SPDX-License-Identifier: GPL-3.0-or-later
// The Dockerfile export: every base image named has a tag with the patch level, as NVIDIA
// publishes them (resources/matrix/dockerimages.json, source listed per record); a CUDA
// version without an image is refused with the versions that have one; the plan inside is
// made for the image (its python3, its toolkit), never the host's Python, conda, existing
// environment or offline folder.
#include "core/matrix/matrix.h"
#include "core/plan/export/dockerfileexporter.h"
#include "tests/plan/plannerprofiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace dlstack;

namespace {

matrix::Selection cuda(const QString &version, const QString &route)
{
    matrix::Selection s;
    s.torch = QStringLiteral("2.5.1");
    s.backend = matrix::Backend::Cuda;
    s.cuda = version;
    s.route = *matrix::routeFromName(route);
    return s;
}

test::MachineSpec host()
{
    test::MachineSpec m;
    m.gpu = QStringLiteral("NVIDIA GeForce RTX 3060");
    m.cc = QStringLiteral("8.6");
    m.driver = QStringLiteral("560.35.03");
    m.driverCuda = QStringLiteral("12.6");
    m.python = QStringLiteral("3.11.2"); // at /usr/bin/python3.11: must not reach the image
    m.condaRoot = QStringLiteral("/home/u/miniforge3");
    m.condaEnv = QStringLiteral("/home/u/miniforge3/envs/dl");
    return m;
}

plan::DockerExport exportFor(const matrix::Selection &s, const QString &mirror = {})
{
    return plan::planDockerfile(test::machine(host()), s, {QStringLiteral("/opt/dl"), mirror},
                                matrix::Matrix::builtin().value());
}

} // namespace

class TestDockerExport : public QObject
{
    Q_OBJECT
private slots:
    void everyImageTagCarriesItsPatchLevel()
    {
        const auto &images = plan::DockerImages::builtin();
        QVERIFY2(images.ok(), images.ok() ? "" : qPrintable(images.error().toText()));
        static const QRegularExpression nvidiaTag(
            QStringLiteral("^nvidia/cuda:(\\d+\\.\\d+\\.\\d+)-(cudnn\\d*-)?(devel|runtime)-ubuntu\\d\\d\\.\\d\\d$"));
        const QStringList versions = images.value().versions(matrix::Backend::Cuda);
        QVERIFY(versions.size() >= 10);
        for (const QString &v : versions) {
            const plan::DockerImage image = *images.value().find(matrix::Backend::Cuda, v);
            for (const QString &tag : {image.devel, image.runtime}) {
                const auto m = nvidiaTag.match(tag);
                QVERIFY2(m.hasMatch(), qPrintable(tag));
                QCOMPARE(m.captured(1), image.toolkit);
                QVERIFY2(image.toolkit.startsWith(v + u'.'), qPrintable(image.toolkit));
            }
            QVERIFY(image.source.startsWith(QStringLiteral("https://")));
            QVERIFY(!image.python.isEmpty() && !image.gcc.isEmpty());
        }
        QCOMPARE(images.value().find(matrix::Backend::Cuda, QStringLiteral("12.4"))->devel,
                 QStringLiteral("nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04"));
        QCOMPARE(images.value().find(matrix::Backend::Cuda, QStringLiteral("12.4.1"))->toolkit,
                 QStringLiteral("12.4.1"));
    }

    void malformedImageListIsAnError()
    {
        QVERIFY(!plan::DockerImages::parse("{").ok());
        QVERIFY(!plan::DockerImages::parse("{\"schema\": 2}").ok());
        // The tag lacks the patch level its own toolkit field names.
        const auto noPatch = plan::DockerImages::parse(
            "{\"schema\": 1, \"ubuntu\": [{\"version\": \"22.04\", \"python\": \"3.10.12\", \"gcc\": \"11.4.0\"}],"
            " \"cuda\": [{\"version\": \"12.4\", \"toolkit\": \"12.4.1\", \"ubuntu\": \"22.04\","
            " \"devel\": \"nvidia/cuda:12.4-devel-ubuntu22.04\", \"runtime\": \"nvidia/cuda:12.4-runtime-ubuntu22.04\","
            " \"source\": \"https://example.org\"}],"
            " \"cpu\": {\"ubuntu\": \"22.04\", \"devel\": \"ubuntu:22.04\", \"runtime\": \"ubuntu:22.04\","
            " \"source\": \"https://example.org\"}}");
        QVERIFY(!noPatch.ok());
        QVERIFY2(noPatch.error().summary.contains(QStringLiteral("12.4.1")), qPrintable(noPatch.error().summary));
    }

    void versionWithoutImageIsRefused()
    {
        const plan::DockerExport out = exportFor(cuda(QStringLiteral("10.2"), QStringLiteral("prebuilt")));
        QVERIFY(!out.outcome.plan);
        QVERIFY(out.dockerfile.isEmpty());
        QVERIFY2(out.outcome.error->summary.contains(QStringLiteral("CUDA 10.2")),
                 qPrintable(out.outcome.error->summary));
        QVERIFY2(out.outcome.error->remedy.contains(QStringLiteral("12.4")), qPrintable(out.outcome.error->remedy));
    }

    void plannedForTheImageNotTheHost()
    {
        auto s = cuda(QStringLiteral("12.4"), QStringLiteral("source"));
        s.envKind = matrix::EnvKind::Existing;
        s.envPath = QStringLiteral("/home/u/miniforge3/envs/dl");
        const plan::DockerExport out = exportFor(s, QStringLiteral("/home/u/offline"));
        QVERIFY2(out.outcome.plan, out.outcome.error ? qPrintable(out.outcome.error->toText()) : "");
        const QString text = QString::fromUtf8(out.dockerfile);
        QVERIFY2(text.contains(QStringLiteral("FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04 AS build")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\n")));
        for (const QString &hostOnly :
             {QStringLiteral("/usr/bin/python3.11"), QStringLiteral("miniforge3"), QStringLiteral("/home/u/offline")})
            QVERIFY2(!text.contains(hostOnly), qPrintable(hostOnly));
        QVERIFY2(text.contains(QStringLiteral("/usr/bin/python3")), "the image's python3");
        QVERIFY(text.contains(QStringLiteral("/usr/local/cuda-12.4")));
        QVERIFY(text.contains(QStringLiteral("ARG TORCH_CUDA_ARCH_LIST=\"8.6+PTX\"")));
        QCOMPARE(out.target.maxJobs, 8); // the host's 8 cores and 32 GiB
        QCOMPARE(out.outcome.notes.size() >= 2, true);
        QVERIFY(out.outcome.notes.join(u'\n').contains(QStringLiteral("new venv")));
        QVERIFY(out.outcome.notes.join(u'\n').contains(QStringLiteral("offline folder")));
    }

    // A conda environment in the image: the final stage puts its bin on PATH, not a venv's.
    void condaEnvironmentOnPath()
    {
        auto s = cuda(QStringLiteral("12.4"), QStringLiteral("prebuilt"));
        s.envKind = matrix::EnvKind::NewConda;
        const plan::DockerExport out = exportFor(s);
        QVERIFY2(out.outcome.plan, out.outcome.error ? qPrintable(out.outcome.error->toText()) : "");
        QVERIFY(!out.outcome.envPath.isEmpty());
        QVERIFY2(QString::fromUtf8(out.dockerfile)
                     .contains(QStringLiteral("ENV PATH=%1/bin:$PATH").arg(out.outcome.envPath)),
                 qPrintable(QString::fromUtf8(out.dockerfile).right(400)));
        QVERIFY(!out.dockerfile.contains("/opt/dl/venv/bin"));
    }

    void rocmAndCpuImages()
    {
        matrix::Selection cpu;
        cpu.torch = QStringLiteral("2.5.1");
        cpu.backend = matrix::Backend::Cpu;
        const plan::DockerExport onCpu = exportFor(cpu);
        QVERIFY2(onCpu.outcome.plan, onCpu.outcome.error ? qPrintable(onCpu.outcome.error->toText()) : "");
        QVERIFY(onCpu.dockerfile.contains("FROM ubuntu:22.04 AS build\n"));
        const auto rocm = plan::DockerImages::builtin().value().find(matrix::Backend::Rocm, QStringLiteral("6.1"));
        QVERIFY(rocm);
        QCOMPARE(rocm->devel, QStringLiteral("rocm/dev-ubuntu-22.04:6.1-complete"));
        QCOMPARE(rocm->python, QStringLiteral("3.10.12"));
    }

    // CUDA 12.8 has no cuDNN image: the plan brings cuDNN itself.
    void imageWithoutCudnnGetsTheArchive()
    {
        auto s = cuda(QStringLiteral("12.8"), QStringLiteral("source"));
        s.torch.clear();
        for (const matrix::TorchRelease &release : matrix::Matrix::builtin().value().releases())
            if (release.variant(QStringLiteral("cu128")))
                s.torch = release.version; // the newest with CUDA 12.8 wheels
        QVERIFY(!s.torch.isEmpty());
        const plan::DockerExport out = exportFor(s);
        QVERIFY2(out.outcome.plan, out.outcome.error ? qPrintable(out.outcome.error->toText()) : "");
        QVERIFY(QString::fromUtf8(out.dockerfile)
                    .contains(QStringLiteral("FROM nvidia/cuda:12.8.2-devel-ubuntu22.04 AS build")));
        QVERIFY(out.outcome.plan->stageIndex(QStringLiteral("cudnn")) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestDockerExport)
#include "tst_dockerexport.moc"
