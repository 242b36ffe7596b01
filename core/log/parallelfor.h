// SPDX-License-Identifier: GPL-3.0-or-later
// A fixed set of threads that share out the indices of one batch of work, then wait for the
// next batch: the diagnosis scans each 4 MiB block of a log in pieces on all of them, and
// starting threads for every block cost more than the scan of a piece on a many-core machine.
//   ParallelFor workers(4);
//   workers.run(pieces.size(), [&](std::size_t worker, std::size_t i) { scan(pieces[i], scanners[worker]); });
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dlstack::log {

class ParallelFor
{
public:
    using Job = std::function<void(std::size_t worker, std::size_t index)>;

    // threads >= 1: the caller of run() is worker 0, threads - 1 helpers are started here.
    explicit ParallelFor(std::size_t threads);
    ~ParallelFor();
    ParallelFor(const ParallelFor &) = delete;
    ParallelFor &operator=(const ParallelFor &) = delete;

    std::size_t threads() const { return m_threads.size() + 1; }
    // Calls job once for every index in [0, count), each on some worker, and returns when all
    // calls have returned. Not reentrant: one batch at a time.
    void run(std::size_t count, const Job &job);

private:
    void helper(std::size_t worker);
    void work(std::size_t worker);

    std::vector<std::thread> m_threads;
    std::mutex m_lock;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const Job *m_job = nullptr;
    std::size_t m_count = 0;
    std::size_t m_next = 0;    // the next index to hand out
    std::size_t m_running = 0; // helpers still in the current batch
    std::size_t m_batch = 0;   // increases with every run()
    bool m_stop = false;
};

} // namespace dlstack::log
