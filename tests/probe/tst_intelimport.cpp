// SPDX-License-Identifier: GPL-3.0-or-later
// Intel GPU outputs people paste, read by `dlstack import`: sycl-ls (three layouts), clinfo -l,
// xpu-smi discovery and summary, collect_env's XPU section and lspci of Intel cards. Each row is
// a real capture of the development part of the corpus (tests/fixtures/probe/SOURCES.tsv names
// its thread); the test part is scored by import_eval, never here.
#include "core/probe/importer.h"
#include "core/probe/syclparsers.h"
#include "core/probe/xpusmiparser.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace dlstack::probe;

namespace {

Importer::Outcome importFixture(const QString &path)
{
    return Importer().import(dlstack::test::readFixture(QStringLiteral("probe/corpus/") + path), path);
}

const GpuRuntime *runtime(const SystemProfile &p, const QString &name)
{
    for (const GpuRuntime &r : p.gpuRuntimes) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString problems(const SystemProfile &p)
{
    QStringList texts;
    for (const auto &problem : p.problems)
        texts << problem.message;
    return texts.join(u'\n');
}

} // namespace

class TestIntelImport : public QObject
{
    Q_OBJECT
private slots:
    void syclLsWithLevelZeroAndOpenCl()
    {
        // Windows, old [backend:type:N] ids: each GPU on OpenCL and on Level Zero, counted once.
        const auto o = importFixture(QStringLiteral("sycl-ls/llama-cpp-5513-windows-ext-oneapi-ids-uhd770-a770.txt"));
        QCOMPARE(o.format, QStringLiteral("sycl-ls"));
        QCOMPARE(o.profile.gpus.size(), 2);
        QCOMPARE(o.profile.gpus[0].name, QStringLiteral("Intel(R) UHD Graphics 770"));
        QCOMPARE(o.profile.gpus[1].name, QStringLiteral("Intel(R) Arc(TM) A770 Graphics"));
        QCOMPARE(o.profile.gpus[1].vendor, QStringLiteral("intel"));
        const GpuRuntime *levelZero = runtime(o.profile, QStringLiteral("level_zero_intel_gpu"));
        QVERIFY(levelZero);
        QCOMPARE(levelZero->version, QStringLiteral("1.3.28044"));
        QVERIFY2(levelZero->source.contains(QStringLiteral("sycl-ls")), qPrintable(levelZero->source));
        const GpuRuntime *opencl = runtime(o.profile, QStringLiteral("intel_opencl"));
        QVERIFY(opencl);
        QCOMPARE(opencl->version, QStringLiteral("31.0.101.5186"));
    }

    void syclLsOfTwentyTwentyOneHasNoGpu()
    {
        // "[opencl:0] CPU : Intel(R) OpenCL 3.0 [...]": recognised, no device names, no GPU.
        const auto devices = sycl::parseSyclLs(QString::fromUtf8(dlstack::test::readFixture(
            QStringLiteral("probe/corpus/sycl-ls/compute-runtime-477-2021-layout-no-gpu.txt"))));
        QCOMPARE(devices.size(), 3);
        QCOMPARE(devices[1].type, QStringLiteral("cpu"));
        QCOMPARE(devices[1].driver, QStringLiteral("2021.12.9.0.24_005321"));
        QCOMPARE(devices[2].backend, QStringLiteral("host"));
        const auto o = importFixture(QStringLiteral("sycl-ls/compute-runtime-477-2021-layout-no-gpu.txt"));
        QCOMPARE(o.format, QStringLiteral("sycl-ls"));
        QVERIFY(o.profile.gpus.isEmpty());
        QVERIFY(o.profile.gpuRuntimes.isEmpty());
    }

