// SPDX-License-Identifier: GPL-3.0-or-later
// Build-option defaults: MAX_JOBS from memory and cores (and distcc slots), the arch list
// from the GPUs clamped to the toolkit's sm range; the planner's build steps use exactly
// these numbers when the selection leaves them open.
#include "core/matrix/matrix.h"
#include "core/plan/builddefaults.h"
#include "core/plan/planner.h"
#include "tests/plan/plannerprofiles.h"

#include <QTest>

using namespace dlstack;

namespace {

matrix::Selection sourceBuild(const QString &backend, const QString &version)
{
    matrix::Selection s;
    s.torch = QStringLiteral("2.5.1");
    s.backend = *matrix::backendFromName(backend);
    (s.backend == matrix::Backend::Cuda ? s.cuda : s.rocm) = version;
    s.route = matrix::Route::Source;
    s.python = QStringLiteral("3.11");
    return s;
}

test::MachineSpec nvidia(const QString &cc, int cores, int memoryGib)
{
    test::MachineSpec m;
    m.gpu = QStringLiteral("NVIDIA GPU sm ") + cc;
    m.cc = cc;
    m.cores = cores;
    m.memoryGib = memoryGib;
    m.driver = QStringLiteral("560.35.03");
    m.driverCuda = QStringLiteral("12.6");
    m.toolkit = QStringLiteral("12.4");
    return m;
}

const matrix::Matrix &builtin()
{
    return matrix::Matrix::builtin().value();
}

} // namespace

class TestBuildDefaults : public QObject
{
    Q_OBJECT
private slots:
    void maxJobs_data()
    {
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("memoryGib");
        QTest::addColumn<int>("expected");
        QTest::newRow("16 GiB, 32 cores: memory decides") << 32 << 16 << 5;
        QTest::newRow("256 GiB, 64 cores: cores decide") << 64 << 256 << 64;
        QTest::newRow("4 GiB laptop: at least 1") << 8 << 4 << 1;
        QTest::newRow("memory unknown: the cores") << 12 << 0 << 12;
        QTest::newRow("nothing known: 4") << 0 << 0 << 4;
    }
    void maxJobs()
    {
        QFETCH(int, cores);
        QFETCH(int, memoryGib);
        QFETCH(int, expected);
        const auto s = sourceBuild(QStringLiteral("cuda"), QStringLiteral("12.4"));
        const plan::BuildDefaults d =
            plan::buildDefaults(test::machine(nvidia(QStringLiteral("8.6"), cores, memoryGib)), s, builtin());
        QCOMPARE(d.maxJobs, expected);
        QVERIFY(!d.maxJobsReason.isEmpty());
    }

    void distccSlotsRaiseMaxJobs()
    {
        auto s = sourceBuild(QStringLiteral("cuda"), QStringLiteral("12.4"));
        s.launcher = matrix::Launcher::Distcc;
        s.distccHosts = QStringLiteral("10.0.0.5/16 10.0.0.6/16");
        const plan::BuildDefaults d =
            plan::buildDefaults(test::machine(nvidia(QStringLiteral("8.6"), 8, 8)), s, builtin());
        QCOMPARE(d.maxJobs, 32);
        QVERIFY2(d.maxJobsReason.contains(QStringLiteral("distcc")), qPrintable(d.maxJobsReason));
    }

    void archListFromGpus()
    {
        const auto s = sourceBuild(QStringLiteral("cuda"), QStringLiteral("12.4"));
        test::MachineSpec two = nvidia(QStringLiteral("8.9"), 16, 64);
        probe::SystemProfile p = test::machine(two);
        probe::Gpu older = p.gpus.constFirst();
        older.computeCapability = QStringLiteral("7.5");
        older.pciBusId = QStringLiteral("0000:02:00.0");
        p.gpus << older << p.gpus.constFirst(); // sorted, no duplicates, the last +PTX
        QCOMPARE(plan::buildDefaults(p, s, builtin()).archList,
                 (QStringList{QStringLiteral("7.5"), QStringLiteral("8.9+PTX")}));
        // No NVIDIA GPU: the wheel variant's list.
        p.gpus.clear();
        const plan::BuildDefaults none = plan::buildDefaults(p, s, builtin());
        QVERIFY(!none.archList.isEmpty());
        QVERIFY2(none.archListReason.contains(QStringLiteral("cu124")), qPrintable(none.archListReason));
        // ROCm: the gfx targets.
        test::MachineSpec mi210;
        mi210.gpu = QStringLiteral("AMD Instinct MI210");
        mi210.gfx = QStringLiteral("gfx90a");
        mi210.rocm = QStringLiteral("6.1.0");
        QCOMPARE(plan::buildDefaults(test::machine(mi210), sourceBuild(QStringLiteral("rocm"), QStringLiteral("6.1")),
                                     builtin())
                     .archList,
                 QStringList{QStringLiteral("gfx90a")});
    }

    // The planner's build steps carry the same numbers: one source of defaults.
    void plannerUsesThem()
    {
        const auto s = sourceBuild(QStringLiteral("cuda"), QStringLiteral("12.4"));
        const probe::SystemProfile p = test::machine(nvidia(QStringLiteral("8.6"), 32, 16));
        const plan::BuildDefaults d = plan::buildDefaults(p, s, builtin());
        const auto outcome = plan::Planner(builtin()).plan(p, s, {QStringLiteral("/opt/dl"), {}});
        QVERIFY(outcome.plan);
        bool seen = false;
        for (const plan::Stage &stage : outcome.plan->stages)
            for (const plan::Step &step : stage.steps)
                if (step.env.contains(QStringLiteral("TORCH_CUDA_ARCH_LIST"))) {
                    QCOMPARE(step.env.value(QStringLiteral("MAX_JOBS")), QString::number(d.maxJobs));
                    QCOMPARE(step.env.value(QStringLiteral("TORCH_CUDA_ARCH_LIST")), d.archList.join(u';'));
                    seen = true;
                }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TestBuildDefaults)
#include "tst_builddefaults.moc"
