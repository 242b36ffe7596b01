// SPDX-License-Identifier: GPL-3.0-or-later
// A development install (--develop): the torch source step installs editable
// (`pip install --no-build-isolation -v -e .`) and the plan says so in a note naming
// `dlstack rebuild`; plan::developBuild finds that step and refuses plans without one; the
// selection keeps the choice in its JSON and refuses it on the prebuilt route, also through a
// real `dlstack plan` process (exit 2).
#include "core/matrix/matrix.h"
#include "core/plan/developbuild.h"
#include "core/plan/planloader.h"
#include "core/plan/planner.h"
#include "tests/plan/plannerprofiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

matrix::Selection source(bool develop)
{
    matrix::Selection s;
    s.torch = QStringLiteral("2.5.1");
    s.cuda = QStringLiteral("12.4");
    s.route = matrix::Route::Source;
    s.python = QStringLiteral("3.11");
    s.develop = develop;
    return s;
}

plan::PlanOutcome planFor(const matrix::Selection &s)
{
    return plan::Planner(matrix::Matrix::builtin().value())
        .plan(test::machine(test::rtx3090Driver580()), s, {QStringLiteral("/opt/dl"), {}});
}

// The pip build step of torch in the pytorch-source stage.
const plan::Step *torchBuild(const plan::Plan &plan)
{
    const int at = plan.stageIndex(QStringLiteral("pytorch-source"));
    if (at < 0)
        return nullptr;
    for (const plan::Step &step : plan.stages.at(at).steps)
        if (step.argv.contains(QStringLiteral("--no-build-isolation")) && step.undo.contains(QStringLiteral("torch")))
            return &step;
    return nullptr;
}

} // namespace

class TstDevelopInstall : public QObject
{
    Q_OBJECT

private slots:
    void editableBuildAndNote()
    {
        const plan::PlanOutcome outcome = planFor(source(true));
        QVERIFY2(outcome.plan, outcome.error ? qPrintable(outcome.error->toText()) : "no plan");
        const plan::Step *build = torchBuild(*outcome.plan);
        QVERIFY(build);
        const QStringList tail = build->argv.mid(build->argv.indexOf(QStringLiteral("install")) + 1);
        QCOMPARE(tail, (QStringList{QStringLiteral("--no-build-isolation"), QStringLiteral("-v"), QStringLiteral("-e"),
                                    QStringLiteral(".")}));
        QCOMPARE(build->cwd, QStringLiteral("/opt/dl/src/pytorch"));
        QVERIFY(build->env.contains(QStringLiteral("MAX_JOBS")));
        QVERIFY(build->env.contains(QStringLiteral("TORCH_CUDA_ARCH_LIST")));
        const QString notes = outcome.notes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("installed editable from /opt/dl/src/pytorch")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("dlstack rebuild /opt/dl")), qPrintable(notes));

        // rebuild finds this step: the tree does not exist here, which is the refusal it gets.
        const auto found = plan::developBuild(*outcome.plan);
        QVERIFY(!found.ok());
        QVERIFY2(found.error().summary.contains(QStringLiteral("is gone")), qPrintable(found.error().summary));
        QTemporaryDir dir;
        plan::Plan moved = *outcome.plan;
        const int at = moved.stageIndex(QStringLiteral("pytorch-source"));
        for (plan::Step &step : moved.stages[at].steps)
            if (step.cwd == u"/opt/dl/src/pytorch")
                step.cwd = dir.path();
        const auto there = plan::developBuild(moved);
        QVERIFY2(there.ok(), there.ok() ? "" : qPrintable(there.error().toText()));
        QCOMPARE(there.value().stage, QStringLiteral("pytorch-source"));
        QCOMPARE(moved.stages[at].steps.at(there.value().step).argv, build->argv);
        QCOMPARE(there.value().sourceDir, dir.path());
    }

    void withoutDevelopNothingChanges()
    {
        const plan::PlanOutcome outcome = planFor(source(false));
        QVERIFY(outcome.plan);
        const plan::Step *build = torchBuild(*outcome.plan);
        QVERIFY(build);
        QVERIFY(!build->argv.contains(QStringLiteral("-e")));
        QCOMPARE(build->argv.constLast(), QStringLiteral("."));
        QVERIFY(!outcome.notes.join(u'\n').contains(QStringLiteral("dlstack rebuild")));
        const auto found = plan::developBuild(*outcome.plan);
        QVERIFY(!found.ok());
        QVERIFY2(found.error().summary.contains(QStringLiteral("without --develop")),
                 qPrintable(found.error().summary));
    }

    void prebuiltPlanHasNoDevelopBuild()
    {
        matrix::Selection s = source(false);
        s.route = matrix::Route::Prebuilt;
        const plan::PlanOutcome outcome = planFor(s);
        QVERIFY(outcome.plan);
        const auto found = plan::developBuild(*outcome.plan);
        QVERIFY(!found.ok());
        QVERIFY2(found.error().summary.contains(QStringLiteral("builds no PyTorch from source")),
                 qPrintable(found.error().summary));
    }

    void selectionKeepsAndChecksDevelop()
    {
        const auto &matrix = matrix::Matrix::builtin().value();
        const matrix::Selection s = source(true);
        QVERIFY(!s.validate(matrix));
        const auto back = matrix::Selection::fromJson(s.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value().develop);
        QVERIFY(!matrix::Selection::fromJson(source(false).toJson()).value().develop);

        QJsonObject json = s.toJson();
        QJsonObject build = json.value(QStringLiteral("build")).toObject();
        build.insert(QStringLiteral("develop"), QStringLiteral("yes"));
        json.insert(QStringLiteral("build"), build);
        QVERIFY(!matrix::Selection::fromJson(json).ok());

        matrix::Selection prebuilt = s;
        prebuilt.route = matrix::Route::Prebuilt;
        const auto refused = prebuilt.validate(matrix);
        QVERIFY(refused);
        QVERIFY2(refused->remedy.contains(QStringLiteral("--route source")), qPrintable(refused->toText()));
        QVERIFY(planFor(prebuilt).error);
    }

    // The real `dlstack plan` process: refused on the prebuilt route (exit 2, nothing written);
    // on the source route the written plan installs editable and stderr carries the note.
    void planProcess_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("prebuilt: refused")
            << QStringLiteral("prebuilt") << 2 << QStringLiteral("prebuilt wheels have no source tree");
        QTest::newRow("source: editable") << QStringLiteral("source") << 0 << QStringLiteral("dlstack rebuild");
    }
    void planProcess()
    {
        QFETCH(QString, route);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile.json"));
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(test::machine(test::rtx3090Driver580()).toJson()).toJson());
        }
        const QString out = dir.filePath(QStringLiteral("plan.json"));
        const auto run = test::runProgram(
            QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
            {QStringLiteral("plan"), QStringLiteral("--profile"), profile, QStringLiteral("--prefix"),
             dir.filePath(QStringLiteral("p")), QStringLiteral("--torch"), QStringLiteral("2.5.1"),
             QStringLiteral("--cuda"), QStringLiteral("12.4"), QStringLiteral("--python"), QStringLiteral("3.11"),
             QStringLiteral("--route"), route, QStringLiteral("--develop"), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(QFile::exists(out), exitCode == 0);
        if (exitCode == 0) {
            const auto written = plan::loadPlanFile(out);
            QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toText()));
            const plan::Step *build = torchBuild(written.value());
            QVERIFY(build);
            QVERIFY(plan::isEditableInstall(*build));
        }
    }
};

QTEST_GUILESS_MAIN(TstDevelopInstall)
#include "tst_developinstall.moc"
