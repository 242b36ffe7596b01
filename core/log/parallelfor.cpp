// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/parallelfor.h"

namespace dlstack::log {

ParallelFor::ParallelFor(std::size_t threads)
{
    for (std::size_t w = 1; w < threads; ++w)
        m_threads.emplace_back([this, w] { helper(w); });
}

ParallelFor::~ParallelFor()
{
    {
        const std::lock_guard guard(m_lock);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

void ParallelFor::run(std::size_t count, const Job &job)
{
    if (count == 0)
        return;
    if (m_threads.empty() || count == 1) {
        for (std::size_t i = 0; i < count; ++i)
            job(0, i);
        return;
    }
    {
        const std::lock_guard guard(m_lock);
        m_job = &job;
        m_count = count;
        m_next = 0;
        m_running = m_threads.size();
        ++m_batch;
    }
    m_wake.notify_all();
    work(0);
    std::unique_lock guard(m_lock);
    m_done.wait(guard, [this] { return m_running == 0; });
    m_job = nullptr;
}

void ParallelFor::work(std::size_t worker)
{
    for (;;) {
        std::size_t index;
        {
            const std::lock_guard guard(m_lock);
            if (m_next >= m_count)
                return;
            index = m_next++;
        }
        (*m_job)(worker, index);
    }
}

void ParallelFor::helper(std::size_t worker)
{
    std::size_t seen = 0;
    for (;;) {
        {
            std::unique_lock guard(m_lock);
            m_wake.wait(guard, [&] { return m_stop || m_batch != seen; });
            if (m_stop)
                return;
            seen = m_batch;
        }
        work(worker);
        {
            const std::lock_guard guard(m_lock);
            --m_running;
        }
        m_done.notify_one();
    }
}

} // namespace dlstack::log
