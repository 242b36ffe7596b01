// SPDX-License-Identifier: GPL-3.0-or-later
// Recommender over the shipped matrix: machines written in code and machines imported from
// real captured tool output (tests/fixtures/probe, sources in SOURCES.tsv).
#include "core/matrix/checker.h"
#include "core/matrix/recommender.h"
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "profilespec.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace dlstack;

namespace {

const matrix::Matrix &shipped()
{
    return matrix::Matrix::builtin().value();
}

probe::SystemProfile imported(const QStringList &fixtures, const QString &extra)
{
    probe::SystemProfile p = test::profileFromSpec(extra);
    const probe::Importer importer;
    for (const QString &f : fixtures) {
        const auto outcome = importer.import(test::readFixture(f), f);
        p.merge(outcome.profile);
    }
    p.finalize(dlstack::probe::DetectionTables::builtin());
    return p;
}

} // namespace

class TestRecommender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(matrix::Matrix::builtin().ok()); }

    void firstChoice_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("variant"); // "cu126", "cpu", ...
        QTest::addColumn<QString>("torch");   // empty: the newest release
        QTest::newRow("H100 on driver 580: newest torch, default wheels")
            << "gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3"
            << "prebuilt"
            << "cuda"
            << ""
            << "";
        QTest::newRow("GTX 1080 Ti on driver 580: the cu126 wheels still cover sm_61")
            << "gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3"
            << "prebuilt"
            << "cuda"
            << "cu126"
            << "";
        QTest::newRow("RTX 5090 on driver 575: newest release with cu128 wheels")
            << "gpu=GeForce RTX 5090:12.0;driver=575.64.03;python=3.12.3"
            << "prebuilt"
            << "cuda"
            << "cu128"
            << "2.11.0";
        QTest::newRow("no GPU: CPU wheels") << "python=3.11.2"
                                            << "prebuilt"
                                            << "cpu"
                                            << "cpu"
                                            << "";
        QTest::newRow("GTX 680 sm_30: no wheel, source build")
            << "gpu=GeForce GTX 680:3.0;driver=470.82.01;python=3.8.10;gcc=8.4.0;mem=32;cores=8"
            << "source"
            << "cuda"
            << ""
            << "1.12.1";
        QTest::newRow("Arc B580 with Level Zero: the newest XPU wheels")
            << "intel=Arc B580:8086:e20b;ze=loader,gpu;modules=xe;python=3.12.3"
            << "prebuilt"
            << "xpu"
            << "xpu"
            << "2.14.0";
        QTest::newRow("Data Center GPU Max 1550 named without a PCI id (an imported profile)")
            << "intel=Data Center GPU Max 1550;ze=loader,gpu;python=3.11.2"
            << "prebuilt"
            << "xpu"
            << "xpu"
            << "2.14.0";
        QTest::newRow("only a UHD 770 iGPU: CPU wheels")
            << "intel=UHD Graphics 770:8086:4680;ze=loader,gpu;python=3.12.3"
            << "prebuilt"
            << "cpu"
            << "cpu"
            << "";
        QTest::newRow("Arc A770 beside an RTX 4090: CUDA first")
            << "gpu=GeForce RTX 4090:8.9;driver=580.65.06;intel=Arc A770:8086:56a0;ze=loader,gpu;python=3.12.3"
            << "prebuilt"
            << "cuda"
            << ""
            << "";
        QTest::newRow("MI300X: ROCm wheels with known targets") << "amd=Instinct MI300X:gfx942;python=3.10.12"
                                                                << "prebuilt"
                                                                << "rocm"
                                                                << "rocm7.2"
                                                                << "2.13.0";
    }

    void firstChoice()
    {
        QFETCH(QString, profile);
        QFETCH(QString, route);
        QFETCH(QString, backend);
        QFETCH(QString, variant);
        QFETCH(QString, torch);
        const auto machine = test::profileFromSpec(profile);
        const auto recs = matrix::Recommender(shipped()).recommend(machine);
        QVERIFY(!recs.isEmpty());
        const auto &first = recs.constFirst();
        QVERIFY2(matrix::routeName(first.selection.route) == route, qPrintable(first.selection.label()));
        QCOMPARE(matrix::backendName(first.selection.backend), backend);
        if (!variant.isEmpty())
            QCOMPARE(first.selection.variantId(), variant);
        QCOMPARE(first.selection.torch, torch.isEmpty() ? shipped().releases().constLast().version : torch);
        QVERIFY(!first.reason.isEmpty());
        // Every recommendation passes its own check.
        for (const auto &r : recs) {
            QVERIFY2(!matrix::hasBlocker(matrix::check(machine, r.selection, shipped())),
                     qPrintable(r.selection.label()));
            QVERIFY(!r.selection.validate(shipped()));
        }
        // Ranked newest torch first.
        for (qsizetype i = 1; i < recs.size(); ++i)
            QVERIFY(support::compareVersions(recs[i - 1].selection.torch, recs[i].selection.torch) > 0);
    }

    void pythonDecidesEnvironment()
    {
        // Only Python 3.8 installed: the newest torch needs 3.10+, so a conda env brings it.
        const auto recs = matrix::Recommender(shipped()).recommend(
            test::profileFromSpec(QStringLiteral("gpu=H100:9.0;driver=580.65.06;python=3.8.10")));
        QVERIFY(!recs.isEmpty());
        QCOMPARE(recs.constFirst().selection.envKind, matrix::EnvKind::NewConda);
        QCOMPARE(recs.constFirst().selection.python, shipped().releases().constLast().pythonMax);
    }

    void driverMissingSaysUpgrade()
    {
        const auto recs = matrix::Recommender(shipped()).recommend(
            test::profileFromSpec(QStringLiteral("gpu=GeForce RTX 4070:8.9;python=3.12.3")));
        QVERIFY(!recs.isEmpty());
        QCOMPARE(recs.constFirst().selection.backend, matrix::Backend::Cuda);
        QVERIFY(matrix::findById(recs.constFirst().findings, QStringLiteral("driver_missing")));
        QVERIFY(recs.constFirst().reason.contains(QStringLiteral("driver")));
    }

    // An Arc card without Intel's user-space driver: the XPU wheels are still the proposal,
    // with the missing Level Zero pieces as its blocker and the reason saying what to install.
    void xpuWithoutLevelZeroSaysInstall()
    {
        const auto recs = matrix::Recommender(shipped()).recommend(
            test::profileFromSpec(QStringLiteral("intel=Arc A770:8086:56a0;modules=i915;python=3.12.3")));
        QCOMPARE(recs.size(), 1);
        QCOMPARE(recs.constFirst().selection.backend, matrix::Backend::Xpu);
        QCOMPARE(recs.constFirst().selection.torch, QStringLiteral("2.14.0"));
        QVERIFY(matrix::findById(recs.constFirst().findings, QStringLiteral("no_level_zero")));
        QVERIFY2(recs.constFirst().reason.contains(QStringLiteral("Level Zero")), qPrintable(recs.constFirst().reason));
        QVERIFY2(recs.constFirst().reason.contains(QStringLiteral("Intel Arc A770")),
                 qPrintable(recs.constFirst().reason));
    }

    // Profiles imported from real nvidia-smi / rocminfo captures.
    void fromFixtures_data()
    {
        QTest::addColumn<QStringList>("fixtures");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("mustNotBe"); // a variant that would not run there
        QTest::newRow("RTX 5070 on driver 575 (sm_120)")
            << QStringList{QStringLiteral("probe/nvidia-smi/driver-575.64-rtx5070-cuda-na.txt")} << "cuda"
            << "cu126";
        QTest::newRow("RTX 4090 on driver 580")
            << QStringList{QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt")} << "cuda"
            << "";
        QTest::newRow("Tesla P4 (sm_61) on driver 550")
            << QStringList{QStringLiteral("probe/nvidia-smi/driver-550.135-tesla-p4.txt")} << "cuda"
            << "cu128";
        QTest::newRow("MI300X from rocminfo")
            << QStringList{QStringLiteral("probe/rocminfo/mi300x-gfx942-epyc-first-gpu.txt")} << "rocm"
            << "";
    }

    void fromFixtures()
    {
        QFETCH(QStringList, fixtures);
        QFETCH(QString, backend);
        QFETCH(QString, mustNotBe);
        const auto machine = imported(fixtures, QStringLiteral("python=3.12.3"));
        QVERIFY(!machine.gpus.isEmpty());
        const auto recs = matrix::Recommender(shipped()).recommend(machine);
        QVERIFY(!recs.isEmpty());
        QCOMPARE(matrix::backendName(recs.constFirst().selection.backend), backend);
        for (const auto &r : recs) {
            QVERIFY2(r.selection.variantId() != mustNotBe, qPrintable(r.selection.label()));
            QVERIFY(!matrix::hasBlocker(r.findings));
        }
    }

    // The same captures drive check(): the wheels that cannot run there are blocked.
    void checkFromFixtures()
    {
        const auto machine = imported({QStringLiteral("probe/nvidia-smi/driver-575.64-rtx5070-cuda-na.txt")},
                                      QStringLiteral("python=3.12.3"));
        matrix::Selection s;
        s.torch = QStringLiteral("2.6.0");
        s.cuda = QStringLiteral("12.6");
        QVERIFY(matrix::findById(matrix::check(machine, s, shipped()), QStringLiteral("gpu_arch_not_in_wheels")));
        s.torch = QStringLiteral("2.7.0");
        s.cuda = QStringLiteral("12.8");
        QVERIFY(!matrix::hasBlocker(matrix::check(machine, s, shipped())));
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
