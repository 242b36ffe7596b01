// SPDX-License-Identifier: GPL-3.0-or-later
// Planner: representative selections on representative machines, each checked for the
// facts that matter (stages, index URL, pins, arch list, MAX_JOBS, compiler, root
// commands); blocked selections refused with their findings; every plan passes the loader.
#include "core/matrix/matrix.h"
#include "core/plan/planloader.h"
#include "core/plan/planner.h"
#include "core/plan/recipes/recipes.h"
#include "tests/plan/plannerprofiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

Q_DECLARE_METATYPE(dlstack::test::MachineSpec)
Q_DECLARE_METATYPE(dlstack::matrix::Selection)

namespace {

using Facts = QMap<QString, QString>;

struct Row
{
    test::MachineSpec machine;
    matrix::Selection selection;
    QString mirror;
};

matrix::Selection sel(const QString &torch, const QString &backend, const QString &version,
                      const QString &route = QStringLiteral("prebuilt"))
{
    matrix::Selection s;
    s.torch = torch;
    s.backend = *matrix::backendFromName(backend);
    if (s.backend == matrix::Backend::Cuda)
        s.cuda = version;
    else if (s.backend == matrix::Backend::Rocm)
        s.rocm = version;
    s.route = *matrix::routeFromName(route);
    s.python = QStringLiteral("3.11");
    return s;
}

// The facts a row asserts, flattened: "stages", "index", "pins", "arch", "jobs", "cc",
// "cuda_home", "root", "launcher", "distcc_hosts", "opencv", "opencv_arch", "policy", "hipify", "find_links",
// "toolkit_args", "conda".
QMap<QString, QString> facts(const plan::PlanOutcome &outcome)
{
    QMap<QString, QString> f;
    const plan::Plan &p = *outcome.plan;
    QStringList ids;
    for (const plan::Stage &stage : p.stages) {
        ids << stage.id;
        for (const plan::Step &step : stage.steps) {
            const QStringList &a = step.argv;
            if (stage.id == u"pytorch" && a.contains(QStringLiteral("install"))) {
                const int at = a.indexOf(QStringLiteral("--index-url"));
                if (at >= 0)
                    f[QStringLiteral("index")] = a.value(at + 1);
                const int fl = a.indexOf(QStringLiteral("--find-links"));
                if (fl >= 0)
                    f[QStringLiteral("find_links")] = a.value(fl + 1);
                QStringList pins;
                for (const QString &w : a)
                    if (w.contains(QStringLiteral("==")))
                        pins << w;
                f[QStringLiteral("pins")] = pins.join(u' ');
            }
            if (step.env.contains(QStringLiteral("TORCH_CUDA_ARCH_LIST")))
                f[QStringLiteral("arch")] = step.env.value(QStringLiteral("TORCH_CUDA_ARCH_LIST"));
            if (step.env.contains(QStringLiteral("PYTORCH_ROCM_ARCH")))
                f[QStringLiteral("arch")] = step.env.value(QStringLiteral("PYTORCH_ROCM_ARCH"));
            if (step.env.contains(QStringLiteral("MAX_JOBS")))
                f[QStringLiteral("jobs")] = step.env.value(QStringLiteral("MAX_JOBS"));
            if (step.env.contains(QStringLiteral("CC")))
                f[QStringLiteral("cc")] = step.env.value(QStringLiteral("CC"));
            if (step.env.contains(QStringLiteral("CUDA_HOME")))
                f[QStringLiteral("cuda_home")] = step.env.value(QStringLiteral("CUDA_HOME"));
            if (step.env.contains(QStringLiteral("DISTCC_HOSTS")))
                f[QStringLiteral("distcc_hosts")] = step.env.value(QStringLiteral("DISTCC_HOSTS"));
            if (step.env.contains(QStringLiteral("CMAKE_CXX_COMPILER_LAUNCHER")))
                f[QStringLiteral("launcher")] = step.env.value(QStringLiteral("CMAKE_CXX_COMPILER_LAUNCHER")) + u'/' +
                                                step.env.value(QStringLiteral("CMAKE_CUDA_COMPILER_LAUNCHER"));
            if (step.env.contains(QStringLiteral("CMAKE_POLICY_VERSION_MINIMUM")))
                f[QStringLiteral("policy")] = step.env.value(QStringLiteral("CMAKE_POLICY_VERSION_MINIMUM"));
            if (a.contains(QStringLiteral("tools/amd_build/build_amd.py")))
                f[QStringLiteral("hipify")] = QStringLiteral("yes");
            if (a.contains(QStringLiteral("--toolkit")))
                f[QStringLiteral("toolkit_args")] = a.mid(2, 4).join(u' ');
            if (a.contains(QStringLiteral("create")) && a.value(0).contains(QStringLiteral("conda")))
                f[QStringLiteral("conda")] = a.value(0) + u' ' + step.env.value(QStringLiteral("CONDA_SOLVER"));
            if (step.kind == plan::Step::Kind::Git && stage.id == u"pytorch-source")
                f[QStringLiteral("git")] = step.ref + (step.submodules ? QStringLiteral("+submodules") : QString());
            if (step.kind == plan::Step::Kind::Download) {
                f[QStringLiteral("download")] = step.url;
                f[QStringLiteral("download_sha256")] = step.insecure ? QStringLiteral("insecure") : step.sha256;
            }
            if (stage.id == u"toolkit" && a.value(1) == u"install")
                f[QStringLiteral("conda_toolkit")] = a.mid(a.indexOf(QStringLiteral("conda-forge")) + 1).join(u' ');
            if (stage.id == u"toolkit" && step.kind == plan::Step::Kind::Download)
                f[QStringLiteral("runfile_sha256")] = step.insecure ? QStringLiteral("insecure") : step.sha256.left(12);
            if (stage.id == u"cudnn" && step.kind == plan::Step::Kind::Extract)
                f[QStringLiteral("cudnn")] = step.to;
            if (stage.id == u"cudnn" && step.kind == plan::Step::Kind::Download)
                f[QStringLiteral("cudnn_sha256")] = step.insecure ? QStringLiteral("insecure") : step.sha256.left(12);
            if (step.env.contains(QStringLiteral("CUDNN_INCLUDE_DIR")))
                f[QStringLiteral("cudnn_env")] = step.env.value(QStringLiteral("USE_CUDNN")) + u' ' +
                                                 step.env.value(QStringLiteral("CUDNN_INCLUDE_DIR"));
            if (stage.id == u"opencv") {
                if (step.kind == plan::Step::Kind::Git)
                    f[QStringLiteral("opencv")] = step.ref;
                else if (a.contains(QStringLiteral("opencv-python-headless")) &&
                         !a.contains(QStringLiteral("uninstall")))
                    f[QStringLiteral("opencv")] = QStringLiteral("wheel");
                for (const QString &w : a)
                    if (w.startsWith(QStringLiteral("-DCUDA_ARCH_")))
                        f[QStringLiteral("opencv_arch")] += w.mid(12) + u' ';
            }
        }
    }
    f[QStringLiteral("stages")] = ids.join(u',');
    if (!outcome.rootCommands.isEmpty())
        f[QStringLiteral("root")] = outcome.rootCommands.join(u';');
    return f;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void blocked_data();
    void blocked();
    void activationExportsConstraint();
    void verifyScriptReportsMissingTorch();
    void timeEstimates();
    void targetChecks();
    void apexPinnedPerRelease_data();
    void apexPinnedPerRelease();
    void apexSwitchOffEditsRealSetupPy_data();
    void apexSwitchOffEditsRealSetupPy();
    void tensorrtStage_data();
    void tensorrtStage();
    void verifyScriptChecksApexAndTensorrt();
};

namespace {

test::MachineSpec h100Cuda(const QString &toolkit)
{
    test::MachineSpec h100;
    h100.gpu = QStringLiteral("NVIDIA H100 80GB HBM3");
    h100.cc = QStringLiteral("9.0");
    h100.driver = QStringLiteral("580.95.05");
    h100.driverCuda = QStringLiteral("13.0");
    h100.toolkit = toolkit;
    h100.gcc = QStringLiteral("13.3.0");
    return h100;
}

const plan::Stage *stageOf(const plan::PlanOutcome &o, const QString &id)
{
    const int i = o.plan ? o.plan->stageIndex(id) : -1;
    return i < 0 ? nullptr : &o.plan->stages.at(i);
}

// The --expect JSON the verify stage passes to verify_torch.py.
QJsonObject verifyExpect(const plan::PlanOutcome &o)
{
    const plan::Stage *verify = stageOf(o, QStringLiteral("verify"));
    if (!verify)
        return {};
    const QStringList &argv = verify->steps.at(1).argv;
    return QJsonDocument::fromJson(argv.at(argv.indexOf(QStringLiteral("--expect")) + 1).toUtf8()).object();
}

} // namespace

// Apex is checked out at the tag torch.json pairs with the release; every tag builds
// fused_weight_gradient_mlp_cuda with a hard-coded compute_70, which CUDA 13 dropped: with
// CUDA 13 that extension is switched off in setup.py before the build and the plan says so;
// with CUDA 12 nothing is switched off. A release without a tag is refused.
void TestPlanner::apexPinnedPerRelease_data()
{
    QTest::addColumn<QString>("torch");
    QTest::addColumn<QString>("cuda");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("ref");      // empty: refused
    QTest::addColumn<bool>("switchedOff"); // fused_weight_gradient_mlp_cuda
    QTest::addColumn<bool>("ddp");         // verify checks apex.parallel.DistributedDataParallel
    QTest::newRow("2.4.1 wheels, CUDA 12.4") << "2.4.1"
                                             << "12.4"
                                             << "prebuilt"
                                             << "24.07" << false << true;
    QTest::newRow("2.3.1 wheels, CUDA 12.1") << "2.3.1"
                                             << "12.1"
                                             << "prebuilt"
                                             << "24.04" << false << true;
    QTest::newRow("2.8.0 from source, CUDA 13.0") << "2.8.0"
                                                  << "13.0"
                                                  << "source"
                                                  << "25.05" << true << true;
    QTest::newRow("2.9.0 from source, CUDA 13.0") << "2.9.0"
                                                  << "13.0"
                                                  << "source"
                                                  << "25.09" << true << false;
    QTest::newRow("2.9.0 wheels, CUDA 13.0") << "2.9.0"
                                             << "13.0"
                                             << "prebuilt"
                                             << "25.09" << true << false;
    QTest::newRow("2.9.0 wheels, CUDA 12.8") << "2.9.0"
                                             << "12.8"
                                             << "prebuilt"
                                             << "25.09" << false << false;
    QTest::newRow("2.10.0: no tag recorded") << "2.10.0"
                                             << "13.0"
                                             << "prebuilt"
                                             << "" << false << false;
}

void TestPlanner::apexPinnedPerRelease()
{
    QFETCH(QString, torch);
    QFETCH(QString, cuda);
    QFETCH(QString, route);
    QFETCH(QString, ref);
    QFETCH(bool, switchedOff);
    QFETCH(bool, ddp);
    const auto &m = matrix::Matrix::builtin().value();
    matrix::Selection s = sel(torch, QStringLiteral("cuda"), cuda, route);
    s.extras = {QStringLiteral("apex")};
    const auto o = plan::Planner(m).plan(test::machine(h100Cuda(cuda)), s, {QStringLiteral("/opt/dl"), {}});
    if (ref.isEmpty()) {
        QVERIFY(!o.plan);
        QVERIFY2(o.error->summary.contains(QStringLiteral("No Apex tag goes with PyTorch ") + torch +
                                           QStringLiteral(": Apex has no tag after 25.09")),
                 qPrintable(o.error->toText()));
        QVERIFY2(o.error->remedy.contains(QStringLiteral("Pick PyTorch 2.9.1 (Apex 25.09)")),
                 qPrintable(o.error->remedy));
        return;
    }
    QVERIFY2(o.plan, o.error ? qPrintable(o.error->toText()) : "");
    const plan::Stage *apex = stageOf(o, QStringLiteral("apex"));
    QVERIFY(apex);
    QCOMPARE(apex->steps.constFirst().kind, plan::Step::Kind::Git);
    QCOMPARE(apex->steps.constFirst().ref, ref);
    // No submodules: Apex's C++/CUDA build does not use them, and an offline mirror need not hold them.
    QVERIFY(!apex->steps.constFirst().submodules);
    const QString notes = o.notes.join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("Apex is checked out at its tag %1").arg(ref)), qPrintable(notes));
    bool off = false;
    for (const plan::Step &step : apex->steps)
        off = off || (step.argv.size() == 5 && step.argv.at(3) == u"setup.py" &&
                      step.argv.at(4) == u"fused_weight_gradient_mlp_cuda");
    QCOMPARE(off, switchedOff);
    QCOMPARE(notes.contains(QStringLiteral("switches fused_weight_gradient_mlp_cuda off")), switchedOff);
    if (switchedOff)
        QVERIFY2(notes.contains(QStringLiteral("compute capability 7.0")) &&
                     notes.contains(QStringLiteral("CUDA %1 no longer compiles for it").arg(cuda)),
                 qPrintable(notes));
    // The build comes last and builds the C++ and CUDA extensions.
    QVERIFY(apex->steps.constLast().argv.contains(QStringLiteral("--build-option=--cuda_ext")));
    // 2.9's pairing is marked unverified in torch.json: the plan says so.
    QCOMPARE(notes.contains(QStringLiteral("not confirmed by a primary source")), torch.startsWith(u"2.9"));
    const QJsonObject expect = verifyExpect(o).value(QStringLiteral("apex")).toObject();
    QCOMPARE(expect.value(QStringLiteral("ref")).toString(), ref);
    QCOMPARE(expect.value(QStringLiteral("ddp")).toBool(), ddp);
}

