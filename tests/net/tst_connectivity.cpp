// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectivityCheck against real sockets on 127.0.0.1: a server that answers is reachable; a
// closed port, a silent server (timeout), a proxy that refuses the request or the tunnel and
// a proxy nobody listens on are not, each with its reason and one sentence that offers the
// offline route. ProxySettings reads http(s)_proxy, all_proxy and no_proxy as curl does.
#include "core/net/connectivity.h"
#include "tests/net/httptestserver.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <thread>

using namespace dlstack;
using namespace std::chrono_literals;

namespace {

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl origin(const QString &scheme, quint16 port)
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port));
}

net::ProxySettings env(std::initializer_list<std::pair<const char *, QString>> vars)
{
    QProcessEnvironment e;
    for (const auto &[name, value] : vars)
        e.insert(QString::fromLatin1(name), value);
    return net::ProxySettings::fromEnvironment(e);
}

} // namespace

class TstConnectivity : public QObject
{
    Q_OBJECT

private slots:
    void answeringServerIsReachable()
    {
        test::HttpTestServer server;
        server.setRoute("/", test::HttpRoute{"index", 200});
        const auto report = net::ConnectivityCheck(env({}), 5s).check({origin(QStringLiteral("http"), server.port())});
        QCOMPARE(report.hosts.size(), 1);
        QVERIFY(report.hosts.first().reachable);
        QCOMPARE(report.hosts.first().httpStatus, 200);
        QVERIFY(report.allReachable());
        QVERIFY(report.sentence().contains(QStringLiteral("127.0.0.1")));
        // Any answer counts: a 404 comes from a server that is there.
        const auto missing =
            net::ConnectivityCheck(env({}), 5s).check({QUrl(QStringLiteral("http://localhost:%1").arg(server.port()))});
        QVERIFY(missing.allReachable());
    }

