// SPDX-License-Identifier: GPL-3.0-or-later
// Every verb's --help: exit 0, "Usage: dlstack VERB" (not the binary's path), its options,
// and none of Qt's own --help-all; and messages in the user's language.
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

class TstCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void everyVerb_data()
    {
        QTest::addColumn<QString>("verb");
        const auto list =
            test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), {QStringLiteral("--help")});
        QCOMPARE(list.exitCode, 0);
        bool inCommands = false;
        int verbs = 0;
        for (const QByteArray &line : list.out.split('\n')) {
            if (line.startsWith("Commands:")) {
                inCommands = true;
                continue;
            }
            if (inCommands && line.startsWith("  ")) {
                const QString verb = QString::fromUtf8(line.trimmed().split(' ').first());
                QTest::newRow(qPrintable(verb)) << verb;
                ++verbs;
            } else if (inCommands && line.trimmed().isEmpty()) {
                break;
            }
        }
        QVERIFY2(verbs >= 12, list.out.constData());
    }

    void everyVerb()
    {
        QFETCH(QString, verb);
        const auto run =
            test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), {verb, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: dlstack " + verb.toUtf8() + ' '), run.out.constData());
        QVERIFY2(run.out.contains("--help"), run.out.constData());
        QVERIFY(!run.out.contains("--help-all"));
        QVERIFY(run.out.count('\n') >= 4); // more than a usage line
    }

    // In German the engine's own messages are German too (their strings sit in the
    // translation under the helper's context "Tr"; the translator finds them there).
    void engineMessagesAreTranslated()
    {
        QTemporaryDir dir;
        const auto run = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                          {QStringLiteral("rollback"), QStringLiteral("--prefix"), dir.path(),
                                           QStringLiteral("--all"), QStringLiteral("--yes")},
                                          {}, 30000,
                                          {{QStringLiteral("LANGUAGE"), QStringLiteral("de")},
                                           {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("gibt es kein Installationsjournal")),
                 run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliHelp)
#include "tst_clihelp.moc"