// The switch-off step edits real Apex setup.py files (tests/fixtures/apex, from the tags they
// are named after): the extension's ext_modules.append(...) is gone, the file still compiles,
// the other extensions stay, a second run changes nothing, and the setup.py line that
// torch.json cites for the hard-coded compute_70 is where the fixture has it.
void TestPlanner::apexSwitchOffEditsRealSetupPy_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("25.09 (cc_flag list)") << "25.09";
    QTest::newRow("22.03 (inline nvcc flags)") << "22.03";
}

void TestPlanner::apexSwitchOffEditsRealSetupPy()
{
    QFETCH(QString, tag);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("no python3 on this machine");
    const auto &m = matrix::Matrix::builtin().value();
    const matrix::ApexRef *ref = m.apexRef(tag);
    QVERIFY(ref);
    QFile fixture(QStringLiteral(DLSTACK_SOURCE_DIR "/tests/fixtures/apex/setup-%1.py").arg(tag));
    QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
    const QByteArray original = fixture.readAll();
    const QList<QByteArray> lines = original.split('\n');
    const QString cited = ref->fixedArchs.constFirst().source;
    const int line = cited.section(QStringLiteral("#L"), 1).toInt();
    QVERIFY2(line > 0 && lines.value(line - 1).contains("arch=compute_70,code=sm_70"), qPrintable(cited));

    // The script as the plan runs it (CUDA 13 needs it for every tag).
    matrix::Selection s =
        sel(QStringLiteral("2.8.0"), QStringLiteral("cuda"), QStringLiteral("13.0"), QStringLiteral("source"));
    s.extras = {QStringLiteral("apex")};
    const auto o =
        plan::Planner(m).plan(test::machine(h100Cuda(QStringLiteral("13.0"))), s, {QStringLiteral("/opt/dl"), {}});
    QVERIFY(o.plan);
    QStringList argv;
    for (const plan::Step &step : stageOf(o, QStringLiteral("apex"))->steps)
        if (step.argv.value(3) == u"setup.py")
            argv = step.argv;
    QCOMPARE(argv.value(1), QStringLiteral("-c"));

    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("setup.py")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(original);
    copy.close();
    const auto runScript = [&] {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(python, {argv.at(1), argv.at(2), argv.at(3), argv.at(4)});
        p.waitForFinished(30000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    };
    const auto [rc, out] = runScript();
    QVERIFY2(rc == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("switched off fused_weight_gradient_mlp_cuda")), qPrintable(out));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QByteArray edited = copy.readAll();
    copy.close();
    QVERIFY(!edited.contains("name=\"fused_weight_gradient_mlp_cuda\""));
    QVERIFY(edited.contains("name=\"fused_layer_norm_cuda\"")); // FusedLayerNorm, which verify uses
    QVERIFY(edited.contains("name=\"amp_C\""));
    QProcess compile;
    compile.start(python, {QStringLiteral("-m"), QStringLiteral("py_compile"), copy.fileName()});
    QVERIFY(compile.waitForFinished(30000));
    QCOMPARE(compile.exitCode(), 0);
    const auto [again, againOut] = runScript();
    QVERIFY2(again == 0 && againOut.contains(QStringLiteral("already switched off")), qPrintable(againOut));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), edited);
    copy.close();
    // A setup.py without the extension is an error, not a silent no-op.
    QVERIFY(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
    copy.write("from setuptools import setup\nsetup(name='apex')\n");
    copy.close();
    const auto [missing, missingOut] = runScript();
    QVERIFY2(missing != 0 && missingOut.contains(QStringLiteral("builds no extension named")), qPrintable(missingOut));
}

