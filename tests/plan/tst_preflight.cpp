// SPDX-License-Identifier: GPL-3.0-or-later
// preflight(): what stops an install before it changes anything (a blocked selection, no
// plan, a plan for another machine, a prefix that cannot take it) and what does not (a
// warning); and the activation command a plan's install leaves, the one the Finish page
// and the CLI print.
#include "core/matrix/matrix.h"
#include "core/plan/activation.h"
#include "core/plan/planner.h"
#include "core/plan/preflight.h"
#include "tests/plan/plannerprofiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

test::MachineSpec rtx3060()
{
    test::MachineSpec m;
    m.gpu = QStringLiteral("NVIDIA GeForce RTX 3060");
    m.cc = QStringLiteral("8.6");
    m.driver = QStringLiteral("560.35.03");
    m.driverCuda = QStringLiteral("12.6");
    return m;
}

matrix::Selection wheels(const QString &cudaVersion)
{
    matrix::Selection s;
    s.torch = QStringLiteral("2.5.1");
    s.cuda = cudaVersion;
    s.python = QStringLiteral("3.11");
    return s;
}

plan::PlanOutcome planned(const test::MachineSpec &m, const matrix::Selection &s, const QString &prefix)
{
    return plan::Planner(matrix::Matrix::builtin().value()).plan(test::machine(m), s, {prefix, {}});
}

