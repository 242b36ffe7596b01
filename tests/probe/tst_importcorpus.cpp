// SPDX-License-Identifier: GPL-3.0-or-later
// The import corpus (docs/import-eval.md): every development-part fixture through the importer
// as `dlstack import FILE` runs it, every expected fact right. The test part is only measured
// (tests/bench/import_eval), never asserted here. Also: every fact names the text and lines it
// came from, several outputs in one file are each read, and bad input gives a problem entry.
#include "tests/probe/importcorpus.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace dlstack::probe;
using namespace dlstack::test::importcorpus;

namespace {

QString corpusRoot()
{
    return dlstack::test::fixturePath(QStringLiteral("probe"));
}

// Dev facts the importer does not get, each with the reason; a fact that becomes right must
// leave this list (the test says so).
const QMap<QString, QString> kKnownMisses = {
    // The paste stops after the first GPU block of "Attached GPUs : 8": the profile lists the
    // one GPU it can describe and a problem entry says 8 are attached.
    {QStringLiteral("corpus/nvidia-smi-q/gpud-535.183.01.out.0.invalid.txt gpu_count"), QStringLiteral("cut -q")},
    {QStringLiteral("corpus/nvidia-smi-q/nvidia-docker-756-driver-390.48-8x-gtx1080ti-truncated.txt gpu_count"),
     QStringLiteral("cut -q")},
    {QStringLiteral("nvidia-smi-q/a100-8gpu-450.203-mig-disabled-partial.txt gpu_count"), QStringLiteral("cut -q")},
    {QStringLiteral("nvidia-smi-q/driver-390.48-gtx1080ti-8gpu-partial.txt gpu_count"), QStringLiteral("cut -q")},
    // "NVIDIA H100 NVL, 0x232110DE" alone: a csv without its header or command, so which
    // column is what is not said; no reader guesses it.
    {QStringLiteral("corpus/nvidia-smi-csv/akash-provider-configs-91-noheader-name-device-id-h100-nvl.txt kind"),
     QStringLiteral("headerless csv")},
    {QStringLiteral("corpus/nvidia-smi-csv/akash-provider-configs-91-noheader-name-device-id-h100-nvl.txt gpu_count"),
     QStringLiteral("headerless csv")},
    {QStringLiteral("corpus/nvidia-smi-csv/akash-provider-configs-91-noheader-name-device-id-h100-nvl.txt gpu.0.name"),
     QStringLiteral("headerless csv")},
    // os-release(5) defines ID as lower-case; openEuler's file says "openEuler" and the importer
    // keeps IDs lower-case, so that "openeuler" compares with every other source of it.
    {QStringLiteral("corpus/os-release/go-sysinfo-openeuler20.03-mixed-case-id-etc.txt os_id"),
     QStringLiteral("ID in mixed case")},
};

QStringList sourcesOf(const SystemProfile &p)
{
    QStringList sources;
    for (const Gpu &g : p.gpus)
        sources << g.source;
    if (p.nvidiaDriver)
        sources << p.nvidiaDriver->source;
    for (const CudaToolkit &t : p.cudaToolkits)
        sources << t.source;
    for (const PythonEnv &e : p.pythonEnvs)
        sources << e.source;
    for (const CondaInstall &c : p.conda)
        sources << c.source;
    if (p.rocm)
        sources << p.rocm->source;
    return sources;
}

} // namespace

