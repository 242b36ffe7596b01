// SPDX-License-Identifier: GPL-3.0-or-later
// bench_matrix: check() of every combination in the matrix (each release with each of its
// wheels, and each release built from source with each CUDA toolkit and for the CPU)
// against one profile, median of N runs. The reference, measured in the same run, is one
// JSON parse of the shipped torch.json. Prints a table for docs/benchmarks.md.
// Run: build/bin/bench_matrix [runs]
#include "core/matrix/checker.h"
#include "tests/bench/benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace dlstack;

namespace {

using dlstack::bench::medianMs;

probe::SystemProfile workstation()
{
    probe::SystemProfile p;
    p.host.arch = QStringLiteral("x86_64");
    p.host.cpuCores = 16;
    p.host.memoryMib = 64 * 1024;
    p.host.diskFreeMib = 500 * 1024;
    p.host.diskPath = QStringLiteral("/home/user");
    p.gpus.append({QStringLiteral("nvidia"),
                   QStringLiteral("NVIDIA GeForce RTX 4090"),
                   24564,
                   QStringLiteral("8.9"),
                   {},
                   QStringLiteral("0000:01:00.0"),
                   {},
                   {},
                   false,
                   {},
                   {}});
    p.nvidiaDriver = probe::NvidiaDriver{QStringLiteral("580.65.06"), QStringLiteral("13.0"), false, {}};
    p.compilers.append({QStringLiteral("gcc"), QStringLiteral("12.2.0"), QStringLiteral("/usr/bin/gcc"), {}});
    p.pythons.append({QStringLiteral("3.11.2"), QStringLiteral("/usr/bin/python3"), {}});
    p.tools.insert(QStringLiteral("cmake"),
                   probe::Tool{QStringLiteral("3.25.1"), QStringLiteral("/usr/bin/cmake"), {}});
    p.cudaToolkits.append({QStringLiteral("12.4"),
                           QStringLiteral("12.4.131"),
                           QStringLiteral("/usr/local/cuda-12.4"),
                           QStringLiteral("/usr/local/cuda-12.4/bin/nvcc"),
                           {},
                           {}});
    return p;
}

QList<matrix::Selection> everyCombination(const matrix::Matrix &m)
{
    QList<matrix::Selection> all;
    for (const matrix::TorchRelease &r : m.releases()) {
        for (const matrix::TorchVariant &v : r.variants) {
            matrix::Selection s;
            s.torch = r.version;
            s.backend = v.backend;
            if (v.backend == matrix::Backend::Cuda)
                s.cuda = v.version;
            else if (v.backend == matrix::Backend::Rocm)
                s.rocm = v.version;
            all.append(s);
        }
        for (const matrix::CudaRelease &c : m.cudaReleases()) {
            matrix::Selection s;
            s.route = matrix::Route::Source;
            s.torch = r.version;
            s.cuda = c.version;
            all.append(s);
        }
        matrix::Selection cpu;
        cpu.route = matrix::Route::Source;
        cpu.backend = matrix::Backend::Cpu;
        cpu.torch = r.version;
        all.append(cpu);
    }
    return all;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    const auto &loaded = matrix::Matrix::builtin();
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toText()));
        return 2;
    }
    const matrix::Matrix &m = loaded.value();
    const probe::SystemProfile profile = workstation();
    const QList<matrix::Selection> combinations = everyCombination(m);

    QFile torchFile(QStringLiteral(":/matrix/torch.json"));
    if (!torchFile.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray torchJson = torchFile.readAll();

    qsizetype findings = 0;
    qsizetype blocked = 0;
    const double checkAll = medianMs(runs, [&] {
        findings = 0;
        blocked = 0;
        for (const matrix::Selection &s : combinations) {
            const auto result = matrix::check(profile, s, m);
            findings += result.size();
            blocked += matrix::hasBlocker(result) ? 1 : 0;
        }
    });
    const double parse = medianMs(runs, [&] {
        const QJsonDocument doc = QJsonDocument::fromJson(torchJson);
        findings += doc.isObject() ? 0 : 1;
    });
    const double load = medianMs(std::max(1, runs / 5), [&] {
        const auto again = matrix::Matrix::loadDirectory(QStringLiteral(":/matrix"));
        findings += again.ok() ? 0 : 1;
    });
    std::printf("| measurement | median of %d runs |\n|---|---|\n", runs);
    std::printf("| check() of all %lld combinations (%lld blocked) | %.2f ms |\n",
                static_cast<long long>(combinations.size()), static_cast<long long>(blocked), checkAll);
    std::printf("| one check() | %.1f us |\n", checkAll * 1000 / combinations.size());
    std::printf("| reference: one JSON parse of torch.json (%lld KiB) | %.2f ms |\n",
                static_cast<long long>(torchJson.size() / 1024), parse);
    std::printf("| ratio all checks / one parse | %.2f |\n", checkAll / parse);
    std::printf("| loading and validating all six matrix files | %.2f ms |\n", load);
    return 0;
}
