// SPDX-License-Identifier: GPL-3.0-or-later
// The Slurm batch export: the #SBATCH request follows the plan (MAX_JOBS cores, memory per
// job, twice the estimate as time limit, a GPU for GPU verification), the script passes
// shellcheck with hostile words in the plan, a URL with credentials or a partition name
// sbatch would misread is refused, and `dlstack plan --format sbatch` writes it.
#include "core/plan/export/sbatchexporter.h"
#include "core/plan/planloader.h"
#include "tests/plan/plannerprofiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

QJsonObject runStep(const QStringList &argv, const QJsonObject &env = {})
{
    QJsonObject step{{QStringLiteral("kind"), QStringLiteral("run")},
                     {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
    if (!env.isEmpty())
        step.insert(QStringLiteral("env"), env);
    return step;
}

plan::Plan loadedPlan(const QString &prefix, const QString &name, const QJsonArray &stages)
{
    const QJsonObject o{{QStringLiteral("schema"), 1},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("prefix"), prefix},
                        {QStringLiteral("stages"), stages}};
    auto loaded = plan::loadPlan(QJsonDocument(o).toJson(), QStringLiteral("test plan"));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().toText()));
    return loaded.value();
}

QJsonObject stage(const QString &id, const QJsonArray &steps)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), id}, {QStringLiteral("steps"), steps}};
}

QString sbatchLine(const QByteArray &script, const QString &option)
{
    for (const QByteArray &line : script.split('\n')) {
        if (line.startsWith("#SBATCH --" + option.toUtf8() + '='))
            return QString::fromUtf8(line.mid(10 + option.size() + 1));
    }
    return {};
}

struct Lint
{
    int exitCode = -1;
    QString output;
};

Lint shellcheck(const QByteArray &script, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("job.sbatch"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(script);
    file.close();
    QProcess p;
    p.start(QStringLiteral("shellcheck"), {QStringLiteral("-s"), QStringLiteral("bash"), path});
    if (!p.waitForFinished(60000))
        return {-1, QStringLiteral("shellcheck did not finish: ") + p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

} // namespace

class TestSbatchExport : public QObject
{
    Q_OBJECT

private slots:
    void requestFollowsPlan();
    void slurmTimes();
    void hostileWordsPassShellcheck();
    void refusesCredentialsAndOddPartitions();
    void cliWritesSbatch();

private:
    QTemporaryDir m_dir;
};

void TestSbatchExport::requestFollowsPlan()
{
    const QString prefix = m_dir.filePath(QStringLiteral("p"));
    const plan::Plan p =
        loadedPlan(prefix, QStringLiteral("build"),
                   {stage(QStringLiteral("env"), {runStep({QStringLiteral("true")})}),
                    stage(QStringLiteral("build"),
                          {runStep({QStringLiteral("true")}, {{QStringLiteral("MAX_JOBS"), QStringLiteral("6")}})})});
    const plan::SlurmJob job =
        plan::slurmJobFor(p, {{QStringLiteral("env"), 5}, {QStringLiteral("build"), 45}}, 2, true);
    QCOMPARE(job.cpus, 6); // the plan's MAX_JOBS wins over the fallback
    QCOMPARE(job.memoryMib, 6 * plan::SlurmJob::kMibPerJob);
    QCOMPARE(job.minutes, 105); // 2 x 50, rounded up to 15
    const auto script = plan::exportSbatch(p, job);
    QVERIFY(script.ok());
    QCOMPARE(sbatchLine(script.value(), QStringLiteral("cpus-per-task")), QStringLiteral("6"));
    QCOMPARE(sbatchLine(script.value(), QStringLiteral("mem")), QStringLiteral("18432M"));
    QCOMPARE(sbatchLine(script.value(), QStringLiteral("time")), QStringLiteral("0-01:45:00"));
    QCOMPARE(sbatchLine(script.value(), QStringLiteral("gres")), QStringLiteral("gpu:1"));
    QCOMPARE(sbatchLine(script.value(), QStringLiteral("output")), QStringLiteral("dlstack-%j.out"));
    QVERIFY(script.value().contains("\n#SBATCH --requeue\n"));
    QVERIFY(sbatchLine(script.value(), QStringLiteral("partition")).isEmpty());

    // A wheel plan sets no MAX_JOBS: the fallback; no GPU verification: no --gres; a short
    // estimate still gets 30 minutes.
    const plan::Plan wheels = loadedPlan(prefix, QStringLiteral("wheels"),
                                         {stage(QStringLiteral("env"), {runStep({QStringLiteral("true")})})});
    plan::SlurmJob small = plan::slurmJobFor(wheels, {{QStringLiteral("env"), 2}}, 3, false);
    QCOMPARE(small.cpus, 3);
    QCOMPARE(small.minutes, 30);
    small.partition = QStringLiteral("gpu-long");
    const auto smallScript = plan::exportSbatch(wheels, small);
    QVERIFY(smallScript.ok());
    QVERIFY(sbatchLine(smallScript.value(), QStringLiteral("gres")).isEmpty());
    QCOMPARE(sbatchLine(smallScript.value(), QStringLiteral("partition")), QStringLiteral("gpu-long"));
}

void TestSbatchExport::slurmTimes()
{
    QCOMPARE(plan::slurmTime(30), QStringLiteral("0-00:30:00"));
    QCOMPARE(plan::slurmTime(1500), QStringLiteral("1-01:00:00"));
    QCOMPARE(plan::slurmTime(0), QStringLiteral("0-00:01:00"));
}

void TestSbatchExport::hostileWordsPassShellcheck()
{
    if (QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty())
        QSKIP("shellcheck is not installed (scripts/setup installs it)");
    const QString prefix = m_dir.filePath(QStringLiteral("it's $HOME `x`"));
    const plan::Plan p = loadedPlan(
        prefix, QStringLiteral("name\n#SBATCH --partition=evil $(rm -rf /)"),
        {stage(QStringLiteral("a"), {runStep({QStringLiteral("echo"), QStringLiteral("'\"$(id)\"\n`x`\\")})})});
    plan::SlurmJob job = plan::slurmJobFor(p, {}, 1, false);
    job.program = QStringLiteral("/opt/dl stack/bin/dlstack'");
    const auto script = plan::exportSbatch(p, job);
    QVERIFY(script.ok());
    // The name cannot add an #SBATCH line: only the exporter's own appear, one each.
    QVERIFY(sbatchLine(script.value(), QStringLiteral("partition")).isEmpty());
    QVERIFY(sbatchLine(script.value(), QStringLiteral("job-name")).startsWith(u"dlstack-name__SBATCH"));
    const Lint lint = shellcheck(script.value(), m_dir);
    QVERIFY2(lint.exitCode == 0, qPrintable(QString::number(lint.exitCode) + u' ' + lint.output));
    // bash reads the embedded plan back byte for byte.
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), m_dir.filePath(QStringLiteral("job.sbatch"))});
    QVERIFY(bash.waitForFinished(30000));
    QCOMPARE(bash.exitCode(), 0);
}

