// SPDX-License-Identifier: GPL-3.0-or-later
// The Dockerfile export: every base image named has a tag with the patch level, as NVIDIA
// publishes them (resources/matrix/dockerimages.json, source listed per record); a CUDA
// version without an image is refused with the versions that have one; the plan inside is
// made for the image (its python3, its toolkit), never the host's Python, conda, existing
// environment or offline folder. Read back as Docker reads it (heredocs skipped, lines joined):
// every stage named, every $VAR an instruction uses declared by ARG or ENV in its stage, COPY
// --from naming an earlier stage, the build run by the USER_UID/USER_GID user with TZ set, and a
// "wheels" stage (FROM scratch, the packed wheels) only for a PyTorch source build.
#include "core/matrix/matrix.h"
#include "core/plan/export/dockerfileexporter.h"
#include "tests/plan/plannerprofiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
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

// A Dockerfile as its instructions: stage names in order, and what is wrong with it.
struct ReadDockerfile
{
    QStringList stages;
    QMap<QString, QStringList> instructions; // per stage: "RUN ...", "USER ...", continuation lines joined
    QStringList problems;
};

ReadDockerfile readDockerfile(const QString &text)
{
    ReadDockerfile out;
    static const QRegularExpression heredoc(QStringLiteral("<<'([A-Z_]+)'"));
    static const QRegularExpression use(QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)"));
    static const QRegularExpression from(QStringLiteral("^FROM (\\S+)(?: AS (\\S+))?$"));
    static const QRegularExpression copyFrom(QStringLiteral("--from=(\\S+)"));
    QStringList lines = text.split(u'\n');
    QSet<QString> declared;
    QString stage;
    QString endOfHeredoc;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (!endOfHeredoc.isEmpty()) {
            if (line == endOfHeredoc)
                endOfHeredoc.clear();
            continue;
        }
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        while (line.endsWith(u'\\') && i + 1 < lines.size())
            line = line.chopped(1) + lines.at(++i);
        if (const auto m = heredoc.match(line); m.hasMatch())
            endOfHeredoc = m.captured(1);
        const QString keyword = line.section(u' ', 0, 0);
        if (keyword == u"FROM") {
            const auto m = from.match(line);
            if (!m.hasMatch() || m.captured(2).isEmpty())
                out.problems << QStringLiteral("unnamed stage: ") + line;
            stage = m.captured(2);
            if (out.stages.contains(stage))
                out.problems << QStringLiteral("stage named twice: ") + stage;
            out.stages << stage;
            declared = {QStringLiteral("PATH")}; // every image has it
            continue;
        }
        if (stage.isEmpty()) {
            out.problems << QStringLiteral("before any FROM: ") + line;
            continue;
        }
        out.instructions[stage] << line;
        if (keyword != u"CMD") // the exec form is not expanded
            for (auto it = use.globalMatch(line.section(u' ', 1)); it.hasNext();) {
                const QString name = it.next().captured(1);
                if (!declared.contains(name))
                    out.problems << QStringLiteral("%1 used in stage %2 undeclared: %3").arg(name, stage, line);
            }
        if (keyword == u"ARG")
            declared << line.section(u' ', 1).section(u'=', 0, 0);
        if (keyword == u"ENV")
            for (const QString &assignment : line.section(u' ', 1).split(u' '))
                declared << assignment.section(u'=', 0, 0);
        if (keyword == u"COPY")
            if (const auto m = copyFrom.match(line);
                m.hasMatch() && !out.stages.mid(0, out.stages.size() - 1).contains(m.captured(1)))
                out.problems << QStringLiteral("COPY from no earlier stage: ") + line;
    }
    if (!endOfHeredoc.isEmpty())
        out.problems << QStringLiteral("heredoc not closed: ") + endOfHeredoc;
    return out;
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
        QVERIFY(text.contains(QStringLiteral("FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04 AS runtime\n")));
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

    void wellFormedForEveryRoute_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("extras");
        QTest::addColumn<QStringList>("stages");
        const QStringList withWheels{QStringLiteral("build"), QStringLiteral("wheels"), QStringLiteral("runtime")};
        const QStringList withoutWheels{QStringLiteral("build"), QStringLiteral("runtime")};
        QTest::newRow("source") << QStringLiteral("source") << QString() << withWheels;
        QTest::newRow("source with apex") << QStringLiteral("source") << QStringLiteral("apex") << withWheels;
        QTest::newRow("prebuilt") << QStringLiteral("prebuilt") << QString() << withoutWheels;
        // Apex is compiled on the prebuilt route too, yet the image exports no wheels there.
        QTest::newRow("prebuilt with apex") << QStringLiteral("prebuilt") << QStringLiteral("apex") << withoutWheels;
    }

    void wellFormedForEveryRoute()
    {
        QFETCH(QString, route);
        QFETCH(QString, extras);
        QFETCH(QStringList, stages);
        auto s = cuda(QStringLiteral("12.4"), route);
        if (!extras.isEmpty())
            s.extras << extras;
        const plan::DockerExport out = exportFor(s);
        QVERIFY2(out.outcome.plan, out.outcome.error ? qPrintable(out.outcome.error->toText()) : "");
        const QString text = QString::fromUtf8(out.dockerfile);
        const ReadDockerfile read = readDockerfile(text);
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(u'\n')));
        QCOMPARE(read.stages, stages);
        QCOMPARE(plan::exportsWheels(*out.outcome.plan), stages.contains(QStringLiteral("wheels")));
        QCOMPARE(text.contains(QStringLiteral("--target wheels --output type=local,dest=./wheels")),
                 stages.contains(QStringLiteral("wheels")));
        for (const QString &stage : {QStringLiteral("build"), QStringLiteral("runtime")}) {
            const QStringList lines = read.instructions.value(stage);
            for (const QString &arg : {QStringLiteral("ARG USER_UID=1000"), QStringLiteral("ARG USER_GID=1000"),
                                       QStringLiteral("ARG TZ=UTC")})
                QVERIFY2(lines.contains(arg), qPrintable(stage + u':' + arg));
            const auto user = std::find_if(lines.cbegin(), lines.cend(),
                                           [](const QString &l) { return l.contains(QStringLiteral("useradd")); });
            QVERIFY2(user != lines.cend() && user->contains(QStringLiteral("--uid \"${USER_UID}\"")) &&
                         user->contains(QStringLiteral("install -d -o \"${USER_UID}\" -g \"${USER_GID}\" /opt/dl")),
                     qPrintable(stage));
            const auto apt = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
                return l.contains(QStringLiteral("apt-get install"));
            });
            QVERIFY2(apt != lines.cend() && apt->contains(QStringLiteral("tzdata")) &&
                         apt->contains(QStringLiteral("/usr/share/zoneinfo/${TZ}")),
                     qPrintable(stage));
            QVERIFY(lines.contains(QStringLiteral("ENV DEBIAN_FRONTEND=noninteractive TZ=${TZ}")));
        }
        // The plan runs as the user, after root has installed the packages and made the prefix.
        const QStringList build = read.instructions.value(QStringLiteral("build"));
        const qsizetype userAt = build.indexOf(QStringLiteral("USER ${USER_UID}:${USER_GID}"));
        QVERIFY(userAt > 0);
        for (qsizetype i = 0; i < build.size(); ++i)
            if (build.at(i).contains(QStringLiteral("/opt/dlstack-plan.sh")) && build.at(i).startsWith(u"RUN"))
                QVERIFY2(i > userAt, qPrintable(build.at(i)));
        const QStringList runtime = read.instructions.value(QStringLiteral("runtime"));
        QVERIFY(runtime.contains(QStringLiteral("COPY --from=build --chown=${USER_UID}:${USER_GID} /opt/dl /opt/dl")));
        QVERIFY(runtime.contains(QStringLiteral("USER ${USER_UID}:${USER_GID}")));
        if (!stages.contains(QStringLiteral("wheels"))) {
            QVERIFY(!text.contains(QStringLiteral("/wheels")));
            return;
        }
        QCOMPARE(read.instructions.value(QStringLiteral("wheels")),
                 QStringList{QStringLiteral("COPY --from=build /wheels /")});
        QVERIFY(text.contains(QStringLiteral("FROM scratch AS wheels\n")));
        QVERIFY(build.contains(QStringLiteral("RUN bash /opt/dlstack-wheels.sh")));
        // One `pip wheel` per source tree the plan builds with pip, in that tree.
        const QString wheelScript = text.section(QStringLiteral("/opt/dlstack-wheels.sh\n"), 1)
                                        .section(QStringLiteral("DLSTACK_WHEELS_EOF"), 0, 0);
        QStringList trees{QStringLiteral("pytorch")}; // the selection names no companions
        if (!extras.isEmpty())
            trees << QStringLiteral("apex");
        for (const QString &tree : trees)
            QVERIFY2(wheelScript.contains(QStringLiteral("(cd /opt/dl/src/%1 && ").arg(tree)), qPrintable(tree));
        QCOMPARE(wheelScript.count(QStringLiteral(" -m pip wheel --no-deps -w /wheels --no-build-isolation -v ")),
                 trees.size());
        QVERIFY(!wheelScript.contains(QStringLiteral(" -m pip install ")));
    }

    void buildArgDefaultsFromTheTarget()
    {
        auto s = cuda(QStringLiteral("12.4"), QStringLiteral("prebuilt"));
        plan::DockerExport out = exportFor(s);
        QVERIFY(out.outcome.plan);
        out.target.userUid = 1234;
        out.target.userGid = 100;
        out.target.timeZone = QStringLiteral("Europe/Berlin");
        const QString text = QString::fromUtf8(plan::exportDockerfile(*out.outcome.plan, out.target));
        QCOMPARE(text.count(QStringLiteral("ARG USER_UID=1234\nARG USER_GID=100\nARG TZ=Europe/Berlin\n")), 2);
        QVERIFY(readDockerfile(text).problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDockerExport)
#include "tst_dockerexport.moc"
