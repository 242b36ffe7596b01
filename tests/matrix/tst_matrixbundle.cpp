// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack matrix update` run as a process against bundle files and a real HTTP server on
// 127.0.0.1: a valid newer bundle that adds a torch release is installed, listed by
// `dlstack matrix`, named by `--source` and used by `check`; `--revert` goes back. Each bad
// bundle (cut half-way, wrong sha256, newer schema, older than the built-in data, a record
// without source, a broken reference between files, a corrupted installed file) is refused
// or set aside with the file, record and field, and the data in use stays as it was.
// Detection finalizes profiles with the GPU-name and driver tables of the same data.
#include "core/matrix/matrixbundle.h"
#include "profilespec.h"
#include "tests/net/httptestserver.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

using Run = test::ProgramRun;

const QString kNewTorch = QStringLiteral("2.99.0");

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The built-in files with one more torch release, a copy of the newest one as 2.99.0.
QMap<QString, QJsonObject> filesWithNewTorch()
{
    QMap<QString, QJsonObject> files = matrix::MatrixBundle::builtinFiles();
    QJsonObject torch = files.value(QStringLiteral("torch.json"));
    QJsonArray releases = torch.value(QStringLiteral("releases")).toArray();
    QJsonObject added = releases.last().toObject();
    added.insert(QStringLiteral("version"), kNewTorch);
    added.insert(QStringLiteral("date"), QStringLiteral("2026-12-20"));
    releases.append(added);
    torch.insert(QStringLiteral("releases"), releases);
    files.insert(QStringLiteral("torch.json"), torch);
    return files;
}

// The built-in files plus what detection needs for a 2016 laptop: the Quadro K3100M in the
// GPU-name table (compute capability 3.0, from NVIDIA's legacy CUDA GPU list) and the CUDA 8.0
// toolkit row (8.0.44 needs driver 367.48 or newer, NVIDIA's CUDA release notes, "CUDA Toolkit
// and Corresponding Driver Versions"; sm 2.0 to 6.2). Neither is in the built-in data.
QMap<QString, QJsonObject> filesWithOldLaptop()
{
    QMap<QString, QJsonObject> files = filesWithNewTorch();
    QJsonObject gpus = files.value(QStringLiteral("gpus.json"));
    QJsonArray nvidia = gpus.value(QStringLiteral("nvidia")).toArray();
    nvidia.append(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Quadro K3100M")},
                    {QStringLiteral("cc"), QStringLiteral("3.0")},
                    {QStringLiteral("arch"), QStringLiteral("Kepler")},
                    {QStringLiteral("kind"), QStringLiteral("workstation")},
                    {QStringLiteral("match"), QStringLiteral("quadro k3100m")},
                    {QStringLiteral("source"), QStringLiteral("https://developer.nvidia.com/cuda-legacy-gpus")}});
    gpus.insert(QStringLiteral("nvidia"), nvidia);
    files.insert(QStringLiteral("gpus.json"), gpus);
    QJsonObject cuda = files.value(QStringLiteral("cuda.json"));
    QJsonArray toolkits = cuda.value(QStringLiteral("toolkits")).toArray();
    toolkits.prepend(QJsonObject{
        {QStringLiteral("version"), QStringLiteral("8.0")},
        {QStringLiteral("updates"), QJsonArray{QStringLiteral("8.0.44"), QStringLiteral("8.0.61")}},
        {QStringLiteral("driver_min_linux"), QStringLiteral("367.48")},
        {QStringLiteral("driver_bundled_linux"), QStringLiteral("367.48")},
        {QStringLiteral("sm_min"), QStringLiteral("2.0")},
        {QStringLiteral("sm_max"), QStringLiteral("6.2")},
        {QStringLiteral("source"),
         QStringLiteral("https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html")},
        {QStringLiteral("unverified"), true},
        {QStringLiteral("unverified_fields"), QJsonArray{QStringLiteral("sm_min"), QStringLiteral("sm_max")}}});
    cuda.insert(QStringLiteral("toolkits"), toolkits);
    files.insert(QStringLiteral("cuda.json"), cuda);
    return files;
}

