// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack-wizard answers on the terminal without a window: --help and --version print and
// exit 0, an unknown option or a missing file exits 2 naming it, and without a display it
// says so (exit 2) instead of aborting in the window system.
#include "tests/support/testsupport.h"

#include <QTest>

using namespace dlstack;

namespace {

const QString kWizard = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack-wizard");
// No display of any kind: what a login over plain SSH has.
const QMap<QString, QString> kNoDisplay{{QStringLiteral("DISPLAY"), QString()},
                                        {QStringLiteral("WAYLAND_DISPLAY"), QString()},
                                        {QStringLiteral("QT_QPA_PLATFORM"), QString()}};

} // namespace

class TstWizardCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const auto help = test::runProgram(kWizard, {QStringLiteral("--help")}, {}, 30000, kNoDisplay);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Usage: dlstack-wizard"), help.out.constData());
        QVERIFY(help.out.contains("--plan FILE"));
        const auto version = test::runProgram(kWizard, {QStringLiteral("--version")}, {}, 30000, kNoDisplay);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("dlstack-wizard " DLSTACK_VERSION), version.out.constData());
    }

    void badArguments()
    {
        const auto unknown = test::runProgram(kWizard, {QStringLiteral("--frobnicate")}, {}, 30000, kNoDisplay);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("--frobnicate"));
        const auto noFile = test::runProgram(kWizard, {QStringLiteral("--log")}, {}, 30000, kNoDisplay);
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains("--log"));
    }

    void withoutADisplayItSaysSo()
    {
        const auto run = test::runProgram(kWizard, {}, {}, 30000, kNoDisplay);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("DISPLAY"), run.err.constData());
        QVERIFY(run.err.contains("dlstack --help"));
    }
};

QTEST_GUILESS_MAIN(TstWizardCli)
#include "tst_wizardcli.moc"
