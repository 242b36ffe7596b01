// SPDX-License-Identifier: GPL-3.0-or-later
// bench_log: a large generated build log (real fixture lines repeated, the root cause near the
// end) indexed by LogFile against `wc -l` of the same file, diagnosis throughput, index memory
// per GB, time to first paint in the LogInspector, the GUI thread's longest stall while a worker
// appends 200,000 lines/s, and glogg and dlstack-wizard --log opening the same file as
// processes under the offscreen platform (time until each reports indexing done, and peak
// memory). Prints a table for docs/benchmarks.md.
// Run: build/bin/bench_log [megabytes, default 256] (file in /tmp, removed at the end)
#include "core/log/diagnoser.h"
#include "core/log/logfile.h"
#include "ui/log/loginspector.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <thread>

using namespace dlstack;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QString generate(qint64 megabytes)
{
    QByteArray pattern;
    QDirIterator it(QStringLiteral(DLSTACK_SOURCE_DIR "/tests/fixtures/diagnosis/near-miss"), {QStringLiteral("*.log")});
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        pattern += f.readAll();
    }
    for (int i = 0; i < 2000; ++i)
        pattern += "[" + QByteArray::number(i) + "/9000] Building CXX object caffe2/CMakeFiles/torch_cpu.dir/__/aten/src/ATen/native/op" +
                   QByteArray::number(i) + ".cpp.o\n";
    QFile cause(QStringLiteral(DLSTACK_SOURCE_DIR "/tests/fixtures/diagnosis/host_compiler_unsupported/ninja-gcc12-cuda11-ninja-stopped.log"));
    cause.open(QIODevice::ReadOnly);
    const QString path = QDir::temp().filePath(QStringLiteral("dlstack-bench-%1.log").arg(QCoreApplication::applicationPid()));
    QFile out(path);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const qint64 target = megabytes * 1024 * 1024;
    while (out.size() < target)
        out.write(pattern);
    out.write(cause.readAll());
    out.close();
    return path;
}

