// SPDX-License-Identifier: GPL-3.0-or-later
// Every captured collect_env, nvcc, conda and cudnn_version.h fixture goes through the
// Importer: it must be recognised as its own kind and yield every value its
// <slug>.expect.json names. A key this test does not know fails the row, so a new
// fixture can never be skipped silently.
#include "core/probe/collectenvparser.h"
#include "core/probe/collectenvsentinels.h"
#include "core/probe/condaparsers.h"
#include "core/probe/cudnnparser.h"
#include "core/probe/importer.h"
#include "core/probe/nvccparser.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dlstack::probe;

namespace {

const QStringList kKinds = {
    QStringLiteral("collect-env"),     QStringLiteral("nvcc"),           QStringLiteral("conda-info"),
    QStringLiteral("conda-info-json"), QStringLiteral("conda-env-list"), QStringLiteral("environments-txt"),
    QStringLiteral("cudnn-version-h"),
};

// The profile's value for one expect key; nullopt for a key this test does not know.
std::optional<QJsonValue> actual(const SystemProfile &p, const QString &key)
{
    const PythonEnv env = p.pythonEnvs.value(0);
    if (key == u"nvcc_version")
        return QJsonValue(p.cudaToolkits.value(0).version);
    if (key == u"nvcc_full_version")
        return QJsonValue(p.cudaToolkits.value(0).fullVersion);
    if (key == u"conda_version")
        return QJsonValue(p.conda.value(0).version);
    if (key == u"conda_root")
        return QJsonValue(p.conda.value(0).root);
    if (key == u"conda_envs") {
        QJsonArray envs;
        for (const CondaInstall &c : p.conda) {
            for (const CondaEnv &e : c.envs)
                envs.append(e.path);
        }
        return QJsonValue(envs);
    }
    if (key == u"cudnn_version")
        return QJsonValue(p.cudnn.value(0).version);
    if (key == u"torch_version")
        return QJsonValue(env.packages.value(QStringLiteral("torch")));
    if (key == u"torch_cuda")
        return QJsonValue(env.torchCuda);
    if (key == u"rocm_version") // the ROCm torch was built with (torch.version.hip)
        return QJsonValue(env.torchHip);
    if (key == u"hip_version") // the HIP runtime on the machine
        return QJsonValue(p.rocm ? p.rocm->version : QString());
    if (key == u"python_version")
        return QJsonValue(env.pythonVersion);
    if (key == u"gcc_version") {
        for (const Compiler &c : p.compilers) {
            if (c.kind == u"gcc")
                return QJsonValue(c.version);
        }
        return QJsonValue(QString());
    }
    if (key == u"cmake_version") {
        const auto tool = p.tools.value(QStringLiteral("cmake"));
        return QJsonValue(tool ? tool->version : QString());
    }
    if (key == u"os_id")
        return QJsonValue(p.host.osId);
    if (key == u"os_version")
        return QJsonValue(p.host.osVersion);
    if (key == u"wsl")
        return QJsonValue(p.host.wsl);
    if (key == u"driver_version")
        return QJsonValue(p.nvidiaDriver ? p.nvidiaDriver->version : QString());
    if (key == u"cuda_version")
        return QJsonValue(p.nvidiaDriver ? p.nvidiaDriver->cudaVersion : QString());
    if (key == u"gpu_count")
        return QJsonValue(static_cast<int>(p.gpus.size()));
    if (key == u"gpus") {
        QJsonArray gpus;
        for (const Gpu &g : p.gpus) {
            gpus.append(QJsonObject{{QStringLiteral("name"), g.name},
                                    {QStringLiteral("vendor"), g.vendor},
                                    {QStringLiteral("compute_capability"), g.computeCapability},
                                    {QStringLiteral("gfx_target"), g.gfxTarget}});
        }
        return QJsonValue(gpus);
    }
    return std::nullopt;
}

} // namespace

