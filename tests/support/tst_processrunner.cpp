// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessRunner against real programs: output capture, exit codes, a missing program,
// and a hanging program stopped at its timeout.
#include "core/support/processexplainer.h"
#include "core/support/processrunner.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dlstack::support;

class TestProcessRunner : public QObject
{
    Q_OBJECT
private slots:
    void capturesOutput()
    {
        ProcessRunner runner;
        const auto r = runner.run(
            {QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")}});
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
        QVERIFY(!r.succeeded());
        QVERIFY(explainProcessFailure({QStringLiteral("sh")}, r).summary.contains(QStringLiteral("exit code 3")));
    }
    void missingProgram()
    {
        ProcessRunner runner;
        const auto r = runner.run({QStringLiteral("dlstack-no-such-program")});
        QCOMPARE(r.status, CommandResult::Status::NotFound);
        QVERIFY(explainProcessFailure({QStringLiteral("dlstack-no-such-program")}, r)
                    .summary.contains(QStringLiteral("not found")));
    }
    void timeoutKills()
    {
        ProcessRunner runner;
        Command c{QStringLiteral("sleep"), {QStringLiteral("30")}};
        c.timeout = std::chrono::milliseconds(300);
        QElapsedTimer t;
        t.start();
        const auto r = runner.run(c);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(t.elapsed() < 5000);
    }
    void envAndCwd()
    {
        ProcessRunner runner;
        Command c{QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $DLSTACK_X; pwd")}};
        c.env.insert(QStringLiteral("DLSTACK_X"), QStringLiteral("hello"));
        c.cwd = QStringLiteral("/tmp");
        const auto r = runner.run(c);
        QCOMPARE(r.out, QByteArray("hello\n/tmp\n"));
    }
    void outputCap()
    {
        ProcessRunner runner(1000);
        const auto r =
            runner.run({QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("head -c 100000 /dev/zero")}});
        QVERIFY(r.succeeded());
        QCOMPARE(r.out.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