void TestSbatchExport::refusesCredentialsAndOddPartitions()
{
    const QString prefix = m_dir.filePath(QStringLiteral("p"));
    const plan::Plan secret =
        loadedPlan(prefix, QStringLiteral("s"),
                   {stage(QStringLiteral("a"),
                          {runStep({QStringLiteral("pip"), QStringLiteral("install"), QStringLiteral("--index-url"),
                                    QStringLiteral("https://user:hunter2@pypi.example/simple")})})});
    const auto refused = plan::exportSbatch(secret, plan::slurmJobFor(secret, {}, 1, false));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().summary.contains(u"user name, password or query"), qPrintable(refused.error().toText()));
    QVERIFY(!refused.error().toText().contains(u"hunter2"));

    const plan::Plan plain =
        loadedPlan(prefix, QStringLiteral("p"), {stage(QStringLiteral("a"), {runStep({QStringLiteral("true")})})});
    plan::SlurmJob job = plan::slurmJobFor(plain, {}, 1, false);
    job.partition = QStringLiteral("gpu --exclusive");
    const auto odd = plan::exportSbatch(plain, job);
    QVERIFY(!odd.ok());
    QVERIFY2(odd.error().summary.contains(u"not a Slurm partition name"), qPrintable(odd.error().toText()));
}

void TestSbatchExport::cliWritesSbatch()
{
    const QString dlstack = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");
    if (!QFile::exists(dlstack))
        QSKIP("the dlstack binary is not built");
    test::MachineSpec spec;
    spec.gpu = QStringLiteral("NVIDIA GeForce RTX 3060");
    spec.cc = QStringLiteral("8.6");
    spec.driver = QStringLiteral("550.54.15");
    spec.driverCuda = QStringLiteral("12.4");
    const QString profile = m_dir.filePath(QStringLiteral("profile.json"));
    QFile file(profile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(test::machine(spec).toJson()).toJson());
    file.close();
    const QStringList base{QStringLiteral("plan"),     QStringLiteral("--profile"),           profile,
                           QStringLiteral("--prefix"), m_dir.filePath(QStringLiteral("cli")), QStringLiteral("--torch"),
                           QStringLiteral("2.4.1")};
    auto plan = [&](const QStringList &args) {
        QProcess p;
        p.start(dlstack, base + args);
        p.waitForFinished(60000);
        const QByteArray out = p.readAllStandardOutput();
        return std::make_pair(p.exitCode(), p.exitCode() == 0 ? out : p.readAllStandardError());
    };
    const auto [cudaCode, cuda] =
        plan({QStringLiteral("--cuda"), QStringLiteral("12.4"), QStringLiteral("--format"), QStringLiteral("sbatch"),
              QStringLiteral("--partition"), QStringLiteral("gpu")});
    QVERIFY2(cudaCode == 0, cuda.constData());
    QCOMPARE(sbatchLine(cuda, QStringLiteral("gres")), QStringLiteral("gpu:1"));
    QCOMPARE(sbatchLine(cuda, QStringLiteral("partition")), QStringLiteral("gpu"));
    QVERIFY(cuda.contains("install \"$plan_file\" --yes"));
    const auto [cpuCode, cpu] = plan({QStringLiteral("--cpu"), QStringLiteral("--format"), QStringLiteral("sbatch")});
    QVERIFY2(cpuCode == 0, cpu.constData());
    QVERIFY(sbatchLine(cpu, QStringLiteral("gres")).isEmpty());
    QCOMPARE(sbatchLine(cpu, QStringLiteral("cpus-per-task")), QStringLiteral("8")); // 8 cores, 32 GiB: min(8, 32 / 3)
    if (!QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty()) {
        const Lint lint = shellcheck(cuda, m_dir);
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
    }
    const auto [badCode, bad] = plan({QStringLiteral("--cpu"), QStringLiteral("--partition"), QStringLiteral("gpu")});
    QCOMPARE(badCode, 2);
    QVERIFY(bad.contains("--partition goes with --format sbatch"));
}

QTEST_GUILESS_MAIN(TestSbatchExport)

#include "tst_sbatchexport.moc"
