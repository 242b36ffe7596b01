// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/version.h"

#include <QTest>

using dlstack::support::Version;

class TestVersion : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("numbers");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("cuda") << "12.1"
                              << "12.1"
                              << "";
        QTest::newRow("driver") << "535.104.05"
                                << "535.104.5"
                                << "";
        QTest::newRow("torch local") << "2.4.1+cu121"
                                     << "2.4.1"
                                     << "+cu121";
        QTest::newRow("rocm info") << "5.7.1-98"
                                   << "5.7.1"
                                   << "-98";
        QTest::newRow("v prefix") << "v2.1.0"
                                  << "2.1.0"
                                  << "";
        QTest::newRow("rc") << "2.5.0rc1"
                            << "2.5.0"
                            << "rc1";
        QTest::newRow("trailing dot") << "3."
                                      << "3"
                                      << ".";
        QTest::newRow("absurd") << "99999999999999.1"
                                << "999999999.1"
                                << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, numbers);
        QFETCH(QString, suffix);
        const auto v = Version::parse(text);
        QVERIFY(v.has_value());
        QCOMPARE(v->toString(), numbers);
        QCOMPARE(v->suffix(), suffix);
    }
    void rejects()
    {
        QVERIFY(!Version::parse(u"").has_value());
        QVERIFY(!Version::parse(u"abc").has_value());
        QVERIFY(!Version::parse(u"N/A").has_value());
    }
    void compare()
    {
        QVERIFY(*Version::parse(u"12.10") > *Version::parse(u"12.9"));
        QVERIFY(*Version::parse(u"12.1") == *Version::parse(u"12.1.0"));
        QVERIFY(*Version::parse(u"535.104.05") > *Version::parse(u"535.54.03"));
        QCOMPARE(dlstack::support::compareVersions(u"2.4.1+cu121", u"2.4.1"), 0);
        QCOMPARE(dlstack::support::compareVersions(u"x", u"1"), -1);
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
