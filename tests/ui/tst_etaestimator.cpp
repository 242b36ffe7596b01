// SPDX-License-Identifier: GPL-3.0-or-later
// EtaEstimator: no estimate before 2 % and 5 s of work, an estimate from the pace after, none
// while the fraction stands still (pip retrying an unreachable index) and again once it moves;
// a pause counts as no more than the stall time of work.
#include "ui/wizard/etaestimator.h"

#include <QTest>

using dlstack::ui::EtaEstimator;

class TstEtaEstimator : public QObject
{
    Q_OBJECT
private slots:
    void honestOnly()
    {
        EtaEstimator eta(20000);
        eta.start(0);
        QVERIFY(!eta.secondsLeft(0));
        eta.progress(0.01, 3000);
        QVERIFY(!eta.secondsLeft(3000)); // 1 %: a guess
        eta.progress(0.10, 4000);
        QVERIFY(!eta.secondsLeft(4000)); // 4 s of work: a guess
        eta.progress(0.25, 10000);
        QCOMPARE(eta.secondsLeft(10000).value_or(-1), 30); // 10 s for a quarter: 30 s left
        QCOMPARE(eta.secondsLeft(15000).value_or(-1), 25); // counts down while working
        // pip retries: nothing moves for 20 s; no estimate, and stalled() says so.
        QVERIFY(!eta.stalled(29000));
        QVERIFY(eta.stalled(30000));
        QVERIFY(!eta.secondsLeft(30000));
        // It moves again: of the 30 s standing still only 20 s count as work (30 s for half).
        eta.progress(0.50, 40000);
        QVERIFY(!eta.stalled(40000));
        QCOMPARE(eta.secondsLeft(40000).value_or(-1), 30);
        eta.progress(0.40, 41000); // never backwards
        QCOMPARE(eta.secondsLeft(41000).value_or(-1), 29);
        eta.progress(1.0, 50000);
        QVERIFY(!eta.secondsLeft(50000));
        QVERIFY(!eta.stalled(90000));
    }
};

QTEST_MAIN(TstEtaEstimator)
#include "tst_etaestimator.moc"
