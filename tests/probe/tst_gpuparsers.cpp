// SPDX-License-Identifier: GPL-3.0-or-later
// Every captured GPU-area fixture (tests/fixtures/probe/<kind>/<slug>.txt) through its
// parser, compared key by key with <slug>.expect.json; the Importer must recognise each
// text as its own kind and build a profile with the same GPUs and versions.
#include "core/probe/amdsmiparsers.h"
#include "core/probe/importer.h"
#include "core/probe/lspciparser.h"
#include "core/probe/nvidiaprocparser.h"
#include "core/probe/nvidiasmiparser.h"
#include "core/probe/rocmparsers.h"
#include "core/support/textutil.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dlstack::probe;

namespace {

const QStringList kKinds = {QStringLiteral("nvidia-smi"),   QStringLiteral("nvidia-smi-csv"),
                            QStringLiteral("nvidia-smi-q"), QStringLiteral("proc-driver-version"),
                            QStringLiteral("lspci"),        QStringLiteral("rocminfo"),
                            QStringLiteral("rocm-smi"),     QStringLiteral("rocm-version"),
                            QStringLiteral("hipcc")};

QString errorName(nvidiasmi::SmiError e)
{
    switch (e) {
    case nvidiasmi::SmiError::DriverNotLoaded:
        return QStringLiteral("driver_not_loaded");
    case nvidiasmi::SmiError::NoDevices:
        return QStringLiteral("no_devices");
    case nvidiasmi::SmiError::DriverLibraryMismatch:
        return QStringLiteral("driver_library_mismatch");
    case nvidiasmi::SmiError::InvalidField:
        return QStringLiteral("invalid_field");
    case nvidiasmi::SmiError::None:
        break;
    }
    return {};
}

QJsonObject gpuJson(const QString &name, qint64 memory, const QString &bus, const QString &cc, const QString &gfx,
                    bool mig)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("memory_mib"), memory},
            {QStringLiteral("pci_bus_id"), normalizePciBusId(bus)},
            {QStringLiteral("compute_capability"), cc},
            {QStringLiteral("gfx_target"), gfx},
            {QStringLiteral("mig"), mig}};
}

// The facts a parser found, in the key names of the expect files.
QJsonObject parsedFacts(const QString &kind, const QString &text)
{
    QJsonObject facts;
    QJsonArray gpus;
    if (kind.startsWith(u"nvidia-smi")) {
        const nvidiasmi::SmiReport r = kind == u"nvidia-smi-q"     ? nvidiasmi::parseQuery(text)
                                       : kind == u"nvidia-smi-csv" ? nvidiasmi::parseCsv(text)
                                                                   : nvidiasmi::parseTable(text);
        for (const nvidiasmi::SmiGpu &g : r.gpus)
            gpus.append(gpuJson(g.name, g.memoryMib, g.pciBusId, g.computeCapability, {}, g.mig));
        facts[QStringLiteral("gpu_count")] = r.gpuCount();
        facts[QStringLiteral("driver_version")] = r.driverVersion;
        facts[QStringLiteral("cuda_version")] = r.cudaVersion;
        facts[QStringLiteral("wsl")] = r.wsl;
        facts[QStringLiteral("error")] = errorName(r.error);
    } else if (kind == u"proc-driver-version") {
        const nvidiaproc::ProcDriverVersion v = nvidiaproc::parse(text);
        facts[QStringLiteral("driver_version")] = v.version;
        facts[QStringLiteral("gcc_version")] = v.gccVersion;
    } else if (kind == u"lspci") {
        for (const lspci::PciDisplay &d : lspci::parse(text))
            gpus.append(gpuJson(d.name, 0, d.busId, {}, {}, false));
        facts[QStringLiteral("gpu_count")] = gpus.size();
    } else if (kind == u"rocminfo") {
        for (const rocmparsers::RocmAgent &a : rocmparsers::parseRocminfo(text))
            gpus.append(gpuJson(a.marketingName, 0, a.pciBusId, {}, a.gfxTarget, false));
        facts[QStringLiteral("gpu_count")] = gpus.size();
    } else if (kind == u"rocm-smi") {
        for (const rocmparsers::RocmSmiGpu &g : rocmparsers::parseRocmSmi(text))
            gpus.append(gpuJson(g.name, 0, {}, {}, {}, false));
        facts[QStringLiteral("gpu_count")] = gpus.size();
    } else if (kind == u"rocm-version") {
        facts[QStringLiteral("rocm_version")] = rocmparsers::parseVersionFile(text);
    } else if (kind == u"hipcc") {
        const rocmparsers::HipccVersion v = rocmparsers::parseHipcc(text);
        facts[QStringLiteral("hip_version")] = v.hipVersion;
        facts[QStringLiteral("rocm_version")] = v.rocmVersion;
    }
    facts[QStringLiteral("gpus")] = gpus;
    return facts;
}

