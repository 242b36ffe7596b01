// SPDX-License-Identifier: GPL-3.0-or-later
// bench_log: a large generated build log (every real diagnosis fixture log, repeated, with ninja
// progress lines between; the root cause of one of them at the very end) indexed by LogFile and
// diagnosed by `dlstack diagnose` as its own process, each against `wc -l` of the same file
// (time and peak memory), the in-process Diagnoser::diagnoseFile, index memory per GB, time to
// first paint in the LogInspector, the GUI thread's longest stall while a worker appends
// 200,000 lines/s, and glogg and dlstack-wizard --log opening the same file as processes under
// the offscreen platform (glogg until indexed; dlstack until indexed and until diagnosed; peak
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
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>

extern char **environ;

using namespace dlstack;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QString generate(qint64 megabytes)
{
    QByteArray progress;
    for (int i = 0; i < 200; ++i)
        progress += "[" + QByteArray::number(i) +
                    "/9000] Building CXX object caffe2/CMakeFiles/torch_cpu.dir/__/aten/src/ATen/native/op" +
                    QByteArray::number(i) + ".cpp.o\n";
    QByteArray pattern;
    QDirIterator it(QStringLiteral(DLSTACK_SOURCE_DIR "/tests/fixtures/diagnosis"), {QStringLiteral("*.log")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList logs;
    while (it.hasNext())
        logs.append(it.next());
    logs.sort();
    for (const QString &log : logs) {
        QFile f(log);
        f.open(QIODevice::ReadOnly);
        pattern += f.readAll();
        if (!pattern.endsWith('\n'))
            pattern += '\n';
        pattern += progress;
    }
    QFile cause(QStringLiteral(
        DLSTACK_SOURCE_DIR "/tests/fixtures/diagnosis/host_compiler_unsupported/ninja-gcc12-cuda11-ninja-stopped.log"));
    cause.open(QIODevice::ReadOnly);
    const QString path =
        QDir::temp().filePath(QStringLiteral("dlstack-bench-%1.log").arg(QCoreApplication::applicationPid()));
    QFile out(path);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const qint64 target = megabytes * 1024 * 1024;
    while (out.size() < target)
        out.write(pattern);
    out.write(cause.readAll());
    out.close();
    std::printf("%lld fixture logs, %lld KiB per repetition\n", static_cast<long long>(logs.size()),
                static_cast<long long>(pattern.size() / 1024));
    return path;
}

// A program run to its end with its output thrown away: wall seconds and peak memory (MiB).
struct ProgramRun
{
    double seconds = -1;
    double peakMib = -1;
    int status = -1;
};

ProgramRun runProgram(const QString &program, const QStringList &args)
{
    QList<QByteArray> owned{QFile::encodeName(program)};
    for (const QString &a : args)
        owned.append(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ProgramRun run;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        run.seconds = seconds(clock);
        run.peakMib = double(usage.ru_maxrss) / 1024.0;
        run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
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

ViewerRun measureViewer(const QString &program, const QStringList &args, const QStringList &env,
                        const QByteArray &marker)
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

    const ProgramRun wc = runProgram(QStringLiteral("/usr/bin/wc"), {QStringLiteral("-l"), path});
    const double wcS = wc.seconds;
    const ProgramRun cli = runProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/dlstack"),
                                      {QStringLiteral("diagnose"), path});
    const ProgramRun wcAgain = runProgram(QStringLiteral("/usr/bin/wc"), {QStringLiteral("-l"), path});

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
    QObject::connect(&tick, &QTimer::timeout, [&] { longestStall = qMax(longestStall, gap.restart()); });
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
                                          {QStringLiteral("-m"), QStringLiteral("-n"), QStringLiteral("-dddd"), path},
                                          {}, "indexingFinished:");
    const ViewerRun ours = measureViewer(
        QCoreApplication::applicationDirPath() + QStringLiteral("/dlstack-wizard"), {QStringLiteral("--log"), path},
        {QStringLiteral("QT_LOGGING_RULES=dlstack.loginspector.info=true")}, "indexed ");
    const ViewerRun oursDiagnosed = measureViewer(
        QCoreApplication::applicationDirPath() + QStringLiteral("/dlstack-wizard"), {QStringLiteral("--log"), path},
        {QStringLiteral("QT_LOGGING_RULES=dlstack.loginspector.info=true")}, "diagnosed ");

    std::printf("\n| measurement | value |\n| --- | --- |\n");
    std::printf("| file | %.2f GiB, %lld lines |\n", gib, static_cast<long long>(file->lineCount()));
    std::printf("| `wc -l` | %.2f s (%.0f MiB/s) |\n", wcS, gib * 1024 / wcS);
    std::printf("| LogFile index | %.2f s (%.0f MiB/s), %.2f of wc's throughput |\n", indexS, gib * 1024 / indexS,
                wcS / indexS);
    std::printf("| index memory | %.1f MiB = %.1f MiB per GiB of log (%.1f%% of the text) |\n", indexMib,
                indexMib / gib, indexMib / (gib * 1024) * 100);
    std::printf("| `wc -l` again, after dlstack diagnose | %.2f s |\n", wcAgain.seconds);
    std::printf(
        "| `dlstack diagnose` process (%lld rules, %d patterns) | %.2f s (%.0f MiB/s), **%.2f** of wc's throughput "
        "(%.2f against the second wc), peak RSS %.0f MiB, exit %d |\n",
        static_cast<long long>(rules.rules().size()), rules.scanner().patternCount(), cli.seconds,
        gib * 1024 / cli.seconds, wcS / cli.seconds, wcAgain.seconds / cli.seconds, cli.peakMib, cli.status);
    std::printf(
        "| Diagnoser::diagnoseFile in process | %.2f s (%.0f MiB/s, %.1f M lines/s), root cause %s at line %lld |\n",
        diagnoseS, gib * 1024 / diagnoseS, double(file->lineCount()) / diagnoseS / 1e6,
        found.isEmpty() ? "none" : qPrintable(found.first().id),
        static_cast<long long>(found.isEmpty() ? 0 : found.first().line));
    std::printf("| first paint in LogInspector | %.1f ms |\n", firstPaintMs);
    std::printf("| GUI longest stall, 200k lines/s appended for 5 s | %lld ms (%lld lines, %lld repaints) |\n",
                static_cast<long long>(longestStall), static_cast<long long>(liveLines),
                static_cast<long long>(livePaints));
    std::printf("| bench process peak RSS (index + diagnosis + inspector) | %.0f MiB |\n", peakMib);
    if (glogg.doneS >= 0 && ours.doneS >= 0) {
        std::printf("| glogg 1.1.4 process: open until indexed | %.2f s, peak RSS %.0f MiB |\n", glogg.doneS,
                    glogg.peakMib);
        std::printf("| dlstack-wizard --log process: open until indexed | %.2f s, peak RSS %.0f MiB |\n", ours.doneS,
                    ours.peakMib);
        std::printf("| dlstack / glogg | time %.2f, memory %.2f |\n", ours.doneS / glogg.doneS,
                    ours.peakMib / glogg.peakMib);
        if (oursDiagnosed.doneS >= 0)
            std::printf("| dlstack-wizard --log process: open until indexed and diagnosed | %.2f s, peak RSS %.0f MiB; "
                        "%.2f of glogg's indexing time |\n",
                        oursDiagnosed.doneS, oursDiagnosed.peakMib, oursDiagnosed.doneS / glogg.doneS);
    } else {
        std::printf("| viewer comparison | not measured: %s %s |\n", qPrintable(glogg.note), qPrintable(ours.note));
    }
    QFile::remove(path);
    QFile::remove(livePath);
    return 0;
}
