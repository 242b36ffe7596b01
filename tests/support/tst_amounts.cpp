// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes and shares in the locale's numbers: a decimal comma in German and French, grouping
// of thousands, the space before % where those languages write one.
#include "core/support/amounts.h"

#include <QTest>

using namespace dlstack;

class TstAmounts : public QObject
{
    Q_OBJECT

private slots:
    void sizes()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale fr(QLocale::French, QLocale::France);
        QCOMPARE(support::mibText(850, en), QStringLiteral("850 MiB"));
        QCOMPARE(support::mibText(2867, en), QStringLiteral("2.8 GiB"));
        QCOMPARE(support::mibText(2867, de), QStringLiteral("2,8 GiB"));
        QCOMPARE(support::mibText(2867, fr), QStringLiteral("2,8 GiB"));
        QCOMPARE(support::mibText(1024 * 1200, de), QStringLiteral("1.200,0 GiB"));
    }

    void shares()
    {
        QCOMPARE(support::percentText(0.456, QLocale(QLocale::English)), QStringLiteral("46%"));
        QCOMPARE(support::percentText(0.456, QLocale(QLocale::German)), QStringLiteral("46\u00a0%"));
        QCOMPARE(support::percentText(1.0, QLocale(QLocale::French)), QStringLiteral("100\u00a0%"));
    }

    void durations()
    {
        QCOMPARE(support::aboutMinutesText(8), QStringLiteral("about 8 minutes"));
        QCOMPARE(support::aboutMinutesText(1), QStringLiteral("about 1 minute"));
        QCOMPARE(support::aboutMinutesText(0), QStringLiteral("about 1 minute"));
        QCOMPARE(support::aboutMinutesText(480), QStringLiteral("about 8 hours"));
    }
};

QTEST_GUILESS_MAIN(TstAmounts)
#include "tst_amounts.moc"
