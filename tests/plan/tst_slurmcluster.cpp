// SPDX-License-Identifier: GPL-3.0-or-later
// The batch export against a real Slurm: munged, slurmctld and slurmd (Debian's slurm-wlm)
// started on 127.0.0.1 as a single-node cluster in a temporary directory, with their own
// munge key, socket, ports, state and spool. A job made by the exporter runs its plan to
// completion and `dlstack status --prefix` on the same machine (the login node) reads the
// prefix; a job requeued while its second stage runs resumes (first stage skipped) and
// finishes; a job the scheduler kills at its time limit says so in its log, keeps the
// finished stage, and the same script submitted again resumes; a partition the cluster
// lacks, or more memory than its node has, is refused by sbatch with a message saying so,
// and nothing runs; a job asking more time than its partition allows waits with Slurm's
// reason PartitionTimeLimit (Slurm's default EnforcePartLimits=NO) and nothing runs.
#include "core/plan/export/sbatchexporter.h"
#include "core/plan/planloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace dlstack;

namespace {

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// One Slurm cluster of one node in a directory; its daemons are stopped by their pid files.
class SingleNodeCluster
{
public:
    explicit SingleNodeCluster(const QString &dir) : m_dir(dir) {}
    ~SingleNodeCluster() { stop(); }

    QString conf() const { return m_dir + QStringLiteral("/slurm.conf"); }

