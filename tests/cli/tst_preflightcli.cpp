// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack preflight` as a user runs it: what a plan downloads per stage and in all, and
// whether its servers answer: a real HTTP server on 127.0.0.1 answers (exit 0); a closed
// port is "offline" in one sentence with the bundle/--mirror route (exit 1); a proxy that
// refuses is named; a plan whose downloads are all in its offline folder needs no internet.
// The install's own last look comes first: a PYTHONPATH in the environment `dlstack preflight`
// was started with is a warning (a real process with and without it), a missing offline folder
// blocks (exit 1).
#include "tests/net/httptestserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

test::ProgramRun dlstackRun(const QStringList &args, const QMap<QString, QString> &env = {})
{
    return test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args, {}, 60000, env);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString writePlan(const QTemporaryDir &dir, const QString &url, const QString &mirrorDir = QString())
{
    QJsonObject plan{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), QStringLiteral("torch 2.4.1 + CUDA 12.4")},
        {QStringLiteral("prefix"), dir.filePath(QStringLiteral("prefix"))},
        {QStringLiteral("stages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("toolkit")},
                         {QStringLiteral("title"), QStringLiteral("CUDA 12.4 toolkit")},
                         {QStringLiteral("steps"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("download")},
                                                 {QStringLiteral("url"), url},
                                                 {QStringLiteral("sha256"), QString(64, u'0')},
                                                 {QStringLiteral("to"), QStringLiteral("downloads/cuda.run")}}}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("verify")},
                         {QStringLiteral("title"), QStringLiteral("Verify")},
                         {QStringLiteral("steps"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")},
                                                 {QStringLiteral("argv"), QJsonArray{QStringLiteral("true")}}}}}}}}};
    if (!mirrorDir.isEmpty())
        plan.insert(QStringLiteral("mirror_dir"), mirrorDir);
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(plan).toJson());
    return path;
}

