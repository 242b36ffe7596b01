// SPDX-License-Identifier: GPL-3.0-or-later
// What a running `dlstack install` owns, checked on the real binary:
// - descriptors: a plan of 1,100 stages installs under a limit of 256 open files (each stage's
//   log is closed when the stage ends);
// - run.pid and the lock: a second install or rollback on the same prefix is refused and
//   leaves the first job's run.pid as it was; the first removes it when it ends;
// - processes: after SIGHUP (a closed terminal) the job cancels, records it and exits 1 with
//   no process of the step's group left; after kill -9 of dlstack no descendant survives a
//   few seconds; what a step leaves running in the background ends with the step.
// This process is a child subreaper, so every orphan of dlstack is re-parented here and
// can be found in /proc.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QString kBinary = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");

struct ProcInfo
{
    pid_t parent = 0;
    pid_t group = 0;
    char state = 0;
    QByteArray cmdline; // arguments joined by ' '
};

QHash<pid_t, ProcInfo> processTable()
{
    QHash<pid_t, ProcInfo> table;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() < 3)
            continue;
        ProcInfo info{pid_t(rest[1].toInt()), pid_t(rest[2].toInt()), rest[0].isEmpty() ? char(0) : rest[0].at(0), {}};
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmd.open(QIODevice::ReadOnly))
            info.cmdline = cmd.readAll().replace('\0', ' ').trimmed();
        table.insert(pid, info);
    }
    return table;
}

// Live (not zombie) processes below `root`.
QList<pid_t> liveDescendants(pid_t root)
{
    const QHash<pid_t, ProcInfo> table = processTable();
    QList<pid_t> found;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (it->state == 'Z' || it->state == 'X')
            continue;
        for (pid_t up = it->parent; up > 1; up = table.value(up).parent) {
            if (up == root) {
                found.append(it.key());
                break;
            }
            if (!table.contains(up))
                break;
        }
    }
    return found;
}

QString describe(const QList<pid_t> &pids)
{
    const QHash<pid_t, ProcInfo> table = processTable();
    QStringList out;
    for (pid_t pid : pids)
        out << QStringLiteral("%1 (group %2): %3")
                   .arg(pid)
                   .arg(table.value(pid).group)
                   .arg(QString::fromUtf8(table.value(pid).cmdline));
    return out.join(QStringLiteral("; "));
}

// Orphans re-parented to this process that have exited: collect them so they leave /proc.
void reapZombies()
{
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {
    }
}

