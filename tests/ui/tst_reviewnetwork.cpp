// SPDX-License-Identifier: GPL-3.0-or-later
// The Review page asks whether this machine reaches the plan's hosts without blocking the
// window: against a real HTTP server on 127.0.0.1 (reachable) and a refused port (offline:
// one sentence with the offline-folder route), through the proxy the environment names
// (a proxy that refuses leaves download.pytorch.org unreachable and offers the offline
// folder), and a plan that downloads nothing needs no network. ConnectivityWatch returns at
// once and a second start() drops the first check's answer. A proxy typed on the Options page
// with a password is asked with it, while the plan, the summary and the bash export keep
// only its user name and the name of the password.
#include "core/plan/export/bashexporter.h"
#include "tests/net/httptestserver.h"
#include "tests/plan/plannerprofiles.h"
#include "ui/wizard/connectivitywatch.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/wizardcontext.h"
#include "ui/wizard/wizardplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// One download stage from `url` (empty: a plan that downloads nothing) and a run stage.
QString writePlan(const QTemporaryDir &dir, const QString &url)
{
    QJsonArray stages;
    if (!url.isEmpty())
        stages.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("toolkit")},
            {QStringLiteral("title"), QStringLiteral("CUDA 12.4 toolkit")},
            {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("download")},
                                                             {QStringLiteral("url"), url},
                                                             {QStringLiteral("sha256"), QString(64, u'0')},
                                                             {QStringLiteral("to"), QStringLiteral("cuda.run")}}}}});
    stages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("verify")},
                              {QStringLiteral("title"), QStringLiteral("Verify")},
                              {QStringLiteral("steps"),
                               QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")},
                                                      {QStringLiteral("argv"), QJsonArray{QStringLiteral("true")}}}}}});
    const QJsonObject plan{{QStringLiteral("schema"), 1},
                           {QStringLiteral("name"), QStringLiteral("network check")},
                           {QStringLiteral("prefix"), dir.filePath(QStringLiteral("prefix"))},
                           {QStringLiteral("stages"), stages}};
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(plan).toJson());
    return path;
}

QPushButton *offlineButton(ui::ReviewPage &page)
{
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("offline folder")))
            return b;
    return nullptr;
}

// Runs the page's check to its end; false when it never ends.
bool waitForNetwork(ui::ReviewPage &page)
{
    QSignalSpy checked(&page, &ui::ReviewPage::networkChecked);
    return !page.networkCheckRunning() || checked.wait(20000);
}

} // namespace

