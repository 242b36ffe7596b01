// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import: `dlstack import FILE --json` on generated `conda env list` and
// `conda info --json` outputs of growing length, each as a whole process, against `wc -l`
// on the same file (the reference: one pass over the bytes). A linear import keeps the time
// per environment flat as the environments grow; a quadratic one multiplies it. Also the peak
// resident memory of each import. Prints a table for docs/benchmarks.md.
// Run: build/bin/bench_import [runs]
#include "tests/bench/benchutil.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

using dlstack::bench::medianMs;

// Runs argv to its end with its output thrown away; returns its peak resident memory in MiB.
long runToEnd(const QStringList &argv)
{
    std::vector<QByteArray> bytes;
    std::vector<char *> args;
    for (const QString &a : argv)
        bytes.push_back(a.toLocal8Bit());
    for (QByteArray &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int failed = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (failed || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        std::fprintf(stderr, "%s failed\n", qPrintable(argv.join(u' ')));
    return usage.ru_maxrss / 1024;
}

QByteArray envList(int envs)
{
    QByteArray text = "# conda environments:\n#\nbase                   *  /home/user/miniconda3\n";
    for (int i = 0; i < envs; ++i) {
        const QByteArray name = "env" + QByteArray::number(i).rightJustified(7, '0');
        text += name.leftJustified(26, ' ') + "/home/user/miniconda3/envs/" + name + '\n';
    }
    return text;
}

QByteArray infoJson(int envs)
{
    QJsonArray list{QStringLiteral("/home/user/miniconda3")};
    for (int i = 0; i < envs; ++i)
        list.append(QStringLiteral("/home/user/miniconda3/envs/env%1").arg(i, 7, 10, QLatin1Char('0')));
    return QJsonDocument(QJsonObject{{QStringLiteral("conda_version"), QStringLiteral("24.1.2")},
                                     {QStringLiteral("root_prefix"), QStringLiteral("/home/user/miniconda3")},
                                     {QStringLiteral("envs"), list}})
        .toJson();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const QString dlstack = QCoreApplication::applicationDirPath() + QStringLiteral("/dlstack");
    QTemporaryDir dir;
    std::printf(
        "| input | environments | size | `dlstack import --json` | per environment | `wc -l` (reference) | ratio | "
        "peak RSS |\n|---|---|---|---|---|---|---|---|\n");
    for (const bool json : {false, true}) {
        for (const int envs : {25000, 50000, 100000, 200000, 400000}) {
            const QByteArray bytes = json ? infoJson(envs) : envList(envs);
            const QString file = dir.filePath(QStringLiteral("%1-%2").arg(json ? u"info" : u"list").arg(envs));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return 1;
            out.close();
            long rss = 0;
            const double import = medianMs(runs, [&] {
                rss = runToEnd({dlstack, QStringLiteral("import"), file, QStringLiteral("--json")});
            });
            const double wc = medianMs(runs, [&] { runToEnd({QStringLiteral("wc"), QStringLiteral("-l"), file}); });
            std::printf("| %s | %d | %.1f MB | %.0f ms | %.2f us | %.1f ms | %.0f | %ld MiB |\n",
                        json ? "`conda info --json`" : "`conda env list`", envs, double(bytes.size()) / 1e6, import,
                        import * 1000 / envs, wc, import / wc, rss);
            std::fflush(stdout);
        }
    }
    return 0;
}
