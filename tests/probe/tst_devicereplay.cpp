// SPDX-License-Identifier: GPL-3.0-or-later
// The detection recorded on the H100 test machine (tests/fixtures/device-h100), replayed
// through every probe: what `dlstack detect` found there must stay found, and right.
#include "core/probe/detectiontables.h"
#include "core/probe/profilebuilder.h"
#include "core/probe/replayrunner.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;

class TestDeviceReplay : public QObject
{
    Q_OBJECT
private slots:
    void h100Machine()
    {
        QTemporaryDir dir;
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("xzf"), dlstack::test::fixturePath(QStringLiteral("device-h100/detect-raw.tgz")),
                   QStringLiteral("-C"), dir.path()});
        QVERIFY(tar.waitForFinished(30000));
        QCOMPARE(tar.exitCode(), 0);
        const QString saved = dir.filePath(QStringLiteral("saved"));

        ReplayRunner runner;
        QVERIFY(!runner.load(saved).has_value());
        auto context = replayContext(saved, &runner);
        QVERIFY(context.ok());
        const SystemProfile p = ProfileBuilder(DetectionTables::builtin()).detect(context.value());

        QCOMPARE(p.host.osId, QStringLiteral("ubuntu"));
        QCOMPARE(p.host.osVersion, QStringLiteral("24.04"));
        QCOMPARE(p.host.cpuCores, 16);

        QCOMPARE(p.gpus.size(), 1);
        const Gpu &gpu = p.gpus.first();
        QCOMPARE(gpu.vendor, QStringLiteral("nvidia"));
        QCOMPARE(gpu.name, QStringLiteral("NVIDIA H100 80GB HBM3"));
        QCOMPARE(gpu.computeCapability, QStringLiteral("9.0"));
        QCOMPARE(gpu.memoryMib, 81559);
        QCOMPARE(normalizePciBusId(gpu.pciBusId), QStringLiteral("0000:00:06.0"));
        QVERIFY(!gpu.mig);
        QVERIFY(gpu.state.isEmpty());

        QVERIFY(p.nvidiaDriver.has_value());
        QCOMPARE(p.nvidiaDriver->version, QStringLiteral("580.159.04"));
        QCOMPARE(p.nvidiaDriver->cudaVersion, QStringLiteral("13.0"));
        QVERIFY(p.nvidiaDriver->openKernelModule);

        QCOMPARE(p.cudaToolkits.size(), 1);
        QCOMPARE(p.cudaToolkits.first().path, QStringLiteral("/usr/local/cuda-13.0"));
        QCOMPARE(p.cudaToolkits.first().version, QStringLiteral("13.0"));
        QCOMPARE(p.cudaToolkits.first().fullVersion, QStringLiteral("13.0.88"));
        QCOMPARE(p.cudaToolkits.first().nvcc, QStringLiteral("/usr/local/cuda-13.0/bin/nvcc"));

        QStringList cudnn;
        for (const Cudnn &c : p.cudnn)
            cudnn << c.version;
        QVERIFY2(cudnn.contains(QStringLiteral("9.14.0")), qPrintable(cudnn.join(u',')));

        bool venv = false;
        for (const PythonEnv &e : p.pythonEnvs) {
            if (e.path != u"/opt/torch/.venv")
                continue;
            venv = true;
            QCOMPARE(e.kind, QStringLiteral("venv"));
            QCOMPARE(e.pythonVersion, QStringLiteral("3.12.3"));
            QVERIFY(e.packages.value(QStringLiteral("torch")).startsWith(QStringLiteral("2.11.0")));
            QCOMPARE(e.torchCuda, QStringLiteral("13.0"));
        }
        QVERIFY(venv);
        QVERIFY(p.rocm == std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDeviceReplay)
#include "tst_devicereplay.moc"
