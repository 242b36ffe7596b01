// SPDX-License-Identifier: GPL-3.0-or-later
// The NVIDIA, PCI and ROCm probes end to end: a fake sysfs//proc tree, nvidia-smi and
// rocminfo answers replayed from captured outputs, merged and finalized as detection does.
#include "core/probe/detectiontables.h"
#include "core/probe/probes.h"
#include "core/probe/replayrunner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;
using dlstack::support::CommandResult;

namespace {

const QStringList kCsvArgs = {
    QStringLiteral("--query-gpu=index,name,memory.total,compute_cap,pci.bus_id,driver_version,mig.mode.current"),
    QStringLiteral("--format=csv,noheader,nounits")};
const QStringList kCsvArgsOld = {
    QStringLiteral("--query-gpu=index,name,memory.total,pci.bus_id,driver_version,mig.mode.current"),
    QStringLiteral("--format=csv,noheader,nounits")};

// A PCI display device in the fake sysfs, bound to `driver` (empty: unbound).
void addPciDevice(const QString &root, const QString &bus, const QByteArray &vendor, const QByteArray &device,
                  const QString &driver, const QByteArray &cls = "0x030000")
{
    const QString dir = QStringLiteral("sys/bus/pci/devices/") + bus + u'/';
    dlstack::test::writeTree(root, {{dir + QStringLiteral("class"), cls + '\n'},
                                    {dir + QStringLiteral("vendor"), vendor + '\n'},
                                    {dir + QStringLiteral("device"), device + '\n'}});
    if (driver.isEmpty())
        return;
    QDir().mkpath(root + QStringLiteral("/sys/bus/pci/drivers/") + driver);
    QVERIFY(QFile::link(QStringLiteral("../../drivers/") + driver, root + u'/' + dir + QStringLiteral("driver")));
}

SystemProfile detect(const ProbeContext &context)
{
    SystemProfile profile;
    profile.merge(makeNvidiaProbe()->run(context));
    profile.merge(makePciProbe()->run(context));
    profile.merge(makeRocmProbe()->run(context));
    profile.finalize(dlstack::probe::DetectionTables::builtin());
    return profile;
}

bool hasProblem(const SystemProfile &p, const QString &words)
{
    for (const Problem &problem : p.problems) {
        if (problem.message.contains(words, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QByteArray fixture(const char *name)
{
    return dlstack::test::readFixture(QStringLiteral("probe/nvidia-smi/") + QLatin1String(name) +
                                      QStringLiteral(".txt"));
}

} // namespace

class TestGpuProbes : public QObject
{
    Q_OBJECT
private slots:
    void oneGpuWithOpenModule()
    {
        QTemporaryDir dir;
        addPciDevice(dir.path(), QStringLiteral("0000:2d:00.0"), "0x10de", "0x2786", QStringLiteral("nvidia"));
        dlstack::test::writeTree(dir.path(), {{QStringLiteral("proc/driver/nvidia/version"),
                                               "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  550.40.07  "
                                               "Release Build  (dvs-builder@U16)\n"}});
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"), kCsvArgs,
                   "0, NVIDIA GeForce RTX 4070, 12282, 8.9, 00000000:2D:00.0, 550.40.07, [N/A]\n");
        runner.add(QStringLiteral("nvidia-smi"), {}, fixture("driver-550.40-rtx4070"));
        runner.add(QStringLiteral("lspci"), {QStringLiteral("-D"), QStringLiteral("-nn")},
                   "0000:2d:00.0 VGA compatible controller [0300]: NVIDIA Corporation AD104 [GeForce RTX 4070] "
                   "[10de:2786] (rev a1)\n");
        const ProbeContext context(dir.path(), {}, &runner);
        const SystemProfile p = detect(context);
        QCOMPARE(p.gpus.size(), 1);
        const Gpu &gpu = p.gpus.first();
        QCOMPARE(gpu.name, QStringLiteral("NVIDIA GeForce RTX 4070"));
        QCOMPARE(gpu.memoryMib, 12282);
        QCOMPARE(gpu.computeCapability, QStringLiteral("8.9"));
        QCOMPARE(gpu.pciId, QStringLiteral("10de:2786"));
        QCOMPARE(gpu.state, QString());
        QVERIFY(!gpu.mig);
        QVERIFY(p.nvidiaDriver.has_value());
        QCOMPARE(p.nvidiaDriver->version, QStringLiteral("550.40.07"));
        QCOMPARE(p.nvidiaDriver->cudaVersion, QStringLiteral("12.4")); // from the table header
        QVERIFY(p.nvidiaDriver->openKernelModule);
        QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.value(0).message));
    }

    // Captured on an H100 cloud VM (driver 580.159.04, open module, no lspci installed):
    // the probe's own csv command answered exactly this.
    void h100CloudVm()
    {
        QTemporaryDir dir;
        addPciDevice(dir.path(), QStringLiteral("0000:00:06.0"), "0x10de", "0x2330", QStringLiteral("nvidia"),
                     "0x030200");
        dlstack::test::writeTree(
            dir.path(),
            {{QStringLiteral("proc/driver/nvidia/version"),
              dlstack::test::readFixture(QStringLiteral("probe/proc-driver-version/device-h100-580-open.txt"))}});
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"), kCsvArgs,
                   "0, NVIDIA H100 80GB HBM3, 81559, 9.0, 00000000:00:06.0, 580.159.04, Disabled\n");
        runner.add(QStringLiteral("nvidia-smi"), {}, fixture("device-h100-580"));
        const SystemProfile p = detect(ProbeContext(dir.path(), {}, &runner));
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus[0].name, QStringLiteral("NVIDIA H100 80GB HBM3"));
        QCOMPARE(p.gpus[0].memoryMib, 81559);
        QCOMPARE(p.gpus[0].computeCapability, QStringLiteral("9.0"));
        QCOMPARE(p.gpus[0].pciId, QStringLiteral("10de:2330"));
        QCOMPARE(p.nvidiaDriver->version, QStringLiteral("580.159.04"));
        QCOMPARE(p.nvidiaDriver->cudaVersion, QStringLiteral("13.0"));
        QVERIFY(p.nvidiaDriver->openKernelModule);
        QVERIFY(p.problems.isEmpty());
    }

    void multiGpuAndMig()
    {
        QTemporaryDir dir;
        addPciDevice(dir.path(), QStringLiteral("0000:0f:00.0"), "0x10de", "0x20b0", QStringLiteral("nvidia"),
                     "0x030200");
        addPciDevice(dir.path(), QStringLiteral("0000:15:00.0"), "0x10de", "0x20b0", QStringLiteral("nvidia"),
                     "0x030200");
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"), kCsvArgs,
                   "0, A100-SXM4-40GB, 40537, 8.0, 00000000:0F:00.0, 450.80.02, Disabled\n"
                   "1, A100-SXM4-40GB, 40537, 8.0, 00000000:15:00.0, 450.80.02, Enabled\n");
        runner.add(QStringLiteral("nvidia-smi"), {}, fixture("mig-a100-8gpu-450.80"));
        const ProbeContext context(dir.path(), {}, &runner);
        const SystemProfile p = detect(context);
        // The table lists 8 GPUs (6 more than sysfs here); each appears once, by bus id.
        QCOMPARE(p.gpus.size(), 8);
        QCOMPARE(normalizePciBusId(p.gpus[0].pciBusId), QStringLiteral("0000:0f:00.0"));
        QVERIFY(!p.gpus[0].mig);
        QVERIFY(p.gpus[1].mig);
        QCOMPARE(p.gpus[1].computeCapability, QStringLiteral("8.0"));
        QCOMPARE(p.gpus[1].pciId, QStringLiteral("10de:20b0"));
        QCOMPARE(p.nvidiaDriver->cudaVersion, QStringLiteral("11.0"));
    }

    void migFromTableWhenCsvFails()
    {
        QTemporaryDir dir;
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"), {}, fixture("mig-a100-580.126-shared-memory-usage"));
        const ProbeContext context(dir.path(), {}, &runner); // the csv query is unknown: NotFound
        const SystemProfile p = detect(context);
        QCOMPARE(p.gpus.size(), 1);
        QVERIFY(p.gpus[0].mig);
        QCOMPARE(p.gpus[0].memoryMib, 40960);
        QCOMPARE(p.nvidiaDriver->version, QStringLiteral("580.126.09"));
        QCOMPARE(p.gpus[0].computeCapability, QStringLiteral("8.0")); // name table
    }

    void driverNotLoaded()
    {
        QTemporaryDir dir;
        addPciDevice(dir.path(), QStringLiteral("0000:01:00.0"), "0x10de", "0x2204", {});
        dlstack::test::writeTree(dir.path(), {{QStringLiteral("usr/bin/nvidia-smi"), "#!/bin/sh\n"}});
        dlstack::test::makeExecutable(dir.path() + QStringLiteral("/usr/bin/nvidia-smi"));
        const QByteArray message = fixture("smi-failed-communicate-docker");
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"), kCsvArgs, message, 9);
        runner.add(QStringLiteral("nvidia-smi"), {}, message, 9);
        const ProbeContext context(dir.path(), {{QStringLiteral("PATH"), QStringLiteral("/usr/bin")}}, &runner);
        const SystemProfile p = detect(context);
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus[0].state, QStringLiteral("driver_not_loaded"));
        QCOMPARE(p.gpus[0].pciId, QStringLiteral("10de:2204"));
        QVERIFY(hasProblem(p, QStringLiteral("not loaded")));
        QVERIFY(hasProblem(p, QStringLiteral("Install the NVIDIA driver")));
        // the PCI probe alone says the same
        const SystemProfile pci = makePciProbe()->run(context);
        QCOMPARE(pci.gpus.value(0).state, QStringLiteral("driver_not_loaded"));
    }

    void libraryMismatch()
    {
        QTemporaryDir dir;
        addPciDevice(dir.path(), QStringLiteral("0000:01:00.0"), "0x10de", "0x2204", QStringLiteral("nvidia"));
        dlstack::test::writeTree(dir.path(), {{QStringLiteral("proc/driver/nvidia/version"),
                                               "NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05  Sat Aug 19 "
                                               "01:15:15 UTC 2023\n"}});
        const QByteArray message = fixture("nvml-driver-library-mismatch-580");
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"), kCsvArgs, message, 18);
        runner.add(QStringLiteral("nvidia-smi"), {}, message, 18);
        const SystemProfile p = detect(ProbeContext(dir.path(), {}, &runner));
        QVERIFY(hasProblem(p, QStringLiteral("Reboot")));
        QCOMPARE(p.nvidiaDriver->version, QStringLiteral("535.104.05"));
        QCOMPARE(p.gpus.value(0).state, QStringLiteral("error"));
    }

    void nouveauBound()
    {
        QTemporaryDir dir;
        addPciDevice(dir.path(), QStringLiteral("0000:01:00.0"), "0x10de", "0x2204", QStringLiteral("nouveau"));
        addPciDevice(dir.path(), QStringLiteral("0000:00:02.0"), "0x8086", "0x4680", QStringLiteral("i915"));
        ReplayRunner runner; // no nvidia-smi, no lspci
        const SystemProfile p = detect(ProbeContext(dir.path(), {}, &runner));
        QCOMPARE(p.gpus.size(), 2);
        QCOMPARE(p.gpus[0].vendor, QStringLiteral("intel"));
        QCOMPARE(p.gpus[0].state, QString());
        QCOMPARE(p.gpus[1].state, QStringLiteral("no_driver"));
        QVERIFY(hasProblem(p, QStringLiteral("nouveau")));
        QVERIFY(!p.nvidiaDriver.has_value());
    }

    void noDriverAtAll()
    {
        QTemporaryDir dir;
        addPciDevice(dir.path(), QStringLiteral("0000:01:00.0"), "0x10de", "0x2204", {});
        ReplayRunner runner;
        const SystemProfile p = detect(ProbeContext(dir.path(), {}, &runner));
        QCOMPARE(p.gpus.value(0).state, QStringLiteral("no_driver"));
        QVERIFY(hasProblem(p, QStringLiteral("has no driver")));
    }

    void procVersionWithoutSmi()
    {
        QTemporaryDir dir;
        dlstack::test::writeTree(dir.path(), {{QStringLiteral("proc/driver/nvidia/version"),
                                               dlstack::test::readFixture(QStringLiteral(
                                                   "probe/proc-driver-version/proprietary-580.173.02-truenas.txt"))}});
        ReplayRunner runner;
        const SystemProfile p = detect(ProbeContext(dir.path(), {}, &runner));
        QCOMPARE(p.nvidiaDriver->version, QStringLiteral("580.173.02"));
        QVERIFY(!p.nvidiaDriver->openKernelModule);
        QVERIFY(!p.nvidiaDriver->cudaVersion.isEmpty()); // from the driver table
    }

    void oldDriverWithoutComputeCap()
    {
        QTemporaryDir dir;
        ReplayRunner runner;
        runner.add(QStringLiteral("nvidia-smi"), kCsvArgs, {}, 2,
                   "Field \"compute_cap\" is not a valid field to query.\n");
        runner.add(QStringLiteral("nvidia-smi"), kCsvArgsOld, "0, TITAN Xp, 12196, 00000000:17:00.0, 450.57, [N/A]\n");
        runner.add(QStringLiteral("nvidia-smi"), {}, fixture("driver-450.57-titanxp"));
        const SystemProfile p = detect(ProbeContext(dir.path(), {}, &runner));
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus[0].name, QStringLiteral("TITAN Xp"));
        QCOMPARE(p.gpus[0].computeCapability, QStringLiteral("6.1")); // GPU-name table
        QCOMPARE(p.nvidiaDriver->version, QStringLiteral("450.57"));
        QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.value(0).message));
    }

    void hungSmiIsAProblem()
    {
        QTemporaryDir dir;
        ReplayRunner runner;
        ReplayRunner::Recording hung;
        hung.program = QStringLiteral("nvidia-smi");
        hung.args = kCsvArgs;
        hung.result.status = CommandResult::Status::Finished;
        hung.result.exitCode = 0;
        hung.delay = std::chrono::milliseconds(60000);
        runner.add(hung);
        hung.args = {};
        runner.add(hung);
        ProbeContext context(dir.path(), {}, &runner);
        context.setCommandTimeout(std::chrono::milliseconds(200));
        const SystemProfile p = makeNvidiaProbe()->run(context);
        QVERIFY(hasProblem(p, QStringLiteral("did not answer")));
        QVERIFY(p.gpus.isEmpty());
    }

    void rocmVersionSources()
    {
        { // TheRock layout: core/.info/version, no GPU
            QTemporaryDir dir;
            dlstack::test::writeTree(
                dir.path(),
                {{QStringLiteral("opt/rocm-7.14.0/core/.info/version"),
                  dlstack::test::readFixture(QStringLiteral("probe/rocm-version/therock-7.14.0-core.txt"))}});
            ReplayRunner runner;
            const SystemProfile p = makeRocmProbe()->run(ProbeContext(dir.path(), {}, &runner));
            QVERIFY(p.rocm.has_value());
            QCOMPARE(p.rocm->version, QStringLiteral("7.14.0"));
            QCOMPARE(p.rocm->source, QStringLiteral("/opt/rocm-7.14.0/core/.info/version"));
        }
        { // no version file: hipcc --version tells
            QTemporaryDir dir;
            dlstack::test::writeTree(dir.path(), {{QStringLiteral("opt/rocm-6.2.0/bin/hipcc"), "#!/bin/sh\n"}});
            dlstack::test::makeExecutable(dir.path() + QStringLiteral("/opt/rocm-6.2.0/bin/hipcc"));
            ReplayRunner runner;
            runner.add(QStringLiteral("/opt/rocm-6.2.0/bin/hipcc"), {QStringLiteral("--version")},
                       dlstack::test::readFixture(QStringLiteral("probe/hipcc/rocm-6.2.0-hip-6.2.41133.txt")));
            const SystemProfile p = makeRocmProbe()->run(ProbeContext(dir.path(), {}, &runner));
            QVERIFY(p.rocm.has_value());
            QCOMPARE(p.rocm->version, QStringLiteral("6.2.0"));
            QCOMPARE(p.rocm->hipcc, QStringLiteral("/opt/rocm-6.2.0/bin/hipcc"));
        }
    }

    void amdWithKfdTopology()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        addPciDevice(root, QStringLiteral("0000:03:00.0"), "0x1002", "0x740f", QStringLiteral("amdgpu"), "0x038000");
        dlstack::test::writeTree(
            root, {
                      {QStringLiteral("sys/class/kfd/kfd/topology/nodes/0/properties"),
                       "cpu_cores_count 16\nsimd_count 0\ngfx_target_version 0\nlocation_id 0\ndomain 0\n"},
                      {QStringLiteral("sys/class/kfd/kfd/topology/nodes/1/properties"),
                       "cpu_cores_count 0\nsimd_count 416\ngfx_target_version 90010\nlocation_id 768\ndomain 0\n"},
                      {QStringLiteral("sys/bus/pci/devices/0000:03:00.0/mem_info_vram_total"), "68702699520\n"},
                      {QStringLiteral("opt/rocm-6.0.2/.info/version"), "6.0.2-115\n"},
                      {QStringLiteral("opt/rocm-6.0.2/bin/hipcc"), "#!/bin/sh\n"},
                      {QStringLiteral("opt/rocm-6.0.2/lib/"), {}},
                      {QStringLiteral("sys/class/drm/"), {}},
                  });
        dlstack::test::makeExecutable(root + QStringLiteral("/opt/rocm-6.0.2/bin/hipcc"));
        QVERIFY(QFile::link(QStringLiteral("rocm-6.0.2"), root + QStringLiteral("/opt/rocm")));
        QVERIFY(QFile::link(QStringLiteral("../../bus/pci/devices/0000:03:00.0"),
                            root + QStringLiteral("/sys/class/drm/card1")));
        QDir().mkpath(root + QStringLiteral("/sys/class/drm/card1/"));
        ReplayRunner runner;
        runner.add(QStringLiteral("rocminfo"), {},
                   "ROCk module is loaded\nHSA Agents\n*******\nAgent 1\n*******\n  Name:  AMD EPYC 7763\n"
                   "  Device Type:  CPU\n*******\nAgent 2\n*******\n  Name:                    gfx90a\n"
                   "  Marketing Name:          AMD Instinct MI210\n  Device Type:             GPU\n"
                   "  BDFID:                   768\n  ISA Info:\n    ISA 1\n"
                   "      Name:                    amdgcn-amd-amdhsa--gfx90a:sramecc+:xnack-\n");
        const SystemProfile p = detect(ProbeContext(root, {}, &runner));
        QCOMPARE(p.gpus.size(), 1);
        const Gpu &gpu = p.gpus.first();
        QCOMPARE(gpu.vendor, QStringLiteral("amd"));
        QCOMPARE(gpu.gfxTarget, QStringLiteral("gfx90a"));
        QCOMPARE(gpu.name, QStringLiteral("AMD Instinct MI210"));
        QCOMPARE(gpu.memoryMib, 65520);
        QCOMPARE(gpu.pciId, QStringLiteral("1002:740f"));
        QVERIFY(p.rocm.has_value());
        QCOMPARE(p.rocm->version, QStringLiteral("6.0.2"));
        QCOMPARE(p.rocm->path, QStringLiteral("/opt/rocm-6.0.2"));
        QCOMPARE(p.rocm->hipcc, QStringLiteral("/opt/rocm-6.0.2/bin/hipcc"));
    }

    // The Instinct MI300 series is PCI class 0x1200 (processing accelerator), not a display
    // class; Intel's NPU has the same class and is not a GPU.
    void acceleratorClassIsAGpuForAmdOnly()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        addPciDevice(root, QStringLiteral("0000:1b:00.0"), "0x1002", "0x74a1", QStringLiteral("amdgpu"), "0x120000");
        addPciDevice(root, QStringLiteral("0000:00:0b.0"), "0x8086", "0x7d1d", QStringLiteral("intel_vpu"), "0x120000");
        dlstack::test::writeTree(root, {{QStringLiteral("sys/class/drm/"), {}}});
        ReplayRunner runner;
        const SystemProfile p = detect(ProbeContext(root, {}, &runner));
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus.first().vendor, QStringLiteral("amd"));
        QCOMPARE(p.gpus.first().pciId, QStringLiteral("1002:74a1"));
    }
};

QTEST_GUILESS_MAIN(TestGpuProbes)
#include "tst_gpuprobes.moc"