    Ran run(const QString &program, const QStringList &args, const QString &cwd = {}, int timeoutMs = 30000) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLURM_CONF"), conf());
        p.setProcessEnvironment(env);
        if (!cwd.isEmpty())
            p.setWorkingDirectory(cwd);
        p.start(program, args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, {}, program + QStringLiteral(" did not finish")};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // Empty when the cluster is up with its node idle; else what failed, with the daemon's log.
    QString start()
    {
        for (const char *sub : {"munge", "state", "spool", "log"})
            QDir().mkpath(m_dir + u'/' + QLatin1String(sub));
        QFile::setPermissions(m_dir + QStringLiteral("/munge"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile key(m_dir + QStringLiteral("/munge/munge.key"));
        QFile random(QStringLiteral("/dev/urandom"));
        if (!key.open(QIODevice::WriteOnly) || !random.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot write the munge key");
        key.write(random.read(1024));
        key.close();
        key.setPermissions(QFile::ReadOwner);
        const Ran munged =
            run(QStringLiteral("/usr/sbin/munged"),
                {QStringLiteral("--key-file=") + key.fileName(), QStringLiteral("--socket=") + socket(),
                 QStringLiteral("--pid-file=") + m_dir + QStringLiteral("/munge/munged.pid"),
                 QStringLiteral("--log-file=") + m_dir + QStringLiteral("/log/munged.log"),
                 QStringLiteral("--seed-file=") + m_dir + QStringLiteral("/munge/seed"), QStringLiteral("--force")});
        if (munged.exitCode != 0)
            return QStringLiteral("munged did not start: %1 %2")
                .arg(munged.err, readText(m_dir + QStringLiteral("/log/munged.log")));
        writeConf();
        const Ran ctld = run(QStringLiteral("/usr/sbin/slurmctld"), {QStringLiteral("-i")});
        if (ctld.exitCode != 0)
            return QStringLiteral("slurmctld did not start: %1 %2")
                .arg(ctld.err, readText(m_dir + QStringLiteral("/log/slurmctld.log")));
        const Ran slurmd = run(QStringLiteral("/usr/sbin/slurmd"), {QStringLiteral("-N"), QStringLiteral("localhost")});
        if (slurmd.exitCode != 0)
            return QStringLiteral("slurmd did not start: %1 %2")
                .arg(slurmd.err, readText(m_dir + QStringLiteral("/log/slurmd.log")));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            if (nodeState() == u"idle")
                return {};
            QThread::msleep(300);
        }
        return QStringLiteral("the node did not become idle within 30 s:\n%1\n%2")
            .arg(readText(m_dir + QStringLiteral("/log/slurmctld.log")).right(2000),
                 readText(m_dir + QStringLiteral("/log/slurmd.log")).right(2000));
    }

    void stop()
    {
        // The daemons this cluster started, by their own pid files; slurmd first.
        for (const char *pidFile : {"/slurmd.pid", "/slurmctld.pid", "/munge/munged.pid"}) {
            const pid_t pid = readText(m_dir + QLatin1String(pidFile)).trimmed().toInt();
            if (pid > 1)
                ::kill(pid, SIGTERM);
        }
        for (const char *pidFile : {"/slurmd.pid", "/slurmctld.pid", "/munge/munged.pid"}) {
            const pid_t pid = readText(m_dir + QLatin1String(pidFile)).trimmed().toInt();
            for (int i = 0; pid > 1 && i < 50 && ::kill(pid, 0) == 0; ++i)
                QThread::msleep(100);
        }
    }

    // "idle", "alloc", "comp" (a job's processes still ending), as sinfo prints it.
    QString nodeState() const
    {
        return run(QStringLiteral("sinfo"), {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%t")})
            .out.trimmed();
    }

    // The job's field (JobState, Restarts, ExitCode, Reason) as `scontrol show job` prints it.
    QString jobField(const QString &id, const QString &field) const
    {
        const Ran shown =
            run(QStringLiteral("scontrol"), {QStringLiteral("-o"), QStringLiteral("show"), QStringLiteral("job"), id});
        const QRegularExpression re(QStringLiteral("(?:^| )%1=(\\S*)").arg(field));
        return re.match(shown.out).captured(1);
    }

    // Waits until the job ends (COMPLETED, FAILED, ...); its state.
    QString waitForEnd(const QString &id, int timeoutMs) const
    {
        QElapsedTimer clock;
        clock.start();
        QString state;
        while (clock.elapsed() < timeoutMs) {
            state = jobField(id, QStringLiteral("JobState"));
            if (!state.isEmpty() && state != u"PENDING" && state != u"RUNNING" && state != u"CONFIGURING" &&
                state != u"COMPLETING" && state != u"REQUEUED")
                return state;
            QThread::msleep(300);
        }
        return QStringLiteral("still %1 after %2 s").arg(state).arg(timeoutMs / 1000);
    }

private:
    QString socket() const { return m_dir + QStringLiteral("/munge/munge.sock"); }

    void writeConf()
    {
        const quint16 ctldPort = freePort();
        quint16 slurmdPort = freePort();
        while (slurmdPort == ctldPort)
            slurmdPort = freePort();
        const long cpus = qMax(2L, ::sysconf(_SC_NPROCESSORS_ONLN));
        QStringList lines{
            QStringLiteral("ClusterName=dlstack"),
            QStringLiteral("SlurmctldHost=localhost(127.0.0.1)"),
            QStringLiteral("SlurmUser=%1")
                .arg(QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? "root" : qgetenv("USER"))),
            QStringLiteral("SlurmctldPort=%1").arg(ctldPort),
            QStringLiteral("SlurmdPort=%1").arg(slurmdPort),
            QStringLiteral("AuthType=auth/munge"),
            QStringLiteral("AuthInfo=socket=%1").arg(socket()),
            QStringLiteral("CredType=cred/munge"),
            QStringLiteral("StateSaveLocation=%1/state").arg(m_dir),
            QStringLiteral("SlurmdSpoolDir=%1/spool").arg(m_dir),
            QStringLiteral("SlurmctldPidFile=%1/slurmctld.pid").arg(m_dir),
            QStringLiteral("SlurmdPidFile=%1/slurmd.pid").arg(m_dir),
            QStringLiteral("SlurmctldLogFile=%1/log/slurmctld.log").arg(m_dir),
            QStringLiteral("SlurmdLogFile=%1/log/slurmd.log").arg(m_dir),
            QStringLiteral("ProctrackType=proctrack/linuxproc"),
            QStringLiteral("TaskPlugin=task/none"),
            QStringLiteral("JobAcctGatherType=jobacct_gather/none"),
            QStringLiteral("AccountingStorageType=accounting_storage/none"),
            QStringLiteral("SelectType=select/cons_tres"),
            QStringLiteral("SelectTypeParameters=CR_CPU_Memory"),
            // The node is declared with the memory a plan's job asks for, whatever this machine has.
            QStringLiteral("SlurmdParameters=config_overrides"),
            QStringLiteral("ReturnToService=2"),
            QStringLiteral("MpiDefault=none"),
            QStringLiteral("KillWait=5"),
            QStringLiteral("NodeName=localhost NodeAddr=127.0.0.1 CPUs=%1 RealMemory=16384 State=UNKNOWN").arg(cpus),
            QStringLiteral("PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP"),
            QStringLiteral("PartitionName=short Nodes=localhost MaxTime=30 State=UP"),
        };
        QFile file(conf());
        if (file.open(QIODevice::WriteOnly))
            file.write((lines.join(u'\n') + u'\n').toUtf8());
    }

    QString m_dir;
};

QJsonObject shStage(const QString &id, const QString &script)
{
    const QJsonObject step{{QStringLiteral("kind"), QStringLiteral("run")},
                           {QStringLiteral("argv"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}}};
    return QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("title"), id}, {QStringLiteral("steps"), QJsonArray{step}}};
}

plan::Plan twoStagePlan(const QString &prefix, const QString &second)
{
    const QJsonArray stages{
        shStage(QStringLiteral("first"), QStringLiteral("mkdir -p '%1' && echo ran >> '%1/first.count'").arg(prefix)),
        shStage(QStringLiteral("second"), second)};
    const QJsonObject o{{QStringLiteral("schema"), 1},
                        {QStringLiteral("name"), QStringLiteral("slurm test")},
                        {QStringLiteral("prefix"), prefix},
                        {QStringLiteral("stages"), stages}};
    auto loaded = plan::loadPlan(QJsonDocument(o).toJson(), QStringLiteral("slurm test plan"));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().toText()));
    return loaded.value();
}