// The `sleep 300` that a step of `dlstack` (pid) started, directly or through a shell.
pid_t findSleep(pid_t dlstack)
{
    const QHash<pid_t, ProcInfo> table = processTable();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if ((it->cmdline != "sleep 300" && !it->cmdline.endsWith("/sleep 300")) || it->state == 'Z')
            continue;
        for (pid_t up = it->parent; up > 1 && table.contains(up); up = table.value(up).parent)
            if (up == dlstack)
                return it.key();
    }
    return 0;
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJobCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePlan(const QString &name, const QJsonArray &stages)
    {
        const QString prefix = m_dir.filePath(name);
        const QJsonObject plan{{QStringLiteral("schema"), 1},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("prefix"), prefix},
                               {QStringLiteral("stages"), stages}};
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(plan).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QJsonObject runStage(const QString &id, const QStringList &argv)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("steps"),
                            QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")},
                                                   {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}}}}};
    }

    // Starts `dlstack install PLAN --yes` and waits until its step runs `sleep 300`.
    static pid_t startUntilSleeping(QProcess &process, const QString &plan)
    {
        process.start(kBinary, {QStringLiteral("install"), plan, QStringLiteral("--yes")});
        if (!process.waitForStarted())
            return 0;
        pid_t sleeper = 0;
        waitFor([&] { return (sleeper = findSleep(pid_t(process.processId()))) != 0; }, 30000);
        return sleeper;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary + QStringLiteral(" is not built")));
        QVERIFY(m_dir.isValid());
        QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
    }

    // A failed test must not leave its processes to the next one.
    void cleanup()
    {
        QList<pid_t> left;
        const bool gone = waitFor(
            [&] {
                reapZombies();
                left = liveDescendants(::getpid());
                return left.isEmpty();
            },
            10000);
        for (pid_t pid : std::as_const(left))
            ::kill(pid, SIGKILL);
        if (!gone)
            waitFor(
                [] {
                    reapZombies();
                    return liveDescendants(::getpid()).isEmpty();
                },
                5000);
    }

    void manyStagesUnderALowDescriptorLimit()
    {
        constexpr int kStages = 1100; // four times the limit below
        QJsonArray stages;
        for (int i = 0; i < kStages; ++i) {
            const QString id = QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0'));
            if (i % 50 == 0) {
                stages.append(runStage(id, {QStringLiteral("true")}));
                continue;
            }
            stages.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("steps"),
                             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("write_file")},
                                                    {QStringLiteral("path"), QStringLiteral("files/%1.txt").arg(id)},
                                                    {QStringLiteral("content"), id}}}}});
        }
        const QString plan = writePlan(QStringLiteral("many"), stages);
        QProcess process;
        process.setChildProcessModifier([] {
            const rlimit limit{256, 256};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
        process.start(kBinary, {QStringLiteral("install"), plan, QStringLiteral("--yes")});
        QVERIFY(process.waitForFinished(280000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.right(2000).constData());
        const QString prefix = m_dir.filePath(QStringLiteral("many"));
        QCOMPARE(QDir(prefix + QStringLiteral("/files")).entryList(QDir::Files).size(), kStages - kStages / 50);
        QCOMPARE(
            QDir(prefix + QStringLiteral("/.dlstack/logs")).entryList({QStringLiteral("*.log")}, QDir::Files).size(),
            kStages);
        QVERIFY(!QFileInfo::exists(prefix + QStringLiteral("/.dlstack/run.pid")));
    }

    void aRefusedJobLeavesTheRunPidAlone()
    {
        const QString plan =
            writePlan(QStringLiteral("locked"),
                      {runStage(QStringLiteral("wait"), {QStringLiteral("sleep"), QStringLiteral("300")})});
        const QString prefix = m_dir.filePath(QStringLiteral("locked"));
        const QString pidFile = prefix + QStringLiteral("/.dlstack/run.pid");
        QProcess first;
        QVERIFY(startUntilSleeping(first, plan) != 0);
        const QByteArray owner = readFile(pidFile);
        QCOMPARE(owner, QByteArray::number(first.processId()) + " install\n");

        const auto second =
            dlstack::test::runProgram(kBinary, {QStringLiteral("install"), plan, QStringLiteral("--yes")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("Another dlstack job is running in " + prefix.toUtf8()), second.err.constData());
        QVERIFY2(second.err.contains("Process " + QByteArray::number(first.processId()) + " holds the lock"),
                 second.err.constData());
        QVERIFY2(!second.out.contains("run the same command to resume"), second.out.constData());
        QCOMPARE(readFile(pidFile), owner);

        const auto rollback =
            dlstack::test::runProgram(kBinary, {QStringLiteral("rollback"), QStringLiteral("--prefix"), prefix,
                                                QStringLiteral("--all"), QStringLiteral("--yes")});
        QCOMPARE(rollback.exitCode, 1);
        QVERIFY2(rollback.err.contains("Another dlstack job is running"), rollback.err.constData());
        QCOMPARE(readFile(pidFile), owner);
        // The refused jobs wrote no log of their own into the running job's directory.
        QVERIFY(!QFileInfo::exists(prefix + QStringLiteral("/.dlstack/logs/.log")));

        ::kill(pid_t(first.processId()), SIGTERM);
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 1);
        QVERIFY(!QFileInfo::exists(pidFile));
    }

    void hangupCancelsAndEndsTheGroup()
    {
        const QString plan = writePlan(QStringLiteral("hangup"),
                                       {runStage(QStringLiteral("build"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                                                           QStringLiteral("sleep 300 & wait")})});
        QProcess job;
        const pid_t sleeper = startUntilSleeping(job, plan);
        QVERIFY(sleeper != 0);
        const pid_t group = processTable().value(sleeper).group;
        QVERIFY(group != pid_t(job.processId()));
        ::kill(pid_t(job.processId()), SIGHUP);
        QVERIFY(job.waitForFinished(30000));
        QCOMPARE(job.exitStatus(), QProcess::NormalExit);
        QCOMPARE(job.exitCode(), 1);
        const QByteArray err = job.readAllStandardError();
        QVERIFY2(err.contains("== stage build failed: Cancelled"), err.constData());
        // The journal says where it stopped.
        const auto status =
            dlstack::test::runProgram(kBinary, {QStringLiteral("status"), QStringLiteral("--prefix"),
                                                m_dir.filePath(QStringLiteral("hangup")), QStringLiteral("--json")});
        const QJsonArray stages =
            QJsonDocument::fromJson(status.out).object().value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        reapZombies();
        QCOMPARE(::kill(-group, 0), -1); // no process of the step's group is left
        const QList<pid_t> left = liveDescendants(::getpid());
        QVERIFY2(left.isEmpty(), qPrintable(describe(left)));
    }

    void killMinusNineLeavesNoDescendant()
    {
        const QString plan = writePlan(QStringLiteral("killed"),
                                       {runStage(QStringLiteral("build"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                                                           QStringLiteral("sleep 300 & wait")})});
        QProcess job;
        const pid_t sleeper = startUntilSleeping(job, plan);
        QVERIFY(sleeper != 0);
        const pid_t group = processTable().value(sleeper).group;
        const qint64 pid = job.processId();
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(job.waitForFinished(30000));
        QCOMPARE(job.exitStatus(), QProcess::CrashExit);
        // The watchdog ends the group at once (sleep dies of SIGTERM) and exits; allow a
        // busy machine some seconds.
        QList<pid_t> left;
        const bool gone = waitFor(
            [&] {
                reapZombies();
                left = liveDescendants(::getpid());
                return left.isEmpty();
            },
            10000);
        QVERIFY2(gone, qPrintable(describe(left)));
        reapZombies();
        QCOMPARE(::kill(-group, 0), -1);
        // A killed job cannot remove its run.pid; readers check that the pid still runs, and
        // the next job to take the lock writes its own.
        const QString prefix = m_dir.filePath(QStringLiteral("killed"));
        QCOMPARE(readFile(prefix + QStringLiteral("/.dlstack/run.pid")), QByteArray::number(pid) + " install\n");
    }

    void whatAStepLeavesRunningEndsWithTheStep()
    {
        const QString plan = writePlan(QStringLiteral("background"),
                                       {runStage(QStringLiteral("daemon"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                                                            QStringLiteral("sleep 300 &")}),
                                        runStage(QStringLiteral("next"), {QStringLiteral("true")})});
        const auto run = dlstack::test::runProgram(kBinary, {QStringLiteral("install"), plan, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        reapZombies();
        const QList<pid_t> left = liveDescendants(::getpid());
        QVERIFY2(left.isEmpty(), qPrintable(describe(left)));
    }
};

QTEST_GUILESS_MAIN(TestJobCli)
#include "tst_jobcli.moc"