class TestImportCorpus : public QObject
{
    Q_OBJECT
private slots:
    void devFixtures_data()
    {
        QTest::addColumn<QString>("path");
        QString error;
        const QMap<QString, Fixture> fixtures = readCorpus(corpusRoot(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int rows = 0;
        for (const Fixture &f : fixtures) {
            if (f.split == u"dev" && !f.facts.isEmpty()) {
                QTest::newRow(qPrintable(f.path)) << f.path;
                ++rows;
            }
        }
        QVERIFY2(rows >= 150, "development fixtures went missing");
    }

    void devFixtures()
    {
        QFETCH(QString, path);
        QString error;
        const Fixture f = readCorpus(corpusRoot(), &error).value(path);
        const Importer importer;
        const auto [outcome, profile] = importFile(importer, corpusRoot(), path);
        for (const auto &[key, want] : f.facts) {
            const auto got = actual(outcome, profile, key);
            QVERIFY2(got.has_value(), qPrintable(QStringLiteral("unknown fact key ") + key));
            const QString id = path + u' ' + key;
            if (kKnownMisses.contains(id)) {
                QVERIFY2(!same(key, want, *got),
                         qPrintable(id + QStringLiteral(" is right now: take it off kKnownMisses")));
                continue;
            }
            QVERIFY2(same(key, want, *got), qPrintable(QStringLiteral("%1: want '%2' got '%3'").arg(key, want, *got)));
        }
        // Every fact names this file and the lines it was read from.
        for (const QString &source : sourcesOf(profile)) {
            QVERIFY2(source.contains(path), qPrintable(source));
            QVERIFY2(source.contains(QStringLiteral(", line")), qPrintable(source));
        }
    }

    // nvidia_gpu_exporter's capture: version, -L, help texts, table, -q, csv, twice. The table, -q
    // and csv are read, each with its own lines, and give one GPU, not three.
    void severalOutputsInOneFile()
    {
        const QString path =
            QStringLiteral("corpus/multi/gpu-exporter-capture-linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt");
        const Importer importer;
        const auto [outcome, profile] = importFile(importer, corpusRoot(), path);
        QStringList formats;
        for (const Importer::Part &part : outcome.parts) {
            formats << part.format;
            QVERIFY(part.firstLine > 0 && part.lastLine >= part.firstLine);
        }
        QVERIFY2(formats.contains(QStringLiteral("nvidia-smi")), qPrintable(formats.join(u',')));
        QVERIFY(formats.contains(QStringLiteral("nvidia-smi-q")));
        QVERIFY(formats.contains(QStringLiteral("nvidia-smi-csv")));
        QCOMPARE(profile.gpus.size(), 1);
        QCOMPARE(profile.gpus[0].memoryMib, 81559);
        QCOMPARE(profile.gpus[0].computeCapability, QStringLiteral("9.0"));
        QCOMPARE(profile.nvidiaDriver->version, QStringLiteral("590.48.01"));

        // Two outputs of different tools pasted one after the other: both read.
        const auto mixed =
            importer.import(dlstack::test::readFixture(QStringLiteral("probe/nvcc/cuda-12.5-v12.5.82.txt")) +
                                "\n$ cat /etc/os-release\n" +
                                dlstack::test::readFixture(QStringLiteral("probe/os-release/debian-12-bookworm.txt")),
                            QStringLiteral("paste"));
        QCOMPARE(mixed.parts.size(), 2);
        QCOMPARE(mixed.parts[1].format, QStringLiteral("os-release"));
        QCOMPARE(mixed.profile.host.osId, QStringLiteral("debian"));
        QVERIFY(!mixed.profile.cudaToolkits.isEmpty());
    }

    // Recognised but incomplete: the facts it has, and a problem entry naming what is missing.
    void incompleteTextsSayWhatIsMissing()
    {
        const Importer importer;
        const auto cut = importer.import(
            dlstack::test::readFixture(QStringLiteral("probe/nvidia-smi-q/driver-390.48-gtx1080ti-8gpu-partial.txt")),
            QStringLiteral("cut.txt"));
        QCOMPARE(cut.profile.gpus.size(), 1);
        QStringList problems;
        for (const Problem &p : cut.profile.problems)
            problems << p.message;
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("all 8 attached GPUs (it lists 1)")),
                 qPrintable(problems.join(u'\n')));

        const auto header =
            importer.import(dlstack::test::readFixture(QStringLiteral(
                                "probe/corpus/nvidia-smi/wsl-11277-uname-then-560.28-wsl-truncated-header.txt")),
                            QStringLiteral("header.txt"));
        QCOMPARE(header.profile.nvidiaDriver->version, QStringLiteral("560.76"));
        QVERIFY(header.profile.gpus.isEmpty());
        QVERIFY(!header.profile.problems.isEmpty());
        QVERIFY(header.profile.problems.last().message.contains(QStringLiteral("any GPU")));
    }