QString dlstackBinary()
{
    return QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");
}

} // namespace

class TestSlurmCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void runsPlanToCompletion();
    void requeuedJobResumes();
    void timeLimitKillsAndResubmitResumes();
    void refusedJobs_data();
    void refusedJobs();
    void overPartitionTimeLimitWaits();

private:
    QString submit(const plan::Plan &plan, const plan::SlurmJob &job, Ran *refused = nullptr);
    Ran status(const QString &prefix) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SingleNodeCluster> m_cluster;
    QString m_submitDir;
};

void TestSlurmCluster::initTestCase()
{
    if (!QFile::exists(dlstackBinary()))
        QSKIP("the dlstack binary is not built");
    for (const QString &daemon : {QStringLiteral("/usr/sbin/munged"), QStringLiteral("/usr/sbin/slurmctld"),
                                  QStringLiteral("/usr/sbin/slurmd")}) {
        if (!QFile::exists(daemon))
            QSKIP(qPrintable(
                QStringLiteral(
                    "%1 is missing: Debian's slurm-wlm and munge are not installed (scripts/setup installs them)")
                    .arg(daemon)));
    }
    for (const QString &tool : {QStringLiteral("sbatch"), QStringLiteral("scontrol"), QStringLiteral("sinfo")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("%1 is missing: Debian's slurm-client is not installed (scripts/setup installs it)")
                    .arg(tool)));
    }
    // slurmd starts each job as its owner (setuid) and must run as root for that.
    if (::geteuid() != 0)
        QSKIP("slurmd needs root to start jobs as their user; this test runs as another user");
    // A short directory: munge's socket path must fit a sockaddr_un.
    m_cluster = std::make_unique<SingleNodeCluster>(m_dir.filePath(QStringLiteral("cluster")));
    const QString failure = m_cluster->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_submitDir = m_dir.filePath(QStringLiteral("submit"));
    QVERIFY(QDir().mkpath(m_submitDir));
}