    void clinfoNamesAnUnnamedDeviceFromThePciTable()
    {
        const auto o = importFixture(QStringLiteral("clinfo/compute-runtime-788-clinfo-l-b580-0xe20b.txt"));
        QCOMPARE(o.format, QStringLiteral("clinfo-list"));
        QCOMPARE(o.profile.gpus.size(), 1);
        QCOMPARE(o.profile.gpus[0].pciId, QStringLiteral("8086:e20b"));
        QCOMPARE(o.profile.gpus[0].name, QStringLiteral("Intel Arc B580")); // "Intel(R) Graphics [0xe20b]"
        QVERIFY(runtime(o.profile, QStringLiteral("intel_opencl")));
    }

    void xpuSmiWithoutAUsableGpuSaysWhy()
    {
        const auto o =
            importFixture(QStringLiteral("xpu-smi/xpumanager-158-discovery-survivability-mode-truncated.txt"));
        QCOMPARE(o.format, QStringLiteral("xpu-smi"));
        QVERIFY(o.profile.gpus.isEmpty()); // the device in survivability mode has no name to report
        const QString text = problems(o.profile);
        QVERIFY2(text.contains(QStringLiteral("found no GPU")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("survivability mode")), qPrintable(text));
    }

    void collectEnvXpuSection()
    {
        const auto o =
            importFixture(QStringLiteral("collect-env/pytorch-194487-torch-2.13.0-xpu-wsl2-b580-0xb080-truncated.txt"));
        QCOMPARE(o.format, QStringLiteral("collect-env"));
        const GpuRuntime *loader = runtime(o.profile, QStringLiteral("level_zero_loader"));
        QVERIFY(loader);
        QCOMPARE(loader->version, QStringLiteral("1.32.0")); // libze1 1.32.0-1~26.04~ppa1
        const GpuRuntime *opencl = runtime(o.profile, QStringLiteral("intel_opencl"));
        QVERIFY(opencl);
        QCOMPARE(opencl->version, QStringLiteral("26.27.39122.14"));
        QVERIFY(o.profile.gpus.isEmpty()); // "Intel GPU models onboard: N/A", the detected list cut
    }

    void lspciOfUnnamedIntelCards()
    {
        // "Display controller: Intel Corporation Device 0bda": the id from the name, the name from pci.ids.
        const auto o = importFixture(QStringLiteral("lspci/ipex-678-plain-2x-max1100-0bda-aspeed.txt"));
        QCOMPARE(o.format, QStringLiteral("lspci"));
        QCOMPARE(o.profile.gpus.size(), 3);
        QCOMPARE(o.profile.gpus[1].pciId, QStringLiteral("8086:0bda"));
        QCOMPARE(o.profile.gpus[1].name, QStringLiteral("Intel Data Center GPU Max 1100"));
        QVERIFY(o.profile.gpus[0].pciId.isEmpty()); // ASPEED: not guessed
    }

    void otherToolsAreNotIntelListings()
    {
        // An nvidia-smi table is shaped like xpu-smi's summary; a bracketed log is not sycl-ls.
        const QString smi =
            QString::fromUtf8(dlstack::test::readFixture(QStringLiteral("probe/nvidia-smi/driver-550.40-rtx4070.txt")));
        QVERIFY(!xpusmi::looksLikeSummary(smi));
        QVERIFY(!xpusmi::looksLikeDiscovery(smi));
        QVERIFY(!sycl::looksLikeSyclLs(smi));
        QVERIFY(!sycl::looksLikeSyclLs(QStringLiteral("[INFO] starting\n[WARN] no device\nplain line\n")));
        QVERIFY(!sycl::looksLikeClinfoList(QStringLiteral("Platform #0: only a platform line\n")));
        QCOMPARE(Importer().recognize(smi), QStringLiteral("nvidia-smi"));
    }

    void driverSurvivesJson()
    {
        SystemProfile p;
        Gpu gpu;
        gpu.vendor = QStringLiteral("intel");
        gpu.driver = QStringLiteral("xe");
        p.gpus.append(gpu);
        const auto back = SystemProfile::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().gpus.value(0).driver, QStringLiteral("xe"));
    }
};

QTEST_GUILESS_MAIN(TestIntelImport)
#include "tst_intelimport.moc"
