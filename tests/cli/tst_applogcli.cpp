// SPDX-License-Identifier: GPL-3.0-or-later
// The built `dlstack` writes its own log under $XDG_STATE_HOME/dlstack (start and exit of
// each command, never its arguments), and runs normally, with one warning on stderr, when
// that directory cannot be written; `dlstack-wizard` writes its own, Qt's messages included.
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDlstack = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");

} // namespace

class TestAppLogCli : public QObject
{
    Q_OBJECT
private slots:
    void writesItsOwnLog()
    {
        QTemporaryDir dir;
        const auto run = dlstack::test::runProgram(kDlstack, {QStringLiteral("--version")}, {}, 60000,
                                                   {{QStringLiteral("XDG_STATE_HOME"), dir.path()}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QFile log(dir.filePath(QStringLiteral("dlstack/dlstack.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains(" started: --version") && text.contains("] [info] dlstack "), text.constData());
        QVERIFY2(text.contains("] [info] dlstack --version exits with 0"), text.constData());
    }

    void unwritableStateDirectoryIsOneWarning()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto run = dlstack::test::runProgram(kDlstack, {QStringLiteral("--version")}, {}, 60000,
                                                   {{QStringLiteral("XDG_STATE_HOME"), blocker.fileName()}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("dlstack "));
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).contains("dlstack.log cannot be written"), lines.at(0).constData());
        QVERIFY(lines.at(0).contains("continuing without it"));
    }

    // The log inspector's timing lines are Qt messages of the category dlstack.loginspector:
    // with it enabled they reach the wizard's file as they reach stderr.
    void wizardRoutesQtMessagesIntoItsLog()
    {
#ifndef DLSTACK_WIZARD
        QSKIP("built without the wizard");
#else
        QTemporaryDir dir;
        QProcess wizard;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dlstack.loginspector.info=true"));
        wizard.setProcessEnvironment(env);
        wizard.start(QStringLiteral(DLSTACK_WIZARD),
                     {QStringLiteral("--log"),
                      QStringLiteral(DLSTACK_FIXTURES
                                     "/diagnosis/host_compiler_unsupported/ninja-gcc12-cuda11-ninja-stopped.log")});
        QVERIFY(wizard.waitForStarted());
        QFile log(dir.filePath(QStringLiteral("dlstack/dlstack-wizard.log")));
        QByteArray text;
        const bool diagnosed = QTest::qWaitFor(
            [&] {
                if (log.open(QIODevice::ReadOnly)) {
                    text = log.readAll();
                    log.close();
                }
                return text.contains("dlstack.loginspector: diagnosed");
            },
            30000);
        wizard.kill();
        wizard.waitForFinished();
        QVERIFY2(diagnosed, text.constData());
        QVERIFY(text.contains("] [info] dlstack-wizard ") && text.contains(" started"));
        QVERIFY(text.contains("] [info] dlstack.loginspector: indexed "));
#endif
    }
};

QTEST_GUILESS_MAIN(TestAppLogCli)
#include "tst_applogcli.moc"