// --extras tensorrt: the TensorRT wheels for the plan's CUDA major at the range torch-tensorrt
// requires, torch-tensorrt at the paired release, the torch wheels held by the constraints,
// the variant's index as an extra index; the verify stage expects torch_tensorrt.
void TestPlanner::tensorrtStage_data()
{
    QTest::addColumn<QString>("torch");
    QTest::addColumn<QString>("cuda");
    QTest::addColumn<QString>("wheel");
    QTest::addColumn<QString>("torchTensorrt");
    QTest::newRow("2.9.0 cu130") << "2.9.0"
                                 << "13.0"
                                 << "tensorrt-cu13>=10.13.0,<10.14.0"
                                 << "2.9.0";
    QTest::newRow("2.9.0 cu128") << "2.9.0"
                                 << "12.8"
                                 << "tensorrt-cu12>=10.13.0,<10.14.0"
                                 << "2.9.0";
    QTest::newRow("2.4.1 cu121") << "2.4.1"
                                 << "12.1"
                                 << "tensorrt-cu12==10.1.0"
                                 << "2.4.0";
    QTest::newRow("2.13.0 cu130") << "2.13.0"
                                  << "13.0"
                                  << "tensorrt-cu13>=11.0.0,<11.1.0"
                                  << "2.13.0";
}

