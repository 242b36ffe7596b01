// SPDX-License-Identifier: GPL-3.0-or-later
// Downloader and proxies, against real sockets on 127.0.0.1: with no proxy in the options
// the environment's is used (http_proxy, HTTP_PROXY, all_proxy, https_proxy; by default the
// process's own environment), as curl and pip do; no_proxy sends a host direct; the
// options' proxy wins over the environment's; a proxy that refuses or is not there gives a
// sentence that names it. The proxy is an HttpTestServer: a request line with an absolute
// URI ("GET http://host/path") or a CONNECT shows that the request went through it. The
// origins below use the reserved .invalid domain, so only a proxy can answer for them.
#include "core/net/downloader.h"
#include "tests/net/httptestserver.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;
using dlstack::test::HttpRoute;
using dlstack::test::HttpTestServer;

namespace {

const QByteArray kBody = QByteArray("wheel bytes ").repeated(4096);
const QByteArray kRemote = "http://files.example.invalid/torch-2.5.1-cp311.whl";

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

net::ProxySettings env(std::initializer_list<std::pair<const char *, QString>> vars)
{
    QProcessEnvironment e;
    for (const auto &[name, value] : vars)
        e.insert(QString::fromLatin1(name), value);
    return net::ProxySettings::fromEnvironment(e);
}

QString proxyUrl(const HttpTestServer &proxy)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
}

} // namespace

class TstDownloadProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    net::DownloadRequest request(const QByteArray &url, const QString &name)
    {
        net::DownloadRequest r;
        r.sources = {QUrl(QString::fromLatin1(url))};
        r.partPath = m_dir.filePath(name);
        QFile::remove(r.partPath);
        r.sha256 = sha(kBody);
        r.attempts = 1;
        r.backoffMs = 10;
        r.stallTimeoutMs = 5000;
        return r;
    }

    static QString details(const support::Result<QString> &result)
    {
        return result.ok() ? QString() : result.error().summary + u'\n' + result.error().details;
    }

