// SPDX-License-Identifier: GPL-3.0-or-later
// Source fallback: when no published wheel of the newest (or the chosen) release has kernels
// for the GPU, the recommender proposes that release built from source with a CUDA toolkit
// that still targets the card, a gcc that toolkit accepts (installed, or conda-forge's in a
// conda environment), TORCH_CUDA_ARCH_LIST for the card, MAX_JOBS from RAM and a time
// estimate (read back from the plan). Machines are imported from real nvidia-smi and
// collect_env captures (tests/fixtures/probe, sources in SOURCES.tsv).
//
// The built-in data's newest release still has cu126 wheels (sm_50 to sm_90), so the
// situation the issue foresees for PyTorch 2.15 is made here: a copy of the newest release
// as 2.15.0 whose cu126 wheels are gone and whose CUDA 12.8 wheels start at sm_75, as
// 2.11.0's do (that arch list and its source are taken from 2.11.0's record).
#include "core/matrix/matrix.h"
#include "core/matrix/matrixbundle.h"
#include "core/matrix/recommender.h"
#include "core/plan/sourcebuildsummary.h"
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "profilespec.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

const matrix::Matrix &shipped()
{
    return matrix::Matrix::builtin().value();
}

const QString kPrefix = QStringLiteral("/opt/dl");