void TestPlanner::tensorrtStage()
{
    QFETCH(QString, torch);
    QFETCH(QString, cuda);
    QFETCH(QString, wheel);
    QFETCH(QString, torchTensorrt);
    matrix::Selection s = sel(torch, QStringLiteral("cuda"), cuda);
    s.python = QStringLiteral("3.12");
    s.extras = {QStringLiteral("torchvision"), QStringLiteral("tensorrt")};
    const auto o = plan::Planner(matrix::Matrix::builtin().value())
                       .plan(test::machine(h100Cuda(QString())), s, {QStringLiteral("/opt/dl"), {}});
    QVERIFY2(o.plan, o.error ? qPrintable(o.error->toText()) : "");
    const plan::Stage *trt = stageOf(o, QStringLiteral("tensorrt"));
    QVERIFY(trt);
    QVERIFY(o.plan->stageIndex(QStringLiteral("pytorch")) < o.plan->stageIndex(QStringLiteral("tensorrt")));
    const QStringList &argv = trt->steps.constFirst().argv;
    QVERIFY2(argv.contains(wheel), qPrintable(argv.join(u' ')));
    QVERIFY(argv.contains(QStringLiteral("torch-tensorrt==") + torchTensorrt));
    const qsizetype c = argv.indexOf(QStringLiteral("--constraint"));
    QVERIFY(c > 0);
    QCOMPARE(argv.value(c + 1), QStringLiteral("/opt/dl/constraints.txt"));
    const qsizetype extra = argv.indexOf(QStringLiteral("--extra-index-url"));
    QVERIFY(extra > 0);
    QCOMPARE(argv.value(extra + 1), QStringLiteral("https://download.pytorch.org/whl/cu") + QString(cuda).remove(u'.'));
    QVERIFY(!argv.contains(QStringLiteral("--index-url"))); // PyPI stays for the tensorrt-cuXX wheels
    QVERIFY(trt->steps.constFirst().undo.contains(QStringLiteral("torch-tensorrt")));
    QCOMPARE(verifyExpect(o).value(QStringLiteral("torch_tensorrt")).toString(), torchTensorrt);
}

// The verify script's Apex and TensorRT checks, run against stand-in modules (no GPU, no torch
// here): a missing apex.parallel and a torch_tensorrt of another release are problems; with no
// GPU the fused op and the engine are not attempted. The GPU parts run only on a GPU machine.
void TestPlanner::verifyScriptChecksApexAndTensorrt()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("no python3 on this machine");
    QTemporaryDir dir;
    const auto write = [&](const QString &path, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(path)).absolutePath());
        QFile f(dir.filePath(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("mods/torch/__init__.py"), "__version__ = '2.9.0+cu130'\n"
                                                    "class version: cuda = '13.0'; hip = None\n"
                                                    "class cuda:\n"
                                                    "    is_available = staticmethod(lambda: False)\n"
                                                    "    device_count = staticmethod(lambda: 0)\n"
                                                    "class _T:\n"
                                                    "    def __matmul__(self, o): return self\n"
                                                    "    def sum(self): return self\n"
                                                    "    def item(self): return 1.0\n"
                                                    "def manual_seed(n): pass\n"
                                                    "def randn(*a, **k): return _T()\n");
    write(QStringLiteral("mods/apex/__init__.py"), "");
    write(QStringLiteral("mods/tensorrt/__init__.py"), "__version__ = '10.13.3.9'\n");
    write(QStringLiteral("mods/torch_tensorrt/__init__.py"), "__version__ = '2.8.0'\n");
    write(QStringLiteral("verify_torch.py"), plan::verifyScript());
    const auto run = [&](const QJsonObject &expect) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), dir.filePath(QStringLiteral("mods")));
        p.setProcessEnvironment(env);
        p.start(python,
                {QStringLiteral("-S"), dir.filePath(QStringLiteral("verify_torch.py")), QStringLiteral("--expect"),
                 QString::fromUtf8(QJsonDocument(expect).toJson(QJsonDocument::Compact)),
                 QStringLiteral("--no-extension")});
        p.waitForFinished(30000);
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    };
    QJsonObject expect{{QStringLiteral("torch"), QStringLiteral("2.9.0")},
                       {QStringLiteral("apex"),
                        QJsonObject{{QStringLiteral("ref"), QStringLiteral("24.07")}, {QStringLiteral("ddp"), true}}},
                       {QStringLiteral("torch_tensorrt"), QStringLiteral("2.9.0")}};
    QJsonObject report = run(expect);
    QStringList problems;
    for (const QJsonValue &v : report.value(QStringLiteral("problems")).toArray())
        problems << v.toString();
    const QString all = problems.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("apex.parallel.DistributedDataParallel is missing")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("torch_tensorrt is 2.8.0 but the plan installs 2.9.0")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("FusedLayerNorm")) && !all.contains(QStringLiteral("engine")),
             qPrintable(all));
    QCOMPARE(report.value(QStringLiteral("tensorrt")).toObject().value(QStringLiteral("tensorrt")).toString(),
             QStringLiteral("10.13.3.9"));
    // A tag without apex.parallel (25.07 and newer) is not asked for it.
    expect.insert(QStringLiteral("apex"),
                  QJsonObject{{QStringLiteral("ref"), QStringLiteral("25.09")}, {QStringLiteral("ddp"), false}});
    report = run(expect);
    QVERIFY(!QJsonDocument(report).toJson().contains("DistributedDataParallel"));
}