void TestSlurmCluster::cleanupTestCase()
{
    if (m_cluster)
        m_cluster->stop();
}

QString TestSlurmCluster::submit(const plan::Plan &plan, const plan::SlurmJob &job, Ran *refused)
{
    const auto script = plan::exportSbatch(plan, job);
    if (!script)
        return {};
    const QString path = m_submitDir + QStringLiteral("/%1.sbatch").arg(QFileInfo(plan.prefix).fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(script.value());
    file.close();
    const Ran sbatch = m_cluster->run(QStringLiteral("sbatch"), {QStringLiteral("--parsable"), path}, m_submitDir);
    if (refused)
        *refused = sbatch;
    return sbatch.exitCode == 0 ? sbatch.out.trimmed().section(u';', 0, 0) : QString();
}

Ran TestSlurmCluster::status(const QString &prefix) const
{
    return m_cluster->run(dlstackBinary(),
                          {QStringLiteral("status"), QStringLiteral("--prefix"), prefix, QStringLiteral("--json")});
}

static QMap<QString, QString> stageStates(const Ran &status)
{
    QMap<QString, QString> states;
    const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
    for (const QJsonValue &s : o.value(QStringLiteral("stages")).toArray())
        states.insert(s[QStringLiteral("id")].toString(), s[QStringLiteral("state")].toString());
    return states;
}

void TestSlurmCluster::runsPlanToCompletion()
{
    const QString prefix = m_dir.filePath(QStringLiteral("done-prefix"));
    const plan::Plan p = twoStagePlan(prefix, QStringLiteral("echo second > '%1/second.out'").arg(prefix));
    plan::SlurmJob job = plan::slurmJobFor(p, {}, 1, false);
    job.program = dlstackBinary();
    Ran refused;
    const QString id = submit(p, job, &refused);
    QVERIFY2(!id.isEmpty(), qPrintable(refused.err));
    const QString state = m_cluster->waitForEnd(id, 120000);
    const QString log = readText(m_submitDir + QStringLiteral("/dlstack-%1.out").arg(id));
    QVERIFY2(state == u"COMPLETED", qPrintable(state + u'\n' + log));
    QCOMPARE(m_cluster->jobField(id, QStringLiteral("ExitCode")), QStringLiteral("0:0"));
    QVERIFY2(log.contains(QStringLiteral("== dlstack: job %1 on ").arg(id)), qPrintable(log));
    QCOMPARE(readText(prefix + QStringLiteral("/second.out")), QStringLiteral("second\n"));
    // The login node reads the shared prefix.
    const Ran st = status(prefix);
    QVERIFY2(st.exitCode == 0, qPrintable(st.err));
    const auto states = stageStates(st);
    QVERIFY2(states.value(QStringLiteral("first")) == u"done" && states.value(QStringLiteral("second")) == u"done",
             qPrintable(st.out));
}

void TestSlurmCluster::requeuedJobResumes()
{
    const QString prefix = m_dir.filePath(QStringLiteral("requeue-prefix"));
    const plan::Plan p = twoStagePlan(
        prefix,
        QStringLiteral("echo started >> '%1/second.starts' && sleep 8 && echo finished > '%1/second.out'").arg(prefix));
    plan::SlurmJob job = plan::slurmJobFor(p, {}, 1, false);
    job.program = dlstackBinary();
    Ran refused;
    const QString id = submit(p, job, &refused);
    QVERIFY2(!id.isEmpty(), qPrintable(refused.err));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(prefix + QStringLiteral("/second.starts")), 60000);
    // Half-way through the second stage the job goes back to the queue, as when a node fails
    // or an admin requeues it; a requeued job waits for its begin time, which we move to now.
    const Ran requeue = m_cluster->run(QStringLiteral("scontrol"), {QStringLiteral("requeue"), id});
    QVERIFY2(requeue.exitCode == 0, qPrintable(requeue.err));
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->jobField(id, QStringLiteral("JobState")) == u"PENDING", 30000);
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/second.out")));
    const Ran interrupted = status(prefix);
    QCOMPARE(stageStates(interrupted).value(QStringLiteral("first")), QStringLiteral("done"));
    QVERIFY2(stageStates(interrupted).value(QStringLiteral("second")) != u"done", qPrintable(interrupted.out));
    // The first attempt's processes end first (the node idle again, not "comp"): a job started
    // on a node still cleaning up after its earlier attempt can fail to launch.
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->nodeState() == u"idle", 60000);
    m_cluster->run(QStringLiteral("scontrol"),
                   {QStringLiteral("update"), QStringLiteral("JobId=") + id, QStringLiteral("StartTime=now")});

    const QString state = m_cluster->waitForEnd(id, 120000);
    const QString log = readText(m_submitDir + QStringLiteral("/dlstack-%1.out").arg(id));
    QVERIFY2(state == u"COMPLETED", qPrintable(state + u'\n' + log));
    QCOMPARE(m_cluster->jobField(id, QStringLiteral("Restarts")), QStringLiteral("1"));
    // One log for both attempts; the second resumed from the plan the prefix keeps.
    QVERIFY2(log.contains(u"attempt 1,") && log.contains(u"attempt 2,"), qPrintable(log));
    QVERIFY2(log.contains(u"requeued: resuming the plan the prefix keeps"), qPrintable(log));
    QCOMPARE(readText(prefix + QStringLiteral("/first.count")), QStringLiteral("ran\n")); // first stage skipped
    QCOMPARE(readText(prefix + QStringLiteral("/second.starts")), QStringLiteral("started\nstarted\n"));
    QCOMPARE(readText(prefix + QStringLiteral("/second.out")), QStringLiteral("finished\n"));
    const Ran finished = status(prefix);
    const auto states = stageStates(finished);
    QVERIFY2(states.value(QStringLiteral("first")) == u"done" && states.value(QStringLiteral("second")) == u"done",
             qPrintable(finished.out + finished.err));
}

