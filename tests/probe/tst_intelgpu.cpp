// SPDX-License-Identifier: GPL-3.0-or-later
// Intel GPUs from sysfs trees laid out as the kernel lays them out
// (tests/fixtures/probe/sysfs/SOURCES.md): named from the PCI id table without lspci and by
// lspci when it is there, memory from xe's tile files, Level Zero and the compute runtime
// found from their library names; the fact sheet never says "no GPU" for them.
#include "core/matrix/factsheet.h"
#include "core/probe/detectiontables.h"
#include "core/probe/intelruntime.h"
#include "core/probe/pciidtable.h"
#include "core/probe/probes.h"
#include "core/probe/replayrunner.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace dlstack::probe;

namespace {

SystemProfile detectGpus(const QString &tree, const ReplayRunner &runner)
{
    ProbeContext context(dlstack::test::fixturePath(QStringLiteral("probe/sysfs/") + tree),
                         {{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")}}, &runner);
    SystemProfile profile;
    profile.merge(makePciProbe()->run(context));
    profile.merge(makeNvidiaProbe()->run(context));
    profile.finalize(dlstack::probe::DetectionTables::builtin());
    return profile;
}

const Gpu *gpuAt(const SystemProfile &p, const QString &busId)
{
    for (const Gpu &g : p.gpus) {
        if (normalizePciBusId(g.pciBusId) == busId)
            return &g;
    }
    return nullptr;
}

const GpuRuntime *runtime(const SystemProfile &p, const QString &name)
{
    for (const GpuRuntime &r : p.gpuRuntimes) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString sheetText(const SystemProfile &p)
{
    QStringList lines;
    for (const auto &section : dlstack::matrix::factSheet(p, dlstack::matrix::Matrix{})) {
        for (const auto &row : section.rows)
            lines << row.fact + u' ' + row.value + u' ' + row.reason;
    }
    return lines.join(u'\n');
}

} // namespace

class TestIntelGpu : public QObject
{
    Q_OBJECT
private slots:
    void battlemageOnXeWithLevelZero()
    {
        const ReplayRunner noPrograms; // no lspci, no nvidia-smi
        const SystemProfile p = detectGpus(QStringLiteral("intel-b580-xe"), noPrograms);
        QCOMPARE(p.gpus.size(), 1);
        const Gpu *gpu = gpuAt(p, QStringLiteral("0000:03:00.0"));
        QVERIFY(gpu);
        QCOMPARE(gpu->vendor, QStringLiteral("intel"));
        QCOMPARE(gpu->pciId, QStringLiteral("8086:e20b"));
        QCOMPARE(gpu->name, QStringLiteral("Intel Arc B580")); // pci.ids, no lspci here
        QCOMPARE(gpu->memoryMib, 12 * 1024);                   // tile0/physical_vram_size_bytes
        QCOMPARE(gpu->driver, QStringLiteral("xe"));           // the driver link
        QVERIFY(gpu->state.isEmpty());
        QVERIFY2(gpu->source.contains(QStringLiteral("tile0/physical_vram_size_bytes")), qPrintable(gpu->source));

        const GpuRuntime *loader = runtime(p, QStringLiteral("level_zero_loader"));
        QVERIFY(loader);
        QCOMPARE(loader->version, QStringLiteral("1.28.2"));
        QCOMPARE(loader->path, QStringLiteral("/usr/lib/x86_64-linux-gnu/libze_loader.so.1"));
        const GpuRuntime *driver = runtime(p, QStringLiteral("level_zero_intel_gpu"));
        QVERIFY(driver);
        QCOMPARE(driver->version, QStringLiteral("1.15.38308"));
        const GpuRuntime *opencl = runtime(p, QStringLiteral("intel_opencl"));
        QVERIFY(opencl);
        QCOMPARE(opencl->path, QStringLiteral("libigdrcl.so"));

        const QString sheet = sheetText(p);
        QVERIFY2(!sheet.contains(QStringLiteral("GPU none found")), qPrintable(sheet));
        QVERIFY2(sheet.contains(QStringLiteral("Intel Arc B580, 12.0 GiB")), qPrintable(sheet));
        QVERIFY2(sheet.contains(QStringLiteral("Level Zero can reach it")), qPrintable(sheet));

        // The profile keeps all of it through JSON.
        const auto back = SystemProfile::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().gpuRuntimes.size(), p.gpuRuntimes.size());
        QCOMPARE(back.value().gpuRuntimes.first().version, p.gpuRuntimes.first().version);
    }

    void alchemistOnI915AndIntegratedWithoutRuntime()
    {
        const ReplayRunner noPrograms;
        const SystemProfile p = detectGpus(QStringLiteral("intel-a770-i915-plus-igpu"), noPrograms);
        QCOMPARE(p.gpus.size(), 2);
        const Gpu *arc = gpuAt(p, QStringLiteral("0000:03:00.0"));
        QVERIFY(arc);
        QCOMPARE(arc->name, QStringLiteral("Intel Arc A770"));
        QCOMPARE(arc->memoryMib, 0); // mainline i915 does not publish it: unknown, not guessed
        QCOMPARE(arc->driver, QStringLiteral("i915"));
        QVERIFY(arc->state.isEmpty());
        const Gpu *igpu = gpuAt(p, QStringLiteral("0000:00:02.0"));
        QVERIFY(igpu);
        QCOMPARE(igpu->vendor, QStringLiteral("intel"));
        QCOMPARE(igpu->pciId, QStringLiteral("8086:4680"));
        QVERIFY(igpu->name.isEmpty()); // a UHD iGPU is not in the compute table; lspci names it
        QVERIFY(p.gpuRuntimes.isEmpty());
        const QString sheet = sheetText(p);
        QVERIFY2(sheet.contains(QStringLiteral("libze_intel_gpu.so.1) is missing")), qPrintable(sheet));
    }

    void lspciNameWinsWhenPresent()
    {
        ReplayRunner runner;
        // The A770's line from https://github.com/intel/compute-runtime/issues/964 with -D -nn ids.
        runner.add(QStringLiteral("lspci"), {QStringLiteral("-D"), QStringLiteral("-nn")},
                   "0000:00:02.0 Display controller [0380]: Intel Corporation AlderLake-S GT1 [8086:4680] (rev 0c)\n"
                   "0000:03:00.0 VGA compatible controller [0300]: Intel Corporation DG2 [Arc A770] [8086:56a0] "
                   "(rev 08)\n");
        const SystemProfile p = detectGpus(QStringLiteral("intel-a770-i915-plus-igpu"), runner);
        const Gpu *igpu = gpuAt(p, QStringLiteral("0000:00:02.0"));
        QVERIFY(igpu);
        QVERIFY2(igpu->name.contains(QStringLiteral("AlderLake-S GT1")), qPrintable(igpu->name));
        QVERIFY2(igpu->source.contains(QStringLiteral("lspci")), qPrintable(igpu->source));
    }

    void tableAndLibraryNames()
    {
        const PciIdTable &table = PciIdTable::builtin();
        QVERIFY(table.entries().size() >= 60);
        const PciIdTable::Entry *a770 = table.find(QStringLiteral("8086:56A0"));
        QVERIFY(a770);
        QCOMPARE(a770->name, QStringLiteral("DG2 [Arc A770]"));
        QVERIFY(a770->discrete);
        QVERIFY(!table.find(QStringLiteral("10de:2204")));
        QCOMPARE(
            versionFromSharedLibraryName(QStringLiteral("libze_loader.so.1.28.2"), QStringLiteral("libze_loader.so")),
            QStringLiteral("1.28.2"));
        QVERIFY(versionFromSharedLibraryName(QStringLiteral("libze_loader.so.1.bak"), QStringLiteral("libze_loader.so"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntelGpu)
#include "tst_intelgpu.moc"
