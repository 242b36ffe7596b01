// SPDX-License-Identifier: GPL-3.0-or-later
// What a PyTorch source build gets besides the build, as the guides do it: MKL (x86_64) and
// MAGMA for the CUDA version in a conda environment (the pytorch channel's magma-cuda<XY> where
// the release's README installs it and a package exists, conda-forge's libmagma otherwise, none
// where neither is recorded; each said in a note with its source; nothing in a venv), and the
// optional test-nn stage running PyTorch's test/test_nn.py from the tree (refused on the
// prebuilt route). The data comes from the built-in tools.json.
#include "core/matrix/extras.h"
#include "core/matrix/matrix.h"
#include "core/plan/planner.h"
#include "core/plan/stagetitle.h"
#include "tests/plan/plannerprofiles.h"

#include <QFile>
#include <QTest>

using namespace dlstack;

namespace {

test::MachineSpec condaMachine()
{
    test::MachineSpec m = test::rtx3090Driver580();
    m.condaRoot = QStringLiteral("/home/u/miniforge3");
    return m;
}

matrix::Selection source(const QString &torch, const QString &cuda, matrix::EnvKind env = matrix::EnvKind::NewConda)
{
    matrix::Selection s;
    s.torch = torch;
    s.backend = cuda.isEmpty() ? matrix::Backend::Cpu : matrix::Backend::Cuda;
    s.cuda = cuda;
    s.route = matrix::Route::Source;
    s.envKind = env;
    s.python = QStringLiteral("3.10");
    return s;
}

plan::PlanOutcome planFor(const test::MachineSpec &m, const matrix::Selection &s)
{
    return plan::Planner(matrix::Matrix::builtin().value()).plan(test::machine(m), s, {QStringLiteral("/opt/dl"), {}});
}

// The conda installs of the pytorch-source stage, each as "channel: packages".
QStringList condaInstalls(const plan::Plan &plan)
{
    QStringList out;
    const int at = plan.stageIndex(QStringLiteral("pytorch-source"));
    if (at < 0)
        return out;
    for (const plan::Step &step : plan.stages.at(at).steps) {
        const qsizetype channel = step.argv.indexOf(QStringLiteral("-c"));
        if (step.argv.value(1) == u"install" && channel > 0)
            out << step.argv.value(channel + 1) + QStringLiteral(": ") + step.argv.mid(channel + 2).join(u' ');
    }
    return out;
}

QString notesAbout(const plan::PlanOutcome &outcome, const QString &word)
{
    QStringList out;
    for (const QString &note : outcome.notes)
        if (note.contains(word))
            out << note;
    return out.join(u'\n');
}

} // namespace

class TestSourceBuildExtras : public QObject
{
    Q_OBJECT

private slots:
    void magmaAndMkl_data()
    {
        QTest::addColumn<QString>("torch");
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<QStringList>("installs");
        QTest::addColumn<QString>("note"); // in the MAGMA note
        const QString mkl = QStringLiteral("conda-forge: mkl-static mkl-include");
        QTest::newRow("2.5.1 + CUDA 12.4: the pytorch channel")
            << QStringLiteral("2.5.1") << QStringLiteral("12.4")
            << QStringList{mkl, QStringLiteral("pytorch: magma-cuda124")}
            << QStringLiteral("https://anaconda.org/pytorch/magma-cuda124");
        QTest::newRow("2.4.1 + CUDA 12.1: the README's own example")
            << QStringLiteral("2.4.1") << QStringLiteral("12.1")
            << QStringList{mkl, QStringLiteral("pytorch: magma-cuda121")}
            << QStringLiteral("https://github.com/pytorch/pytorch/blob/v2.4.1/README.md");
        QTest::newRow("2.8.0 + CUDA 12.8: conda-forge, the README stopped") // after last_torch
            << QStringLiteral("2.8.0") << QStringLiteral("12.8")
            << QStringList{mkl, QStringLiteral("conda-forge: libmagma cuda-version=12.8")}
            << QStringLiteral("the pytorch channel has no magma-cuda128");
        QTest::newRow("2.7.1 + CUDA 12.6: conda-forge")
            << QStringLiteral("2.7.1") << QStringLiteral("12.6")
            << QStringList{mkl, QStringLiteral("conda-forge: libmagma cuda-version=12.6")}
            << QStringLiteral("https://anaconda.org/conda-forge/libmagma");
        QTest::newRow("2.9.0 + CUDA 13.0: none known")
            << QStringLiteral("2.9.0") << QStringLiteral("13.0") << QStringList{mkl}
            << QStringLiteral("PyTorch is built without MAGMA");
        QTest::newRow("CPU: MKL only") << QStringLiteral("2.5.1") << QString() << QStringList{mkl} << QString();
    }