qint64 procValue(qint64 pid, const char *file, const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// A log viewer opening `path` as its own process under the offscreen platform: seconds from
// the start until its output shows `marker` (indexing done), and its peak memory (VmHWM)
// at that moment. Both viewers are measured the same way, start-up included.
struct ViewerRun
{
    double doneS = -1;
    double peakMib = -1;
    QString note;
};

ViewerRun measureViewer(const QString &program, const QStringList &args, const QStringList &env, const QByteArray &marker)
{
    ViewerRun run;
    QProcess viewer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    viewer.setProcessEnvironment(environment);
    viewer.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    viewer.start(program, args);
    if (!viewer.waitForStarted(5000)) {
        run.note = QStringLiteral("%1 did not start").arg(program);
        return run;
    }
    QByteArray seen;
    while (seconds(clock) < 600 && viewer.state() == QProcess::Running) {
        viewer.waitForReadyRead(20);
        seen += viewer.readAll();
        if (seen.contains(marker)) {
            run.doneS = seconds(clock);
            run.peakMib = double(procValue(viewer.processId(), "status", "VmHWM:")) / 1024.0;
            break;
        }
        if (seen.size() > (1 << 20))
            seen = seen.right(4096);
    }
    if (run.doneS < 0)
        run.note = QStringLiteral("no \"%1\" from %2").arg(QString::fromLatin1(marker), program);
    viewer.kill();
    viewer.waitForFinished(10000);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;
    std::printf("generating %lld MiB ...\n", static_cast<long long>(megabytes));
    const QString path = generate(megabytes);
    const double gib = double(QFileInfo(path).size()) / (1024.0 * 1024 * 1024);
    { // warm the page cache, so both readers start from memory
        QProcess cat;
        cat.setStandardOutputFile(QProcess::nullDevice());
        cat.start(QStringLiteral("cat"), {path});
        cat.waitForFinished(-1);
    }
    QElapsedTimer t;

    t.start();
    QProcess wc;
    wc.setStandardOutputFile(QProcess::nullDevice());
    wc.start(QStringLiteral("wc"), {QStringLiteral("-l"), path});
    wc.waitForFinished(-1);
    const double wcS = seconds(t);

    t.restart();
    auto file = log::LogFile::open(path).value();
    file->buildIndex();
    const double indexS = seconds(t);
    const double indexMib = double(file->indexMemoryBytes()) / (1024 * 1024);

    const auto rules = log::RuleSet::builtin().value();
    t.restart();
    const auto found = log::Diagnoser::diagnoseFile(*file, rules);
    const double diagnoseS = seconds(t);

    // Time to first paint: a fresh inspector, file opened, until the view has painted lines.
    ui::LogInspector inspector;
    inspector.resize(1000, 700);
    inspector.show();
    QApplication::processEvents();
    const qint64 paintsBefore = inspector.view()->paintCount();
    t.restart();
    inspector.openFile(path);
    while (inspector.view()->paintCount() == paintsBefore || inspector.view()->rowCount() == 0)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = seconds(t) * 1000;
    QEventLoop waitIndex;
    QObject::connect(&inspector, &ui::LogInspector::diagnosisFinished, &waitIndex, &QEventLoop::quit);
    waitIndex.exec();
    const double peakMib = double(procValue(QCoreApplication::applicationPid(), "status", "VmHWM:")) / 1024.0;

    // GUI stall while a worker appends 200,000 lines/s for 5 s (20,000 lines every 100 ms).
    const QString livePath = path + QStringLiteral(".live");
    auto live = log::LogFile::create(livePath).value();
    ui::LogInspector liveInspector;
    liveInspector.resize(1000, 700);
    liveInspector.show();
    liveInspector.setLiveLog(live);
    std::atomic_bool stop{false};
    std::thread writer([&] {
        QByteArray batch;
        for (int i = 0; i < 20000; ++i)
            batch += "[" + QByteArray::number(i) + "/20000] Building CXX object caffe2/op.cpp.o\n";
        while (!stop) {
            live->append(batch);
            QThread::msleep(100);
        }
    });
    QElapsedTimer gap;
    gap.start();
    qint64 longestStall = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestStall = qMax(longestStall, gap.restart());
    });
    tick.start();
    QTimer::singleShot(5000, &app, &QApplication::quit);
    app.exec();
    stop = true;
    writer.join();
    const qint64 liveLines = live->lineCount();
    const qint64 livePaints = liveInspector.view()->paintCount();

    // The same file in two viewers, each its own process: glogg 1.1.4 (its -dddd log says
    // "indexingFinished") and dlstack-wizard --log (its log category says "indexed ...").
    const ViewerRun glogg = measureViewer(QStringLiteral("/usr/bin/glogg"),
                                          {QStringLiteral("-m"), QStringLiteral("-n"), QStringLiteral("-dddd"), path}, {},
                                          "indexingFinished:");
    const ViewerRun ours = measureViewer(QCoreApplication::applicationDirPath() + QStringLiteral("/dlstack-wizard"),
                                         {QStringLiteral("--log"), path},
                                         {QStringLiteral("QT_LOGGING_RULES=dlstack.loginspector.info=true")}, "indexed ");

    std::printf("\n| measurement | value |\n| --- | --- |\n");
    std::printf("| file | %.2f GiB, %lld lines |\n", gib, static_cast<long long>(file->lineCount()));
    std::printf("| `wc -l` | %.2f s (%.0f MiB/s) |\n", wcS, gib * 1024 / wcS);
    std::printf("| LogFile index | %.2f s (%.0f MiB/s), %.2f of wc's throughput |\n", indexS, gib * 1024 / indexS, wcS / indexS);
    std::printf("| index memory | %.1f MiB = %.1f MiB per GiB of log (%.1f%% of the text) |\n", indexMib, indexMib / gib,
                indexMib / (gib * 1024) * 100);
    std::printf("| diagnosis (31 rules) | %.2f s (%.0f MiB/s, %.1f M lines/s), root cause %s at line %lld |\n", diagnoseS,
                gib * 1024 / diagnoseS, double(file->lineCount()) / diagnoseS / 1e6,
                found.isEmpty() ? "none" : qPrintable(found.first().id),
                static_cast<long long>(found.isEmpty() ? 0 : found.first().line));
    std::printf("| first paint in LogInspector | %.1f ms |\n", firstPaintMs);
    std::printf("| GUI longest stall, 200k lines/s appended for 5 s | %lld ms (%lld lines, %lld repaints) |\n",
                static_cast<long long>(longestStall), static_cast<long long>(liveLines), static_cast<long long>(livePaints));
    std::printf("| bench process peak RSS (index + diagnosis + inspector) | %.0f MiB |\n", peakMib);
    if (glogg.doneS >= 0 && ours.doneS >= 0) {
        std::printf("| glogg 1.1.4 process: open until indexed | %.2f s, peak RSS %.0f MiB |\n", glogg.doneS, glogg.peakMib);
        std::printf("| dlstack-wizard --log process: open until indexed | %.2f s, peak RSS %.0f MiB |\n", ours.doneS, ours.peakMib);
        std::printf("| dlstack / glogg | time %.2f, memory %.2f |\n", ours.doneS / glogg.doneS, ours.peakMib / glogg.peakMib);
    } else {
        std::printf("| viewer comparison | not measured: %s %s |\n", qPrintable(glogg.note), qPrintable(ours.note));
    }
    QFile::remove(path);
    QFile::remove(livePath);
    return 0;
}