// Build time scales with MAX_JOBS and the arch list; wheels take minutes.
void TestPlanner::timeEstimates()
{
    const matrix::Matrix &m = matrix::Matrix::builtin().value();
    test::MachineSpec big;
    big.gpu = QStringLiteral("NVIDIA H100 80GB HBM3");
    big.cc = QStringLiteral("9.0");
    big.cores = 64;
    big.memoryGib = 1024;
    big.driver = QStringLiteral("580.95.05");
    big.driverCuda = QStringLiteral("13.0");
    big.toolkit = QStringLiteral("13.0");
    big.cudnn = QStringLiteral("9.13.0");
    test::MachineSpec small = big;
    small.cores = 4;
    small.memoryGib = 16;
    const auto source =
        sel(QStringLiteral("2.9.0"), QStringLiteral("cuda"), QStringLiteral("13.0"), QStringLiteral("source"));
    const auto fast = plan::Planner(m).plan(test::machine(big), source, {QStringLiteral("/opt/dl"), {}});
    const auto slow = plan::Planner(m).plan(test::machine(small), source, {QStringLiteral("/opt/dl"), {}});
    QVERIFY(fast.plan && slow.plan);
    const int fastBuild = fast.stageMinutes.value(QStringLiteral("pytorch-source"));
    const int slowBuild = slow.stageMinutes.value(QStringLiteral("pytorch-source"));
    QVERIFY2(fastBuild >= 20 && fastBuild <= 60, qPrintable(QString::number(fastBuild)));
    QVERIFY2(slowBuild > 5 * 60, qPrintable(QString::number(slowBuild))); // 4 jobs: most of a working day
    auto twoArchs = source;
    twoArchs.archList = {QStringLiteral("8.0"), QStringLiteral("9.0")};
    QVERIFY(plan::Planner(m)
                .plan(test::machine(big), twoArchs, {QStringLiteral("/opt/dl"), {}})
                .stageMinutes.value(QStringLiteral("pytorch-source")) > fastBuild);
    const auto wheels = plan::Planner(m).plan(
        test::machine(big), sel(QStringLiteral("2.9.0"), QStringLiteral("cuda"), QStringLiteral("13.0")),
        {QStringLiteral("/opt/dl"), {}});
    QVERIFY(wheels.plan);
    int total = 0;
    for (int minutes : wheels.stageMinutes)
        total += minutes;
    QVERIFY2(total > 0 && total < 20, qPrintable(QString::number(total)));
    QCOMPARE(wheels.stageMinutes.size(), wheels.plan->stages.size());
}