// The scheduler ends the job at its time limit half-way through the second stage: Slurm's
// own line and dlstack's say so in the log, the first stage stays done, and the same script
// submitted again (as docs/cluster.md tells) skips it and finishes.
void TestSlurmCluster::timeLimitKillsAndResubmitResumes()
{
    const QString prefix = m_dir.filePath(QStringLiteral("timeout-prefix"));
    // The second stage outlives a one-minute limit on its first run only.
    const plan::Plan p = twoStagePlan(prefix, QStringLiteral("if [ -f '%1/second.starts' ]; then echo finished > "
                                                             "'%1/second.out'; else echo started > '%1/second.starts' "
                                                             "&& sleep 600; fi")
                                                  .arg(prefix));
    plan::SlurmJob job = plan::slurmJobFor(p, {}, 1, false);
    job.program = dlstackBinary();
    job.minutes = 1;
    Ran refused;
    const QString id = submit(p, job, &refused);
    QVERIFY2(!id.isEmpty(), qPrintable(refused.err));
    const QString state = m_cluster->waitForEnd(id, 240000);
    const QString log = readText(m_submitDir + QStringLiteral("/dlstack-%1.out").arg(id));
    QVERIFY2(state == u"TIMEOUT", qPrintable(state + u'\n' + log));
    QVERIFY2(log.contains(u"DUE TO TIME LIMIT"), qPrintable(log)); // slurmstepd's line
    QVERIFY2(log.contains(u"== dlstack: Slurm stopped attempt 1 (time limit") &&
                 log.contains(u"submit this script again"),
             qPrintable(log));
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/second.out")));
    const Ran stopped = status(prefix);
    QCOMPARE(stageStates(stopped).value(QStringLiteral("first")), QStringLiteral("done"));
    QVERIFY2(stageStates(stopped).value(QStringLiteral("second")) != u"done", qPrintable(stopped.out));
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->nodeState() == u"idle", 60000);

    // The same script again, with the time it needs.
    job.minutes = 30;
    const QString again = submit(p, job, &refused);
    QVERIFY2(!again.isEmpty(), qPrintable(refused.err));
    const QString second = m_cluster->waitForEnd(again, 120000);
    const QString log2 = readText(m_submitDir + QStringLiteral("/dlstack-%1.out").arg(again));
    QVERIFY2(second == u"COMPLETED", qPrintable(second + u'\n' + log2));
    QCOMPARE(readText(prefix + QStringLiteral("/first.count")), QStringLiteral("ran\n")); // skipped
    QCOMPARE(readText(prefix + QStringLiteral("/second.out")), QStringLiteral("finished\n"));
    const auto states = stageStates(status(prefix));
    QVERIFY(states.value(QStringLiteral("first")) == u"done" && states.value(QStringLiteral("second")) == u"done");
}

