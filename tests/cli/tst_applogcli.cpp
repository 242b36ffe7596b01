// SPDX-License-Identifier: GPL-3.0-or-later
// The built `dlstack` writes its own log under $XDG_STATE_HOME/dlstack (start and exit of
// each command, never its arguments), and runs normally, with one warning on stderr, when
// that directory cannot be written.
#include "tests/support/testsupport.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestAppLogCli)
#include "tst_applogcli.moc"
