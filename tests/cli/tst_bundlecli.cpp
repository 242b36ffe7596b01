// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack bundle` against a real HTTP server on 127.0.0.1 and a real pip: the plan's
// download (checksum verified) and the wheel of its pip install step land in the bundle
// folder; a second run fetches nothing; the same plan then installs with the server gone,
// from the bundle as its offline folder; a wrong checksum fails and leaves no file.
#include "core/support/sha256.h"
#include "tests/net/httptestserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = dlstack::test::ProgramRun;

Run runDlstack(const QStringList &args)
{
    return dlstack::test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args);
}

QByteArray planJson(const QString &prefix, const QString &url, const QString &sha, const QString &wheels,
                    const QString &mirrorDir = QString())
{
    const QByteArray mirror = mirrorDir.isEmpty() ? QByteArray() : ", \"mirror_dir\": \"" + mirrorDir.toUtf8() + "\"";
    const QByteArray pipSource = mirrorDir.isEmpty() ? wheels.toUtf8() : mirrorDir.toUtf8();
    return "{\"schema\": 1, \"name\": \"bundle test\", \"prefix\": \"" + prefix.toUtf8() + "\"" + mirror +
           ", \"stages\": [{\"id\": \"s\", \"title\": \"S\", \"steps\": ["
           "{\"kind\": \"download\", \"url\": \"" +
           url.toUtf8() + "\", \"sha256\": \"" + sha.toUtf8() +
           "\", \"to\": \"downloads/data.bin\"},"
           "{\"kind\": \"run\", \"argv\": [\"python3\", \"-m\", \"venv\", \"venv\"], \"creates\": [\"venv\"]},"
           "{\"kind\": \"run\", \"argv\": [\"venv/bin/python\", \"-m\", \"pip\", \"install\", \"tinypkg\", "
           "\"--no-index\", "
           "\"--find-links\", \"" +
           pipSource + "\"], \"env\": {\"PIP_DISABLE_PIP_VERSION_CHECK\": \"1\"}}]}]}";
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
}

} // namespace

class TestBundleCli : public QObject
{
    Q_OBJECT
private slots:
    void bundleThenInstallOffline()
    {
        QTemporaryDir dir;
        const QString wheels = dir.filePath(QStringLiteral("wheels"));
        QDir().mkpath(wheels);
        QProcess make;
        make.start(QStringLiteral("python3"),
                   {QStringLiteral(DLSTACK_SOURCE_DIR "/tests/engine/make_wheel.py"), wheels});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);

        const QByteArray body(3 << 20, 'd');
        const QString sha = QString::fromLatin1(dlstack::support::Sha256::hash(body).toHex());
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        {
            dlstack::test::HttpTestServer server;
            server.setRoute("/files/data.bin", dlstack::test::HttpRoute{body});
            const QString url = QString::fromLatin1(server.url("/files/data.bin"));
            write(planFile, planJson(dir.filePath(QStringLiteral("prefix")), url, sha, wheels));
            Run first = runDlstack({QStringLiteral("bundle"), planFile, bundle});
            QVERIFY2(first.exitCode == 0, first.err.constData());
            QVERIFY(first.out.contains("2 fetched, 0 already there, 0 failed"));
            QVERIFY(first.out.contains("Use it as the offline folder"));
            QCOMPARE(QString::fromLatin1(dlstack::support::Sha256::hash([&] {
                                             QFile f(bundle + QStringLiteral("/data.bin"));
                                             f.open(QIODevice::ReadOnly);
                                             return f.readAll();
                                         }())
                                             .toHex()),
                     sha);
            QVERIFY(!QDir(bundle).entryList({QStringLiteral("tinypkg-*.whl")}, QDir::Files).isEmpty());

            const int requests = int(server.requests().size());
            Run again = runDlstack({QStringLiteral("bundle"), planFile, bundle});
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QVERIFY(again.out.contains("1 already there"));
            QCOMPARE(int(server.requests().size()), requests); // the verified file was not fetched again

            // Wrong checksum: a clear failure, nothing left behind.
            write(planFile, planJson(dir.filePath(QStringLiteral("prefix")), url, QString(64, u'0'), wheels));
            const QString badBundle = dir.filePath(QStringLiteral("bad"));
            Run bad = runDlstack({QStringLiteral("bundle"), planFile, badBundle});
            QCOMPARE(bad.exitCode, 1);
            QVERIFY2(bad.err.contains("sha256") || bad.err.contains("checksum"), bad.err.constData());
            QVERIFY(!QFileInfo::exists(badBundle + QStringLiteral("/data.bin")));
            QVERIFY(!QFileInfo::exists(badBundle + QStringLiteral("/data.bin.part")));
            QVERIFY2(!bad.out.contains("Use it as the offline folder"), bad.out.constData());
            QVERIFY2(bad.out.contains("not complete"), bad.out.constData());
        }
        // The server is gone and the wheel folder too: the install runs from the bundle alone.
        QDir(wheels).removeRecursively();
        write(planFile, planJson(dir.filePath(QStringLiteral("prefix")),
                                 QStringLiteral("http://127.0.0.1:9/files/data.bin"), sha, wheels, bundle));
        Run install = runDlstack({QStringLiteral("install"), planFile, QStringLiteral("--yes")});
        QVERIFY2(install.exitCode == 0, (install.out + install.err).constData());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("prefix/downloads/data.bin"))).size() == body.size());
    }

    // What a bundle cannot hold is named, not silently left out: git checkouts and conda
    // packages. Nothing was fetched, so the folder is not offered as an offline folder, the
    // summary says that it does not make the install work offline, and the exit status is 1.
    // Relative paths are resolved against the current directory and said.
    void namesWhatIsNotBundled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        write(planFile,
              "{\"schema\": 1, \"name\": \"n\", \"prefix\": \"" + dir.filePath(QStringLiteral("p")).toUtf8() +
                  "\", \"stages\": [{\"id\": \"s\", \"title\": \"S\", \"steps\": ["
                  "{\"kind\": \"git\", \"url\": \"https://github.com/pytorch/pytorch\", \"ref\": \"v2.4.1\", \"to\": "
                  "\"src\"},"
                  "{\"kind\": \"run\", \"argv\": [\"/opt/mf/bin/conda\", \"install\", \"-y\", \"-p\", \"env\", "
                  "\"-c\", \"conda-forge\", \"cuda-toolkit=12.4\"]}]}]}");
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const Run r = runDlstack({QStringLiteral("bundle"), QStringLiteral("plan.json"), QStringLiteral("./bundle")});
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains("bundle folder: " + QDir(dir.path()).canonicalPath().toUtf8() + "/bundle (from ./bundle)") ||
                r.err.contains("bundle folder: " + dir.path().toUtf8() + "/bundle (from ./bundle)"),
            r.err.constData());
        QVERIFY2(r.err.contains("plan: "), r.err.constData());
        QVERIFY2(r.out.contains("not bundled (a git checkout") && r.out.contains("https://github.com/pytorch/pytorch"),
                 r.out.constData());
        QVERIFY2(r.out.contains("not bundled (conda packages") && r.out.contains("cuda-toolkit=12.4"),
                 r.out.constData());
        // Nothing was fetched: the folder is not offered as an offline folder.
        QVERIFY2(r.out.contains("0 fetched, 0 already there, 0 failed"), r.out.constData());
        QVERIFY2(!r.out.contains("Use it as the offline folder"), r.out.constData());
        QVERIFY2(r.out.contains("Nothing was fetched") && r.out.contains("does not make the install work offline"),
                 r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestBundleCli)
#include "tst_bundlecli.moc"