// `dlstack preflight ARGS` started with exactly `env` (a variable left out is not set).
test::ProgramRun dlstackRunIn(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args);
    if (!p.waitForFinished(60000))
        qFatal("dlstack %s hung", qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList findingIds(const QByteArray &json)
{
    QStringList ids;
    for (const QJsonValue &f : QJsonDocument::fromJson(json).object().value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TstPreflightCli : public QObject
{
    Q_OBJECT

private slots:
    void serversAnswer()
    {
        QTemporaryDir dir;
        test::HttpTestServer server;
        server.setRoute("/", test::HttpRoute{"ok"});
        const QString plan = writePlan(dir, QString::fromLatin1(server.url("/cuda_12.4.1_550.54.15_linux.run")));
        const auto run = dlstackRun({QStringLiteral("preflight"), plan});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        QVERIFY2(run.out.contains("1. CUDA 12.4 toolkit: about 4.3 GiB from 127.0.0.1:"), run.out.constData());
        QVERIFY2(run.out.contains("2. Verify: nothing"), run.out.constData());
        QVERIFY2(run.out.contains("In all: about 4.3 GiB"), run.out.constData());
        QVERIFY2(run.out.contains("answers"), run.out.constData());
        // German numbers in German.
        const auto de = dlstackRun({QStringLiteral("preflight"), plan, QStringLiteral("--no-network")},
                                   {{QStringLiteral("LANGUAGE"), QStringLiteral("de")},
                                    {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}});
        QVERIFY2(de.exitCode == 0, de.err.constData());
        QVERIFY2(de.out.contains("4,3 GiB"), de.out.constData());
    }

    void offlineSaysSoWithTheRoute()
    {
        QTemporaryDir dir;
        const QString plan =
            writePlan(dir, QStringLiteral("http://127.0.0.1:%1/cuda_12.4.1_550.54.15_linux.run").arg(closedPort()));
        const auto run =
            dlstackRun({QStringLiteral("preflight"), plan, QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("offline")) && err.contains(QStringLiteral("dlstack bundle")) &&
                     err.contains(QStringLiteral("--offline-folder")),
                 qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1); // one sentence
        const auto json = dlstackRun({QStringLiteral("preflight"), plan, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(
            o.value(QStringLiteral("reachability")).toArray().first().toObject().value(QStringLiteral("reachable")),
            QJsonValue(false));
        QVERIFY(o.value(QStringLiteral("download_mib")).toInteger() > 4000);
    }

    void proxyThatRefusesIsNamed()
    {
        QTemporaryDir dir;
        test::HttpTestServer proxy; // answers 404 to anything: a CONNECT it does not allow
        const QString plan = writePlan(dir, QStringLiteral("https://developer.download.nvidia.com/compute/cuda/12.4.1/"
                                                           "local_installers/cuda_12.4.1_550.54.15_linux.run"));
        const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const auto run = dlstackRun({QStringLiteral("preflight"), plan}, {{QStringLiteral("https_proxy"), proxyUrl},
                                                                          {QStringLiteral("no_proxy"), QString()}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("through the proxy " + proxyUrl.toUtf8()), run.err.constData());
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(proxy.requests().first().path, QByteArray("developer.download.nvidia.com:443"));
    }

    void offlineFolderNeedsNoInternet()
    {
        QTemporaryDir dir;
        const QString mirror = dir.filePath(QStringLiteral("bundle"));
        QDir().mkpath(mirror);
        QFile run(mirror + QStringLiteral("/cuda_12.4.1_550.54.15_linux.run"));
        QVERIFY(run.open(QIODevice::WriteOnly));
        run.close();
        const QString plan = writePlan(
            dir, QStringLiteral("http://127.0.0.1:%1/cuda_12.4.1_550.54.15_linux.run").arg(closedPort()), mirror);
        const auto r = dlstackRun({QStringLiteral("preflight"), plan});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("can run offline"), r.out.constData());
    }

    void pythonPathInTheEnvironmentIsAWarning()
    {
        QTemporaryDir dir;
        const QString plan =
            writePlan(dir, QStringLiteral("http://127.0.0.1:%1/cuda_12.4.1_550.54.15_linux.run").arg(closedPort()));
        QProcessEnvironment clean = QProcessEnvironment::systemEnvironment();
        clean.remove(QStringLiteral("PYTHONPATH"));
        QProcessEnvironment leaky = clean;
        leaky.insert(QStringLiteral("PYTHONPATH"), QStringLiteral("/opt/site/lib/python3.10/site-packages"));
        const QStringList args{QStringLiteral("preflight"), plan, QStringLiteral("--no-network")};

        const auto withIt = dlstackRunIn(args, leaky);
        QVERIFY2(withIt.exitCode == 0, (withIt.out + withIt.err).constData()); // a warning does not stop
        QVERIFY2(withIt.out.contains("warning: PYTHONPATH is set (/opt/site/lib/python3.10/site-packages)"),
                 withIt.out.constData());
        QVERIFY2(withIt.out.contains("unset PYTHONPATH"), withIt.out.constData());
        const auto withItJson = dlstackRunIn(args + QStringList{QStringLiteral("--json")}, leaky);
        QCOMPARE(findingIds(withItJson.out), QStringList{QStringLiteral("pythonpath_set")});

        const auto without = dlstackRunIn(args, clean);
        QVERIFY2(without.exitCode == 0, (without.out + without.err).constData());
        QVERIFY2(!without.out.contains("PYTHONPATH"), without.out.constData());
        QCOMPARE(findingIds(dlstackRunIn(args + QStringList{QStringLiteral("--json")}, clean).out), QStringList());
    }

    void missingOfflineFolderBlocks()
    {
        QTemporaryDir dir;
        const QString plan =
            writePlan(dir, QStringLiteral("http://127.0.0.1:%1/cuda_12.4.1_550.54.15_linux.run").arg(closedPort()),
                      dir.filePath(QStringLiteral("no-such-bundle")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PYTHONPATH"));
        const auto run = dlstackRunIn({QStringLiteral("preflight"), plan, QStringLiteral("--no-network")}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("blocker: ") && run.out.contains("no-such-bundle"), run.out.constData());
        const auto json = dlstackRunIn(
            {QStringLiteral("preflight"), plan, QStringLiteral("--no-network"), QStringLiteral("--json")}, env);
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(findingIds(json.out), QStringList{QStringLiteral("install_target")});
    }

    // The space the planner estimated travels in the plan: a disk with less free space stops
    // `preflight` and `install` before anything is created (the file system's real free space
    // against a plan asking for a million GiB).
    void tooLittleSpaceBlocks()
    {
        QTemporaryDir dir;
        const QString path = writePlan(dir, QStringLiteral("http://127.0.0.1:%1/cuda.run").arg(closedPort()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject plan = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        plan.insert(QStringLiteral("needed_mib"), 1024.0 * 1024 * 1024);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(plan).toJson());
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PYTHONPATH"));
        const auto run = dlstackRunIn(
            {QStringLiteral("preflight"), path, QStringLiteral("--no-network"), QStringLiteral("--json")}, env);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(findingIds(run.out), QStringList{QStringLiteral("install_target")});
        QVERIFY2(run.out.contains("free space"), run.out.constData());
        const auto install = dlstackRunIn({QStringLiteral("install"), path}, env);
        QCOMPARE(install.exitCode, 1);
        QVERIFY2(install.err.contains("Not enough free space"), install.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("prefix"))));
        // A plan without the estimate is not refused for space.
        plan.remove(QStringLiteral("needed_mib"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(plan).toJson());
        f.close();
        const auto unknown = dlstackRunIn(
            {QStringLiteral("preflight"), path, QStringLiteral("--no-network"), QStringLiteral("--json")}, env);
        QCOMPARE(findingIds(unknown.out), QStringList());
        // A bad value is a clear error with the field's name.
        plan.insert(QStringLiteral("needed_mib"), -5);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(plan).toJson());
        f.close();
        const auto bad = dlstackRunIn({QStringLiteral("preflight"), path, QStringLiteral("--no-network")}, env);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("needed_mib"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstPreflightCli)
#include "tst_preflightcli.moc"