void TestSlurmCluster::refusedJobs_data()
{
    QTest::addColumn<QString>("partition");
    QTest::addColumn<qint64>("memoryMib");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown partition") << QStringLiteral("no-such-partition") << plan::SlurmJob::kMibPerJob
                                       << QStringLiteral("invalid partition");
    // More memory than any node has (a plan made on a bigger workstation than the cluster's nodes).
    QTest::newRow("memory beyond the nodes")
        << QString() << qint64(1024 * 1024) << QStringLiteral("node configuration is not available");
}

void TestSlurmCluster::refusedJobs()
{
    QFETCH(QString, partition);
    QFETCH(qint64, memoryMib);
    QFETCH(QString, message);
    const QString prefix = m_dir.filePath(QStringLiteral("refused-prefix"));
    const plan::Plan p = twoStagePlan(prefix, QStringLiteral("true"));
    plan::SlurmJob job = plan::slurmJobFor(p, {}, 1, false);
    job.partition = partition;
    job.memoryMib = memoryMib;
    Ran refused;
    QVERIFY(submit(p, job, &refused).isEmpty());
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(message, Qt::CaseInsensitive), qPrintable(refused.err));
    QVERIFY(!QFile::exists(prefix));
}

// A partition's time limit: with Slurm's default EnforcePartLimits=NO sbatch takes the job,
// which then waits with the reason PartitionTimeLimit (what squeue shows); nothing runs.
void TestSlurmCluster::overPartitionTimeLimitWaits()
{
    const QString prefix = m_dir.filePath(QStringLiteral("overtime-prefix"));
    const plan::Plan p = twoStagePlan(prefix, QStringLiteral("true"));
    plan::SlurmJob job = plan::slurmJobFor(p, {}, 1, false);
    job.partition = QStringLiteral("short"); // MaxTime=30
    job.minutes = 120;
    job.program = dlstackBinary();
    Ran refused;
    const QString id = submit(p, job, &refused);
    QVERIFY2(!id.isEmpty(), qPrintable(refused.err));
    QTRY_COMPARE_WITH_TIMEOUT(m_cluster->jobField(id, QStringLiteral("Reason")), QStringLiteral("PartitionTimeLimit"),
                              30000);
    QCOMPARE(m_cluster->jobField(id, QStringLiteral("JobState")), QStringLiteral("PENDING"));
    const Ran squeue = m_cluster->run(QStringLiteral("squeue"), {QStringLiteral("-h"), QStringLiteral("-j"), id});
    QVERIFY2(squeue.out.contains(u"(PartitionTimeLimit)"), qPrintable(squeue.out));
    QVERIFY(!QFile::exists(prefix));
    QCOMPARE(m_cluster->run(QStringLiteral("scancel"), {id}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestSlurmCluster)

#include "tst_slurmcluster.moc"