QByteArray validBundle(const QString &dataVersion = QStringLiteral("2026-12-20"))
{
    return matrix::MatrixBundle::make(dataVersion, filesWithNewTorch());
}

// Applies edit to the new release record of torch.json.
QByteArray bundleWithNewRelease(const std::function<void(QJsonObject &)> &edit)
{
    QMap<QString, QJsonObject> files = filesWithNewTorch();
    QJsonObject torch = files.value(QStringLiteral("torch.json"));
    QJsonArray releases = torch.value(QStringLiteral("releases")).toArray();
    QJsonObject last = releases.last().toObject();
    edit(last);
    releases.replace(releases.size() - 1, last);
    torch.insert(QStringLiteral("releases"), releases);
    files.insert(QStringLiteral("torch.json"), torch);
    return matrix::MatrixBundle::make(QStringLiteral("2026-12-20"), files);
}

} // namespace

class TestMatrixBundle : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    test::HttpTestServer m_server;

    QString dataHome() const { return m_dir->filePath(QStringLiteral("data")); }
    QString installedPath() const { return dataHome() + QStringLiteral("/dlstack/matrix-bundle.json"); }

    Run dlstack(const QStringList &args)
    {
        return test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args, {}, 120000,
                                {{QStringLiteral("XDG_DATA_HOME"), dataHome()}});
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray installed() const
    {
        QFile f(installedPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QJsonObject source()
    {
        const Run r = dlstack({QStringLiteral("matrix"), QStringLiteral("--source"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qFatal("matrix --source failed: %s", r.err.constData());
        return json(r.out);
    }

    bool listsNewTorch()
    {
        const Run r = dlstack({QStringLiteral("matrix"), QStringLiteral("--json")});
        for (const QJsonValue &v : json(r.out).value(QStringLiteral("releases")).toArray())
            if (v.toObject().value(QStringLiteral("version")).toString() == kNewTorch)
                return true;
        return false;
    }

    // A bad bundle is refused with all of expected in the message; the installed bundle
    // (good, installed first) is byte for byte what it was and still in use.
    void expectRefused(const Run &r, const QStringList &expected)
    {
        QVERIFY2(r.exitCode == 1, r.err.constData());
        for (const QString &part : expected)
            QVERIFY2(QString::fromUtf8(r.err).contains(part),
                     qPrintable(part + QStringLiteral(" not in: ") + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("unchanged"), r.err.constData());
        QCOMPARE(installed(), validBundle());
        QCOMPARE(source().value(QStringLiteral("sha256")).toString(), sha256(validBundle()));
        QVERIFY(listsNewTorch());
    }

    void installGood()
    {
        const Run r = dlstack(
            {QStringLiteral("matrix"), QStringLiteral("update"), write(QStringLiteral("good.json"), validBundle())});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void builtinIsUsedWithoutBundle()
    {
        const QJsonObject s = source();
        QCOMPARE(s.value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
        QCOMPARE(s.value(QStringLiteral("data_version")).toString(), matrix::MatrixBundle::builtinDataVersion());
        QVERIFY(!listsNewTorch());
        const Run text = dlstack({QStringLiteral("matrix"), QStringLiteral("--source")});
        QVERIFY(text.out.contains("built-in version " + matrix::MatrixBundle::builtinDataVersion().toUtf8()));
        // The built-in data passes the bundle's own cross-file checks.
        QVERIFY(!matrix::checkReferences(matrix::Matrix::builtin().value()));
    }

    void installFromFileAddsRelease()
    {
        const QByteArray bundle = validBundle();
        const QString profile =
            write(QStringLiteral("p.json"),
                  QJsonDocument(test::profileFromSpec(QStringLiteral("python=3.12.3;mem=32")).toJson()).toJson());
        const QStringList check{
            QStringLiteral("check"), QStringLiteral("--profile"), profile, QStringLiteral("--torch"), kNewTorch,
            QStringLiteral("--cpu"), QStringLiteral("--json")};
        QCOMPARE(dlstack(check).exitCode, 2); // not in the built-in data

        const Run r =
            dlstack({QStringLiteral("matrix"), QStringLiteral("update"), write(QStringLiteral("b.json"), bundle),
                     QStringLiteral("--sha256"), sha256(bundle).toUpper()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("2026-12-20"));
        QCOMPARE(installed(), bundle);

        QVERIFY(listsNewTorch());
        const Run one = dlstack({QStringLiteral("matrix"), QStringLiteral("--torch"), kNewTorch});
        QVERIFY2(one.exitCode == 0 && one.out.startsWith("torch 2.99.0"), one.out.constData());
        const QJsonObject s = source();
        QCOMPARE(s.value(QStringLiteral("origin")).toString(), QStringLiteral("installed"));
        QCOMPARE(s.value(QStringLiteral("data_version")).toString(), QStringLiteral("2026-12-20"));
        QCOMPARE(s.value(QStringLiteral("path")).toString(), installedPath());
        QCOMPARE(s.value(QStringLiteral("sha256")).toString(), sha256(bundle));
        const Run text = dlstack({QStringLiteral("matrix"), QStringLiteral("--source")});
        QVERIFY2(text.out.contains("installed bundle 2026-12-20 from " + installedPath().toUtf8()),
                 text.out.constData());

        const QStringList plan{QStringLiteral("plan"),
                               QStringLiteral("--profile"),
                               profile,
                               QStringLiteral("--torch"),
                               kNewTorch,
                               QStringLiteral("--cpu"),
                               QStringLiteral("--prefix"),
                               m_dir->filePath(QStringLiteral("dl"))};
        const Run planned = dlstack(plan); // so does the planner
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        QVERIFY2(planned.out.contains("2.99.0"), planned.out.left(2000).constData());

        const Run checked = dlstack(check); // check loads the same data
        QVERIFY2(checked.exitCode == 0 || checked.exitCode == 1, checked.err.constData());
        QCOMPARE(
            json(checked.out).value(QStringLiteral("selection")).toObject().value(QStringLiteral("torch")).toString(),
            kNewTorch);

        const Run removed = dlstack({QStringLiteral("matrix"), QStringLiteral("update"), QStringLiteral("--revert")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(!QFile::exists(installedPath()));
        QCOMPARE(source().value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
        QVERIFY(!listsNewTorch());
        QCOMPARE(dlstack(check).exitCode, 2);
        QCOMPARE(dlstack(plan).exitCode, 2);
    }

    // `dlstack detect` and `dlstack import` take compute capability and the driver's CUDA
    // from the data in use. The real nvidia-smi 367.48 table of a Quadro K3100M
    // (fixtures/probe/nvidia-smi/driver-367.48-quadro-k3100m.txt) prints neither; the
    // built-in tables know neither the GPU nor a driver that old. With a bundle that adds
    // both, detection says 3.0 and CUDA 8.0; after --revert it says neither again.
    void detectionUsesTheInstalledTables()
    {
        QFile smi(QStringLiteral(DLSTACK_FIXTURES "/probe/nvidia-smi/driver-367.48-quadro-k3100m.txt"));
        QVERIFY(smi.open(QIODevice::ReadOnly));
        const QByteArray table = smi.readAll();
        // A replayed detection: only the plain nvidia-smi answers (the CSV query is not recorded).
        const QString replay = m_dir->filePath(QStringLiteral("replay"));
        QVERIFY(QDir().mkpath(replay + QStringLiteral("/root")) && QDir().mkpath(replay + QStringLiteral("/out")));
        write(QStringLiteral("replay/out/000.stdout"), table);
        write(QStringLiteral("replay/out/000.stderr"), {});
        write(QStringLiteral("replay/env.json"), R"({"PATH": "/usr/bin:/bin"})");
        write(QStringLiteral("replay/commands.json"),
              R"([{"program": "nvidia-smi", "args": [], "exit_code": 0, "status": "finished",
                   "stdout": "out/000.stdout", "stderr": "out/000.stderr"}])");
        const QString text = write(QStringLiteral("smi.txt"), table);
        struct Seen
        {
            QString cc, cuda, gpuSource, driverSource;
        };
        const auto seen = [](const Run &r) {
            const QJsonObject p = json(r.out);
            const QJsonObject gpu = p.value(QStringLiteral("gpus")).toArray().first().toObject();
            const QJsonObject driver = p.value(QStringLiteral("nvidia_driver")).toObject();
            return Seen{gpu.value(QStringLiteral("compute_capability")).toString(),
                        driver.value(QStringLiteral("cuda_version")).toString(),
                        gpu.value(QStringLiteral("source")).toString(),
                        driver.value(QStringLiteral("source")).toString()};
        };
        const QStringList detect{QStringLiteral("detect"), QStringLiteral("--replay"), replay,
                                 QStringLiteral("--json")};
        const QStringList import{QStringLiteral("import"), text, QStringLiteral("--json")};
        for (const QStringList &command : {detect, import}) {
            const Run r = dlstack(command);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const Seen before = seen(r);
            QCOMPARE(before.cc, QString());
            QCOMPARE(before.cuda, QString());
        }

        const QByteArray bundle = matrix::MatrixBundle::make(QStringLiteral("2026-12-20"), filesWithOldLaptop());
        const Run installed =
            dlstack({QStringLiteral("matrix"), QStringLiteral("update"), write(QStringLiteral("laptop.json"), bundle)});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        QCOMPARE(source().value(QStringLiteral("origin")).toString(), QStringLiteral("installed"));
        for (const QStringList &command : {detect, import}) {
            const Run r = dlstack(command);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const Seen with = seen(r);
            QCOMPARE(with.cc, QStringLiteral("3.0"));
            QVERIFY2(with.gpuSource.contains(QStringLiteral("GPU-name table")), qPrintable(with.gpuSource));
            QCOMPARE(with.cuda, QStringLiteral("8.0"));
            QVERIFY2(with.driverSource.contains(QStringLiteral("driver table")), qPrintable(with.driverSource));
        }
        // The human report of detect says it too.
        const Run report = dlstack({QStringLiteral("detect"), QStringLiteral("--replay"), replay});
        QVERIFY2(report.out.contains("Quadro K3100M") && report.out.contains("3.0"), report.out.constData());

        const Run reverted = dlstack({QStringLiteral("matrix"), QStringLiteral("update"), QStringLiteral("--revert")});
        QVERIFY2(reverted.exitCode == 0, reverted.err.constData());
        QCOMPARE(source().value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
        for (const QStringList &command : {detect, import}) {
            const Run r = dlstack(command);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(seen(r).cc, QString());
            QCOMPARE(seen(r).cuda, QString());
        }
    }

    // --revert goes back one step: after a second bundle replaced the first, to the first;
    // then to the built-in data; then there is nothing left to revert. Installing the same
    // bundle again keeps the one before it as the step back.
    void revertGoesBackOneStep()
    {
        const QByteArray first = validBundle(QStringLiteral("2026-12-20"));
        const QByteArray second = validBundle(QStringLiteral("2026-12-27"));
        const QString previousPath = dataHome() + QStringLiteral("/dlstack/matrix-bundle.previous.json");
        const auto update = [&](const QString &name, const QByteArray &bytes) {
            return dlstack({QStringLiteral("matrix"), QStringLiteral("update"), write(name, bytes)});
        };
        const QStringList revert{QStringLiteral("matrix"), QStringLiteral("update"), QStringLiteral("--revert")};
        QCOMPARE(update(QStringLiteral("first.json"), first).exitCode, 0);
        QVERIFY(!QFile::exists(previousPath)); // nothing was replaced
        QCOMPARE(update(QStringLiteral("second.json"), second).exitCode, 0);
        QCOMPARE(update(QStringLiteral("again.json"), second).exitCode, 0); // the same bytes again
        QCOMPARE(source().value(QStringLiteral("data_version")).toString(), QStringLiteral("2026-12-27"));
        QVERIFY(QFile::exists(previousPath));

        const Run back = dlstack(revert);
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QVERIFY2(back.out.contains("bundle installed before") && back.out.contains("2026-12-20"), back.out.constData());
        QCOMPARE(installed(), first);
        QCOMPARE(source().value(QStringLiteral("sha256")).toString(), sha256(first));
        QVERIFY(!QFile::exists(previousPath));
        QVERIFY(listsNewTorch());

        const Run toBuiltin = dlstack(revert);
        QVERIFY2(toBuiltin.exitCode == 0, toBuiltin.err.constData());
        QVERIFY2(toBuiltin.out.contains("Removed the installed bundle"), toBuiltin.out.constData());
        QCOMPARE(source().value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
        QVERIFY(!QFile::exists(installedPath()));

        const Run nothing = dlstack(revert);
        QVERIFY2(nothing.exitCode == 0, nothing.err.constData());
        QVERIFY2(nothing.out.contains("No bundle was installed"), nothing.out.constData());
    }

    // A step back that has gone bad (damaged on disk) is not restored: --revert then goes to
    // the built-in data and says so.
    void revertSkipsADamagedPrevious()
    {
        QCOMPARE(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                          write(QStringLiteral("a.json"), validBundle(QStringLiteral("2026-12-20")))})
                     .exitCode,
                 0);
        QCOMPARE(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                          write(QStringLiteral("b.json"), validBundle(QStringLiteral("2026-12-27")))})
                     .exitCode,
                 0);
        const QString previousPath = dataHome() + QStringLiteral("/dlstack/matrix-bundle.previous.json");
        QFile previous(previousPath);
        QVERIFY(previous.open(QIODevice::ReadWrite));
        QVERIFY(previous.resize(previous.size() / 2));
        previous.close();
        const Run r = dlstack({QStringLiteral("matrix"), QStringLiteral("update"), QStringLiteral("--revert")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Removed the installed bundle"), r.out.constData());
        QCOMPARE(source().value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
        QVERIFY(!QFile::exists(previousPath));
    }

    void installOverHttp()
    {
        const QByteArray bundle = validBundle();
        test::HttpRoute route;
        route.body = bundle;
        route.dropAt = bundle.size() / 2; // the first answer breaks off; the download resumes
        m_server.setRoute("/matrix/bundle.json", route);
        const Run r = dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                               QString::fromLatin1(m_server.url("/matrix/bundle.json")), QStringLiteral("--sha256"),
                               sha256(bundle)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(installed(), bundle);
        QVERIFY(listsNewTorch());
        QCOMPARE(source().value(QStringLiteral("origin")).toString(), QStringLiteral("installed"));
    }

    void cutHalfWay()
    {
        installGood();
        const QByteArray half = validBundle(QStringLiteral("2026-12-21")).left(validBundle().size() / 2);
        expectRefused(
            dlstack({QStringLiteral("matrix"), QStringLiteral("update"), write(QStringLiteral("half.json"), half)}),
            {QStringLiteral("cut short")});
        // A server whose file is cut half-way: what arrives is complete HTTP, half a bundle.
        test::HttpRoute route;
        route.body = half;
        m_server.setRoute("/matrix/half.json", route);
        expectRefused(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                               QString::fromLatin1(m_server.url("/matrix/half.json"))}),
                      {QStringLiteral("cut short")});
    }

    void wrongSha256()
    {
        installGood();
        const QByteArray newer = validBundle(QStringLiteral("2026-12-21"));
        const QString wrong = sha256("something else");
        expectRefused(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                               write(QStringLiteral("n.json"), newer), QStringLiteral("--sha256"), wrong}),
                      {wrong, sha256(newer)});
        test::HttpRoute route;
        route.body = newer;
        m_server.setRoute("/matrix/newer.json", route);
        const Run overHttp =
            dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                     QString::fromLatin1(m_server.url("/matrix/newer.json")), QStringLiteral("--sha256"), wrong});
        expectRefused(overHttp, {QStringLiteral("sha256")});
    }

    void newerSchema()
    {
        installGood();
        QJsonObject doc = json(validBundle(QStringLiteral("2026-12-21")));
        doc.insert(QStringLiteral("schema"), matrix::kMatrixSchema + 1);
        expectRefused(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                               write(QStringLiteral("s.json"), QJsonDocument(doc).toJson())}),
                      {QStringLiteral("schema %1").arg(matrix::kMatrixSchema + 1), QStringLiteral("newer dlstack")});
    }

    void olderThanBuiltin()
    {
        installGood();
        expectRefused(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                               write(QStringLiteral("old.json"), validBundle(QStringLiteral("2020-01-01")))}),
                      {QStringLiteral("2020-01-01"), QStringLiteral("not newer than the built-in data"),
                       matrix::MatrixBundle::builtinDataVersion()});
    }

    void recordWithoutSource()
    {
        installGood();
        const qsizetype last =
            filesWithNewTorch().value(QStringLiteral("torch.json")).value(QStringLiteral("releases")).toArray().size() -
            1;
        const QByteArray bundle = bundleWithNewRelease([](QJsonObject &r) { r.remove(QStringLiteral("source")); });
        expectRefused(
            dlstack({QStringLiteral("matrix"), QStringLiteral("update"), write(QStringLiteral("ns.json"), bundle)}),
            {QStringLiteral("torch.json"), QStringLiteral("releases[%1].source").arg(last), QStringLiteral("missing")});
    }

    void brokenReference()
    {
        installGood();
        const qsizetype last =
            filesWithNewTorch().value(QStringLiteral("torch.json")).value(QStringLiteral("releases")).toArray().size() -
            1;
        int cudaIndex = -1;
        const QByteArray bundle = bundleWithNewRelease([&cudaIndex](QJsonObject &r) {
            QJsonArray variants = r.value(QStringLiteral("variants")).toArray();
            for (qsizetype j = 0; j < variants.size() && cudaIndex < 0; ++j) {
                QJsonObject v = variants[j].toObject();
                if (v.value(QStringLiteral("backend")).toString() == u"cuda") {
                    v.insert(QStringLiteral("version"), QStringLiteral("99.9"));
                    variants.replace(j, v);
                    cudaIndex = int(j);
                }
            }
            r.insert(QStringLiteral("variants"), variants);
        });
        QVERIFY(cudaIndex >= 0);
        expectRefused(
            dlstack({QStringLiteral("matrix"), QStringLiteral("update"), write(QStringLiteral("ref.json"), bundle)}),
            {QStringLiteral("torch.json"), QStringLiteral("releases[%1] (torch %2)").arg(last).arg(kNewTorch),
             QStringLiteral("variants[%1].version").arg(cudaIndex), QStringLiteral("CUDA 99.9"),
             QStringLiteral("cuda.json")});
    }

    void notABundle()
    {
        installGood();
        QFile torch(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/matrix/torch.json"));
        QVERIFY(torch.open(QIODevice::ReadOnly));
        expectRefused(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                               write(QStringLiteral("t.json"), torch.readAll())}),
                      {QStringLiteral("format")});
        QJsonObject doc = json(validBundle(QStringLiteral("2026-12-21")));
        QJsonObject files = doc.value(QStringLiteral("files")).toObject();
        files.remove(QStringLiteral("rocm.json"));
        doc.insert(QStringLiteral("files"), files);
        expectRefused(dlstack({QStringLiteral("matrix"), QStringLiteral("update"),
                               write(QStringLiteral("m.json"), QJsonDocument(doc).toJson())}),
                      {QStringLiteral("files.rocm.json")});
        QCOMPARE(dlstack({QStringLiteral("matrix"), QStringLiteral("update")}).exitCode, 2);
        QCOMPARE(dlstack({QStringLiteral("matrix"), QStringLiteral("update"), QStringLiteral("x"),
                          QStringLiteral("--sha256"), QStringLiteral("12")})
                     .exitCode,
                 2);
    }

    void damagedInstalledBundleIsSetAside()
    {
        installGood();
        QFile f(installedPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(validBundle().left(100));
        f.close();
        const QJsonObject s = source();
        QCOMPARE(s.value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
        QVERIFY(s.value(QStringLiteral("note")).toString().contains(installedPath()));
        const Run list = dlstack({QStringLiteral("matrix"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!listsNewTorch());
    }
};

QTEST_GUILESS_MAIN(TestMatrixBundle)
#include "tst_matrixbundle.moc"