void TestPlanner::plans_data()
{
    QTest::addColumn<test::MachineSpec>("machine");
    QTest::addColumn<matrix::Selection>("selection");
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QMap<QString, QString>>("expected");
    using M = QMap<QString, QString>;
    auto k = [](const char *key) { return QString::fromLatin1(key); };

    test::MachineSpec laptop;
    laptop.gpu = QStringLiteral("NVIDIA GeForce RTX 3060 Laptop GPU");
    laptop.cc = QStringLiteral("8.6");
    laptop.driver = QStringLiteral("535.183.01");
    laptop.driverCuda = QStringLiteral("12.2");
    laptop.memoryGib = 16;
    auto s = sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.1"));
    s.extras = {QStringLiteral("torchvision"), QStringLiteral("torchaudio")};
    QTest::newRow("student laptop RTX 3060, driver 535, prebuilt cu121")
        << laptop << s << QString()
        << M{{k("stages"), k("environment,pytorch,activation,verify")},
             {k("index"), k("https://download.pytorch.org/whl/cu121")},
             {k("pins"), k("torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1")}};

    test::MachineSpec h100;
    h100.gpu = QStringLiteral("NVIDIA H100 80GB HBM3");
    h100.cc = QStringLiteral("9.0");
    h100.gpuCount = 8;
    h100.cores = 64;
    h100.memoryGib = 1024;
    h100.driver = QStringLiteral("580.95.05");
    h100.driverCuda = QStringLiteral("13.0");
    h100.toolkit = QStringLiteral("13.0");
    h100.gcc = QStringLiteral("13.3.0");
    h100.cudnn = QStringLiteral("9.13.0");
    s = sel(QStringLiteral("2.9.0"), QStringLiteral("cuda"), QStringLiteral("13.0"), QStringLiteral("source"));
    s.extras = {QStringLiteral("torchvision"), QStringLiteral("apex")};
    QTest::newRow("H100 x8, driver 580, CUDA 13 from source")
        << h100 << s << QString()
        << M{{k("stages"), k("environment,pytorch-source,companions,apex,activation,verify")},
             {k("arch"), k("9.0+PTX")},
             {k("jobs"), k("64")},
             {k("cuda_home"), k("/usr/local/cuda-13.0")},
             {k("git"), k("v2.9.0+submodules")}};

    test::MachineSpec pascal;
    pascal.gpu = QStringLiteral("NVIDIA GeForce GTX 1080 Ti");
    pascal.cc = QStringLiteral("6.1");
    pascal.driver = QStringLiteral("470.256.02");
    pascal.driverCuda = QStringLiteral("11.4");
    pascal.python = QStringLiteral("3.10.12");
    s = sel(QStringLiteral("1.12.1"), QStringLiteral("cuda"), QStringLiteral("11.3"));
    s.python = QStringLiteral("3.10");
    QTest::newRow("GTX 1080 Ti, driver 470, prebuilt cu113")
        << pascal << s << QString()
        << M{{k("index"), k("https://download.pytorch.org/whl/cu113")}, {k("pins"), k("torch==1.12.1")}};

    test::MachineSpec mi210;
    mi210.gpu = QStringLiteral("AMD Instinct MI210");
    mi210.gfx = QStringLiteral("gfx90a");
    mi210.gpuCount = 4;
    mi210.rocm = QStringLiteral("6.1.0");
    mi210.cores = 32;
    mi210.memoryGib = 64;
    QTest::newRow("ROCm MI210 x4 from source")
        << mi210
        << sel(QStringLiteral("2.4.1"), QStringLiteral("rocm"), QStringLiteral("6.1"), QStringLiteral("source"))
        << QString()
        << M{{k("arch"), k("gfx90a")},
             {k("hipify"), k("yes")},
             {k("jobs"), k("21")},
             {k("stages"), k("environment,pytorch-source,activation,verify")}};

    test::MachineSpec cpuOnly;
    QTest::newRow("CPU only, prebuilt") << cpuOnly << sel(QStringLiteral("2.4.1"), QStringLiteral("cpu"), {})
                                        << QString()
                                        << M{{k("index"), k("https://download.pytorch.org/whl/cpu")},
                                             {k("stages"), k("environment,pytorch,activation,verify")}};

    test::MachineSpec ada = laptop;
    ada.gpu = QStringLiteral("NVIDIA GeForce RTX 4090");
    ada.cc = QStringLiteral("8.9");
    ada.driver = QStringLiteral("550.120");
    ada.driverCuda = QStringLiteral("12.4");
    ada.gcc = QStringLiteral("13.2.0");
    ada.memoryGib = 64;
    ada.cores = 24;
    QTest::newRow("gcc 13 too new for CUDA 12.1, no older gcc: root command and toolkit runfile")
        << ada << sel(QStringLiteral("2.3.1"), QStringLiteral("cuda"), QStringLiteral("12.1"), QStringLiteral("source"))
        << QString()
        << M{{k("stages"), k("environment,toolkit,cudnn,compiler,pytorch-source,activation,verify")},
             {k("cudnn"), k("/opt/dl/cuda-12.1/cudnn")},
             {k("cudnn_sha256"), k("109a5e5c6bcd")},
             {k("runfile_sha256"), k("d74022d41d80")},
             {k("cudnn_env"), k("1 /opt/dl/cuda-12.1/cudnn/include")},
             {k("root"), k("sudo apt-get install gcc-12 g++-12")},
             {k("cc"), k("/usr/bin/gcc-12")},
             {k("cuda_home"), k("/opt/dl/cuda-12.1")},
             {k("arch"), k("8.9+PTX")},
             {k("jobs"), k("21")},
             {k("toolkit_args"), k("--silent --toolkit --toolkitpath=/opt/dl/cuda-12.1 --no-opengl-libs")},
             {k("policy"), k("3.5")}};

    test::MachineSpec adaOlder = ada;
    adaOlder.olderGcc = QStringLiteral("11.4.0");
    adaOlder.toolkit = QStringLiteral("12.1");
    QTest::newRow("gcc 13 too new, gcc-11 installed")
        << adaOlder
        << sel(QStringLiteral("2.3.1"), QStringLiteral("cuda"), QStringLiteral("12.1"), QStringLiteral("source"))
        << QString()
        << M{{k("cc"), k("/usr/bin/gcc-11")},
             {k("cuda_home"), k("/usr/local/cuda-12.1")},
             {k("stages"), k("environment,cudnn,compiler,pytorch-source,activation,verify")},
             {k("cudnn"), k("/opt/dl/cudnn-9.7.1.26")}}; // the system toolkit stays untouched

    test::MachineSpec condaUser = laptop;
    condaUser.condaRoot = QStringLiteral("/home/u/miniforge3");
    condaUser.condaEnv = QStringLiteral("/home/u/miniforge3/envs/dl");
    s = sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.1"));
    s.envKind = matrix::EnvKind::Existing;
    s.envPath = condaUser.condaEnv;
    s.python.clear();
    QTest::newRow("existing conda env") << condaUser << s << QString()
                                        << M{{k("index"), k("https://download.pytorch.org/whl/cu121")},
                                             {k("stages"), k("environment,pytorch,activation,verify")}};

    s = sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.1"));
    s.envKind = matrix::EnvKind::NewConda;
    QTest::newRow("new conda env with the machine's conda (libmamba)")
        << condaUser << s << QString() << M{{k("conda"), k("/home/u/miniforge3/bin/conda libmamba")}};
    QTest::newRow("new conda env without conda: Miniforge into the prefix")
        << laptop << s << QString()
        << M{{k("conda"), k("/opt/dl/miniforge3/bin/conda libmamba")},
             {k("download"), k("https://github.com/conda-forge/miniforge/releases/download/25.3.1-0/"
                               "Miniforge3-25.3.1-0-Linux-x86_64.sh")},
             {k("download_sha256"), k("376b160ed8130820db0ab0f3826ac1fc85923647f75c1b8231166e3d559ab768")}};
    s = sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"), QStringLiteral("source"));
    s.envKind = matrix::EnvKind::Existing;
    s.envPath = condaUser.condaEnv;
    s.python.clear();
    QTest::newRow("source build in a conda env without a toolkit: cuda-toolkit and cudnn from conda-forge")
        << condaUser << s << QString()
        << M{{k("stages"), k("environment,toolkit,pytorch-source,activation,verify")},
             {k("conda_toolkit"), k("cuda-toolkit=12.4 cuda-version=12.4 cudnn")},
             {k("cuda_home"), k("/home/u/miniforge3/envs/dl")},
             {k("cudnn_env"), k("1 /home/u/miniforge3/envs/dl/include")}};
    s.toolkitFrom = matrix::ToolkitSource::Runfile;
    QTest::newRow("the same with --toolkit-from runfile")
        << condaUser << s << QString()
        << M{{k("stages"), k("environment,toolkit,cudnn,pytorch-source,activation,verify")},
             {k("cuda_home"), k("/opt/dl/cuda-12.4")},
             {k("cudnn"), k("/opt/dl/cuda-12.4/cudnn")}};

    QTest::newRow("offline mirror directory")
        << cpuOnly << sel(QStringLiteral("2.4.1"), QStringLiteral("cpu"), {}) << QStringLiteral("/srv/wheels")
        << M{{k("find_links"), k("/srv/wheels")}, {k("stages"), k("environment,pytorch,activation,verify")}};
    QTest::newRow("mirror URL replaces download.pytorch.org")
        << laptop << sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.1"))
        << QStringLiteral("https://mirror.example/dl/")
        << M{{k("index"), k("https://mirror.example/dl/download.pytorch.org/whl/cu121")}};

    s = sel(QStringLiteral("2.9.0"), QStringLiteral("cuda"), QStringLiteral("13.0"), QStringLiteral("source"));
    s.archList = {QStringLiteral("9.0"), QStringLiteral("10.0+PTX")};
    s.maxJobs = 12;
    s.launcher = matrix::Launcher::Ccache;
    QTest::newRow("user arch list, MAX_JOBS and ccache")
        << h100 << s << QString()
        << M{{k("arch"), k("9.0;10.0+PTX")}, {k("jobs"), k("12")}, {k("launcher"), k("ccache/ccache")}};
    s.launcher = matrix::Launcher::Distcc;
    QTest::newRow("distcc launches C/C++ only") << h100 << s << QString() << M{{k("launcher"), k("distcc/")}};

    s = sel(QStringLiteral("2.9.0"), QStringLiteral("cuda"), QStringLiteral("13.0"), QStringLiteral("source"));
    s.extras = {QStringLiteral("opencv-cuda")};
    QTest::newRow("OpenCV with CUDA 13: the 4.x branch (no release builds with CCCL 3)")
        << h100 << s << QString()
        << M{{k("stages"), k("environment,pytorch-source,opencv,activation,verify")},
             {k("opencv"), k("4.x")},
             {k("opencv_arch"), k("BIN=9.0 PTX=9.0 ")}};
    test::MachineSpec h100NoCudnn = h100;
    h100NoCudnn.cudnn.clear();
    QTest::newRow("CUDA 13 without cuDNN: archive named, no sha256 recorded: downloaded with a warning")
        << h100NoCudnn
        << sel(QStringLiteral("2.9.0"), QStringLiteral("cuda"), QStringLiteral("13.0"), QStringLiteral("source"))
        << QString() << M{{k("cudnn"), k("/opt/dl/cudnn-9.14.0.64")}, {k("cudnn_sha256"), k("insecure")}};
    test::MachineSpec small = laptop;
    small.memoryGib = 8;
    small.toolkit = QStringLiteral("12.4");
    s = sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"));
    s.extras = {QStringLiteral("opencv-cuda")};
    QTest::newRow("OpenCV with CUDA 12.4 on prebuilt torch: release 4.13.0, the laptop's sm_86")
        << small << s << QString()
        << M{{k("stages"), k("environment,cudnn,pytorch,opencv,activation,verify")},
             {k("opencv"), k("4.13.0")},
             {k("opencv_arch"), k("BIN=8.6 PTX=8.6 ")},
             {k("cuda_home"), k("/usr/local/cuda-12.4")}};
    s = sel(QStringLiteral("2.4.1"), QStringLiteral("cpu"), {});
    s.extras = {QStringLiteral("opencv")};
    QTest::newRow("OpenCV on a CPU machine: the headless wheel")
        << cpuOnly << s << QString()
        << M{{k("stages"), k("environment,pytorch,opencv,activation,verify")}, {k("opencv"), k("wheel")}};
    s = sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"), QStringLiteral("source"));
    s.launcher = matrix::Launcher::Distcc;
    s.distccHosts = QStringLiteral("10.0.0.5/16,lzo 10.0.0.6 --randomize");
    QTest::newRow("distcc hosts: MAX_JOBS from their slots, not the 8 GiB laptop")
        << small << s << QString()
        << M{{k("jobs"), k("20")},
             {k("distcc_hosts"), k("10.0.0.5/16,lzo 10.0.0.6 --randomize")},
             {k("launcher"), k("distcc/")}};
    QTest::newRow("8 GiB laptop source build: MAX_JOBS from memory")
        << small
        << sel(QStringLiteral("2.5.1"), QStringLiteral("cuda"), QStringLiteral("12.4"), QStringLiteral("source"))
        << QString() << M{{k("jobs"), k("2")}, {k("arch"), k("8.6+PTX")}, {k("cuda_home"), k("/usr/local/cuda-12.4")}};
}

