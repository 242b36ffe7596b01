// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/commandfanout.h"

#include <thread>
#include <vector>

namespace dlstack::probe {

QList<support::CommandResult> runConcurrently(const ProbeContext &context, const QList<ProgramCall> &calls)
{
    QList<support::CommandResult> results(calls.size());
    std::vector<std::thread> threads;
    threads.reserve(static_cast<size_t>(calls.size()));
    for (qsizetype i = 0; i < calls.size(); ++i)
        threads.emplace_back([&, i] { results[i] = context.run(calls[i].program, calls[i].args); });
    for (std::thread &t : threads)
        t.join();
    return results;
}

} // namespace dlstack::probe