QJsonObject variantOf(const QJsonArray &releases, const QString &torch, const QString &id)
{
    for (const QJsonValue &r : releases) {
        if (r.toObject().value(QStringLiteral("version")).toString() != torch)
            continue;
        for (const QJsonValue &v : r.toObject().value(QStringLiteral("variants")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
    }
    qFatal("no %s %s in torch.json", qPrintable(torch), qPrintable(id));
}

// The built-in files with "2.15.0": the newest release without cu126, with 2.11.0's cu128.
QMap<QString, QJsonObject> filesWithoutOldWheels()
{
    QMap<QString, QJsonObject> files = matrix::MatrixBundle::builtinFiles();
    QJsonObject torch = files.value(QStringLiteral("torch.json"));
    QJsonArray releases = torch.value(QStringLiteral("releases")).toArray();
    QJsonObject added = releases.last().toObject();
    added.insert(QStringLiteral("version"), QStringLiteral("2.15.0"));
    added.insert(QStringLiteral("date"), QStringLiteral("2026-12-20"));
    QJsonArray variants{variantOf(releases, QStringLiteral("2.11.0"), QStringLiteral("cu128"))};
    for (const QJsonValue &v : added.value(QStringLiteral("variants")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() != u"cu126")
            variants.append(v);
    added.insert(QStringLiteral("variants"), variants);
    releases.append(added);
    torch.insert(QStringLiteral("releases"), releases);
    files.insert(QStringLiteral("torch.json"), torch);
    return files;
}

const matrix::Matrix &withoutOldWheels()
{
    static const support::Result<matrix::Matrix> m = [] {
        QMap<QString, QByteArray> bytes;
        const QMap<QString, QJsonObject> files = filesWithoutOldWheels();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            bytes.insert(it.key(), QJsonDocument(it.value()).toJson());
        return matrix::Matrix::load(bytes);
    }();
    if (!m.ok())
        qFatal("%s", qPrintable(m.error().toText()));
    return m.value();
}

probe::SystemProfile imported(const QString &fixture, const QString &extra)
{
    probe::SystemProfile p = test::profileFromSpec(extra);
    const auto outcome = probe::Importer().import(test::readFixture(fixture), fixture);
    p.merge(outcome.profile);
    p.finalize(probe::DetectionTables::builtin());
    return p;
}

} // namespace

class TestSourceFallback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(matrix::Matrix::builtin().ok()); }

    void newestReleaseLostTheWheels_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("arch");     // TORCH_CUDA_ARCH_LIST of the source build
        QTest::addColumn<int>("maxJobs");      // from RAM and cores
        QTest::addColumn<QString>("compiler"); // text in the build's compiler
        QTest::addColumn<bool>("conda");       // conda environment for conda-forge's gcc
        QTest::newRow("Tesla P4 (sm_61), driver 550.135, gcc 13")
            << "probe/nvidia-smi/driver-550.135-tesla-p4.txt"
            << "python=3.12.3;gcc=13.3.0;mem=32;cores=16;cmake=3.30.2;ninja=1"
            << "6.1+PTX" << 10 << "gcc 13.3.0 (/usr/bin/gcc)" << false;
        QTest::newRow("Tesla P4, gcc 15: newer than CUDA 12.8 accepts, conda-forge's gcc 14")
            << "probe/nvidia-smi/driver-550.135-tesla-p4.txt"
            << "python=3.12.3;gcc=15.1.0;mem=64;cores=8;cmake=3.30.2;ninja=1"
            << "6.1+PTX" << 8 << "gcc 14 from conda-forge" << true;
        // The capture's own gcc 9.4.0 (Ubuntu 20.04) is older than the release needs (11.3).
        QTest::newRow("4x Tesla V100 (sm_70), driver 560.35, gcc 9.4: conda-forge's gcc 14")
            << "probe/collect-env/torch-2.6-dev-cu126-4x-v100.txt"
            << "python=3.12.3;mem=16;cores=8;cmake=3.30.2;ninja=1"
            << "7.0+PTX" << 5 << "gcc 14 from conda-forge" << true;
    }

    void newestReleaseLostTheWheels()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, extra);
        QFETCH(QString, arch);
        QFETCH(int, maxJobs);
        QFETCH(QString, compiler);
        QFETCH(bool, conda);
        const matrix::Matrix &m = withoutOldWheels();
        const probe::SystemProfile machine = imported(fixture, extra);
        QVERIFY(!machine.gpus.isEmpty());
        const auto recs = matrix::Recommender(m).recommend(machine);
        QVERIFY(recs.size() >= 2);
        QString all;
        for (const auto &r : recs)
            all += r.selection.label() + QStringLiteral(": ") + r.reason + u'\n';
        // First the newest release whose wheels still cover the card, then 2.15.0 from source.
        QCOMPARE(recs.at(0).selection.route, matrix::Route::Prebuilt);
        QVERIFY2(recs.at(0).selection.torch == u"2.14.1", qPrintable(all));
        QCOMPARE(recs.at(0).selection.variantId(), QStringLiteral("cu126"));
        const matrix::Recommendation &source = recs.at(1);
        QVERIFY2(source.selection.isSource(), qPrintable(all));
        QCOMPARE(source.selection.torch, QStringLiteral("2.15.0"));
        QCOMPARE(source.selection.cuda, QStringLiteral("12.8")); // CUDA 13 no longer targets sm_61/sm_70
        QCOMPARE(source.selection.envKind == matrix::EnvKind::NewConda, conda);
        QVERIFY2(source.reason.contains(QStringLiteral("no wheel with kernels")), qPrintable(source.reason));
        QVERIFY(!matrix::hasBlocker(source.findings)); // a gcc nvcc refuses is resolved by the plan

        const auto build = plan::planSourceBuild(m, machine, source.selection, kPrefix);
        QVERIFY2(build, "the source recommendation must plan");
        QCOMPARE(build->cuda, QStringLiteral("12.8"));
        QCOMPARE(build->archList, arch);
        QCOMPARE(build->maxJobs, maxJobs);
        QVERIFY2(build->compiler.contains(compiler), qPrintable(build->compiler));
        QVERIFY2(build->minutes > 60, qPrintable(QString::number(build->minutes))); // hours, not minutes
        const QString sentence = build->sentence();
        QVERIFY2(sentence.contains(QStringLiteral("TORCH_CUDA_ARCH_LIST=") + arch) &&
                     sentence.contains(QStringLiteral("MAX_JOBS=%1").arg(maxJobs)),
                 qPrintable(sentence));
    }

    // With the built-in data the newest release's cu126 wheels still cover sm_61: no source
    // build is proposed beside them.
    void noFallbackWhileTheWheelsCover()
    {
        const auto recs = matrix::Recommender(shipped()).recommend(
            imported(QStringLiteral("probe/nvidia-smi/driver-550.135-tesla-p4.txt"), QStringLiteral("python=3.12.3")));
        QVERIFY(!recs.isEmpty());
        for (const auto &r : recs)
            QVERIFY2(!r.selection.isSource(), qPrintable(r.selection.label()));
    }

    // A chosen release whose wheels lack the card (GTX 680, sm_30, and 1.12.1, whose wheels
    // start at sm_37): its source build with CUDA 10.2, the newest of its toolkits that still
    // targets sm_30; no installed gcc <= 8, so conda-forge's gcc 8 in a conda environment.
    void chosenReleaseFromSource()
    {
        const auto machine = test::profileFromSpec(
            QStringLiteral("gpu=GeForce GTX 680:3.0;driver=470.82.01;python=3.8.10;gcc=11.4.0;mem=32;cores=8"));
        const auto recs = matrix::Recommender(shipped()).recommend(machine, 5, QStringLiteral("1.12.1"));
        QCOMPARE(recs.size(), 1);
        const matrix::Selection &s = recs.constFirst().selection;
        QVERIFY(s.isSource());
        QCOMPARE(s.torch, QStringLiteral("1.12.1"));
        QCOMPARE(s.cuda, QStringLiteral("10.2"));
        QCOMPARE(s.envKind, matrix::EnvKind::NewConda);
        const auto build = plan::planSourceBuild(shipped(), machine, s, kPrefix);
        QVERIFY(build);
        QCOMPARE(build->archList, QStringLiteral("3.0+PTX"));
        QCOMPARE(build->maxJobs, 8);
        QVERIFY2(build->compiler.contains(QStringLiteral("gcc 8 from conda-forge")), qPrintable(build->compiler));
        // Only that release is proposed: the CPU build when no GPU build of it runs there.
        const auto k80 = matrix::Recommender(shipped()).recommend(
            test::profileFromSpec(QStringLiteral("gpu=Tesla K80:3.7;driver=470.82.01;python=3.10.12")), 5,
            QStringLiteral("2.9.0"));
        QCOMPARE(k80.size(), 1);
        QCOMPARE(k80.constFirst().selection.backend, matrix::Backend::Cpu);
        QCOMPARE(k80.constFirst().selection.torch, QStringLiteral("2.9.0"));
    }

    // `dlstack recommend` as a process with the 2.15.0 data installed as a matrix bundle: the
    // source proposal prints what the build uses, and --json carries it as source_build.
    void recommendProcessOutput()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/dlstack")));
        QFile bundle(data + QStringLiteral("/dlstack/matrix-bundle.json"));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(matrix::MatrixBundle::make(QStringLiteral("2099-01-01"), filesWithoutOldWheels()));
        bundle.close();
        const probe::SystemProfile machine =
            imported(QStringLiteral("probe/nvidia-smi/driver-550.135-tesla-p4.txt"),
                     QStringLiteral("python=3.12.3;gcc=13.3.0;mem=32;cores=16;cmake=3.30.2;ninja=1"));
        QFile profile(dir.filePath(QStringLiteral("p4.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(QJsonDocument(machine.toJson()).toJson());
        profile.close();
        const QMap<QString, QString> env{{QStringLiteral("XDG_DATA_HOME"), data}, {QStringLiteral("HOME"), dir.path()}};
        const auto text = test::runProgram(
            QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
            {QStringLiteral("recommend"), QStringLiteral("--profile"), profile.fileName()}, {}, 120000, env);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("2. torch 2.15.0 + CUDA 12.8") && text.out.contains("Build: CUDA 12.8") &&
                     text.out.contains("TORCH_CUDA_ARCH_LIST=6.1+PTX") && text.out.contains("MAX_JOBS=10") &&
                     text.out.contains("--route source"),
                 text.out.constData());
        const auto json = test::runProgram(
            QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
            {QStringLiteral("recommend"), QStringLiteral("--profile"), profile.fileName(), QStringLiteral("--json")},
            {}, 120000, env);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray recs =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("recommendations")).toArray();
        QVERIFY(recs.size() >= 2);
        QVERIFY(!recs.at(0).toObject().contains(QStringLiteral("source_build")));
        const QJsonObject build = recs.at(1).toObject().value(QStringLiteral("source_build")).toObject();
        QCOMPARE(build.value(QStringLiteral("cuda")).toString(), QStringLiteral("12.8"));
        QCOMPARE(build.value(QStringLiteral("torch_cuda_arch_list")).toString(), QStringLiteral("6.1+PTX"));
        QCOMPARE(build.value(QStringLiteral("max_jobs")).toInt(), 10);
        QVERIFY(build.value(QStringLiteral("minutes")).toInt() > 60);
        // --torch keeps to one release; an unknown one is bad input.
        const auto only = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                           {QStringLiteral("recommend"), QStringLiteral("--profile"),
                                            profile.fileName(), QStringLiteral("--torch"), QStringLiteral("2.15")},
                                           {}, 120000, env);
        QVERIFY2(only.exitCode == 0 && only.out.startsWith("1. torch 2.15.0 + CUDA 12.8 (from source)"),
                 only.out.constData());
        const auto unknown = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                              {QStringLiteral("recommend"), QStringLiteral("--profile"),
                                               profile.fileName(), QStringLiteral("--torch"), QStringLiteral("2.99")},
                                              {}, 120000, env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("2.99"));
    }
};

QTEST_GUILESS_MAIN(TestSourceFallback)
#include "tst_sourcefallback.moc"