void TestPlanner::plans()
{
    QFETCH(test::MachineSpec, machine);
    QFETCH(matrix::Selection, selection);
    QFETCH(QString, mirror);
    QFETCH(Facts, expected);
    const auto &m = matrix::Matrix::builtin();
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toText()));
    const plan::PlanOutcome outcome =
        plan::Planner(m.value()).plan(test::machine(machine), selection, {QStringLiteral("/opt/dl"), mirror});
    QStringList findings;
    for (const auto &f : outcome.findings)
        findings << f.id + u':' + matrix::severityName(f.severity);
    QVERIFY2(outcome.plan,
             qPrintable((outcome.error ? outcome.error->toText() : QString()) + u'\n' + findings.join(u' ')));
    const QMap<QString, QString> got = facts(outcome);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(got.value(it.key()) == it.value(),
                 qPrintable(
                     QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(it.key(), got.value(it.key()), it.value())));
    // What the CLI writes must load again.
    auto reloaded = plan::loadPlan(QJsonDocument(outcome.plan->toJson()).toJson(), QStringLiteral("t"));
    QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.error().toText()));
    QCOMPARE(reloaded.value().stages.size(), outcome.plan->stages.size());
}

void TestPlanner::blocked_data()
{
    QTest::addColumn<test::MachineSpec>("machine");
    QTest::addColumn<matrix::Selection>("selection");
    test::MachineSpec old;
    old.gpu = QStringLiteral("NVIDIA GeForce GTX 1080 Ti");
    old.cc = QStringLiteral("6.1");
    old.driver = QStringLiteral("470.256.02");
    old.driverCuda = QStringLiteral("11.4");
    QTest::newRow("driver 470 cannot run CUDA 12.4 wheels")
        << old << sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.4"));
    QTest::newRow("unknown torch version") << old << sel(QStringLiteral("9.9.9"), QStringLiteral("cpu"), {});
    matrix::Selection typo = sel(QStringLiteral("2.4.1"), QStringLiteral("cpu"), {});
    typo.extras = {QStringLiteral("torchvison")};
    QTest::newRow("unknown extra") << old << typo;
    matrix::Selection venvConda =
        sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.1"), QStringLiteral("source"));
    venvConda.toolkitFrom = matrix::ToolkitSource::Conda;
    QTest::newRow("toolkit from conda into a venv") << old << venvConda;
}

