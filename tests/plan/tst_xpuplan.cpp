// SPDX-License-Identifier: GPL-3.0-or-later
// Intel XPU plans: the prebuilt stage installs from PyTorch's XPU index with no CUDA toolkit,
// cuDNN or compiler stage; the verify stage asks torch.xpu for the Arc card (not the UHD
// iGPU beside it); and the verify script itself, run against stand-in torch modules with and
// without torch.xpu and an Intel GPU, says what is wrong in each case.
#include "core/matrix/matrix.h"
#include "core/plan/planner.h"
#include "core/plan/recipes/recipes.h"
#include "profilespec.h"

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

namespace {

const matrix::Matrix &shipped()
{
    return matrix::Matrix::builtin().value();
}

// An Arc A770 desktop: the card on i915 beside the CPU's UHD 770, Level Zero installed.
const QString kArcDesktop = QStringLiteral(
    "intel=Arc A770:8086:56a0+UHD Graphics 770:8086:4680;ze=loader,gpu;modules=i915;python=3.12.3;mem=32;cores=16");

QJsonObject verifyExpect(const plan::Plan &plan)
{
    const int i = plan.stageIndex(QStringLiteral("verify"));
    if (i < 0)
        return {};
    const QStringList &argv = plan.stages.at(i).steps.at(1).argv;
    return QJsonDocument::fromJson(argv.value(argv.indexOf(QStringLiteral("--expect")) + 1).toUtf8()).object();
}

// A torch stand-in: `xpu` is the body of its torch.xpu class, or empty for a build without it.
QByteArray fakeTorch(const QByteArray &xpu)
{
    QByteArray text = "__version__ = '2.12.1+xpu'\n"
                      "class version: cuda = None; hip = None\n"
                      "class cuda:\n"
                      "    is_available = staticmethod(lambda: False)\n"
                      "    device_count = staticmethod(lambda: 0)\n"
                      "class _T:\n"
                      "    def to(self, device): return self\n"
                      "    def __matmul__(self, o): return self\n"
                      "    def sum(self): return self\n"
                      "    def item(self): return 1.0\n"
                      "def manual_seed(n): pass\n"
                      "def randn(*a, **k): return _T()\n";
    if (!xpu.isEmpty())
        text += "class xpu:\n" + xpu;
    return text;
}

} // namespace

class TestXpuPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(matrix::Matrix::builtin().ok()); }

    void prebuiltFromTheXpuIndex_data()
    {
        QTest::addColumn<QString>("torch");
        QTest::newRow("2.12.1") << "2.12.1";
        QTest::newRow("2.6.0") << "2.6.0";
    }

    void prebuiltFromTheXpuIndex()
    {
        QFETCH(QString, torch);
        const auto s = test::selectionFromSpec(QStringLiteral("torch=%1 xpu python=3.12").arg(torch));
        const plan::PlanOutcome o =
            plan::Planner(shipped()).plan(test::profileFromSpec(kArcDesktop), s, {QStringLiteral("/opt/dl"), {}});
        QVERIFY2(o.plan, o.error ? qPrintable(o.error->toText()) : "");
        QStringList ids;
        for (const plan::Stage &stage : o.plan->stages)
            ids << stage.id;
        QVERIFY2(!ids.contains(QStringLiteral("toolkit")) && !ids.contains(QStringLiteral("cudnn")) &&
                     !ids.contains(QStringLiteral("compiler")),
                 qPrintable(ids.join(u',')));
        const plan::Stage &wheels = o.plan->stages.at(o.plan->stageIndex(QStringLiteral("pytorch")));
        const QStringList &argv = wheels.steps.constFirst().argv;
        QVERIFY2(argv.contains(QStringLiteral("torch==") + torch), qPrintable(argv.join(u' ')));
        const qsizetype index = argv.indexOf(QStringLiteral("--index-url"));
        QVERIFY(index > 0);
        QCOMPARE(argv.value(index + 1), QStringLiteral("https://download.pytorch.org/whl/xpu"));
        for (const plan::Stage &stage : o.plan->stages)
            for (const plan::Step &step : stage.steps)
                QVERIFY2(!step.env.contains(QStringLiteral("CUDA_HOME")), qPrintable(stage.id));
        const QJsonObject expect = verifyExpect(*o.plan);
        QCOMPARE(expect.value(QStringLiteral("backend")).toString(), QStringLiteral("xpu"));
        QCOMPARE(expect.value(QStringLiteral("torch")).toString(), torch);
        QCOMPARE(expect.value(QStringLiteral("gpus")).toInt(), 1); // the A770; the UHD 770 is not counted
    }

    // For another machine without Intel GPU or Level Zero the plan is made, with notes; here
    // it is refused with the findings.
    void targetDecidesRefusal()
    {
        const auto s = test::selectionFromSpec(QStringLiteral("torch=2.12.1 xpu python=3.12"));
        const auto bare = test::profileFromSpec(QStringLiteral("python=3.12.3"));
        const plan::PlanOutcome here = plan::Planner(shipped()).plan(bare, s, {QStringLiteral("/opt/dl"), {}});
        QVERIFY(!here.plan);
        QVERIFY(here.error);
        QVERIFY2(here.error->details.contains(QStringLiteral("no_intel_gpu")), qPrintable(here.error->toText()));
        const plan::PlanOutcome elsewhere =
            plan::Planner(shipped()).plan(bare, s, {QStringLiteral("/opt/dl"), {}, matrix::Target::Profile});
        QVERIFY2(elsewhere.plan, elsewhere.error ? qPrintable(elsewhere.error->toText()) : "");
        QVERIFY(!verifyExpect(*elsewhere.plan).contains(QStringLiteral("gpus")));
    }

    // verify_torch.py with backend xpu against stand-ins: a working XPU build with the Arc
    // and the iGPU listed passes (at least the expected count); a CPU-only torch and a
    // torch.xpu that sees no device are each named.
    void verifyScriptChecksTorchXpu_data()
    {
        QTest::addColumn<QByteArray>("xpu");
        QTest::addColumn<QString>("problem"); // empty: none
        QTest::addColumn<int>("devices");
        QTest::newRow("Arc and iGPU seen") << QByteArray("    is_available = staticmethod(lambda: True)\n"
                                                         "    device_count = staticmethod(lambda: 2)\n"
                                                         "    get_device_name = staticmethod(lambda i: "
                                                         "['Intel(R) Arc(TM) A770 Graphics', "
                                                         "'Intel(R) UHD Graphics 770'][i])\n")
                                           << "" << 2;
        QTest::newRow("no torch.xpu") << QByteArray() << "has no torch.xpu" << 0;
        QTest::newRow("torch.xpu sees nothing") << QByteArray("    is_available = staticmethod(lambda: False)\n"
                                                              "    device_count = staticmethod(lambda: 0)\n")
                                                << "torch.xpu sees no Intel GPU" << 0;
    }

    void verifyScriptChecksTorchXpu()
    {
        QFETCH(QByteArray, xpu);
        QFETCH(QString, problem);
        QFETCH(int, devices);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is needed to run the verify script");
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("mods/torch"))));
        QFile torch(dir.filePath(QStringLiteral("mods/torch/__init__.py")));
        QVERIFY(torch.open(QIODevice::WriteOnly));
        torch.write(fakeTorch(xpu));
        torch.close();
        QFile script(dir.filePath(QStringLiteral("verify_torch.py")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(plan::verifyScript());
        script.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), dir.filePath(QStringLiteral("mods")));
        p.setProcessEnvironment(env);
        const QJsonObject expect{{QStringLiteral("torch"), QStringLiteral("2.12.1")},
                                 {QStringLiteral("backend"), QStringLiteral("xpu")},
                                 {QStringLiteral("gpus"), 1}};
        p.start(python, {QStringLiteral("-S"), script.fileName(), QStringLiteral("--expect"),
                         QString::fromUtf8(QJsonDocument(expect).toJson(QJsonDocument::Compact)),
                         QStringLiteral("--no-extension")});
        QVERIFY(p.waitForFinished(30000));
        const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY2(!report.isEmpty(), p.readAllStandardError().constData());
        QStringList problems;
        for (const QJsonValue &v : report.value(QStringLiteral("problems")).toArray())
            problems << v.toString();
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(report.value(QStringLiteral("matmul")).toArray().size(), devices);
        } else {
            QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
            QVERIFY(p.exitCode() != 0);
        }
        QCOMPARE(report.value(QStringLiteral("devices")).toArray().size(), devices);
    }
};

QTEST_GUILESS_MAIN(TestXpuPlan)
#include "tst_xpuplan.moc"