    void magmaAndMkl()
    {
        QFETCH(QString, torch);
        QFETCH(QString, cuda);
        QFETCH(QStringList, installs);
        QFETCH(QString, note);
        const auto outcome = planFor(condaMachine(), source(torch, cuda));
        QVERIFY2(outcome.plan, outcome.error ? qPrintable(outcome.error->toText()) : "");
        QCOMPARE(condaInstalls(*outcome.plan), installs);
        const QString magma = notesAbout(outcome, QStringLiteral("MAGMA"));
        QVERIFY2(note.isEmpty() ? magma.isEmpty() : magma.contains(note), qPrintable(magma));
        QVERIFY2(notesAbout(outcome, QStringLiteral("mkl-static mkl-include from conda-forge"))
                     .contains(QStringLiteral("https://github.com/pytorch/pytorch/blob/v2.6.0/README.md")),
                 qPrintable(outcome.notes.join(u'\n')));
        // Installed before the build, which finds them in the environment; undone by conda remove.
        const plan::Stage &stage = outcome.plan->stages.at(outcome.plan->stageIndex(QStringLiteral("pytorch-source")));
        qsizetype lastConda = -1;
        qsizetype build = -1;
        for (qsizetype i = 0; i < stage.steps.size(); ++i) {
            const QStringList &argv = stage.steps.at(i).argv;
            if (argv.value(1) == u"install" && argv.contains(QStringLiteral("-c"))) {
                lastConda = i;
                QCOMPARE(stage.steps.at(i).undo.value(1), QStringLiteral("remove"));
            }
            if (stage.steps.at(i).progress == u"ninja")
                build = i;
        }
        QVERIFY(lastConda > 0 && build > lastConda);
    }

    void venvGetsNeitherAndSaysSo()
    {
        const auto outcome =
            planFor(condaMachine(), source(QStringLiteral("2.5.1"), QStringLiteral("12.4"), matrix::EnvKind::NewVenv));
        QVERIFY(outcome.plan);
        QCOMPARE(condaInstalls(*outcome.plan), QStringList());
        QVERIFY2(notesAbout(outcome, QStringLiteral("MAGMA")).contains(QStringLiteral("venv")),
                 qPrintable(outcome.notes.join(u'\n')));
    }

    void noMklOffX86()
    {
        auto arm = test::machine(condaMachine());
        arm.host.arch = QStringLiteral("aarch64");
        const auto outcome =
            plan::Planner(matrix::Matrix::builtin().value())
                .plan(arm, source(QStringLiteral("2.5.1"), QStringLiteral("12.4")), {QStringLiteral("/opt/dl"), {}});
        QVERIFY(outcome.plan);
        QCOMPARE(condaInstalls(*outcome.plan), QStringList{QStringLiteral("pytorch: magma-cuda124")});
    }

    void everyPytorchChannelPackageHasItsSource()
    {
        const matrix::MagmaFacts &magma = matrix::Matrix::builtin().value().tools().magma;
        QVERIFY(!magma.pytorchPackages.isEmpty());
        for (const matrix::MagmaPackage &p : magma.pytorchPackages)
            QVERIFY2(p.source.startsWith(QStringLiteral("https://")), qPrintable(p.package));
        QVERIFY(magma.pytorchSource.startsWith(QStringLiteral("https://github.com/pytorch/pytorch/blob/v")));
        QCOMPARE(magma.condaForgePackage, QStringLiteral("libmagma"));
    }

    void misnamedMagmaPackageIsRefused()
    {
        QMap<QString, QByteArray> files;
        for (const QString &name : matrix::Matrix::fileNames()) {
            QFile f(QStringLiteral(":/matrix/") + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            files.insert(name, f.readAll());
        }
        QByteArray &tools = files[QStringLiteral("tools.json")];
        QVERIFY(tools.contains("\"package\": \"magma-cuda124\""));
        tools.replace("\"package\": \"magma-cuda124\"", "\"package\": \"magma-cuda12\"");
        const auto loaded = matrix::Matrix::load(files);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().toText().contains(QStringLiteral("magma-cuda124")),
                 qPrintable(loaded.error().toText()));
    }

    void testNnStageRunsTheTreesTest()
    {
        auto s = source(QStringLiteral("2.5.1"), QStringLiteral("12.4"));
        s.extras << QStringLiteral("test-nn");
        QVERIFY(!s.validate(matrix::Matrix::builtin().value()));
        const auto outcome = planFor(condaMachine(), s);
        QVERIFY2(outcome.plan, outcome.error ? qPrintable(outcome.error->toText()) : "");
        const plan::Plan &plan = *outcome.plan;
        QCOMPARE(plan.stages.constLast().id, QStringLiteral("test-nn")); // after verify, on the result
        const plan::Stage &stage = plan.stages.constLast();
        QCOMPARE(stage.title, plan::stageTitle(plan::StageTitle::TestNn));
        const plan::Step &run = stage.steps.constLast();
        QCOMPARE(run.argv.value(1), QStringLiteral("test_nn.py"));
        QCOMPARE(run.cwd, QStringLiteral("/opt/dl/src/pytorch/test")); // not the tree root: its torch/ would shadow
        QVERIFY(run.env.value(QStringLiteral("CUDA_HOME")).startsWith(u'/'));
        QVERIFY(outcome.stageMinutes.value(QStringLiteral("test-nn")) > 0);
        // Without the extra, no such stage.
        QCOMPARE(planFor(condaMachine(), source(QStringLiteral("2.5.1"), QStringLiteral("12.4")))
                     .plan->stageIndex(QStringLiteral("test-nn")),
                 -1);
    }

    void testNnRefusedOnWheels()
    {
        auto s = source(QStringLiteral("2.5.1"), QStringLiteral("12.4"));
        s.route = matrix::Route::Prebuilt;
        s.extras << QStringLiteral("test-nn");
        const auto problem = s.validate(matrix::Matrix::builtin().value());
        QVERIFY(problem);
        QVERIFY2(problem->summary.contains(QStringLiteral("source tree")), qPrintable(problem->summary));
        QVERIFY2(problem->remedy.contains(QStringLiteral("--route source")), qPrintable(problem->remedy));
    }
};

QTEST_GUILESS_MAIN(TestSourceBuildExtras)
#include "tst_sourcebuildextras.moc"
