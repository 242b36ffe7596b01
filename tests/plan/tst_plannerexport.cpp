// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of planned selections: the bash script passes `bash -n` and `shellcheck`; the
// Dockerfile uses the matching base image and build args. End to end: the bash export of a
// CPU plan runs here against a local mirror directory holding a wheel built by the test
// (a stand-in named "torch"): venv, pip install --no-index, constraints, activation; the
// verification stage then fails with its clear message (the stand-in is no real PyTorch),
// and the per-stage uninstall scripts roll everything back.
#include "core/matrix/matrix.h"
#include "core/plan/export/bashexporter.h"
#include "core/plan/export/dockerfileexporter.h"
#include "core/plan/planner.h"
#include "tests/plan/plannerprofiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

matrix::Selection sel(const QString &torch, const QString &backend, const QString &version, const QString &route)
{
    matrix::Selection s;
    s.torch = torch;
    s.backend = *matrix::backendFromName(backend);
    (s.backend == matrix::Backend::Cuda ? s.cuda : s.rocm) = version;
    s.route = *matrix::routeFromName(route);
    s.python = QStringLiteral("3.11");
    return s;
}

plan::PlanOutcome planFor(const test::MachineSpec &m, const matrix::Selection &s, const QString &prefix,
                          const QString &mirror = {})
{
    return plan::Planner(matrix::Matrix::builtin().value()).plan(test::machine(m), s, {prefix, mirror});
}

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ran run(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {})
{
    const test::ProgramRun r = test::runProgram(program, args, {}, 110000, env);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

test::MachineSpec rtx3060()
{
    test::MachineSpec m;
    m.gpu = QStringLiteral("NVIDIA GeForce RTX 3060");
    m.cc = QStringLiteral("8.6");
    m.driver = QStringLiteral("550.120");
    m.driverCuda = QStringLiteral("12.4");
    m.toolkit = QStringLiteral("12.4");
    return m;
}

} // namespace

class TestPlannerExport : public QObject
{
    Q_OBJECT

private slots:
    void bashPassesChecks_data();
    void bashPassesChecks();
    void emptyPlanScriptRuns();
    void dockerfile();
    void dockerfileUsesThePlansProxy();
    void cpuPlanRunsAgainstMirror();
};

void TestPlannerExport::bashPassesChecks_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("prebuilt cu124 with companions") << 0;
    QTest::newRow("source cu124 with apex, OpenCV-CUDA and ccache") << 1;
    QTest::newRow("ROCm source") << 2;
    QTest::newRow("prefix with a space and a quote") << 3;
    QTest::newRow("no stages") << 4;
    QTest::newRow("a stage without steps") << 5;
}

void TestPlannerExport::bashPassesChecks()
{
    QFETCH(int, which);
    plan::PlanOutcome outcome;
    if (which == 0) {
        auto s =
            sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"), QStringLiteral("prebuilt"));
        s.extras = {QStringLiteral("torchvision"), QStringLiteral("torchaudio")};
        outcome = planFor(rtx3060(), s, QStringLiteral("/opt/dl"));
    } else if (which == 1 || which == 3) {
        auto s = sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"), QStringLiteral("source"));
        s.extras = {QStringLiteral("torchvision"), QStringLiteral("apex"), QStringLiteral("opencv-cuda")};
        s.launcher = matrix::Launcher::Ccache;
        outcome = planFor(rtx3060(), s, which == 1 ? QStringLiteral("/opt/dl") : QStringLiteral("/opt/it's my dl"));
    } else if (which >= 4) {
        plan::Plan plan;
        plan.name = QStringLiteral("nothing to do");
        plan.prefix = QStringLiteral("/opt/dl");
        if (which == 5)
            plan.stages << plan::Stage{QStringLiteral("verify"), QStringLiteral("Verify"), {}};
        outcome.plan = plan;
    } else {
        test::MachineSpec mi;
        mi.gpu = QStringLiteral("AMD Instinct MI210");
        mi.gfx = QStringLiteral("gfx90a");
        mi.rocm = QStringLiteral("6.1.0");
        outcome = planFor(
            mi, sel(QStringLiteral("2.4.1"), QStringLiteral("rocm"), QStringLiteral("6.1"), QStringLiteral("source")),
            QStringLiteral("/opt/dl"));
    }
    QVERIFY2(outcome.plan, outcome.error ? qPrintable(outcome.error->toText()) : "");
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("plan.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = plan::exportBash(*outcome.plan);
    file.write(bytes);
    file.close();
    QVERIFY(bytes.contains("set -euo pipefail"));
    for (const plan::Stage &stage : outcome.plan->stages)
        QVERIFY2(bytes.contains((plan::bashFunctionName(stage.id) + QStringLiteral("() {")).toUtf8()),
                 qPrintable(stage.id));
    const Ran syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), script});
    QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.err));
    if (QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty())
        QSKIP("shellcheck is not installed");
    const Ran lint = run(QStringLiteral("shellcheck"), {QStringLiteral("-s"), QStringLiteral("bash"), script});
    QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));
}

