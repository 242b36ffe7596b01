// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped matrix loads and is consistent across files; malformed files are refused with
// the file, line/column and field named.
#include "core/matrix/archcoverage.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dlstack;

namespace {

QMap<QString, QByteArray> shippedFiles()
{
    QMap<QString, QByteArray> files;
    for (const QString &name : matrix::Matrix::fileNames()) {
        QFile f(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/matrix/") + name);
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, f.readAll());
    }
    return files;
}

} // namespace

class TestMatrixData : public QObject
{
    Q_OBJECT

private slots:
    void shippedDataLoads()
    {
        const auto &m = matrix::Matrix::builtin();
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toText()));
        QVERIFY(m.value().releases().size() >= 40);
        QCOMPARE(m.value().releases().constFirst().version, QStringLiteral("1.8.0"));
        QVERIFY(m.value().cudaReleases().size() >= 25);
        // The source tree and the compiled-in copy are the same data.
        const auto fromTree = matrix::Matrix::load(shippedFiles());
        QVERIFY2(fromTree.ok(), fromTree.ok() ? "" : qPrintable(fromTree.error().toText()));
        QCOMPARE(fromTree.value().releases().size(), m.value().releases().size());
    }

    void everyVariantNamesKnownVersions()
    {
        const matrix::Matrix &m = matrix::Matrix::builtin().value();
        for (const auto &r : m.releases()) {
            QVERIFY2(!r.source.isEmpty(), qPrintable(r.version));
            QVERIFY2(support::compareVersions(r.pythonMin, r.pythonMax) <= 0, qPrintable(r.version));
            int defaults = 0;
            for (const auto &v : r.variants) {
                defaults += v.isDefault ? 1 : 0;
                if (v.backend == matrix::Backend::Cuda) {
                    QVERIFY2(m.cuda(v.version), qPrintable(r.version + u' ' + v.id));
                    QCOMPARE(v.id, QStringLiteral("cu") + QString(v.version).remove(u'.'));
                    const auto *toolkit = m.cuda(v.version);
                    for (const QString &arch : v.archList) {
                        const auto cc = matrix::ComputeCapability::parse(arch);
                        QVERIFY2(cc.valid(), qPrintable(arch));
                        // nvcc of that CUDA must be able to target every arch of the wheel.
                        QVERIFY2(cc.value() >= matrix::ComputeCapability::parse(toolkit->smMin).value() &&
                                     cc.value() <= matrix::ComputeCapability::parse(toolkit->smMax).value(),
                                 qPrintable(QStringLiteral("%1 %2 arch %3 outside CUDA %4 range %5-%6")
                                                .arg(r.version, v.id, arch, toolkit->version, toolkit->smMin,
                                                     toolkit->smMax)));
                    }
                } else if (v.backend == matrix::Backend::Rocm) {
                    QVERIFY2(m.rocm(v.version), qPrintable(r.version + u' ' + v.id));
                }
                // A selection built from the variant validates.
                matrix::Selection s;
                s.torch = r.version;
                s.backend = v.backend;
                (v.backend == matrix::Backend::Rocm ? s.rocm : s.cuda) =
                    v.backend == matrix::Backend::Cpu ? QString() : v.version;
                const auto error = s.validate(m);
                QVERIFY2(!error, qPrintable(error ? error->toText() : QString()));
            }
            QVERIFY2(defaults <= 1, qPrintable(r.version));
        }
        for (const auto &c : m.cudaReleases()) {
            QVERIFY2(support::compareVersions(c.driverMin, c.driverBundled.isEmpty() ? c.driverMin : c.driverBundled) <=
                         0,
                     qPrintable(c.version));
            QVERIFY2(c.gccMax > 0, qPrintable(c.version));
        }
    }

    // Every Apex pairing names a recorded tag whose container ships a pre-release of the same
    // torch minor; every torch-tensorrt pairing is the same minor and lists only CUDA majors the
    // release has wheels for; every record has its source.
    void pairingsAreConsistent()
    {
        const matrix::Matrix &m = matrix::Matrix::builtin().value();
        QVERIFY(!m.apexRefs().isEmpty());
        for (const matrix::ApexRef &ref : m.apexRefs()) {
            QVERIFY2(ref.source.startsWith(QStringLiteral("https://github.com/NVIDIA/apex/tree/") + ref.ref),
                     qPrintable(ref.ref));
            QCOMPARE(ref.commit.size(), 40);
            for (const matrix::ApexFixedArchs &f : ref.fixedArchs) {
                QVERIFY2(f.source.startsWith(QStringLiteral("https://github.com/NVIDIA/apex/blob/") + ref.ref +
                                             QStringLiteral("/setup.py#L")),
                         qPrintable(f.source));
                QCOMPARE(f.archCcs.size(), f.archs.size());
            }
        }
        int apex = 0;
        int tensorrt = 0;
        for (const matrix::TorchRelease &r : m.releases()) {
            const QString minor = QStringLiteral("%1.%2").arg(r.parsedVersion.major()).arg(r.parsedVersion.minor());
            if (r.apex) {
                ++apex;
                QVERIFY2(m.apexRef(r.apex->ref), qPrintable(r.version));
                QVERIFY2(r.apex->ngcTorch.startsWith(minor + u'.'), qPrintable(r.version + u' ' + r.apex->ngcTorch));
                QVERIFY2(r.apex->source.startsWith(QStringLiteral("https://docs.nvidia.com/")), qPrintable(r.version));
            }
            if (r.tensorrt) {
                ++tensorrt;
                QVERIFY2(r.tensorrt->torchTensorrt.startsWith(minor + u'.'), qPrintable(r.version));
                QVERIFY2(r.tensorrt->source.startsWith(QStringLiteral("https://github.com/pytorch/TensorRT/blob/v") +
                                                       r.tensorrt->torchTensorrt + u'/'),
                         qPrintable(r.tensorrt->source));
                for (const QString &major : r.tensorrt->cudaMajors) {
                    bool wheel = false;
                    for (const matrix::TorchVariant &v : r.variants)
                        wheel = wheel || (v.backend == matrix::Backend::Cuda &&
                                          QString::number(v.parsedVersion.major()) == major);
                    QVERIFY2(wheel, qPrintable(r.version + QStringLiteral(" has no CUDA ") + major +
                                               QStringLiteral(" wheel")));
                }
            }
        }
        QVERIFY(apex >= 20);
        QVERIFY(tensorrt >= 15);
        // Facts a reader can check against the sources (torch.json cites them).
        QCOMPARE(m.release(QStringLiteral("2.3.1"))->apex->ref, QStringLiteral("24.04"));
        QCOMPARE(m.release(QStringLiteral("2.3.1"))->apex->ngcTorch, QStringLiteral("2.3.0a0+6ddf5cf85e"));
        QCOMPARE(m.release(QStringLiteral("2.9.0"))->tensorrt->tensorrtSpec, QStringLiteral(">=10.13.0,<10.14.0"));
        QVERIFY(m.release(QStringLiteral("2.9.0"))->isUnverified(QStringLiteral("apex")));
        QVERIFY(!m.release(QStringLiteral("2.10.0"))->apex);
        QVERIFY(!m.release(QStringLiteral("2.14.0"))->tensorrt);
        QVERIFY(m.apexRef(QStringLiteral("25.09"))->removed.contains(QStringLiteral("apex.parallel")));
    }

    // A pairing that cannot be true, or has no source, is refused with its field.
    void malformedPairings_data()
    {
        QTest::addColumn<QString>("key");   // "apex" | "tensorrt" of release 2.4.1
        QTest::addColumn<QString>("field"); // the field changed
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("apex without source") << "apex"
                                             << "source" << QJsonValue() << "apex.source: missing";
        QTest::newRow("apex ref unknown")
            << "apex"
            << "ref" << QJsonValue(QStringLiteral("99.99")) << "Apex ref 99.99 is not one of apex_refs";
        QTest::newRow("apex container of another minor")
            << "apex"
            << "ngc_torch" << QJsonValue(QStringLiteral("2.5.0a0+872d972e41"))
            << "apex.ngc_torch: the container's PyTorch 2.5.0a0+872d972e41 is not a 2.4 build";
        QTest::newRow("tensorrt without source") << "tensorrt"
                                                 << "source" << QJsonValue() << "tensorrt.source: missing";
        QTest::newRow("tensorrt range not a specifier") << "tensorrt"
                                                        << "tensorrt" << QJsonValue(QStringLiteral("ten"))
                                                        << "tensorrt.tensorrt: \"ten\" is not a pip version specifier";
        QTest::newRow("tensorrt cuda major not a number")
            << "tensorrt"
            << "cuda_majors" << QJsonValue(QJsonArray{QStringLiteral("12.x")})
            << "tensorrt.cuda_majors: \"12.x\" is not a CUDA major version";
    }

    void malformedPairings()
    {
        QFETCH(QString, key);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        auto files = shippedFiles();
        QJsonObject root = QJsonDocument::fromJson(files.value(QStringLiteral("torch.json"))).object();
        QJsonArray releases = root.value(QStringLiteral("releases")).toArray();
        for (qsizetype i = 0; i < releases.size(); ++i) {
            QJsonObject r = releases[i].toObject();
            if (r.value(QStringLiteral("version")) != QJsonValue(QStringLiteral("2.4.1")))
                continue;
            QJsonObject pairing = r.value(key).toObject();
            QVERIFY(!pairing.isEmpty());
            if (value.isUndefined() || value.isNull())
                pairing.remove(field);
            else
                pairing.insert(field, value);
            r.insert(key, pairing);
            releases[i] = r;
        }
        root.insert(QStringLiteral("releases"), releases);
        files.insert(QStringLiteral("torch.json"), QJsonDocument(root).toJson());
        const auto m = matrix::Matrix::load(files);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().summary.contains(expected), qPrintable(m.error().summary));
    }

    // Extras that only some releases have are refused from the matrix alone, saying what to pick.
    void extrasAvailability_data()
    {
        QTest::addColumn<QString>("torch");
        QTest::addColumn<QString>("cuda"); // empty: CPU
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("problem"); // in summary + remedy; empty: valid
        QTest::newRow("torchtext 2.3.1") << "2.3.1"
                                         << "12.1"
                                         << "prebuilt"
                                         << "torchtext"
                                         << "";
        QTest::newRow("torchtext 2.4.0")
            << "2.4.0"
            << "12.4"
            << "prebuilt"
            << "torchtext"
            << "torchtext has no release for PyTorch 2.4.0: its development stopped with torchtext 0.18.0, the partner "
               "of PyTorch 2.3.1. Drop torchtext, or pick PyTorch 2.3.1 or older.";
        QTest::newRow("tensorrt 2.9.0 cu130") << "2.9.0"
                                              << "13.0"
                                              << "prebuilt"
                                              << "tensorrt"
                                              << "";
        QTest::newRow("tensorrt 2.4.1 cu121") << "2.4.1"
                                              << "12.1"
                                              << "prebuilt"
                                              << "tensorrt"
                                              << "";
        QTest::newRow("tensorrt 2.4.1 cu118")
            << "2.4.1"
            << "11.8"
            << "prebuilt"
            << "tensorrt"
            << "has TensorRT wheels for CUDA 12.x only, not CUDA 11.8. Pick --cuda 12.1 or --cuda 12.4";
        QTest::newRow("tensorrt 2.3.1 cu121") << "2.3.1"
                                              << "12.1"
                                              << "prebuilt"
                                              << "tensorrt"
                                              << "";
        // Before 2.3 the sources say why there is none: the refusal says it with its source.
        QTest::newRow("tensorrt 2.2.2: TensorRT 8.6")
            << "2.2.2"
            << "12.1"
            << "prebuilt"
            << "tensorrt"
            << "No torch-tensorrt that dlstack can install goes with PyTorch 2.2.2: torch-tensorrt 2.2.0, the release "
               "for torch 2.2, needs TensorRT 8.6 ('tensorrt>=8.6,<8.7'); dlstack installs TensorRT as its per-CUDA "
               "pip wheels (tensorrt-cu12, tensorrt-cu13) of TensorRT 10 and later "
               "(https://github.com/pytorch/TensorRT/blob/v2.2.0/pyproject.toml#L44-L45) Drop tensorrt, or pick a "
               "PyTorch release that has one (2.3.0 to 2.13.0).";
        QTest::newRow("tensorrt 2.1.2: skipped") << "2.1.2"
                                                 << "12.1"
                                                 << "prebuilt"
                                                 << "tensorrt"
                                                 << "torch-tensorrt skipped its 2.1 release";
        QTest::newRow("tensorrt 2.0.0: 1.4.0 needs 2.0.1") << "2.0.0"
                                                           << "11.8"
                                                           << "prebuilt"
                                                           << "tensorrt"
                                                           << "requires 'torch >=2.0.1,<2.1'";
        QTest::newRow("tensorrt 1.13.1: GitHub Releases only") << "1.13.1"
                                                               << "11.7"
                                                               << "prebuilt"
                                                               << "tensorrt"
                                                               << "is installed from GitHub Releases";
        QTest::newRow("tensorrt 2.14.1") << "2.14.1"
                                         << "13.0"
                                         << "prebuilt"
                                         << "tensorrt"
                                         << "No torch-tensorrt release is paired with PyTorch 2.14.1";
        QTest::newRow("tensorrt from source") << "2.9.0"
                                              << "13.0"
                                              << "source"
                                              << "tensorrt"
                                              << "Use the prebuilt route for tensorrt";
        QTest::newRow("tensorrt on CPU") << "2.9.0"
                                         << ""
                                         << "prebuilt"
                                         << "tensorrt"
                                         << "TensorRT runs on NVIDIA GPUs only";
        QTest::newRow("apex 2.4.1") << "2.4.1"
                                    << "12.4"
                                    << "prebuilt"
                                    << "apex"
                                    << "";
        // Apex's tags (git -C NVIDIA/apex tag): 22.03, then 23.05 to 25.09, none after.
        QTest::newRow("apex 2.10.0: no tag after 25.09")
            << "2.10.0"
            << "13.0"
            << "prebuilt"
            << "apex"
            << "No Apex tag goes with PyTorch 2.10.0: Apex has no tag after 25.09, the tag of NVIDIA's PyTorch "
               "container 25.09 (PyTorch 2.9).";
        QTest::newRow("apex 2.10.0 also names the gap at 1.13")
            << "2.10.0"
            << "13.0"
            << "source"
            << "apex"
            << "Apex has no tag between 22.03 (PyTorch 1.12) and 23.05 (PyTorch 2.0): none for PyTorch 1.13.";
        QTest::newRow("apex 2.14.1 suggests 2.9.1") << "2.14.1"
                                                    << "13.0"
                                                    << "prebuilt"
                                                    << "apex"
                                                    << "Pick PyTorch 2.9.1 (Apex 25.09), or drop apex.";
        QTest::newRow("apex 1.13.1: no tag between 22.03 and 23.05")
            << "1.13.1"
            << "11.7"
            << "prebuilt"
            << "apex"
            << "No Apex tag goes with PyTorch 1.13.1: Apex has no tag between 22.03 (PyTorch 1.12) and 23.05 "
               "(PyTorch 2.0).";
        QTest::newRow("apex 1.13.0 suggests both neighbours")
            << "1.13.0"
            << "11.7"
            << "prebuilt"
            << "apex"
            << "Pick PyTorch 1.12.1 (Apex 22.03) or 2.0.1 (Apex 23.05), or drop apex.";
        QTest::newRow("apex 1.11.0: no tag before 22.03")
            << "1.11.0"
            << "11.3"
            << "prebuilt"
            << "apex"
            << "No Apex tag goes with PyTorch 1.11.0: Apex has no tag before 22.03, the tag of NVIDIA's PyTorch "
               "container 22.03 (PyTorch 1.12).";
        QTest::newRow("apex 1.11.0 suggests 1.12.1") << "1.11.0"
                                                     << "11.3"
                                                     << "prebuilt"
                                                     << "apex"
                                                     << "Pick PyTorch 1.12.1 (Apex 22.03), or drop apex.";
        QTest::newRow("apex on CPU") << "2.4.1"
                                     << ""
                                     << "prebuilt"
                                     << "apex"
                                     << "NVIDIA Apex builds CUDA extensions";
    }

    void extrasAvailability()
    {
        QFETCH(QString, torch);
        QFETCH(QString, cuda);
        QFETCH(QString, route);
        QFETCH(QString, extra);
        QFETCH(QString, problem);
        matrix::Selection s;
        s.torch = torch;
        s.backend = cuda.isEmpty() ? matrix::Backend::Cpu : matrix::Backend::Cuda;
        s.cuda = cuda;
        s.route = *matrix::routeFromName(route);
        s.extras = {QStringLiteral("torchvision"), extra};
        const auto error = s.validate(matrix::Matrix::builtin().value());
        if (problem.isEmpty()) {
            QVERIFY2(!error, error ? qPrintable(error->toText()) : "");
            return;
        }
        QVERIFY(error);
        QStringList parts{error->summary, error->details, error->remedy};
        parts.removeAll(QString());
        const QString text = parts.join(u' ');
        QVERIFY2(text.contains(problem), qPrintable(text));
    }

    void lookups_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("found"); // empty: unknown
        QTest::newRow("torch exact") << "torch"
                                     << "2.4.1"
                                     << "2.4.1";
        QTest::newRow("torch minor means newest patch") << "torch"
                                                        << "2.4"
                                                        << "2.4.1";
        QTest::newRow("torch unknown 2.99") << "torch"
                                            << "2.99"
                                            << "";
        QTest::newRow("torch local suffix refused") << "torch"
                                                    << "2.4.1+cu121"
                                                    << "";
        QTest::newRow("torch garbage") << "torch"
                                       << "latest"
                                       << "";
        QTest::newRow("cuda exact") << "cuda"
                                    << "12.4"
                                    << "12.4";
        QTest::newRow("cuda full version") << "cuda"
                                           << "12.4.1"
                                           << "12.4";
        QTest::newRow("cuda 7 unknown") << "cuda"
                                        << "7"
                                        << "";
        QTest::newRow("cuda 12.7 never existed") << "cuda"
                                                 << "12.7"
                                                 << "";
        QTest::newRow("rocm point release") << "rocm"
                                            << "6.2.4"
                                            << "6.2";
        QTest::newRow("rocm unknown") << "rocm"
                                      << "3.0"
                                      << "";
    }

    void lookups()
    {
        QFETCH(QString, kind);
        QFETCH(QString, asked);
        QFETCH(QString, found);
        const matrix::Matrix &m = matrix::Matrix::builtin().value();
        QString got;
        if (kind == u"torch" && m.release(asked))
            got = m.release(asked)->version;
        else if (kind == u"cuda" && m.cuda(asked))
            got = m.cuda(asked)->version;
        else if (kind == u"rocm" && m.rocm(asked))
            got = m.rocm(asked)->version;
        QCOMPARE(got, found);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected"); // in the error summary
        QTest::newRow("truncated") << "cuda.json"
                                   << QByteArray("{\n  \"schema\": 1,\n  \"toolkits\": [\n    {\"version\": ")
                                   << "cuda.json is not valid JSON at line 4";
        QTest::newRow("binary") << "tools.json" << QByteArray("\x00\x01\xff\xfe", 4)
                                << "tools.json is not valid JSON at line 1";
        QTest::newRow("newer schema") << "rocm.json" << QByteArray("{\"schema\": 2, \"releases\": []}")
                                      << "schema 2 is not known";
        QTest::newRow("no schema") << "rocm.json" << QByteArray("{\"releases\": []}") << "schema: missing";
        QTest::newRow("top-level array") << "gpus.json" << QByteArray("[1,2]") << "gpus.json";
        QTest::newRow("empty releases") << "rocm.json" << QByteArray("{\"schema\": 1, \"releases\": []}")
                                        << "releases: expected a non-empty list";
        QTest::newRow("cuda without driver")
            << "cuda.json"
            << QByteArray("{\"schema\": 1,\n\"toolkits\": [\n{\"version\": \"12.4\", \"sm_min\": \"5.0\", \"sm_max\": "
                          "\"9.0\", \"source\": \"x\"}]}")
            << "line 3, column 2: toolkits[0].driver_min_linux: missing";
        QTest::newRow("cuda sm range reversed")
            << "cuda.json"
            << QByteArray("{\"schema\": 1, \"toolkits\": [{\"version\": \"12.4\", \"driver_min_linux\": \"525.60.13\", "
                          "\"sm_min\": \"9.0\", \"sm_max\": \"5.0\", \"source\": \"x\"}]}")
            << "toolkits[0].sm_min: sm_min 9.0 is above sm_max 5.0";
        QTest::newRow("rocm version not a version")
            << "rocm.json"
            << QByteArray("{\"schema\": 1, \"releases\": [{\"version\": \"six\", \"gfx\": [], \"source\": \"x\"}]}")
            << "releases[0].version: \"six\" is not a version";
        QTest::newRow("tools pitfall without source")
            << "tools.json"
            << QByteArray("{\"schema\": 1, \"cmake_pitfalls\": [{\"id\": \"a\", \"tool\": \"cmake\", \"versions\": "
                          "\">=4\", \"message\": \"m\"}]}")
            << "cmake_pitfalls[0].source: missing";
        const QByteArray cudnnHead =
            "{\"schema\": 1, \"releases\": [{\"version\": \"9.7.1\", \"source\": \"x\"}], \"archives\": [{"
            "\"version\": \"9.7.1.26\", \"cuda_toolkits\": [\"12.4\"], \"source\": \"x\", ";
        QTest::newRow("cudnn archive sha256 not hex")
            << "cudnn.json"
            << cudnnHead +
                   "\"file\": \"cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz\", \"url\": "
                   "\"https://h/cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz\", \"sha256\": \"EJpeXGvN\"}]}"
            << "archives[0].sha256: sha256 must be 64 lower-case hex digits";
        QTest::newRow("cudnn archive URL not https")
            << "cudnn.json"
            << cudnnHead + "\"file\": \"cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz\", \"url\": "
                           "\"http://h/cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz\", \"sha256\": null}]}"
            << "archives[0].file: a cuDNN archive needs";
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        auto files = shippedFiles();
        files.insert(file, contents);
        const auto m = matrix::Matrix::load(files);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().summary.contains(file), qPrintable(m.error().summary));
        QVERIFY2(m.error().summary.contains(expected), qPrintable(m.error().summary));
        QVERIFY(!m.error().remedy.isEmpty());
    }

    // A field error inside the real torch.json points at the line of its record.
    void fieldErrorPointsAtRecord()
    {
        auto files = shippedFiles();
        QJsonObject root = QJsonDocument::fromJson(files.value(QStringLiteral("torch.json"))).object();
        QJsonArray releases = root.value(QStringLiteral("releases")).toArray();
        QJsonObject r = releases[24].toObject();
        const QString version = r.value(QStringLiteral("version")).toString();
        QJsonArray variants = r.value(QStringLiteral("variants")).toArray();
        QJsonObject v = variants[0].toObject();
        v.insert(QStringLiteral("arch_list"), QStringLiteral("8.6"));
        variants[0] = v;
        r.insert(QStringLiteral("variants"), variants);
        releases[24] = r;
        root.insert(QStringLiteral("releases"), releases);
        const QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
        files.insert(QStringLiteral("torch.json"), text);
        const auto m = matrix::Matrix::load(files);
        QVERIFY(!m.ok());
        const qsizetype offset = text.indexOf(QStringLiteral("\"version\": \"%1\"").arg(version).toUtf8());
        QVERIFY(offset > 0);
        const auto [line, column] = matrix::lineColumn(text, offset);
        QVERIFY2(m.error().summary.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
                 qPrintable(m.error().summary));
        QVERIFY2(m.error().summary.contains(QStringLiteral("releases[24].variants[0].arch_list")),
                 qPrintable(m.error().summary));
    }

    void missingFile()
    {
        auto files = shippedFiles();
        files.remove(QStringLiteral("cudnn.json"));
        const auto m = matrix::Matrix::load(files);
        QVERIFY(!m.ok());
        QVERIFY(m.error().summary.contains(QStringLiteral("cudnn.json")));
    }

    void lineColumnOfOffsets()
    {
        const QByteArray text("ab\ncd\n\nx");
        QCOMPARE(matrix::lineColumn(text, 0), qMakePair(1, 1));
        QCOMPARE(matrix::lineColumn(text, 4), qMakePair(2, 2));
        QCOMPARE(matrix::lineColumn(text, 7), qMakePair(4, 1));
        QCOMPARE(matrix::lineColumn(text, 999), qMakePair(4, 2));
    }

    void selectionJsonRoundTrip()
    {
        matrix::Selection s;
        s.route = matrix::Route::Source;
        s.torch = QStringLiteral("2.4.1");
        s.cuda = QStringLiteral("12.4");
        s.python = QStringLiteral("3.11");
        s.envKind = matrix::EnvKind::Existing;
        s.envPath = QStringLiteral("/envs/a");
        s.extras = {QStringLiteral("torchvision"), QStringLiteral("apex")};
        s.archList = {QStringLiteral("8.6"), QStringLiteral("9.0+PTX")};
        s.maxJobs = 12;
        s.launcher = matrix::Launcher::Ccache;
        const auto back = matrix::Selection::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), s.toJson());
        QCOMPARE(back.value().variantId(), QStringLiteral("cu124"));
        QVERIFY(!matrix::Selection::fromJson(QJsonObject{{QStringLiteral("route"), QStringLiteral("magic")}}).ok());
    }

    void selectionValidation_data()
    {
        QTest::addColumn<QString>("torch");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<QString>("rocm");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("valid") << "2.4.1"
                               << "cuda"
                               << "12.4"
                               << ""
                               << "3.11"
                               << "";
        QTest::newRow("torch 2.99") << "2.99"
                                    << "cuda"
                                    << "12.4"
                                    << ""
                                    << ""
                                    << "PyTorch 2.99 is not in the tested matrix";
        QTest::newRow("cuda 7") << "2.4.1"
                                << "cuda"
                                << "7"
                                << ""
                                << ""
                                << "CUDA 7 is not in the tested matrix";
        QTest::newRow("cpu with cuda") << "2.4.1"
                                       << "cpu"
                                       << "12.4"
                                       << ""
                                       << ""
                                       << "CPU-only";
        QTest::newRow("cuda and rocm") << "2.4.1"
                                       << "cuda"
                                       << "12.4"
                                       << "6.1"
                                       << ""
                                       << "Both";
        QTest::newRow("python garbage") << "2.4.1"
                                        << "cuda"
                                        << "12.4"
                                        << ""
                                        << "three"
                                        << "not a Python version";
        QTest::newRow("rocm unknown") << "2.4.1"
                                      << "rocm"
                                      << ""
                                      << "1.0"
                                      << ""
                                      << "ROCm 1.0";
        QTest::newRow("backend unknown") << "2.4.1"
                                         << "metal"
                                         << ""
                                         << ""
                                         << ""
                                         << "Unknown backend";
    }

    void selectionValidation()
    {
        QFETCH(QString, torch);
        QFETCH(QString, backend);
        QFETCH(QString, cuda);
        QFETCH(QString, rocm);
        QFETCH(QString, python);
        QFETCH(QString, problem);
        // Through the selection's JSON, as a plan file carries it: an unknown backend is a word there.
        QJsonObject json = matrix::Selection().toJson();
        json.insert(QStringLiteral("torch"), torch);
        json.insert(QStringLiteral("backend"), backend);
        json.insert(QStringLiteral("cuda"), cuda);
        json.insert(QStringLiteral("rocm"), rocm);
        json.insert(QStringLiteral("python"), python);
        const auto parsed = matrix::Selection::fromJson(json);
        const std::optional<support::Error> error =
            parsed ? parsed.value().validate(matrix::Matrix::builtin().value()) : std::optional(parsed.error());
        if (problem.isEmpty())
            QVERIFY2(!error, error ? qPrintable(error->toText()) : "");
        else
            QVERIFY2(error && error->summary.contains(problem),
                     qPrintable(error ? error->summary : QStringLiteral("valid")));
    }

    void cudnnArchives()
    {
        const matrix::Matrix m = matrix::Matrix::builtin().value();
        const matrix::CudnnArchive *a = m.cudnnArchive(QStringLiteral("12.4.1"));
        QVERIFY(a);
        QCOMPARE(a->version, QStringLiteral("9.7.1.26"));
        QCOMPARE(a->sha256, QStringLiteral("109a5e5c6bcdf4396e6f63f3f862ed2dcf16ee93ee034dc704a1b11bdf00c0b1"));
        QVERIFY(a->url.endsWith(a->file));
        QCOMPARE(m.cudnnArchive(QStringLiteral("11.7"))->version, QStringLiteral("8.9.7.29"));
        QVERIFY(m.cudnnArchive(QStringLiteral("13.0"))->sha256.isEmpty()); // none recorded: fetched with a warning
        QVERIFY(!m.cudnnArchive(QStringLiteral("10.2")));
    }

    void distccHostsValidation()
    {
        matrix::Selection s;
        s.torch = QStringLiteral("2.4.1");
        s.cuda = QStringLiteral("12.4");
        s.route = matrix::Route::Source;
        s.distccHosts = QStringLiteral("10.0.0.5/16");
        const matrix::Matrix m = matrix::Matrix::builtin().value();
        auto error = s.validate(m);
        QVERIFY(error && error->summary.contains(QStringLiteral("not distcc")));
        s.launcher = matrix::Launcher::Distcc;
        QVERIFY(!s.validate(m));
        s.distccHosts = QStringLiteral("@build1/8 [::1]:3632/4,lzo localhost/2 --randomize");
        QVERIFY(!s.validate(m));
        s.distccHosts = QStringLiteral("10.0.0.5; rm -rf ~");
        error = s.validate(m);
        QVERIFY(error && error->summary.contains(QStringLiteral("not a distcc host list")));
        s.distccHosts = QStringLiteral("10.0.0.5/16");
        const auto back = matrix::Selection::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().distccHosts, s.distccHosts);
    }
};

QTEST_GUILESS_MAIN(TestMatrixData)
#include "tst_matrixdata.moc"
