// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack preflight` as a user runs it: what a plan downloads per stage and in all, and
// whether its servers answer: a real HTTP server on 127.0.0.1 answers (exit 0); a closed
// port is "offline" in one sentence with the bundle/--mirror route (exit 1); a proxy that
// refuses is named; a plan whose downloads are all in its offline folder needs no internet.
#include "tests/net/httptestserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
                     err.contains(QStringLiteral("--mirror")),
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
};

QTEST_GUILESS_MAIN(TstPreflightCli)
#include "tst_preflightcli.moc"