QJsonValue normalized(const QString &key, const QJsonValue &value)
{
    if (key == u"pci_bus_id")
        return normalizePciBusId(value.toString());
    return value;
}

} // namespace

class TestGpuParsers : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fixture");
        int rows = 0;
        for (const QString &kind : kKinds) {
            for (const QString &file : dlstack::test::fixtureFiles(QStringLiteral("probe/") + kind)) {
                if (file.endsWith(u".expect.json"))
                    continue;
                QTest::newRow(qPrintable(file.section(u'/', 1))) << kind << file;
                ++rows;
            }
        }
        QVERIFY2(rows >= 59, "fixtures of the GPU area went missing");
    }

    void fixtures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fixture);
        const QByteArray bytes = dlstack::test::readFixture(fixture);
        const QString text = dlstack::support::decodeToolOutput(bytes);
        const QString expectPath = fixture.chopped(4) + QStringLiteral(".expect.json");
        const QJsonObject expect = QJsonDocument::fromJson(dlstack::test::readFixture(expectPath)).object();
        QVERIFY2(!expect.isEmpty(), qPrintable(expectPath));

        const QJsonObject facts = parsedFacts(kind, text);
        for (auto it = expect.begin(); it != expect.end(); ++it) {
            if (it.key() == u"gpus")
                continue;
            QVERIFY2(facts.contains(it.key()), qPrintable(QStringLiteral("no parser fact for key ") + it.key()));
            QCOMPARE(facts.value(it.key()).toVariant(), it.value().toVariant());
        }
        if (expect.contains(QStringLiteral("gpus"))) {
            const QJsonArray want = expect.value(QStringLiteral("gpus")).toArray();
            const QJsonArray got = facts.value(QStringLiteral("gpus")).toArray();
            QCOMPARE(got.size(), want.size());
            for (qsizetype i = 0; i < want.size(); ++i) {
                const QJsonObject w = want[i].toObject();
                const QJsonObject g = got[i].toObject();
                for (auto it = w.begin(); it != w.end(); ++it) {
                    QVERIFY2(g.contains(it.key()), qPrintable(it.key()));
                    QCOMPARE(g.value(it.key()).toVariant(), normalized(it.key(), it.value()).toVariant());
                }
            }
        }

        // The importer recognises the text as this kind and its profile agrees.
        const Importer importer;
        const Importer::Outcome outcome = importer.import(bytes, fixture);
        QCOMPARE(outcome.format, kind);
        const SystemProfile &p = outcome.profile;
        if (expect.contains(QStringLiteral("gpus")))
            QCOMPARE(p.gpus.size(), expect.value(QStringLiteral("gpus")).toArray().size());
        if (kind != u"hipcc" && kind != u"rocm-version" && expect.contains(QStringLiteral("driver_version"))) {
            QVERIFY(p.nvidiaDriver.has_value());
            QCOMPARE(p.nvidiaDriver->version, expect.value(QStringLiteral("driver_version")).toString());
        }
        if (expect.contains(QStringLiteral("rocm_version"))) {
            QVERIFY(p.rocm.has_value());
            QCOMPARE(p.rocm->version, expect.value(QStringLiteral("rocm_version")).toString());
        }
        if (!expect.value(QStringLiteral("error")).toString().isEmpty())
            QVERIFY2(!p.problems.isEmpty(), "a failure message must become a problem entry");
        if (expect.value(QStringLiteral("wsl")).toBool())
            QVERIFY(p.host.wsl);
    }

    // The GPU recognisers must not claim the texts of other areas (gcc, nvcc, conda, os-release ...).
    void otherKindsAreNotStolen()
    {
        const QDir probeDir(dlstack::test::fixturePath(QStringLiteral("probe")));
        const QList<ImportFormat> formats = gpuImportFormats();
        int checked = 0;
        for (const QString &kind : probeDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (kKinds.contains(kind))
                continue;
            for (const QString &file : dlstack::test::fixtureFiles(QStringLiteral("probe/") + kind)) {
                if (file.endsWith(u".expect.json"))
                    continue;
                const QString text = dlstack::support::decodeToolOutput(dlstack::test::readFixture(file));
                for (const ImportFormat &format : formats)
                    QVERIFY2(!format.recognizes(text), qPrintable(file + QStringLiteral(" taken as ") + format.id));
                ++checked;
            }
        }
        QVERIFY(checked > 10);
    }

    void gfxTargets_data()
    {
        QTest::addColumn<qint64>("version");
        QTest::addColumn<QString>("target");
        QTest::newRow("mi210") << qint64(90010) << QStringLiteral("gfx90a");
        QTest::newRow("rx7900") << qint64(110000) << QStringLiteral("gfx1100");
        QTest::newRow("mi300x") << qint64(90402) << QStringLiteral("gfx942");
        QTest::newRow("mi25") << qint64(90000) << QStringLiteral("gfx900");
        QTest::newRow("rx6800") << qint64(100300) << QStringLiteral("gfx1030");
        QTest::newRow("cpu") << qint64(0) << QString();
        QTest::newRow("garbage") << qint64(99999999) << QString();
    }
    void gfxTargets()
    {
        QFETCH(qint64, version);
        QFETCH(QString, target);
        QCOMPARE(rocmparsers::gfxTargetFromVersion(version), target);
    }

    void isaSuffixes()
    {
        QCOMPARE(rocmparsers::gfxTargetFromIsa(QStringLiteral("amdgcn-amd-amdhsa--gfx90a:sramecc+:xnack-")),
                 QStringLiteral("gfx90a"));
        QCOMPARE(rocmparsers::gfxTargetFromIsa(QStringLiteral("gfx1100")), QStringLiteral("gfx1100"));
        QCOMPARE(rocmparsers::busIdFromLocation(25344), QStringLiteral("0000:63:00.0"));
    }

    // Outputs of the probe's own command: csv without header, old driver error, "[N/A]" values.
    void csvNoHeader()
    {
        const QStringList fields = {QStringLiteral("index"),           QStringLiteral("name"),
                                    QStringLiteral("memory.total"),    QStringLiteral("compute_cap"),
                                    QStringLiteral("pci.bus_id"),      QStringLiteral("driver_version"),
                                    QStringLiteral("mig.mode.current")};
        const auto r = nvidiasmi::parseCsv(
            QStringLiteral("0, NVIDIA GeForce RTX 3090, 24576, 8.6, 00000000:01:00.0, 535.104.05, [N/A]\n"
                           "1, NVIDIA A100-SXM4-80GB, 81920, 8.0, 00000000:41:00.0, 535.104.05, Enabled\n"),
            fields);
        QCOMPARE(r.gpus.size(), 2);
        QCOMPARE(r.gpus[0].memoryMib, 24576);
        QCOMPARE(r.gpus[0].computeCapability, QStringLiteral("8.6"));
        QVERIFY(!r.gpus[0].mig);
        QVERIFY(r.gpus[1].mig);
        QCOMPARE(r.driverVersion, QStringLiteral("535.104.05"));
        QCOMPARE(nvidiasmi::detectError(QStringLiteral("Field \"compute_cap\" is not a valid field to query.\n")),
                 nvidiasmi::SmiError::InvalidField);
    }

    // A header of fields the list of identifying ones lacks (clocks) is nvidia-smi's only when
    // the paste echoes the query command; the same header alone could be any CSV.
    void csvHeaderOfOtherFieldsNeedsTheCommand()
    {
        const QString header = QStringLiteral("clocks.current.memory [MHz], clocks.max.memory [MHz]\n"
                                              "3996 MHz, 3996 MHz\n");
        QVERIFY(!nvidiasmi::looksLikeCsv(header));
        const QString pasted =
            QStringLiteral("nvidia-smi --query-gpu=clocks.mem,clocks.max.mem --format=csv\n\n") + header;
        QVERIFY(nvidiasmi::looksLikeCsv(pasted));
        QCOMPARE(nvidiasmi::parseCsv(pasted).gpus.size(), 1);
        QVERIFY(!nvidiasmi::looksLikeCsv(QStringLiteral("echo nvidia-smi is here\nclocks.sm [MHz]\n1980 MHz\n")));
    }

    void versionFileIsStrict()
    {
        QVERIFY(rocmparsers::looksLikeVersionFile(QStringLiteral("6.0.2-115\n")));
        QCOMPARE(rocmparsers::parseVersionFile(QStringLiteral("5.7.1-98")), QStringLiteral("5.7.1"));
        QVERIFY(!rocmparsers::looksLikeVersionFile(QStringLiteral("535.104.05")));
        QVERIFY(!rocmparsers::looksLikeVersionFile(QStringLiteral("6.0.2\n6.0.3")));
        QVERIFY(!rocmparsers::looksLikeVersionFile(QStringLiteral("12.1")));
        QVERIFY(!rocmparsers::looksLikeVersionFile(QStringLiteral("Python 3.10.12")));
    }

    // With -nn, a pci.ids older than the card prints just "Device" before the ids: that is no
    // name. An Intel GPU gets its name from the table, another vendor's none (not "Device").
    void unknownDeviceIsNoName()
    {
        const QString text =
            QStringLiteral("00:02.0 VGA compatible controller [0300]: Intel Corporation Device [8086:56a0] (rev 08)\n"
                           "01:00.0 VGA compatible controller [0300]: NVIDIA Corporation Device [10de:2b85] (rev a1)\n"
                           "02:00.0 Display controller: Intel Corporation Device 56a1\n");
        const QList<lspci::PciDisplay> devices = lspci::parse(text);
        QCOMPARE(devices.size(), 3);
        QCOMPARE(devices.at(0).name, QString());
        QCOMPARE(devices.at(1).name, QString());
        QCOMPARE(devices.at(2).pciId, QStringLiteral("8086:56a1"));
        const SystemProfile profile = lspci::toProfile(devices, QStringLiteral("lspci"));
        QCOMPARE(profile.gpus.at(0).name, QStringLiteral("Intel Arc A770"));
        QCOMPARE(profile.gpus.at(1).name, QString());
        QCOMPARE(profile.gpus.at(1).pciId, QStringLiteral("10de:2b85"));
    }

    // lspci -n prints numbers only; lspci -vmm (and -nnvmm) prints "Tag:<tab>value" records
    // (lspci(8), "Machine readable output"). Display classes 0300, 0302 and 0380 are GPUs.
    void numericAndMachineReadableLayouts()
    {
        const QString numeric = QStringLiteral("00:00.0 0600: 8086:2f00 (rev 02)\n"
                                               "00:02.0 0300: 8086:56a0 (rev 08)\n"
                                               "41:00.0 0302: 10de:2330 (rev a1)\n"
                                               "42:00.0 0108: 144d:a80a\n");
        QVERIFY(lspci::looksLike(numeric));
        const QList<lspci::PciDisplay> byNumber = lspci::parse(numeric);
        QCOMPARE(byNumber.size(), 2);
        QCOMPARE(byNumber.at(0).pciId, QStringLiteral("8086:56a0"));
        QCOMPARE(byNumber.at(0).vendor, QStringLiteral("intel"));
        QCOMPARE(byNumber.at(1).busId, QStringLiteral("41:00.0"));
        QCOMPARE(byNumber.at(1).className, QStringLiteral("3D controller"));
        QCOMPARE(byNumber.at(1).vendor, QStringLiteral("nvidia"));

        const QString records = QStringLiteral("Slot:\t00:00.0\nClass:\tHost bridge [0600]\n"
                                               "Vendor:\tIntel Corporation [8086]\nDevice:\tSky Lake-E DMI3 [2020]\n\n"
                                               "Slot:\t0000:41:00.0\nClass:\t3D controller [0302]\n"
                                               "Vendor:\tNVIDIA Corporation [10de]\nDevice:\tGH100 [H100 PCIe] [2331]\n"
                                               "SVendor:\tNVIDIA Corporation [10de]\nSDevice:\tDevice [1626]\n"
                                               "Rev:\ta1\nDriver:\tnvidia\nModule:\tnvidia\n\n"
                                               "Slot:\t00:0f.0\nClass:\tVGA compatible controller\nVendor:\tVMware\n"
                                               "Device:\tSVGA II Adapter\n");
        QVERIFY(lspci::looksLike(records));
        const QList<lspci::PciDisplay> byTag = lspci::parse(records);
        QCOMPARE(byTag.size(), 2);
        QCOMPARE(byTag.at(0).busId, QStringLiteral("0000:41:00.0"));
        QCOMPARE(byTag.at(0).name, QStringLiteral("H100 PCIe"));
        QCOMPARE(byTag.at(0).pciId, QStringLiteral("10de:2331"));
        QCOMPARE(byTag.at(0).vendor, QStringLiteral("nvidia"));
        QCOMPARE(byTag.at(0).driver, QStringLiteral("nvidia"));
        QCOMPARE(byTag.at(1).name, QStringLiteral("SVGA II Adapter"));
        QCOMPARE(byTag.at(1).pciId, QString());
        // Prose with a "Slot:" line is not such a record set.
        QVERIFY(!lspci::looksLike(QStringLiteral("Slot:\t00:02.0\nthe card is in this slot, see above\n")));
    }

    // Processing accelerators (class 1200) are GPUs when AMD's (Instinct MI300X); Intel's NPU
    // of the same class is not, in every layout.
    void acceleratorClass()
    {
        const QString plain = QStringLiteral(
            "00:0b.0 Processing accelerators: Intel Corporation Meteor Lake NPU (rev 04)\n"
            "1b:00.0 Processing accelerators [1200]: Advanced Micro Devices, Inc. [AMD/ATI] Aqua Vanjaram "
            "[Instinct MI300X] [1002:74a1]\n"
            "\tKernel modules: amdgpu\n");
        QVERIFY(lspci::looksLike(plain));
        const QList<lspci::PciDisplay> devices = lspci::parse(plain);
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0).name, QStringLiteral("Instinct MI300X"));
        QCOMPARE(devices.at(0).vendor, QStringLiteral("amd"));
        QCOMPARE(devices.at(0).pciId, QStringLiteral("1002:74a1"));
        QCOMPARE(devices.at(0).driver, QString());
        const QList<lspci::PciDisplay> numeric =
            lspci::parse(QStringLiteral("00:0b.0 1200: 8086:7d1d (rev 04)\n1b:00.0 1200: 1002:74a1\n"));
        QCOMPARE(numeric.size(), 1);
        QCOMPARE(numeric.at(0).pciId, QStringLiteral("1002:74a1"));
        const QList<lspci::PciDisplay> records = lspci::parse(
            QStringLiteral("Slot:\t00:0b.0\nClass:\tProcessing accelerators [1200]\nVendor:\tIntel Corporation [8086]\n"
                           "Device:\tMeteor Lake NPU [7d1d]\n\nSlot:\t1b:00.0\nClass:\tProcessing accelerators [1200]\n"
                           "Vendor:\tAdvanced Micro Devices, Inc. [AMD/ATI] [1002]\nDevice:\tAqua Vanjaram [Instinct "
                           "MI300X] [74a1]\n"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).name, QStringLiteral("Instinct MI300X"));
        QVERIFY(lspci::isGpuClass(QStringLiteral("0x120000"), QStringLiteral("amd")));
        QVERIFY(!lspci::isGpuClass(QStringLiteral("0x120000"), QStringLiteral("intel")));
        QVERIFY(lspci::isGpuClass(QStringLiteral("0x030200"), QString()));
    }

    // `amd-smi version` (amd-smi's own one-line layout): the ROCm version, and the importer
    // reads it as amd-smi's output, not as the one-line ROCm version file.
    void amdSmiVersionLine()
    {
        const QString line = QStringLiteral("AMDSMI Tool: 24.6.2+2b02a07 | AMDSMI Library version: 24.6.2.0 | "
                                            "ROCm version: 6.2.0\n");
        QVERIFY(amdsmi::looksLikeAmdSmiVersion(line));
        QCOMPARE(amdsmi::parseAmdSmiVersion(line).rocmVersion, QStringLiteral("6.2.0"));
        QVERIFY(amdsmi::parseAmdSmiVersion(line).gpus.isEmpty());
        const Importer importer;
        const Importer::Outcome outcome =
            importer.import((QStringLiteral("$ amd-smi version\n") + line).toUtf8(), QStringLiteral("pasted"));
        QCOMPARE(outcome.format, QStringLiteral("amd-smi"));
        QVERIFY(outcome.profile.rocm.has_value());
        QCOMPARE(outcome.profile.rocm->version, QStringLiteral("6.2.0"));
        QVERIFY(!amdsmi::looksLikeAmdSmiVersion(QStringLiteral("ROCm version: 6.2.0\n")));
    }

    void garbageIsHarmless()
    {
        QByteArray junk;
        for (int i = 0; i < 5000; ++i)
            junk.append(static_cast<char>((i * 7919) % 256));
        const QString text = dlstack::support::decodeToolOutput(junk) + QStringLiteral("|   0  x  |");
        QVERIFY(nvidiasmi::parseTable(text).gpus.isEmpty());
        QVERIFY(nvidiasmi::parseQuery(text).gpus.isEmpty());
        QVERIFY(lspci::parse(text).isEmpty());
        QVERIFY(rocmparsers::parseRocminfo(text).isEmpty());
        QVERIFY(Importer().recognize(QStringLiteral("hello\nworld\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGpuParsers)
#include "tst_gpuparsers.moc"
