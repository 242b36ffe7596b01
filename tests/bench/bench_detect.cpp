// SPDX-License-Identifier: GPL-3.0-or-later
// bench_detect: full detection on this machine, median of 20 runs, concurrent against
// the same probes run one after another (the reference, same process), and the whole
// `dlstack detect --json` process. Prints a table for docs/benchmarks.md.
// Run: build/bin/bench_detect [runs]
#include "core/probe/detectiontables.h"
#include "core/probe/profilebuilder.h"
#include "core/support/processrunner.h"
#include "tests/bench/benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using dlstack::bench::medianMs;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    dlstack::support::ProcessRunner runner;
    const auto context = dlstack::probe::ProbeContext::forHost(&runner);
    const dlstack::probe::ProfileBuilder builder(dlstack::probe::DetectionTables::builtin());

    builder.detect(context); // warm the page cache once
    const double concurrent = medianMs(runs, [&] { builder.detect(context); });
    const double sequential = medianMs(runs, [&] { builder.detectSequentially(context); });
    const double process = medianMs(runs, [&] {
        QProcess p;
        p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/dlstack"),
                {QStringLiteral("detect"), QStringLiteral("--json")});
        p.waitForFinished(60000);
    });
    std::printf("| measurement | median of %d runs |\n|---|---|\n", runs);
    std::printf("| detection, probes concurrent (in process) | %.1f ms |\n", concurrent);
    std::printf("| detection, probes one after another (reference) | %.1f ms |\n", sequential);
    std::printf("| ratio concurrent / sequential | %.2f |\n", concurrent / sequential);
    std::printf("| `dlstack detect --json`, whole process | %.1f ms |\n", process);
    return 0;
}