class TestReviewNetwork : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "no_proxy"})
            qunsetenv(name);
    }

    void reachableServer()
    {
        QTemporaryDir dir;
        test::HttpTestServer server;
        server.setRoute("/", test::HttpRoute{"ok"});
        ui::WizardContext context;
        context.state().planFile = writePlan(dir, QString::fromLatin1(server.url("/cuda_12.4.1_linux.run")));
        ui::ReviewPage page(context);
        page.show();
        page.initializePage();
        // The check runs on a worker: the page is back at once and says what it is doing.
        QVERIFY(page.networkCheckRunning());
        QVERIFY2(page.networkText().startsWith(QStringLiteral("Checking whether this machine reaches 127.0.0.1")),
                 qPrintable(page.networkText()));
        QVERIFY(waitForNetwork(page));
        QVERIFY2(page.networkText().contains(QStringLiteral("answers (127.0.0.1)")), qPrintable(page.networkText()));
        QVERIFY(!offlineButton(page)->isVisible());
        QVERIFY(page.isComplete());
        QVERIFY(!server.requests().isEmpty()); // really asked
    }

    void refusedPortIsOffline()
    {
        QTemporaryDir dir;
        ui::WizardContext context;
        context.state().planFile =
            writePlan(dir, QStringLiteral("http://127.0.0.1:%1/cuda_12.4.1_linux.run").arg(closedPort()));
        ui::ReviewPage page(context);
        page.show();
        page.initializePage();
        QVERIFY(waitForNetwork(page));
        const QString text = page.networkText();
        QVERIFY2(text.startsWith(QStringLiteral("This machine is offline")) &&
                     text.contains(QStringLiteral("dlstack bundle")) && text.contains(QStringLiteral("offline folder")),
                 qPrintable(text));
        QCOMPARE(text.count(QStringLiteral(". ")), 0); // one sentence
        QVERIFY(page.isComplete()); // the network does not hold the plan back: a bundle may come later
    }

    // The wizard's own plan, through a proxy from the environment that nobody listens on:
    // the PyTorch index cannot be reached, the sentence names the proxy, the page offers
    // the offline folder.
    void environmentProxyThatRefuses()
    {
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        qputenv("https_proxy", proxy.toUtf8());
        qputenv("http_proxy", proxy.toUtf8());
        QTemporaryDir dir;
        ui::WizardContext context;
        test::MachineSpec m;
        m.python = QStringLiteral("3.11.2");
        context.setInjectedProfile(test::machine(m), QStringLiteral("replayed"));
        ui::WizardState &state = context.state();
        state.selection.torch = QStringLiteral("2.5.1");
        state.selection.backend = matrix::Backend::Cpu;
        state.selection.python = QStringLiteral("3.11");
        state.target.prefix = dir.filePath(QStringLiteral("dl"));
        ui::ReviewPage page(context);
        page.show();
        page.initializePage();
        QVERIFY(waitForNetwork(page));
        const QString text = page.networkText();
        QVERIFY2(text.contains(QStringLiteral("download.pytorch.org")) &&
                     text.contains(QStringLiteral("cannot be reached through the proxy %1").arg(proxy)) &&
                     text.contains(QStringLiteral("check the proxy")) && !text.contains(QStringLiteral("offline:")),
                 qPrintable(text));
        QPushButton *offline = offlineButton(page);
        QVERIFY(offline && offline->isVisible() && offline->isEnabled());
        // An offline folder that holds nothing yet: planned again, the check runs again.
        state.target.offlineDir = dir.filePath(QStringLiteral("bundle"));
        QDir().mkpath(state.target.offlineDir);
        page.initializePage();
        QVERIFY(waitForNetwork(page));
        QVERIFY(!page.networkText().isEmpty());
    }

    // The Options page's proxy with a password: the check goes through it; the plan keeps the
    // proxy without the password and names where the password is kept.
    void optionsProxyPasswordStaysOutOfThePlan()
    {
        test::HttpTestServer proxy; // answers every request itself: a proxy request is one with an absolute URI
        const QString password = QStringLiteral("s3cret-Pr0xy");
        QTemporaryDir dir;
        ui::WizardContext context;
        test::MachineSpec m;
        m.python = QStringLiteral("3.11.2");
        context.setInjectedProfile(test::machine(m), QStringLiteral("replayed"));
        ui::WizardState &state = context.state();
        state.selection.torch = QStringLiteral("2.5.1");
        state.selection.backend = matrix::Backend::Cpu;
        state.selection.python = QStringLiteral("3.11");
        state.target.prefix = dir.filePath(QStringLiteral("dl"));
        state.target.proxy = QStringLiteral("http://alice:%1@127.0.0.1:%2").arg(password).arg(proxy.port());
        ui::ReviewPage page(context);
        page.show();
        page.initializePage();
        QVERIFY(waitForNetwork(page));
        bool throughProxy = false;
        for (const auto &r : proxy.requests())
            throughProxy |= r.path.startsWith("https://") || r.path.startsWith("http://") || r.path.contains(":443");
        QVERIFY2(throughProxy, qPrintable(page.networkText()));
        QVERIFY(state.planned && state.planned->plan);
        const plan::Plan &planned = *state.planned->plan;
        QCOMPARE(planned.proxy, QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.port()));
        QCOMPARE(planned.proxyCredential, QStringLiteral("proxy-password"));
        QCOMPARE(ui::proxyPassword(state), password);
        const QByteArray json = QJsonDocument(planned.toJson()).toJson();
        QVERIFY(!json.contains(password.toUtf8()));
        QVERIFY(!plan::exportBash(planned).contains(password.toUtf8()));
        QVERIFY(!page.summaryText().contains(password));
        QVERIFY(!page.networkText().contains(password));
    }

    void planWithoutDownloads()
    {
        QTemporaryDir dir;
        ui::WizardContext context;
        context.state().planFile = writePlan(dir, QString());
        ui::ReviewPage page(context);
        page.show();
        page.initializePage();
        QVERIFY(!page.networkCheckRunning());
        QVERIFY2(page.networkText().contains(QStringLiteral("needs no internet")), qPrintable(page.networkText()));
    }

    void watchReturnsAtOnceAndDropsAStaleCheck()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        test::HttpTestServer server;
        ui::ConnectivityWatch watch(std::chrono::seconds(30));
        QSignalSpy finished(&watch, &ui::ConnectivityWatch::finished);
        watch.start({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()))}, net::ProxySettings{});
        QVERIFY(watch.isRunning());
        QVERIFY(finished.isEmpty());
        // A new start cancels the silent one; only the new answer arrives.
        watch.start({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))}, net::ProxySettings{});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<net::ConnectivityReport>();
        QCOMPARE(report.hosts.size(), 1);
        QVERIFY(report.allReachable());
        QVERIFY(!watch.isRunning());
    }
};

QTEST_MAIN(TestReviewNetwork)
#include "tst_reviewnetwork.moc"