class TestEnvImport : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        int rows = 0;
        for (const QString &kind : kKinds) {
            for (const QString &file : dlstack::test::fixtureFiles(QStringLiteral("probe/") + kind)) {
                QTest::newRow(qPrintable(file)) << kind << file;
                ++rows;
            }
        }
        QVERIFY(rows >= 30);
    }

    void fixtures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        const QByteArray text = dlstack::test::readFixture(file);
        const QString expectPath = file.chopped(4) + QStringLiteral(".expect.json");
        const QJsonObject expect = QJsonDocument::fromJson(dlstack::test::readFixture(expectPath)).object();
        QVERIFY2(!expect.isEmpty(), qPrintable(expectPath));

        const Importer importer;
        const Importer::Outcome outcome = importer.import(text, file);
        QCOMPARE(outcome.format, kind);
        const SystemProfile &p = outcome.profile;
        for (auto it = expect.begin(); it != expect.end(); ++it) {
            const auto value = actual(p, it.key());
            QVERIFY2(value.has_value(), qPrintable(QStringLiteral("unknown expect key ") + it.key()));
            if (it.key() == u"gpus") {
                const QJsonArray want = it.value().toArray();
                const QJsonArray got = value->toArray();
                QCOMPARE(got.size(), want.size());
                for (qsizetype i = 0; i < want.size(); ++i) {
                    const QJsonObject w = want[i].toObject();
                    for (auto k = w.begin(); k != w.end(); ++k)
                        QCOMPARE(got[i].toObject().value(k.key()), k.value());
                }
                continue;
            }
            if (*value != it.value())
                qWarning() << it.key() << "got" << *value << "want" << it.value();
            QCOMPARE(*value, it.value());
        }
        // Every fact says where it came from.
        for (const CudaToolkit &t : p.cudaToolkits)
            QVERIFY(t.source.contains(file));
        for (const CondaInstall &c : p.conda)
            QVERIFY(c.source.contains(file));
        for (const PythonEnv &e : p.pythonEnvs)
            QVERIFY(e.source.contains(file));
    }

    void gpuVendorsOfCollectEnv()
    {
        const Importer importer;
        const auto rocm = importer.import(
            dlstack::test::readFixture(QStringLiteral("probe/collect-env/torch-2.7-dev-rocm6.3-gentoo-gfx1010.txt")),
            QStringLiteral("x"));
        QCOMPARE(rocm.profile.gpus.value(0).vendor, QStringLiteral("amd"));
        QCOMPARE(rocm.profile.pythonEnvs.value(0).torchHip, QStringLiteral("6.3.42131-fa1d09cbd"));
        QVERIFY(rocm.profile.pythonEnvs.value(0).torchCuda.isEmpty());
        const auto v100 = importer.import(
            dlstack::test::readFixture(QStringLiteral("probe/collect-env/torch-2.6-dev-cu126-4x-v100.txt")),
            QStringLiteral("x"));
        QCOMPARE(v100.profile.gpus.value(3).vendor, QStringLiteral("nvidia"));
        QVERIFY(v100.profile.gpus.value(0).pciBusId.isEmpty());
        QCOMPARE(v100.profile.cudnn.size(), 1); // libcudnn_ops.so.9.6.0 and friends repeat the version
        const auto oldest = importer.import(
            dlstack::test::readFixture(QStringLiteral("probe/collect-env/torch-1.1.0-cuda9-oldest-format.txt")),
            QStringLiteral("x"));
        QCOMPARE(oldest.profile.pythonEnvs.value(0).packages.value(QStringLiteral("numpy")), QStringLiteral("1.18.0"));
        QVERIFY(!oldest.profile.pythonEnvs.value(0).packages.contains(QStringLiteral("torch-cluster")));
    }

    // collect_env.py's placeholders (collectenvsentinels.h) in every field of its 2026 layout
    // (env_info_fmt of torch/utils/collect_env.py, each {field} replaced): no fact may come out.
    void placeholdersAreNeverFacts_data()
    {
        QTest::addColumn<QString>("placeholder");
        for (const char *p : {"Could not collect", "No CUDA", "None", "N/A", "No", "No relevant packages"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void placeholdersAreNeverFacts()
    {
        QFETCH(QString, placeholder);
        QVERIFY(collectenv::isPlaceholder(placeholder));
        QString text = QStringLiteral(
            "PyTorch version: {}\nIs debug build: {}\nCUDA used to build PyTorch: {}\nROCM used to build PyTorch: "
            "{}\n\n"
            "OS: {}\nGCC version: {}\nClang version: {}\nCMake version: {}\nLibc version: {}\n\n"
            "Python version: {}\nPython platform: {}\nIs CUDA available: {}\nCUDA runtime version: {}\n"
            "CUDA_MODULE_LOADING set to: {}\nGPU models and configuration: {}\nNvidia driver version: {}\n"
            "cuDNN version: {}\nIs XPU available: {}\nHIP runtime version: {}\nMIOpen runtime version: {}\n"
            "Is XNNPACK available: {}\nCaching allocator config: {}\n\nCPU:\n{}\n\nVersions of relevant libraries:\n"
            "[pip3] {}\n[conda] {}\n");
        text.replace(QStringLiteral("{}"), placeholder);
        const SystemProfile p = collectenv::parse(text, QStringLiteral("x"));
        QVERIFY(p.gpus.isEmpty());
        QVERIFY(!p.nvidiaDriver);
        QVERIFY(p.cudnn.isEmpty());
        QVERIFY(p.cudaToolkits.isEmpty());
        QVERIFY(p.compilers.isEmpty());
        QVERIFY(!p.rocm);
        QVERIFY(p.host.osId.isEmpty() && p.host.osName.isEmpty() && p.host.kernel.isEmpty());
        QVERIFY(!p.tools.value(QStringLiteral("cmake")));
        for (const PythonEnv &env : p.pythonEnvs) {
            QVERIFY(env.packages.isEmpty());
            QVERIFY(env.pythonVersion.isEmpty() && env.torchCuda.isEmpty() && env.torchHip.isEmpty());
        }
    }

    // get_gpu_info() glues "NoGCNArchNameOnOldPyTorch" to a ROCm device's name on old PyTorch.
    void gpuNameWithoutPlaceholderSuffix()
    {
        QCOMPARE(collectenv::withoutPlaceholderSuffix(QStringLiteral("AMD Instinct MI100NoGCNArchNameOnOldPyTorch")),
                 QStringLiteral("AMD Instinct MI100"));
        QCOMPARE(collectenv::withoutPlaceholderSuffix(QStringLiteral("NoGCNArchNameOnOldPyTorch")), QString());
        QCOMPARE(collectenv::withoutPlaceholderSuffix(QStringLiteral("NVIDIA H200")), QStringLiteral("NVIDIA H200"));
        const SystemProfile p = collectenv::parse(
            QStringLiteral("PyTorch version: 1.8.0\nIs debug build: False\nCUDA used to build PyTorch: N/A\n"
                           "ROCM used to build PyTorch: 4.0.1\nGPU models and configuration: "
                           "Device 738cNoGCNArchNameOnOldPyTorch\n"),
            QStringLiteral("x"));
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus[0].name, QStringLiteral("Device 738c"));
        QCOMPARE(p.gpus[0].vendor, QStringLiteral("amd"));
    }

    void variantsNotInFixtures_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cudnn");
        QTest::newRow("CUDNN_VERSION 8.x") << QStringLiteral("7605") << QStringLiteral("7.6.5");
        QTest::newRow("CUDNN_VERSION 9.x") << QStringLiteral("90100") << QStringLiteral("9.1.0");
        QTest::newRow("dotted") << QStringLiteral("8.9.2") << QStringLiteral("8.9.2");
        QTest::newRow("library path") << QStringLiteral("/usr/lib/x86_64-linux-gnu/libcudnn.so.7.6.5")
                                      << QStringLiteral("7.6.5");
        QTest::newRow("garbage") << QStringLiteral("Probably") << QString();
        QTest::newRow("absurd") << QStringLiteral("99999999999") << QString();
    }
    void variantsNotInFixtures()
    {
        QFETCH(QString, value);
        QFETCH(QString, cudnn);
        QCOMPARE(cudnnparser::versionFromReport(value), cudnn);
    }

    void versionSources()
    {
        using namespace nvccparser;
        QCOMPARE(
            parseVersionJson("{\"cuda\":{\"name\":\"CUDA "
                             "SDK\",\"version\":\"12.1.1\"},\"cuda_nvcc\":{\"name\":\"x\",\"version\":\"12.1.105\"}}")
                .fullVersion,
            QStringLiteral("12.1.105"));
        QCOMPARE(parseVersionJson("{\"cuda\":{\"name\":\"CUDA SDK\",\"version\":\"11.1.1\"}}").fullVersion,
                 QStringLiteral("11.1.1"));
        QCOMPARE(parseVersionJson("{\"cuda\":{\"version\":\"99999.1\"}}").version, QString());
        QCOMPARE(parseVersionJson("\xff\xfe garbage").version, QString());
        QCOMPARE(parseVersionTxt(QStringLiteral("CUDA Version 10.2.89\n")).version, QStringLiteral("10.2"));
        QCOMPARE(parseNvccDistInfoName(QStringLiteral("nvidia_cuda_nvcc-13.0.88.dist-info")).fullVersion,
                 QStringLiteral("13.0.88"));
        QCOMPARE(cudnnparser::versionFromDistInfo(QStringLiteral("nvidia_cudnn_cu12-9.1.0.70.dist-info")),
                 QStringLiteral("9.1.0"));
        QCOMPARE(cudnnparser::parseVersionHeader(QStringLiteral("#define CUDNN_MAJOR 12345\n#define CUDNN_MINOR 1\n")),
                 QString());
        // cuDNN 7 kept the defines in cudnn.h, among thousands of other lines
        QCOMPARE(cudnnparser::parseVersionHeader(
                     QStringLiteral("/* x */\n#define CUDNN_MAJOR 7\n#define CUDNN_MINOR 6\n"
                                    "#define CUDNN_PATCHLEVEL 5\n#define CUDNN_VERSION (CUDNN_MAJOR * 1000)\n")),
                 QStringLiteral("7.6.5"));
    }

    void condaMetaNames()
    {
        using namespace condaparsers;
        const QStringList meta{
            QStringLiteral("conda-build-3.21.4-py38_0.json"), QStringLiteral("conda-libmamba-solver-23.1.0-py_0.json"),
            QStringLiteral("conda-23.7.0-py311h06a4308_0.json"), QStringLiteral("python-3.11.4-h955ad1f_0.json")};
        QCOMPARE(packageVersion(meta, QStringLiteral("conda")), QStringLiteral("23.7.0"));
        QCOMPARE(packageVersion(meta, QStringLiteral("python")), QStringLiteral("3.11.4"));
        QCOMPARE(flavour(meta, "{\"channel\": \"https://repo.anaconda.com/pkgs/main/linux-64\"}",
                         QStringLiteral("miniconda3"), false),
                 QStringLiteral("miniconda"));
        QCOMPARE(flavour(meta + QStringList{QStringLiteral("anaconda-2023.09-py311_0.json")}, {}, QStringLiteral("x"),
                         false),
                 QStringLiteral("anaconda"));
        // anaconda-client in a Miniconda root does not make it Anaconda
        QCOMPARE(flavour(meta + QStringList{QStringLiteral("anaconda-client-1.12.0-py311_0.json")}, {},
                         QStringLiteral("x"), false),
                 QStringLiteral("miniconda"));
        QCOMPARE(flavour(meta, "{\"channel\": \"https://conda.anaconda.org/conda-forge/linux-64\"}",
                         QStringLiteral("miniforge3"), false),
                 QStringLiteral("miniforge"));
        QCOMPARE(flavour(meta + QStringList{QStringLiteral("mamba-1.5.1-py311_0.json")}, {},
                         QStringLiteral("mambaforge"), false),
                 QStringLiteral("mambaforge"));
        QCOMPARE(flavour({QStringLiteral("python-3.11.4-h_0.json")}, {}, QStringLiteral("root"), true),
                 QStringLiteral("micromamba"));
    }

    void environmentsTxtRecognition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("one env") << QStringLiteral("/home/u/miniconda3/envs/a\n") << true;
        QTest::newRow("relative line") << QStringLiteral("/home/u/miniconda3/envs/a\nenvs/b\n") << false;
        QTest::newRow("plain paths") << QStringLiteral("/usr/bin\n/usr/lib\n") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("os-release") << QStringLiteral("ID=ubuntu\nVERSION_ID=22.04\n") << false;
    }
    void environmentsTxtRecognition()
    {
        QFETCH(QString, text);
        QFETCH(bool, recognised);
        QCOMPARE(condaparsers::looksLikeEnvironmentsTxt(text), recognised);
    }

    void garbageIsNotRecognised()
    {
        const Importer importer;
        QByteArray noise;
        for (int i = 0; i < 5000; ++i)
            noise.append(char((i * 7919) % 251));
        QCOMPARE(importer.import(noise, QStringLiteral("noise")).format, QString());
        // a truncated collect_env still gives what it has
        const QByteArray cut =
            dlstack::test::readFixture(QStringLiteral("probe/collect-env/torch-2.4-cu121-wsl2.txt")).left(200);
        const auto outcome = importer.import(cut, QStringLiteral("cut"));
        QCOMPARE(outcome.format, QStringLiteral("collect-env"));
        QCOMPARE(outcome.profile.pythonEnvs.value(0).torchCuda, QStringLiteral("12.1"));
    }
};

QTEST_GUILESS_MAIN(TestEnvImport)
#include "tst_envimport.moc"