private slots:
    void environmentProxyIsUsed_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("http_proxy") << QStringLiteral("http_proxy");
        QTest::newRow("HTTP_PROXY") << QStringLiteral("HTTP_PROXY");
        QTest::newRow("all_proxy, no scheme") << QStringLiteral("all_proxy");
    }
    void environmentProxyIsUsed()
    {
        QFETCH(QString, variable);
        HttpTestServer proxy;
        proxy.setRoute(kRemote, HttpRoute{kBody});
        net::DownloadRequest r = request(kRemote, QStringLiteral("via-env"));
        QProcessEnvironment e;
        e.insert(variable,
                 variable == u"all_proxy" ? QStringLiteral("127.0.0.1:%1").arg(proxy.port()) : proxyUrl(proxy));
        r.environment = net::ProxySettings::fromEnvironment(e);
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(details(result)));
        QCOMPARE(result.value(), sha(kBody));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().path, kRemote); // absolute URI: a proxy request
        QCOMPARE(proxy.requests().first().host, QByteArray("files.example.invalid"));
    }

    // No environment given: the process's own, as `dlstack install` inherits it.
    void processEnvironmentByDefault()
    {
        HttpTestServer proxy;
        proxy.setRoute(kRemote, HttpRoute{kBody});
        const QByteArray saved = qgetenv("http_proxy");
        qputenv("http_proxy", proxyUrl(proxy).toUtf8());
        const auto result = net::Downloader().fetch(request(kRemote, QStringLiteral("via-process-env")), {}, nullptr);
        if (saved.isEmpty())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", saved);
        QVERIFY2(result.ok(), qPrintable(details(result)));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().path, kRemote);
    }

    // https: a CONNECT tunnel to the host and port. The test proxy cannot tunnel, so the
    // download fails, with the proxy named; what matters is that the proxy was asked.
    void httpsProxyTunnels()
    {
        HttpTestServer proxy;
        const QByteArray remote = "https://files.example.invalid/cudnn.tar.xz";
        net::DownloadRequest r = request(remote, QStringLiteral("via-connect"));
        r.environment = env({{"HTTPS_PROXY", proxyUrl(proxy)}, {"http_proxy", QStringLiteral("127.0.0.1:1")}});
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY(!result.ok());
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(proxy.requests().first().path, QByteArray("files.example.invalid:443"));
        QVERIFY2(result.error().details.contains(QStringLiteral("proxy %1").arg(proxyUrl(proxy))),
                 qPrintable(details(result)));
    }

    void noProxyGoesDirect_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QString>("noProxy");
        QTest::newRow("address") << QByteArray("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("name in a list") << QByteArray("localhost") << QStringLiteral("pypi.lan, localhost");
        QTest::newRow("subnet") << QByteArray("127.0.0.1") << QStringLiteral("127.0.0.0/8");
        QTest::newRow("star") << QByteArray("localhost") << QStringLiteral("*");
    }
    void noProxyGoesDirect()
    {
        QFETCH(QByteArray, host);
        QFETCH(QString, noProxy);
        HttpTestServer proxy;
        HttpTestServer origin;
        origin.setRoute("/direct.bin", HttpRoute{kBody});
        net::DownloadRequest r = request(origin.url("/direct.bin", host), QStringLiteral("direct"));
        r.environment = env({{"http_proxy", proxyUrl(proxy)}, {"NO_PROXY", noProxy}});
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(details(result)));
        QVERIFY(proxy.requests().isEmpty());
        QCOMPARE(origin.requests().size(), 1);
        QCOMPARE(origin.requests().first().path, QByteArray("/direct.bin")); // origin form: no proxy
        // The options' proxy honours no_proxy too.
        r.proxy = proxyUrl(proxy);
        const auto again = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(again.ok(), qPrintable(details(again)));
        QVERIFY(proxy.requests().isEmpty());
    }

    // A redirect from a proxied host to one in no_proxy leaves the proxy for that hop.
    void redirectIntoNoProxyGoesDirect()
    {
        HttpTestServer proxy;
        HttpTestServer origin;
        origin.setRoute("/moved.bin", HttpRoute{kBody});
        HttpRoute moved;
        moved.status = 302;
        moved.location = origin.url("/moved.bin");
        proxy.setRoute(kRemote, moved);
        net::DownloadRequest r = request(kRemote, QStringLiteral("redirected"));
        r.environment = env({{"http_proxy", proxyUrl(proxy)}, {"no_proxy", QStringLiteral("127.0.0.1")}});
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(details(result)));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(origin.requests().size(), 1);
        QCOMPARE(origin.requests().first().path, QByteArray("/moved.bin"));
    }

    void optionsProxyWinsOverTheEnvironment()
    {
        HttpTestServer proxy;
        proxy.setRoute(kRemote, HttpRoute{kBody});
        net::DownloadRequest r = request(kRemote, QStringLiteral("via-options"));
        r.proxy = proxyUrl(proxy);
        r.environment = env({{"http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(closedPort())}});
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(details(result)));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().path, kRemote);
    }

    // Bad input: a proxy that refuses the request, and one nobody listens on.
    void refusingProxyIsNamed()
    {
        HttpTestServer proxy;
        proxy.setRoute(kRemote, HttpRoute{"forbidden by policy", 403});
        net::DownloadRequest r = request(kRemote, QStringLiteral("refused"));
        r.attempts = 3;
        r.environment = env({{"http_proxy", proxyUrl(proxy)}});
        const auto refused = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY(!refused.ok());
        QCOMPARE(proxy.requests().size(), 1); // a refusal is not retried
        QVERIFY2(refused.error().details.contains(QStringLiteral("HTTP 403")) &&
                     refused.error().details.contains(QStringLiteral("through the proxy %1").arg(proxyUrl(proxy))),
                 qPrintable(details(refused)));
        QVERIFY(refused.error().remedy.contains(QStringLiteral("proxy")));

        const QString gone = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        r.environment = env({{"http_proxy", gone}});
        r.attempts = 1;
        const auto absent = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY(!absent.ok());
        QVERIFY2(absent.error().details.contains(QStringLiteral("the proxy %1 refused the connection").arg(gone)),
                 qPrintable(details(absent)));
    }

    // A proxy's password is used but never shown.
    void proxyCredentialIsRedacted()
    {
        const QString gone = QStringLiteral("http://student:pw-SECRET-1@127.0.0.1:%1").arg(closedPort());
        net::DownloadRequest r = request(kRemote, QStringLiteral("secret-proxy"));
        r.environment = env({{"http_proxy", gone}});
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().details.contains(QStringLiteral("the proxy")) &&
                     !result.error().toText().contains(QStringLiteral("SECRET")),
                 qPrintable(details(result)));
    }
};

QTEST_GUILESS_MAIN(TstDownloadProxy)
#include "tst_downloadproxy.moc"
