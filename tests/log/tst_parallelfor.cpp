// SPDX-License-Identifier: GPL-3.0-or-later
// ParallelFor: every index of a batch runs exactly once, batch after batch on the same
// threads, each worker number on one thread at a time; the caller takes part as worker 0.
#include "core/log/parallelfor.h"

#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using dlstack::log::ParallelFor;

class TestParallelFor : public QObject
{
    Q_OBJECT

private slots:
    void everyIndexOnceInEveryBatch()
    {
        ParallelFor workers(4);
        QCOMPARE(workers.threads(), std::size_t(4));
        for (std::size_t count : {std::size_t(0), std::size_t(1), std::size_t(3), std::size_t(17), std::size_t(1000)}) {
            for (int batch = 0; batch < 50; ++batch) {
                std::vector<std::atomic_int> seen(count);
                workers.run(count, [&](std::size_t worker, std::size_t i) {
                    QVERIFY(worker < 4);
                    seen[i].fetch_add(1);
                });
                for (std::size_t i = 0; i < count; ++i)
                    QCOMPARE(seen[i].load(), 1);
            }
        }
    }

    void workersAreThreadsOfTheirOwn()
    {
        ParallelFor workers(3);
        std::vector<std::atomic_int> inside(3);
        std::atomic_bool overlapped{false};
        std::mutex lock;
        std::set<std::thread::id> threadsOfZero;
        for (int batch = 0; batch < 20; ++batch) {
            workers.run(64, [&](std::size_t worker, std::size_t) {
                if (inside[worker].fetch_add(1) != 0)
                    overlapped = true; // one worker number ran twice at once
                if (worker == 0) {
                    const std::lock_guard guard(lock);
                    threadsOfZero.insert(std::this_thread::get_id());
                }
                std::this_thread::sleep_for(std::chrono::microseconds(50));
                inside[worker].fetch_sub(1);
            });
        }
        QVERIFY(!overlapped);
        QCOMPARE(threadsOfZero.size(), std::size_t(1));
        QCOMPARE(*threadsOfZero.begin(), std::this_thread::get_id()); // the caller is worker 0
    }

    void oneThreadRunsInTheCaller()
    {
        ParallelFor alone(1);
        std::vector<std::size_t> order;
        alone.run(5, [&](std::size_t worker, std::size_t i) {
            QCOMPARE(worker, std::size_t(0));
            order.push_back(i);
        });
        QCOMPARE(order, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestParallelFor)
#include "tst_parallelfor.moc"
