// SPDX-License-Identifier: GPL-3.0-or-later
// NVML on a machine without the NVIDIA driver (this one): the library is absent, query()
// says so, and the NVIDIA probe falls back to nvidia-smi, here replayed from the H200
// device machine's own outputs (tests/fixtures/device-h100). The conversions NVML's
// integers need are checked on the values that machine's driver reported.
#include "core/probe/nvml.h"
#include "core/probe/probes.h"
#include "core/probe/replayrunner.h"
#include "tests/support/testsupport.h"

#include <QLibrary>
#include <QTest>

using namespace dlstack::probe;

class TestNvml : public QObject
{
    Q_OBJECT
private slots:
    void cudaVersionFromDriverInteger()
    {
        QCOMPARE(nvml::cudaVersionFromInt(12080), QStringLiteral("12.8"));
        QCOMPARE(nvml::cudaVersionFromInt(13000), QStringLiteral("13.0"));
        QCOMPARE(nvml::cudaVersionFromInt(11020), QStringLiteral("11.2"));
        QVERIFY(nvml::cudaVersionFromInt(0).isEmpty());
    }

    void reportBecomesProfile()
    {
        nvml::Report report{QStringLiteral("580.159.04"), QStringLiteral("13.0"), {}};
        report.devices.append({QStringLiteral("NVIDIA H100 80GB HBM3"), 81559, QStringLiteral("9.0"),
                               QStringLiteral("00000000:19:00.0"), QStringLiteral("10de:2330"), false});
        const SystemProfile p = nvml::toProfile(report);
        QVERIFY(p.nvidiaDriver);
        QCOMPARE(p.nvidiaDriver->cudaVersion, QStringLiteral("13.0"));
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus.first().computeCapability, QStringLiteral("9.0"));
        QCOMPARE(p.gpus.first().source, QStringLiteral("NVML (libnvidia-ml.so.1)"));
    }

    void absentLibraryIsAReason()
    {
        if (QLibrary(QStringLiteral("nvidia-ml"), 1).load())
            QSKIP("this machine has libnvidia-ml.so.1");
        QString why;
        QVERIFY(!nvml::query(&why));
        QVERIFY2(why.contains(QStringLiteral("libnvidia-ml.so.1")), qPrintable(why));
    }

    void probeFallsBackToNvidiaSmi()
    {
        if (QLibrary(QStringLiteral("nvidia-ml"), 1).load())
            QSKIP("this machine has libnvidia-ml.so.1: the probe would take NVML");
        const QString dir = dlstack::test::fixturePath(QStringLiteral("device-h100/h200-2026-12-02/nvidia-smi"));
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"),
                   {QStringLiteral("--query-gpu=index,name,memory.total,compute_cap,pci.bus_id,driver_version,mig."
                                   "mode.current"),
                    QStringLiteral("--format=csv,noheader,nounits")},
                   dlstack::test::readFixture(QStringLiteral("device-h100/h200-2026-12-02/nvidia-smi/query-gpu.csv")));
        runner.add(QStringLiteral("nvidia-smi"), {},
                   dlstack::test::readFixture(QStringLiteral("device-h100/h200-2026-12-02/nvidia-smi/table.txt")));
        ProbeContext context(QStringLiteral("/"), {{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")}}, &runner);
        context.setHostLibraries(true); // as on the real machine: NVML is tried first, and is missing
        const SystemProfile p = makeNvidiaProbe()->run(context);
        QVERIFY(!p.gpus.isEmpty());
        QVERIFY2(p.gpus.first().name.contains(QStringLiteral("H200")), qPrintable(p.gpus.first().name));
        QVERIFY(p.gpus.first().source.startsWith(QStringLiteral("nvidia-smi")));
        QVERIFY(p.nvidiaDriver);
        QVERIFY(!p.nvidiaDriver->version.isEmpty());
        Q_UNUSED(dir);
    }
};

QTEST_GUILESS_MAIN(TestNvml)
#include "tst_nvml.moc"
