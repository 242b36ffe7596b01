// SPDX-License-Identifier: GPL-3.0-or-later
// A failed `dlstack install` explains itself: the failed stage's log is diagnosed with the
// facts of the machine the plan was made for (the plan's "machine"), the root cause, its line,
// the remedy and the log's path are printed, and a "diagnosed" event is recorded. The case is
// the Apex build on an H100/H200 with CUDA 13: compute_70 is too OLD for the toolkit, so the
// remedy must name CUDA 12.9 or dropping the arch, with the GPU's own sm_90.
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

class TstInstallDiagnosis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePlan(bool withMachine)
    {
        const QString script = m_dir.filePath(QStringLiteral("build.sh"));
        test::writeTree(m_dir.path(),
                        {{QStringLiteral("build.sh"),
                          "echo '[3/9] /usr/local/cuda/bin/nvcc -gencode arch=compute_70,code=sm_70 -c fused.cu'\n"
                          "echo 'FAILED: build/temp/fused.o'\n"
                          "echo \"nvcc fatal   : Unsupported gpu architecture 'compute_70'\"\n"
                          "echo 'ninja: build stopped: subcommand failed.'\n"
                          "exit 1\n"}});
        QJsonObject plan{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("name"), QStringLiteral("apex")},
            {QStringLiteral("prefix"), m_dir.filePath(withMachine ? QStringLiteral("p1") : QStringLiteral("p2"))},
            {QStringLiteral("stages"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("apex")},
                 {QStringLiteral("steps"),
                  QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")},
                                         {QStringLiteral("argv"), QJsonArray{QStringLiteral("sh"), script}}}}}}}}};
        if (withMachine)
            plan.insert(
                QStringLiteral("machine"),
                QJsonDocument::fromJson(test::readFixture(QStringLiteral("device-h100/profile.json"))).object());
        const QString path = m_dir.filePath(withMachine ? QStringLiteral("with.json") : QStringLiteral("without.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(plan).toJson());
        return path;
    }

private slots:
    void failedStageIsDiagnosedWithThePlansMachine()
    {
        const QString events = m_dir.filePath(QStringLiteral("events.jsonl"));
        const auto run = test::runProgram(
            QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
            {QStringLiteral("install"), writePlan(true), QStringLiteral("--yes"), QStringLiteral("--events"), events});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("[toolkit_dropped_arch]")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("line 4")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("CUDA 12.9")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("sm_90")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("/.dlstack/logs/apex.log")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("install a newer CUDA toolkit")));
        QFile file(events);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QVERIFY2(all.contains("\"event\":\"diagnosed\""), all.constData());
        QVERIFY(all.contains("\"machine_facts\":true"));
    }

    void withoutMachineTheDirectionStillHolds()
    {
        const auto run = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                          {QStringLiteral("install"), writePlan(false), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("[toolkit_dropped_arch]")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("CUDA 12.9")));
    }

    // Offline: the download's own failure (nothing listens on the port) is in the stage log
    // and diagnosed as a network problem, never "no known cause".
    void refusedDownloadIsANetworkProblem()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // the port is now closed: connections are refused
        const QString prefix = m_dir.filePath(QStringLiteral("offline"));
        const QJsonObject plan{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("name"), QStringLiteral("offline")},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("stages"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("pytorch")},
                             {QStringLiteral("steps"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("kind"), QStringLiteral("download")},
                                  {QStringLiteral("url"),
                                   QStringLiteral("http://127.0.0.1:%1/torch-2.4.1-cp311-linux_x86_64.whl").arg(port)},
                                  {QStringLiteral("sha256"), QString(64, u'0')},
                                  {QStringLiteral("to"), QStringLiteral("downloads/torch.whl")}}}}}}}};
        const QString path = m_dir.filePath(QStringLiteral("offline.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(plan).toJson());
        f.close();
        const auto run = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                          {QStringLiteral("install"), path, QStringLiteral("--yes")}, {}, 60000);
        QVERIFY2(run.exitCode == 1, run.err.constData());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("[network_error]")), qPrintable(err));
        QFile log(prefix + QStringLiteral("/.dlstack/logs/pytorch.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("(ConnectionRefusedError)"), text.constData());
        QVERIFY2(text.contains("The download failed from every source."), text.constData());
    }
};

QTEST_GUILESS_MAIN(TstInstallDiagnosis)
#include "tst_installdiagnosis.moc"
