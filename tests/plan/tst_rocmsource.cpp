// SPDX-License-Identifier: GPL-3.0-or-later
// ROCm source builds: in a conda environment conda-forge's gcc at the system gcc's major
// builds the host code; hipcc gets HIP_PLATFORM, HIP_PATH and HIP_CLANG_PATH; headers and
// libraries are searched ROCm first, then the environment, then the system (the build
// step's CPATH, LIBRARY_PATH and LD_LIBRARY_PATH, and the activation script's
// LD_LIBRARY_PATH); the plan's notes say why, with their sources. In a venv the system gcc
// stays and the notes say a conda environment keeps the compiler with the environment.
#include "core/matrix/matrix.h"
#include "core/plan/planner.h"
#include "tests/plan/plannerprofiles.h"

#include <QTest>

using namespace dlstack;

namespace {

test::MachineSpec mi300x()
{
    test::MachineSpec m;
    m.gpu = QStringLiteral("AMD Instinct MI300X");
    m.gfx = QStringLiteral("gfx942");
    m.rocm = QStringLiteral("6.4.1");
    m.gcc = QStringLiteral("12.3.0");
    m.cores = 32;
    m.memoryGib = 256;
    m.condaRoot = QStringLiteral("/home/u/miniforge3");
    return m;
}

matrix::Selection rocmSource(matrix::EnvKind env)
{
    matrix::Selection s;
    s.torch = QStringLiteral("2.9.1");
    s.backend = matrix::Backend::Rocm;
    s.rocm = QStringLiteral("6.4");
    s.route = matrix::Route::Source;
    s.python = QStringLiteral("3.11");
    s.envKind = env;
    return s;
}

const plan::Step *buildStep(const plan::Plan &plan)
{
    const int i = plan.stageIndex(QStringLiteral("pytorch-source"));
    if (i < 0)
        return nullptr;
    for (const plan::Step &step : plan.stages.at(i).steps)
        if (step.env.contains(QStringLiteral("PYTORCH_BUILD_VERSION")))
            return &step;
    return nullptr;
}

QString activation(const plan::Plan &plan)
{
    const int i = plan.stageIndex(QStringLiteral("activation"));
    return i < 0 ? QString() : QString::fromUtf8(plan.stages.at(i).steps.constFirst().content);
}

} // namespace

class TestRocmSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(matrix::Matrix::builtin().ok()); }

    void condaEnvironment()
    {
        const plan::PlanOutcome o =
            plan::Planner(matrix::Matrix::builtin().value())
                .plan(test::machine(mi300x()), rocmSource(matrix::EnvKind::NewConda), {QStringLiteral("/opt/dl"), {}});
        QVERIFY2(o.plan, o.error ? qPrintable(o.error->toText()) : "");
        const QString env = QStringLiteral("/opt/dl/conda-env");
        const QString rocm = QStringLiteral("/opt/rocm-6.4.1");

        const int compiler = o.plan->stageIndex(QStringLiteral("compiler"));
        QVERIFY(compiler >= 0);
        QVERIFY(compiler < o.plan->stageIndex(QStringLiteral("pytorch-source")));
        const QStringList &install = o.plan->stages.at(compiler).steps.constFirst().argv;
        QVERIFY2(install.contains(QStringLiteral("gcc=12")) && install.contains(QStringLiteral("gxx=12")) &&
                     install.contains(QStringLiteral("conda-forge")),
                 qPrintable(install.join(u' ')));

        const plan::Step *build = buildStep(*o.plan);
        QVERIFY(build);
        const auto &e = build->env;
        QCOMPARE(e.value(QStringLiteral("HIP_PLATFORM")), QStringLiteral("amd"));
        QCOMPARE(e.value(QStringLiteral("HIP_PATH")), rocm);
        QCOMPARE(e.value(QStringLiteral("HIP_CLANG_PATH")), rocm + QStringLiteral("/llvm/bin"));
        QCOMPARE(e.value(QStringLiteral("ROCM_PATH")), rocm);
        QCOMPARE(e.value(QStringLiteral("PYTORCH_ROCM_ARCH")), QStringLiteral("gfx942"));
        QCOMPARE(e.value(QStringLiteral("CC")), env + QStringLiteral("/bin/gcc"));
        QCOMPARE(e.value(QStringLiteral("CXX")), env + QStringLiteral("/bin/g++"));
        // ROCm, then the environment; the system's directories come after both.
        QCOMPARE(e.value(QStringLiteral("CPATH")),
                 rocm + QStringLiteral("/include:") + env + QStringLiteral("/include"));
        QCOMPARE(e.value(QStringLiteral("LIBRARY_PATH")),
                 rocm + QStringLiteral("/lib:") + env + QStringLiteral("/lib"));
        QCOMPARE(e.value(QStringLiteral("LD_LIBRARY_PATH")), e.value(QStringLiteral("LIBRARY_PATH")));
        QVERIFY(!e.contains(QStringLiteral("CUDA_HOME")));
        // hipify runs with the same variables.
        const int source = o.plan->stageIndex(QStringLiteral("pytorch-source"));
        bool hipified = false;
        for (const plan::Step &step : o.plan->stages.at(source).steps)
            if (step.argv.contains(QStringLiteral("tools/amd_build/build_amd.py")))
                hipified = step.env.value(QStringLiteral("HIP_PLATFORM")) == u"amd";
        QVERIFY(hipified);

        const QString script = activation(*o.plan);
        QVERIFY2(script.contains(QStringLiteral("export LD_LIBRARY_PATH=%1/lib:%2/lib").arg(rocm, env)),
                 qPrintable(script));
        const QString notes = o.notes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("https://github.com/ROCm/hip/issues/3587")), qPrintable(notes));
    }

    void venvKeepsTheSystemCompiler()
    {
        const plan::PlanOutcome o =
            plan::Planner(matrix::Matrix::builtin().value())
                .plan(test::machine(mi300x()), rocmSource(matrix::EnvKind::NewVenv), {QStringLiteral("/opt/dl"), {}});
        QVERIFY2(o.plan, o.error ? qPrintable(o.error->toText()) : "");
        QCOMPARE(o.plan->stageIndex(QStringLiteral("compiler")), -1);
        const plan::Step *build = buildStep(*o.plan);
        QVERIFY(build);
        QVERIFY(!build->env.contains(QStringLiteral("CC")));
        QCOMPARE(build->env.value(QStringLiteral("CPATH")), QStringLiteral("/opt/rocm-6.4.1/include"));
        QCOMPARE(build->env.value(QStringLiteral("HIP_CLANG_PATH")), QStringLiteral("/opt/rocm-6.4.1/llvm/bin"));
        QVERIFY2(o.notes.join(u'\n').contains(QStringLiteral("--env new-conda")), qPrintable(o.notes.join(u'\n')));
    }

    // The ROCm variables belong to ROCm source builds only: CUDA builds and ROCm wheels get none.
    void onlyRocmSourceBuilds()
    {
        const auto &m = matrix::Matrix::builtin().value();
        matrix::Selection wheels = rocmSource(matrix::EnvKind::NewConda);
        wheels.route = matrix::Route::Prebuilt;
        const plan::PlanOutcome o =
            plan::Planner(m).plan(test::machine(mi300x()), wheels, {QStringLiteral("/opt/dl"), {}});
        QVERIFY2(o.plan, o.error ? qPrintable(o.error->toText()) : "");
        QCOMPARE(o.plan->stageIndex(QStringLiteral("compiler")), -1);
        for (const plan::Stage &stage : o.plan->stages)
            for (const plan::Step &step : stage.steps)
                QVERIFY2(!step.env.contains(QStringLiteral("HIP_PLATFORM")), qPrintable(stage.id));
    }
};

QTEST_GUILESS_MAIN(TestRocmSource)
#include "tst_rocmsource.moc"