// A plan with nothing to do gives a script that runs, does nothing and says so by exiting 0;
// an unknown stage asked for is still refused.
void TestPlannerExport::emptyPlanScriptRuns()
{
    QTemporaryDir dir;
    plan::Plan plan;
    plan.name = QStringLiteral("nothing to do");
    plan.prefix = dir.filePath(QStringLiteral("prefix"));
    const QString script = dir.filePath(QStringLiteral("plan.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(plan::exportBash(plan));
    file.close();
    const Ran ran = run(QStringLiteral("bash"), {script});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
    const Ran unknown =
        run(QStringLiteral("bash"), {script}, {{QStringLiteral("CFG_STAGE"), QStringLiteral("toolkit")}});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("unknown stage: toolkit"), qPrintable(unknown.err));
}

// The plan's proxy reaches every RUN of the image build (apt-get too) as Docker's proxy
// arguments, in both stages; a proxy with a password gets a build secret (the plan itself never
// holds a password).
void TestPlannerExport::dockerfileUsesThePlansProxy()
{
    auto s = sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"), QStringLiteral("prebuilt"));
    auto outcome = planFor(rtx3060(), s, QStringLiteral("/opt/dl"));
    QVERIFY(outcome.plan);
    const auto image = plan::dockerImageFor(s);
    QVERIFY(image.ok());
    const plan::DockerTarget target{image.value(), QStringLiteral("8.6"), 8};
    plan::Plan plan = *outcome.plan;
    plan.proxy = QStringLiteral("http://proxy.example:3128");
    const QString text = QString::fromUtf8(plan::exportDockerfile(plan, target));
    QCOMPARE(text.count(QStringLiteral("ARG https_proxy=http://proxy.example:3128\n")), 2); // build and runtime
    QCOMPARE(text.count(QStringLiteral("ARG http_proxy=http://proxy.example:3128\n")), 2);
    // Declared before the first apt-get of each stage.
    for (qsizetype from = text.indexOf(QStringLiteral("FROM ")); from >= 0;
         from = text.indexOf(QStringLiteral("\nFROM "), from + 1)) {
        const qsizetype apt = text.indexOf(QStringLiteral("apt-get"), from);
        const qsizetype arg = text.indexOf(QStringLiteral("ARG https_proxy="), from);
        if (apt < 0)
            break;
        QVERIFY2(arg >= 0 && arg < apt, qPrintable(text.mid(from, 300)));
    }
    plan.proxy = QStringLiteral("http://alice@proxy.example:3128");
    plan.proxyCredential = QStringLiteral("proxy-password");
    const QString secret = QString::fromUtf8(plan::exportDockerfile(plan, target));
    QVERIFY(!secret.contains(QStringLiteral("ARG https_proxy=")));
    QVERIFY(secret.contains(QStringLiteral("RUN --mount=type=secret,id=dlstack_proxy_password ")));
    QVERIFY(secret.contains(QStringLiteral("--secret id=dlstack_proxy_password,env=DLSTACK_PROXY_PASSWORD")));
    // The script builds the URL from the secret when it runs: a password is never in the file.
    QVERIFY(secret.contains(QStringLiteral(": \"${DLSTACK_PROXY_PASSWORD:?")));
    QVERIFY(!secret.contains(QStringLiteral("alice:proxy")));
}

void TestPlannerExport::dockerfile()
{
    auto s = sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"), QStringLiteral("source"));
    const auto outcome = planFor(rtx3060(), s, QStringLiteral("/opt/dl"));
    QVERIFY(outcome.plan);
    const auto image = plan::dockerImageFor(s);
    QVERIFY2(image.ok(), image.ok() ? "" : qPrintable(image.error().toText()));
    plan::DockerTarget target{image.value(), QStringLiteral("8.6+PTX"), 8};
    const QString text = QString::fromUtf8(plan::exportDockerfile(*outcome.plan, target));
    QVERIFY2(text.contains(QStringLiteral("FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04 AS build")),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("ARG TORCH_CUDA_ARCH_LIST=\"8.6+PTX\"")));
    QVERIFY(text.contains(QStringLiteral("ARG MAX_JOBS=8")));
    // The machine has the toolkit (as the image does): no toolkit stage to skip, and
    // CFG_SKIP names only stages the plan has (the script exits 2 on an unknown one).
    QVERIFY2(text.contains(QStringLiteral("CFG_SKIP=verify bash")), qPrintable(text.right(400)));
    QVERIFY(text.contains(QStringLiteral("COPY --from=build --chown=${USER_UID}:${USER_GID} /opt/dl /opt/dl")));
    // The build args reach the build: the script takes them from the environment.
    QVERIFY(text.contains(QStringLiteral("\"TORCH_CUDA_ARCH_LIST=${TORCH_CUDA_ARCH_LIST:-\"8.6+PTX\"}\"")));
    // Every shell text in it parses: the plan and wheel scripts of its heredocs, and each RUN.
    static const QRegularExpression heredoc(QStringLiteral("COPY <<'([A-Z_]+)' \\S+\n(.*?)\n\\1\n"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QTemporaryDir scriptDir;
    int scripts = 0;
    for (auto it = heredoc.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString path = scriptDir.filePath(m.captured(1));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m.captured(2).toUtf8());
        f.close();
        const Ran parsed = run(QStringLiteral("bash"), {QStringLiteral("-n"), path});
        QVERIFY2(parsed.exitCode == 0, qPrintable(m.captured(1) + u' ' + parsed.err));
        ++scripts;
    }
    QCOMPARE(scripts, 2); // DLSTACK_PLAN_EOF and, for this source build, DLSTACK_WHEELS_EOF
    QString instructions = text;
    instructions.replace(heredoc, QString()).replace(QStringLiteral("\\\n"), QStringLiteral(" "));
    int runs = 0;
    for (const QString &line : instructions.split(u'\n'))
        if (line.startsWith(QStringLiteral("RUN "))) {
            const Ran parsed = run(QStringLiteral("bash"), {QStringLiteral("-n"), QStringLiteral("-c"), line.mid(4)});
            QVERIFY2(parsed.exitCode == 0, qPrintable(line + u' ' + parsed.err));
            ++runs;
        }
    QVERIFY(runs >= 6); // apt and the user in both stages, the plan, the wheels
    auto cuda13 = s;
    cuda13.cuda = QStringLiteral("13.0");
    QCOMPARE(plan::dockerBaseImage({plan::dockerImageFor(cuda13).value(), {}, 1}, false),
             QStringLiteral("nvidia/cuda:13.0.3-cudnn-runtime-ubuntu24.04"));

    // Planned on a machine without the toolkit: its stage is skipped, the image has one.
    test::MachineSpec noToolkit = rtx3060();
    noToolkit.toolkit.clear();
    const auto onImage = planFor(noToolkit, s, QStringLiteral("/opt/dl"));
    QVERIFY(onImage.plan);
    const QString text2 = QString::fromUtf8(plan::exportDockerfile(*onImage.plan, target));
    const auto skip = QRegularExpression(QStringLiteral("CFG_SKIP=([a-z,-]+) bash /opt/dlstack-plan.sh")).match(text2);
    QVERIFY2(skip.hasMatch(), qPrintable(text2.right(800)));
    for (const QString &id : skip.captured(1).split(u','))
        QVERIFY2(onImage.plan->stageIndex(id) >= 0, qPrintable(id + QStringLiteral(" is not a stage of the plan")));
    QVERIFY2(skip.captured(1).startsWith(QStringLiteral("toolkit,")), qPrintable(skip.captured(1)));

    // `dlstack plan --format dockerfile` plans for the image, not the host: the host has no
    // toolkit, gcc 14 and a conda install, yet the plan uses the image's CUDA 12.4 and cuDNN,
    // its gcc 11 and no conda.
    test::MachineSpec host = noToolkit;
    host.gcc = QStringLiteral("14.2.0");
    host.condaRoot = QStringLiteral("/home/u/miniforge3");
    const probe::SystemProfile inImage = plan::imageProfile(test::machine(host), target.image);
    QCOMPARE(inImage.cudaToolkits.size(), 1);
    QCOMPARE(inImage.cudaToolkits.constFirst().path, QStringLiteral("/usr/local/cuda-12.4"));
    QVERIFY(inImage.conda.isEmpty());
    QCOMPARE(inImage.gpus.size(), 1); // the arch list still comes from the host's GPU
    const auto forImage =
        plan::Planner(matrix::Matrix::builtin().value()).plan(inImage, s, {QStringLiteral("/opt/dl"), {}});
    QVERIFY2(forImage.plan, forImage.error ? qPrintable(forImage.error->toText()) : "");
    for (const QString &absent : {QStringLiteral("toolkit"), QStringLiteral("cudnn"), QStringLiteral("compiler")})
        QVERIFY2(forImage.plan->stageIndex(absent) < 0, qPrintable(absent));
    bool sawHome = false;
    for (const plan::Stage &stage : forImage.plan->stages)
        for (const plan::Step &step : stage.steps)
            if (step.env.contains(QStringLiteral("TORCH_CUDA_ARCH_LIST"))) { // the build steps
                QCOMPARE(step.env.value(QStringLiteral("CUDA_HOME")), QStringLiteral("/usr/local/cuda-12.4"));
                QCOMPARE(step.env.value(QStringLiteral("TORCH_CUDA_ARCH_LIST")), QStringLiteral("8.6+PTX"));
                QCOMPARE(step.env.value(QStringLiteral("USE_CUDNN")), QStringLiteral("1"));
                sawHome = true;
            }
    QVERIFY(sawHome);
}

void TestPlannerExport::cpuPlanRunsAgainstMirror()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    const Ran version =
        run(python, {QStringLiteral("-c"), QStringLiteral("import sys; print('%d.%d.%d' % sys.version_info[:3])")});
    if (version.exitCode != 0)
        QSKIP("no /usr/bin/python3");
    QTemporaryDir dir;
    const QString mirror = dir.filePath(QStringLiteral("mirror"));
    QVERIFY(QDir().mkpath(mirror));
    // A stand-in wheel "torch 2.4.1": enough for pip, the pin and the import.
    const Ran wheel = run(
        python,
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys, zipfile\n"
             "w = zipfile.ZipFile(sys.argv[1] + '/torch-2.4.1-py3-none-any.whl', 'w')\n"
             "w.writestr('torch/__init__.py', '__version__ = \"2.4.1\"\\n')\n"
             "w.writestr('torch-2.4.1.dist-info/METADATA', 'Metadata-Version: 2.1\\nName: torch\\nVersion: 2.4.1\\n')\n"
             "w.writestr('torch-2.4.1.dist-info/WHEEL', 'Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: "
             "true\\nTag: py3-none-any\\n')\n"
             "w.writestr('torch-2.4.1.dist-info/RECORD', '')\n"
             "w.close()\n"),
         mirror});
    QVERIFY2(wheel.exitCode == 0, qPrintable(wheel.err));

    test::MachineSpec cpu;
    cpu.python = version.out.trimmed();
    probe::SystemProfile profile = test::machine(cpu);
    profile.pythons = {probe::PythonInterpreter{cpu.python, python, {}}};
    matrix::Selection s;
    s.torch = QStringLiteral("2.4.1");
    s.backend = matrix::Backend::Cpu;
    s.python = cpu.python.section(u'.', 0, 1);
    const QString prefix = dir.filePath(QStringLiteral("prefix"));
    const auto outcome = plan::Planner(matrix::Matrix::builtin().value()).plan(profile, s, {prefix, mirror});
    QVERIFY2(outcome.plan, outcome.error ? qPrintable(outcome.error->toText()) : "");
    QVERIFY(!plan::checkTarget(*outcome.plan, outcome.neededMib));
    const QString script = dir.filePath(QStringLiteral("plan.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(plan::exportBash(*outcome.plan));
    file.close();

    const QMap<QString, QString> env{{QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1")},
                                     {QStringLiteral("PIP_NO_CACHE_DIR"), QStringLiteral("1")}};
    QMap<QString, QString> upToActivation = env;
    upToActivation.insert(QStringLiteral("CFG_STAGE"), QStringLiteral("environment,pytorch,activation"));
    const Ran install = run(QStringLiteral("bash"), {script}, upToActivation);
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
    QVERIFY(QFile::exists(prefix + QStringLiteral("/venv/bin/python")));
    QFile constraints(prefix + QStringLiteral("/constraints.txt"));
    QVERIFY(constraints.open(QIODevice::ReadOnly));
    QCOMPARE(constraints.readAll().trimmed(), QByteArray("torch==2.4.1"));
    const Ran activated =
        run(QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 ". \"$1/activate\" && python -c 'import torch; print(torch.__version__)' && echo \"$PIP_CONSTRAINT\""),
             QStringLiteral("x"), prefix});
    QVERIFY2(activated.exitCode == 0, qPrintable(activated.err));
    QCOMPARE(activated.out, QStringLiteral("2.4.1\n%1/constraints.txt\n").arg(prefix));

    QMap<QString, QString> verifyOnly = env;
    verifyOnly.insert(QStringLiteral("CFG_STAGE"), QStringLiteral("verify"));
    const Ran verify = run(QStringLiteral("bash"), {script}, verifyOnly);
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(QStringLiteral("verify: this torch has no usable torch.cuda/torch.version")),
             qPrintable(verify.err));
    QVERIFY2(verify.out.contains(QStringLiteral("\"torch\": \"2.4.1\"")), qPrintable(verify.out));

    // Rollback, newest stage first, with the scripts each stage left behind.
    const QString state = prefix + QStringLiteral("/.dlstack/bash/");
    for (const QString &stage :
         {QStringLiteral("activation"), QStringLiteral("pytorch"), QStringLiteral("environment")}) {
        const Ran undo =
            run(QStringLiteral("bash"), {state + QStringLiteral("uninstall-") + stage + QStringLiteral(".sh")});
        QVERIFY2(undo.exitCode == 0, qPrintable(stage + undo.err));
    }
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/venv")));
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/activate")));
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/constraints.txt")));
}

QTEST_GUILESS_MAIN(TestPlannerExport)
#include "tst_plannerexport.moc"