    void closedPortIsOfflineWithTheRoute()
    {
        test::HttpTestServer server;
        const quint16 closed = closedPort();
        const auto report = net::ConnectivityCheck(env({}), 5s).check({origin(QStringLiteral("http"), closed)});
        QVERIFY(!report.hosts.first().reachable);
        QVERIFY2(report.hosts.first().why.contains(QStringLiteral("refused"), Qt::CaseInsensitive) &&
                     !report.hosts.first().why.contains(QStringLiteral("Error)")) &&
                     report.hosts.first().proxy.isEmpty(),
                 qPrintable(report.hosts.first().why));
        QVERIFY(report.noneReachable());
        const QString sentence = report.sentence();
        QVERIFY2(sentence.contains(QStringLiteral("offline")) && sentence.contains(QStringLiteral("dlstack bundle")) &&
                     sentence.contains(QStringLiteral("--offline-folder")),
                 qPrintable(sentence));
        // One of two: only that one is named, and the sentence is not "offline".
        const auto some =
            net::ConnectivityCheck(env({}), 5s)
                .check({origin(QStringLiteral("http"), server.port()), origin(QStringLiteral("http"), closed)});
        QVERIFY(!some.allReachable() && !some.noneReachable());
        QCOMPARE(some.unreachable(), QStringList{QStringLiteral("127.0.0.1")});
        QVERIFY(!some.sentence().contains(QStringLiteral("is offline")));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts at the kernel level, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QElapsedTimer clock;
        clock.start();
        const auto report =
            net::ConnectivityCheck(env({}), 700ms).check({origin(QStringLiteral("http"), silent.serverPort())});
        QVERIFY(!report.hosts.first().reachable);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!report.hosts.first().why.isEmpty());
    }

    // A cancel (the wizard went on, or closed) ends the check without waiting for the timeout.
    void cancelEndsTheCheck()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const std::atomic_bool cancelled{true};
        const auto report = net::ConnectivityCheck(env({}), 60s)
                                .check({origin(QStringLiteral("http"), silent.serverPort())}, &cancelled);
        QCOMPARE(report.hosts.size(), 1);
        QVERIFY(!report.hosts.first().reachable);
        QCOMPARE(report.hosts.first().why, QStringLiteral("not checked"));
        std::atomic_bool later{false};
        std::thread canceller([&later] {
            QThread::msleep(200);
            later = true;
        });
        QElapsedTimer clock;
        clock.start();
        const auto midway =
            net::ConnectivityCheck(env({}), 60s).check({origin(QStringLiteral("http"), silent.serverPort())}, &later);
        canceller.join();
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed()))); // not the 60 s timeout
        QCOMPARE(midway.hosts.first().why, QStringLiteral("not checked"));
    }

    void proxyThatRefuses()
    {
        test::HttpTestServer proxy; // every request it does not know gets 404; this one 403
        const QUrl target = origin(QStringLiteral("http"), closedPort());
        proxy.setRoute(target.toString().toUtf8() + '/', test::HttpRoute{"forbidden", 403});
        const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const auto plain = net::ConnectivityCheck(env({{"http_proxy", proxyUrl}}), 5s).check({target});
        QVERIFY(!plain.hosts.first().reachable);
        QCOMPARE(plain.hosts.first().httpStatus, 403);
        QCOMPARE(plain.hosts.first().proxy, proxyUrl);
        QVERIFY2(plain.sentence().contains(QStringLiteral("through the proxy")), qPrintable(plain.sentence()));
        QVERIFY(!proxy.requests().isEmpty()); // it really went through the proxy
        // https: the proxy refuses the CONNECT tunnel.
        const auto tunnel = net::ConnectivityCheck(env({{"HTTPS_PROXY", proxyUrl}}), 5s)
                                .check({origin(QStringLiteral("https"), closedPort())});
        QVERIFY(!tunnel.hosts.first().reachable);
        QVERIFY(!tunnel.hosts.first().why.isEmpty());
        QVERIFY(proxy.requests().last().path.contains("127.0.0.1:")); // CONNECT host:port
        // A proxy nobody listens on.
        const auto gone =
            net::ConnectivityCheck(env({{"all_proxy", QStringLiteral("127.0.0.1:%1").arg(closedPort())}}), 5s)
                .check({QUrl(QStringLiteral("http://download.pytorch.org"))});
        QVERIFY(!gone.hosts.first().reachable);
        QVERIFY2(gone.hosts.first().why.contains(QStringLiteral("refused")), qPrintable(gone.hosts.first().why));
        QVERIFY2(gone.sentence().contains(QStringLiteral("through the proxy http://127.0.0.1:")) &&
                     gone.sentence().contains(QStringLiteral("check the proxy")) &&
                     !gone.sentence().startsWith(QStringLiteral("This machine is offline")),
                 qPrintable(gone.sentence()));
    }

    void proxySettingsFromTheEnvironment()
    {
        const auto s = env({{"https_proxy", QStringLiteral("http://proxy.lan:8080")},
                            {"HTTP_PROXY", QStringLiteral("proxy.lan:3128")},
                            {"no_proxy", QStringLiteral("localhost, .corp.example,10.0.0.0/8,mirror.lan:8443")}});
        QCOMPARE(s.proxyUrlFor(QUrl(QStringLiteral("https://pypi.org/simple"))),
                 QStringLiteral("http://proxy.lan:8080"));
        QCOMPARE(s.proxyUrlFor(QUrl(QStringLiteral("http://pypi.org/"))), QStringLiteral("http://proxy.lan:3128"));
        QVERIFY(s.bypassed(QUrl(QStringLiteral("http://localhost:8000/x"))));
        QVERIFY(s.bypassed(QUrl(QStringLiteral("https://pkgs.corp.example/"))));
        QVERIFY(s.bypassed(QUrl(QStringLiteral("https://corp.example/"))));
        QVERIFY(s.bypassed(QUrl(QStringLiteral("http://10.1.2.3/"))));
        QVERIFY(s.bypassed(QUrl(QStringLiteral("https://mirror.lan/"))));
        QVERIFY(!s.bypassed(QUrl(QStringLiteral("https://notcorp.example/"))));
        QCOMPARE(s.proxyFor(QUrl(QStringLiteral("http://localhost/"))).type(), QNetworkProxy::NoProxy);
        QCOMPARE(s.proxyFor(QUrl(QStringLiteral("https://pypi.org/"))).port(), quint16(8080));
        QCOMPARE(env({{"no_proxy", QStringLiteral("*")}, {"https_proxy", QStringLiteral("http://p:1")}})
                     .proxyUrlFor(QUrl(QStringLiteral("https://pypi.org/"))),
                 QString());
        QCOMPARE(env({{"all_proxy", QStringLiteral("socks5://127.0.0.1:9050")}})
                     .proxyFor(QUrl(QStringLiteral("https://pypi.org/")))
                     .type(),
                 QNetworkProxy::Socks5Proxy);
        auto planned = env({{"https_proxy", QStringLiteral("http://proxy.lan:8080")}});
        planned.setPlanProxy(QStringLiteral("http://plan.proxy:3128"));
        QCOMPARE(planned.proxyUrlFor(QUrl(QStringLiteral("https://pypi.org/"))),
                 QStringLiteral("http://plan.proxy:3128"));
    }
};

QTEST_GUILESS_MAIN(TstConnectivity)
#include "tst_connectivity.moc"
