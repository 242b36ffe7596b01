// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine: the engine's three throughput paths against a reference tool in the same
// run, reported as ratios (>= 0.9 is the target for the first two):
//  1. Downloader (sha256 while receiving) vs `curl -s -o` of the same URL from a local
//     HTTP server (tests/net/httptestserver.h);
//  2. SafeExtractor vs `tar -xJf` of the same .tar.xz;
//  3. a child printing N lines through Engine (run step -> linesReady -> a log file) vs
//     the same child piped through `cat` to /dev/null.
// Run: build/bin/bench_engine [download MiB = 256] [extract MiB = 64] [lines = 2000000]
// Each timed part runs twice; the faster run counts.
#include "core/archive/safeextractor.h"
#include "core/engine/engine.h"
#include "core/net/downloader.h"
#include "core/plan/planloader.h"
#include "tests/net/httptestserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dlstack;

namespace {

double bestSeconds(const std::function<bool()> &work, int runs = 2)
{
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work()) {
            std::fprintf(stderr, "a benchmark step failed\n");
            std::exit(1);
        }
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 downloadMib = argc > 1 ? std::max(1, atoi(argv[1])) : 256;
    const qint64 extractMib = argc > 2 ? std::max(1, atoi(argv[2])) : 64;
    const qint64 lines = argc > 3 ? std::max(1, atoi(argv[3])) : 2000000;
    QTemporaryDir dir;

    // 1. Download.
    {
        QByteArray body(int(downloadMib << 20), Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
        const QString sum = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        test::HttpTestServer server;
        server.setRoute("/big.bin", test::HttpRoute{body});
        const QString url = QString::fromLatin1(server.url("/big.bin"));
        const QString part = dir.filePath(QStringLiteral("dl.part"));
        const double ours = bestSeconds([&] {
            QFile::remove(part);
            net::DownloadRequest request;
            request.sources = {QUrl(url)};
            request.partPath = part;
            request.sha256 = sum;
            return net::Downloader().fetch(request, {}, nullptr).ok();
        });
        const QString curlOut = dir.filePath(QStringLiteral("curl.out"));
        const double curl = bestSeconds([&] {
            QFile::remove(curlOut);
            return run(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), curlOut, url});
        });
        QFile::remove(part);
        QFile::remove(curlOut);
        const double mib = double(downloadMib);
        std::printf("download %lld MiB: dlstack (sha256) %.0f MiB/s, curl %.0f MiB/s, ratio %.2f\n",
                    static_cast<long long>(downloadMib), mib / ours, mib / curl, curl / ours);
    }

    // 2. Extraction of a .tar.xz (half random, half text, so xz has something to do).
    {
        const QString src = dir.filePath(QStringLiteral("tree"));
        const QString archive = dir.filePath(QStringLiteral("tree.tar.xz"));
        const QString script =
            QStringLiteral("set -e; mkdir -p %1/top; i=0; while [ $i -lt %2 ]; do mkdir -p %1/top/d$i; "
                           "head -c 524288 /dev/urandom > %1/top/d$i/random.bin; seq 1 75000 > %1/top/d$i/text.txt; "
                           "i=$((i+1)); done; "
                           "tar -C %1 -cf - top | xz -1 -T2 > %3")
                .arg(src)
                .arg(extractMib)
                .arg(archive);
        if (!run(QStringLiteral("sh"), {QStringLiteral("-c"), script}))
            return 1;
        QDir(src).removeRecursively();
        const QString ours = dir.filePath(QStringLiteral("ours"));
        const QString theirs = dir.filePath(QStringLiteral("theirs"));
        const double t1 = bestSeconds([&] {
            QDir(ours).removeRecursively();
            return !archive::SafeExtractor().extract(archive, ours, 1, {}, nullptr);
        });
        const double t2 = bestSeconds([&] {
            QDir(theirs).removeRecursively();
            QDir().mkpath(theirs);
            return run(QStringLiteral("tar"), {QStringLiteral("-C"), theirs, QStringLiteral("--strip-components=1"),
                                               QStringLiteral("-xJf"), archive});
        });
        QDir(ours).removeRecursively();
        QDir(theirs).removeRecursively();
        std::printf("extract %.0f MiB .tar.xz (about %lld MiB unpacked): dlstack %.2f s, tar -xJf %.2f s, ratio %.2f\n",
                    double(QFileInfo(archive).size()) / (1 << 20), static_cast<long long>(extractMib), t1, t2, t2 / t1);
    }

    // 3. Lines through the engine into a log file.
    {
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        const QByteArray count = QByteArray::number(lines);
        qint64 seen = 0;
        const double ours = bestSeconds([&] {
            QDir(prefix).removeRecursively();
            const QByteArray json =
                "{\"schema\": 1, \"name\": \"b\", \"prefix\": \"" + prefix.toUtf8() +
                "\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"kind\": \"run\", \"argv\": [\"seq\", \"" + count +
                "\"]}]}]}";
            const auto plan = plan::loadPlan(json, QStringLiteral("b.json"));
            QFile sink(dir.filePath(QStringLiteral("engine.log")));
            if (!plan.ok() || !sink.open(QIODevice::WriteOnly))
                return false;
            engine::Engine engine;
            bool ok = false;
            seen = 0;
            QObject::connect(&engine, &engine::Engine::linesReady, [&](const QList<engine::LogLine> &batch) {
                QByteArray text;
                for (const auto &line : batch)
                    text += line.text.toUtf8() + '\n';
                sink.write(text);
                seen += batch.size();
            });
            QObject::connect(&engine, &engine::Engine::finished, [&ok](bool success) { ok = success; });
            engine.install(plan.value(), {});
            return ok;
        });
        const double cat = bestSeconds([&] {
            return run(QStringLiteral("sh"),
                       {QStringLiteral("-c"), QStringLiteral("seq %1 | cat > /dev/null").arg(lines)});
        });
        std::printf(
            "%lld lines: engine -> log file %.0f lines/s (%lld lines seen), seq | cat > /dev/null %.0f lines/s, "
            "ratio %.2f\n",
            static_cast<long long>(lines), double(lines) / ours, static_cast<long long>(seen), double(lines) / cat,
            cat / ours);
    }
    return 0;
}