    // A paste that starts or stops in the middle of an output is still that output: a
    // collect_env cut before its PyTorch lines, an os-release without its ID= line, and CMake
    // under the name of a distribution's second package (EPEL's cmake3).
    void cutPastesAreStillRecognised()
    {
        const Importer importer;
        const QString report = QString::fromUtf8(
            dlstack::test::readFixture(QStringLiteral("probe/collect-env/torch-2.6-dev-cu126-4x-v100.txt")));
        const QString fromPython = report.mid(report.indexOf(QStringLiteral("Python version:")));
        QVERIFY(!fromPython.contains(QStringLiteral("PyTorch version")));
        const auto cut = importer.import(fromPython.toUtf8(), QStringLiteral("cut.txt"));
        QCOMPARE(cut.format, QStringLiteral("collect-env"));
        QCOMPARE(cut.profile.gpus.size(), 4);
        QVERIFY(cut.profile.nvidiaDriver);

        QString osRelease =
            QString::fromUtf8(dlstack::test::readFixture(QStringLiteral("probe/os-release/debian-12-bookworm.txt")));
        osRelease.remove(QStringLiteral("ID=debian\n"));
        const auto noId = importer.import(osRelease.toUtf8(), QStringLiteral("os-release.txt"));
        QCOMPARE(noId.format, QStringLiteral("os-release"));
        QCOMPARE(noId.profile.host.osVersion, QStringLiteral("12"));
        QVERIFY(noId.profile.host.osId.isEmpty());
        QVERIFY(!noId.profile.problems.isEmpty());
        QVERIFY(noId.profile.problems.last().message.contains(QStringLiteral("ID=")));

        QByteArray cmake = dlstack::test::readFixture(QStringLiteral("probe/cmake/cmake-3.16.3.txt"));
        cmake.replace("cmake version", "cmake3 version");
        const auto cmake3 = importer.import(cmake, QStringLiteral("cmake3.txt"));
        QCOMPARE(cmake3.format, QStringLiteral("cmake"));
        QCOMPARE(cmake3.profile.tools.value(QStringLiteral("cmake"))->version, QStringLiteral("3.16.3"));

        // One name=value line of a shell's environment is not os-release.
        const auto env =
            importer.import(QByteArrayLiteral("NAME=build\nHOME=/root\nPATH=/usr/bin\n"), QStringLiteral("env.txt"));
        QVERIFY(env.format != QStringLiteral("os-release"));
    }

    // Bad input: a problem entry with the reason, never a fact.
    void badInputGivesAProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(static_cast<char>((i * 7919) % 256));
        QTest::newRow("binary") << binary;
        // Outputs of nvidia-smi's other commands, with the table's and the csv's look.
        const QByteArray capture = dlstack::test::readFixture(QStringLiteral(
            "probe/corpus/multi/gpu-exporter-capture-linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt"));
        const auto section = [&capture](const char *command) {
            const qsizetype start = capture.indexOf(command);
            const qsizetype body = capture.indexOf('\n', capture.indexOf("\n####", start) + 1) + 1;
            return capture.mid(body, capture.indexOf("\n####", body) - body);
        };
        QTest::newRow("nvidia-smi topo -m") << section("# $ nvidia-smi topo -m");
        QTest::newRow("nvidia-smi nvlink -s") << section("# $ nvidia-smi nvlink -s");
        QTest::newRow("--help-query-gpu") << section("# $ nvidia-smi --help-query-gpu");
        QTest::newRow("--query-compute-apps csv") << section("# $ nvidia-smi --query-compute-apps");
        QTest::newRow("empty") << QByteArray();
    }

    void badInputGivesAProblem()
    {
        QFETCH(QByteArray, bytes);
        const auto outcome = Importer().import(bytes, QStringLiteral("input"));
        QVERIFY2(outcome.profile.gpus.isEmpty(), qPrintable(outcome.format));
        QVERIFY(!outcome.profile.nvidiaDriver);
        QVERIFY(!outcome.profile.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
