// SPDX-License-Identifier: GPL-3.0-or-later
// Progress parsers on real output lines of ninja, make, git, pip and conda.
#include "core/engine/progressparser.h"

#include <QTest>

using namespace dlstack::engine;

class TstProgressParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("parser");
        QTest::addColumn<QString>("line");
        QTest::addColumn<double>("expected"); // -1: no reading
        QTest::newRow("ninja") << QStringLiteral("ninja")
                               << QStringLiteral(
                                      "[57/1203] Building CXX object c10/CMakeFiles/c10.dir/core/Allocator.cpp.o")
                               << 57.0 / 1203;
        QTest::newRow("ninja done") << QStringLiteral("ninja") << QStringLiteral("[2/2] Linking C executable b") << 1.0;
        QTest::newRow("ninja garbage") << QStringLiteral("ninja") << QStringLiteral("[5/0] x") << -1.0;
        QTest::newRow("ninja over") << QStringLiteral("ninja") << QStringLiteral("[9/3] x") << -1.0;
        QTest::newRow("make") << QStringLiteral("make") << QStringLiteral("[ 45%] Building CXX object src/main.cpp.o")
                              << 0.45;
        QTest::newRow("cmake via make") << QStringLiteral("cmake") << QStringLiteral("[100%] Built target demo") << 1.0;
        QTest::newRow("cmake configure") << QStringLiteral("cmake") << QStringLiteral("-- Configuring done") << -1.0;
        QTest::newRow("git receiving") << QStringLiteral("git")
                                       << QStringLiteral("Receiving objects:  50% (500/1000), 1.20 MiB | 2.00 MiB/s")
                                       << 0.45;
        QTest::newRow("git resolving") << QStringLiteral("git")
                                       << QStringLiteral("Resolving deltas: 100% (80/80), done.") << 1.0;
        QTest::newRow("pip bytes") << QStringLiteral("pip")
                                   << QString::fromUtf8("   \xe2\x94\x81\xe2\x94\x81 5.0/10.0 MB 3.1 MB/s eta 0:00:02")
                                   << 0.5;
        QTest::newRow("pip building") << QStringLiteral("pip")
                                      << QStringLiteral("  Building wheel for demo (setup.py) ... done") << -1.0;
        QTest::newRow("pip done") << QStringLiteral("pip") << QStringLiteral("Successfully installed demo-0.1") << 1.0;
        QTest::newRow("conda") << QStringLiteral("conda")
                               << QStringLiteral("pytorch-2.4.1        | 1.2 GB    | #####5     |  55%") << 0.55;
        QTest::newRow("unknown parser") << QStringLiteral("bazel") << QStringLiteral("[1/2] x") << -1.0;
        QTest::newRow("binary") << QStringLiteral("ninja") << QString::fromLatin1("\x01\x02[\xff") << -1.0;
    }

    void parses()
    {
        QFETCH(QString, parser);
        QFETCH(QString, line);
        QFETCH(double, expected);
        const auto got = parseProgressLine(parser, line);
        if (expected < 0) {
            QVERIFY(!got.has_value());
        } else {
            QVERIFY(got.has_value());
            QVERIFY2(qAbs(*got - expected) < 1e-9, qPrintable(QString::number(*got)));
        }
    }
};

QTEST_GUILESS_MAIN(TstProgressParser)
#include "tst_progressparser.moc"