void TestPlanner::blocked()
{
    QFETCH(test::MachineSpec, machine);
    QFETCH(matrix::Selection, selection);
    const plan::PlanOutcome outcome = plan::Planner(matrix::Matrix::builtin().value())
                                          .plan(test::machine(machine), selection, {QStringLiteral("/opt/dl"), {}});
    QVERIFY(!outcome.plan);
    QVERIFY(outcome.error);
    QVERIFY(!outcome.error->summary.isEmpty());
}

void TestPlanner::activationExportsConstraint()
{
    test::MachineSpec laptop;
    laptop.gpu = QStringLiteral("NVIDIA GeForce RTX 3060 Laptop GPU");
    laptop.cc = QStringLiteral("8.6");
    laptop.driver = QStringLiteral("535.183.01");
    laptop.driverCuda = QStringLiteral("12.2");
    const auto outcome =
        plan::Planner(matrix::Matrix::builtin().value())
            .plan(test::machine(laptop), sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.1")),
                  {QStringLiteral("/opt/dl"), {}});
    QVERIFY(outcome.plan);
    const plan::Stage &activation = outcome.plan->stages.at(outcome.plan->stageIndex(QStringLiteral("activation")));
    const QString script = QString::fromUtf8(activation.steps.at(0).content);
    QVERIFY2(script.contains(QStringLiteral("export PIP_CONSTRAINT=/opt/dl/constraints.txt")), qPrintable(script));
    QVERIFY(script.contains(QStringLiteral(". /opt/dl/venv/bin/activate")));
    const QString module = QString::fromUtf8(activation.steps.at(1).content);
    QVERIFY(module.startsWith(QStringLiteral("#%Module")));
    QVERIFY(module.contains(QStringLiteral("prepend-path PATH \"/opt/dl/venv/bin\"")));
}

// The verify stage writes the script kept in resources/scripts; run by a real python3 that
// cannot see any torch (-S: no site-packages), it reports that in JSON and exits 1.
void TestPlanner::verifyScriptReportsMissingTorch()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("no python3 on this machine");
    test::MachineSpec laptop;
    laptop.gpu = QStringLiteral("NVIDIA GeForce RTX 3060 Laptop GPU");
    laptop.cc = QStringLiteral("8.6");
    laptop.driver = QStringLiteral("535.183.01");
    laptop.driverCuda = QStringLiteral("12.2");
    const auto outcome =
        plan::Planner(matrix::Matrix::builtin().value())
            .plan(test::machine(laptop), sel(QStringLiteral("2.4.1"), QStringLiteral("cuda"), QStringLiteral("12.1")),
                  {QStringLiteral("/opt/dl"), {}});
    QVERIFY(outcome.plan);
    const plan::Stage &verify = outcome.plan->stages.at(outcome.plan->stageIndex(QStringLiteral("verify")));
    const plan::Step &write = verify.steps.at(0);
    QCOMPARE(write.kind, plan::Step::Kind::WriteFile);
    QCOMPARE(write.path, QStringLiteral("/opt/dl/verify_torch.py"));
    QFile source(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/scripts/verify_torch.py"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(write.content, source.readAll());

    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("verify_torch.py")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(write.content);
    script.close();
    QProcess run;
    run.start(python, {QStringLiteral("-S"), script.fileName(), QStringLiteral("--expect"),
                       QStringLiteral("{\"torch\": \"2.4.1\"}"), QStringLiteral("--no-extension")});
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 1);
    const QJsonObject report = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
    const QString problem = report.value(QStringLiteral("problems")).toArray().at(0).toString();
    QVERIFY2(problem.startsWith(QStringLiteral("torch cannot be imported")), qPrintable(problem));
    QVERIFY(run.readAllStandardError().contains("verify: torch cannot be imported"));
}

void TestPlanner::targetChecks()
{
    QTemporaryDir dir;
    plan::Plan p;
    QFile blocker(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    p.prefix = blocker.fileName() + QStringLiteral("/prefix"); // below a file: cannot be created, even by root
    const auto unwritable = plan::checkTarget(p, 1);
    QVERIFY(unwritable.has_value());
    QVERIFY2(unwritable->summary.contains(QStringLiteral("is a file, not a folder")), qPrintable(unwritable->summary));
    p.prefix = dir.path() + QStringLiteral("/new/prefix");
    QVERIFY(!plan::checkTarget(p, 1).has_value());
    const auto full = plan::checkTarget(p, qint64(1) << 40); // 1 EiB: no disk has that
    QVERIFY(full.has_value());
    QVERIFY2(full->summary.contains(QStringLiteral("free")), qPrintable(full->summary));
    p.mirrorDir = dir.path() + QStringLiteral("/no-such-mirror");
    const auto mirror = plan::checkTarget(p, 1);
    QVERIFY(mirror.has_value());
    QVERIFY(mirror->summary.contains(QStringLiteral("mirror")));

    // A mirror directory without an installer the plan downloads: named before any stage.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("mirror"))));
    p.mirrorDir = dir.filePath(QStringLiteral("mirror"));
    plan::Stage stage;
    stage.id = QStringLiteral("toolkit");
    for (const char *name : {"cuda_12.1.1_530.30.02_linux.run", "cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz"}) {
        plan::Step download;
        download.kind = plan::Step::Kind::Download;
        download.url = QStringLiteral("https://example.org/x/") + QLatin1String(name);
        stage.steps << download;
    }
    p.stages = {stage};
    QCOMPARE(plan::missingFromMirror(p),
             QStringList({QStringLiteral("cuda_12.1.1_530.30.02_linux.run"),
                          QStringLiteral("cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz")}));
    QFile present(p.mirrorDir + QStringLiteral("/cuda_12.1.1_530.30.02_linux.run"));
    QVERIFY(present.open(QIODevice::WriteOnly));
    present.close();
    QCOMPARE(plan::missingFromMirror(p),
             QStringList({QStringLiteral("cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz")}));
    p.mirrorDir.clear();
    QVERIFY(plan::missingFromMirror(p).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