QStringList ids(const QList<matrix::Finding> &findings, matrix::Severity severity)
{
    QStringList out;
    for (const matrix::Finding &f : findings)
        if (f.severity == severity)
            out << f.id;
    return out;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private slots:
    void fineSelectionPasses()
    {
        QTemporaryDir dir;
        const auto findings = plan::preflight(
            {planned(rtx3060(), wheels(QStringLiteral("12.4")), dir.filePath(QStringLiteral("dl"))), {}});
        QVERIFY2(!matrix::hasBlocker(findings), qPrintable(ids(findings, matrix::Severity::Blocker).join(u',')));
    }

    void blockedSelectionStops()
    {
        test::MachineSpec old = rtx3060();
        old.driver = QStringLiteral("450.57");
        old.driverCuda = QStringLiteral("11.0");
        QTemporaryDir dir;
        const auto outcome = planned(old, wheels(QStringLiteral("12.4")), dir.filePath(QStringLiteral("dl")));
        QVERIFY(!outcome.plan);
        const auto findings = plan::preflight({outcome, {}});
        QVERIFY(matrix::hasBlocker(findings));
        QVERIFY2(ids(findings, matrix::Severity::Blocker).contains(QStringLiteral("driver_too_old")),
                 qPrintable(ids(findings, matrix::Severity::Blocker).join(u',')));
        QVERIFY(!ids(findings, matrix::Severity::Blocker)
                     .contains(QStringLiteral("no_plan"))); // the reason, not a vaguer one
    }

    void noPlanStops()
    {
        plan::PlanOutcome outcome;
        outcome.error =
            support::Error{QStringLiteral("The plan file is half written."), {}, QStringLiteral("Export it again.")};
        const auto findings = plan::preflight({outcome, {}});
        QCOMPARE(ids(findings, matrix::Severity::Blocker), QStringList{QStringLiteral("no_plan")});
        QCOMPARE(findings.constFirst().remedy, QStringLiteral("Export it again."));
    }

    // A set PYTHONPATH leaks the packages it names into every step of the install and into the
    // new environment: a warning with the remedy, not a blocker; unset or empty, nothing is said.
    void pythonPathIsAWarning_data()
    {
        QTest::addColumn<QString>("pythonPath"); // "-": not in the environment at all
        QTest::addColumn<bool>("warned");
        QTest::newRow("set") << QStringLiteral("/home/u/.local/lib/python3.8/site-packages:/opt/ros/lib/python3")
                             << true;
        QTest::newRow("unset") << QStringLiteral("-") << false;
        QTest::newRow("set but empty") << QString() << false;
    }

    void pythonPathIsAWarning()
    {
        QFETCH(QString, pythonPath);
        QFETCH(bool, warned);
        QTemporaryDir dir;
        QMap<QString, QString> env{{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")}};
        if (pythonPath != u"-")
            env.insert(QStringLiteral("PYTHONPATH"), pythonPath);
        const auto outcome = planned(rtx3060(), wheels(QStringLiteral("12.4")), dir.filePath(QStringLiteral("dl")));
        const auto findings = plan::preflight({outcome, {}, env});
        QVERIFY(!matrix::hasBlocker(findings));
        QCOMPARE(ids(findings, matrix::Severity::Warning).contains(QStringLiteral("pythonpath_set")), warned);
        for (const matrix::Finding &f : findings) {
            if (f.id != u"pythonpath_set")
                continue;
            QVERIFY2(f.message.contains(pythonPath), qPrintable(f.message));
            QVERIFY2(f.remedy.contains(QStringLiteral("unset PYTHONPATH")), qPrintable(f.remedy));
            QCOMPARE(f.facts.value(u"pythonpath").toString(), pythonPath);
        }
        // A plan for another machine is not installed here: this shell's PYTHONPATH does not matter.
        const auto elsewhere = plan::preflight({outcome, QStringLiteral("NVIDIA TITAN Xp"), env});
        QVERIFY(!ids(elsewhere, matrix::Severity::Warning).contains(QStringLiteral("pythonpath_set")));
    }

    // installEnvironment() is this process's environment, the one `dlstack install` passes on.
    void installEnvironmentIsTheProcesss()
    {
        qputenv("DLSTACK_TEST_PREFLIGHT_VAR", "seen");
        QCOMPARE(plan::installEnvironment().value(QStringLiteral("DLSTACK_TEST_PREFLIGHT_VAR")),
                 QStringLiteral("seen"));
        qunsetenv("DLSTACK_TEST_PREFLIGHT_VAR");
        QVERIFY(!plan::installEnvironment().contains(QStringLiteral("DLSTACK_TEST_PREFLIGHT_VAR")));
    }

    void planForAnotherMachineStops()
    {
        QTemporaryDir dir;
        const auto findings =
            plan::preflight({planned(rtx3060(), wheels(QStringLiteral("12.4")), dir.filePath(QStringLiteral("dl"))),
                             QStringLiteral("NVIDIA TITAN Xp")});
        QVERIFY(ids(findings, matrix::Severity::Blocker).contains(QStringLiteral("planned_elsewhere")));
    }

    void unwritablePrefixStops()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        if (QFileInfo(dir.path()).isWritable())
            QSKIP("running as root: every folder is writable");
        const auto findings = plan::preflight(
            {planned(rtx3060(), wheels(QStringLiteral("12.4")), dir.filePath(QStringLiteral("dl"))), {}});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(ids(findings, matrix::Severity::Blocker).contains(QStringLiteral("install_target")));
    }

    void missingMirrorDirectoryStops()
    {
        QTemporaryDir dir;
        const auto outcome =
            plan::Planner(matrix::Matrix::builtin().value())
                .plan(test::machine(rtx3060()), wheels(QStringLiteral("12.4")),
                      {dir.filePath(QStringLiteral("dl")), dir.filePath(QStringLiteral("no-such-bundle"))});
        QVERIFY(outcome.plan);
        const auto findings = plan::preflight({outcome, {}});
        QVERIFY(ids(findings, matrix::Severity::Blocker).contains(QStringLiteral("install_target")));
        QVERIFY2(findings.constLast().remedy.contains(QStringLiteral("dlstack bundle")),
                 qPrintable(findings.constLast().remedy));
    }

    void activationCommandSourcesThePlansScript()
    {
        const auto outcome = planned(rtx3060(), wheels(QStringLiteral("12.4")), QStringLiteral("/opt/dl"));
        QVERIFY(outcome.plan);
        QCOMPARE(plan::activationScript(*outcome.plan), QStringLiteral("/opt/dl/activate"));
        QCOMPARE(plan::activationCommand(*outcome.plan), QStringLiteral("source /opt/dl/activate"));
        const auto spaced = planned(rtx3060(), wheels(QStringLiteral("12.4")), QStringLiteral("/opt/my dl"));
        QCOMPARE(plan::activationCommand(*spaced.plan), QStringLiteral("source '/opt/my dl/activate'"));
        plan::Plan handWritten; // a plan file with its own script
        handWritten.prefix = QStringLiteral("/opt/x");
        plan::Stage stage;
        plan::Step script;
        script.kind = plan::Step::Kind::WriteFile;
        script.path = QStringLiteral("env/activate.sh"); // relative: under the prefix
        stage.steps << script;
        handWritten.stages << stage;
        QCOMPARE(plan::activationCommand(handWritten), QStringLiteral("source /opt/x/env/activate.sh"));
        plan::Plan bare; // a hand-written plan without an activation script
        bare.prefix = QStringLiteral("/opt/x");
        QVERIFY(plan::activationCommand(bare).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
