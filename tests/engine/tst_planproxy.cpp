// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's proxy reaches the programs its steps start (pip, conda, git and curl read
// http_proxy / https_proxy / no_proxy and the upper-case forms) and the engine's own
// downloads, with its password from DLSTACK_PROXY_PASSWORD or the keyring, while the
// password never lands in the plan file, the journal, the stage logs, the events or the
// exported bash script. The proxy is an HttpTestServer on 127.0.0.1: a request line with an
// absolute URI shows that a request went through it, and its Proxy-Authorization header
// shows the password the client got. The origin uses the reserved .invalid domain, so only
// the proxy can answer for it. curl stands for the tools: it reads the same variables.
#include "core/engine/engine.h"
#include "core/engine/planproxy.h"
#include "core/net/proxyvariables.h"
#include "core/plan/export/bashexporter.h"
#include "core/plan/planloader.h"
#include "core/secrets/redactor.h"
#include "core/secrets/secretstore.h"
#include "tests/engine/enginetestutil.h"
#include "tests/net/httptestserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;
using dlstack::test::HttpRoute;
using dlstack::test::HttpTestServer;

namespace {

const QString kPassword = QStringLiteral("s3cret-Pr0xy");
const QByteArray kRemote = "http://files.example.invalid/torch-2.5.1-cp311.whl";
const QByteArray kBody = QByteArray("wheel bytes ").repeated(512);

// A keyring that knows one secret, as a user's Secret Service would.
class OneSecret : public secrets::SecretStore
{
public:
    OneSecret(QString key, QString value) : m_key(std::move(key)), m_value(std::move(value)) {}
    support::Result<QString> read(const QString &key) const override
    {
        if (key == m_key)
            return m_value;
        return support::Error{QStringLiteral("No secret \"%1\" in the keyring.").arg(key), {}, {}};
    }

private:
    QString m_key;
    QString m_value;
};

// Sets a variable of this process for one scope, as a user's shell would for `dlstack install`.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_saved(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_saved);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_saved;
    bool m_had;
};

QJsonObject runStep(const QString &script, const QString &creates = QString())
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("run")},
                  {QStringLiteral("argv"), QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}}};
    if (!creates.isEmpty())
        o.insert(QStringLiteral("creates"), QJsonArray{creates});
    return o;
}

// Every byte dlstack wrote under the prefix's state directory (journal, logs, events, kept plan).
QByteArray stateBytes(const QString &prefix)
{
    QByteArray all;
    QDirIterator it(prefix + QStringLiteral("/.dlstack"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TstPlanProxy : public QObject
{
    Q_OBJECT

    QByteArray planJson(const QString &prefix, quint16 proxyPort, bool credential)
    {
        const QString curl =
            QStringLiteral("curl -fsS --max-time 20 -o fetched.whl %1").arg(QString::fromLatin1(kRemote));
        QJsonObject plan{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("name"), QStringLiteral("proxied")},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("proxy"), QStringLiteral("http://alice@127.0.0.1:%1").arg(proxyPort)},
            {QStringLiteral("stages"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("fetch")},
                 {QStringLiteral("title"), QStringLiteral("Fetch through the proxy")},
                 {QStringLiteral("steps"),
                  QJsonArray{runStep(QStringLiteral("env | grep -i '_proxy=' | sort > proxy-env.txt"),
                                     QStringLiteral("proxy-env.txt")),
                             runStep(QStringLiteral("echo \"the proxy is $https_proxy\"")),
                             runStep(curl, QStringLiteral("fetched.whl")),
                             QJsonObject{{QStringLiteral("kind"), QStringLiteral("download")},
                                         {QStringLiteral("url"), QString::fromLatin1(kRemote)},
                                         {QStringLiteral("sha256"),
                                          QString::fromLatin1(
                                              QCryptographicHash::hash(kBody, QCryptographicHash::Sha256).toHex())},
                                         {QStringLiteral("to"), QStringLiteral("downloads/torch.whl")}}}}}}}};
        if (credential)
            plan.insert(QStringLiteral("proxy_credential"), QStringLiteral("proxy-password"));
        return QJsonDocument(plan).toJson();
    }

    plan::Plan load(const QByteArray &json)
    {
        const auto loaded = plan::loadPlan(json, QStringLiteral("proxied.json"));
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.error().summary + u' ' + loaded.error().details));
        return loaded.value();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The password from DLSTACK_PROXY_PASSWORD: curl (a run step) and the engine's download
    // both go through the proxy with it; the log shows "***" and no file of the install holds it.
    void stepsGetTheProxyAndNoFileTheSecret()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QFAIL("curl is needed: the run steps of real plans call such tools");
        HttpTestServer proxy;
        proxy.setRoute(kRemote, HttpRoute{kBody});
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        const ScopedEnv password("DLSTACK_PROXY_PASSWORD", kPassword.toUtf8());
        const ScopedEnv noProxy("no_proxy", QByteArray());
        const ScopedEnv noProxyUpper("NO_PROXY", QByteArray());
        const plan::Plan plan = load(planJson(prefix, proxy.port(), true));
        engine::Engine engine;
        QStringList lines;
        connect(&engine, &engine::Engine::linesReady, this, [&lines](const QList<engine::LogLine> &batch) {
            for (const engine::LogLine &l : batch)
                lines << l.text;
        });
        QStringList failures;
        QVERIFY2(test::runToEnd(
                     engine, [&] { engine.install(plan, {}); }, &failures),
                 qPrintable(failures.join(u'\n')));

        // The run steps' environment: the four proxy variables with the password, no_proxy local.
        QFile envFile(prefix + QStringLiteral("/proxy-env.txt"));
        QVERIFY(envFile.open(QIODevice::ReadOnly));
        const QString env = QString::fromUtf8(envFile.readAll());
        const QString full = QStringLiteral("http://alice:%1@127.0.0.1:%2").arg(kPassword).arg(proxy.port());
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
            QVERIFY2(env.contains(QStringLiteral("%1=%2").arg(QLatin1String(name), full)), qPrintable(env));
        QVERIFY2(env.contains(QStringLiteral("no_proxy=localhost,127.0.0.1,::1")), qPrintable(env));
        QVERIFY2(env.contains(QStringLiteral("NO_PROXY=localhost,127.0.0.1,::1")), qPrintable(env));

        // curl and the download went through the proxy; curl sent it the password.
        int viaProxy = 0;
        bool curlAuthenticated = false;
        for (const auto &r : proxy.requests()) {
            viaProxy += r.path == kRemote;
            curlAuthenticated |=
                r.proxyAuthorization == "Basic " + QByteArray("alice:" + kPassword.toUtf8()).toBase64();
        }
        QCOMPARE(viaProxy, 2);
        QVERIFY(curlAuthenticated);
        QFile fetched(prefix + QStringLiteral("/fetched.whl"));
        QVERIFY(fetched.open(QIODevice::ReadOnly));
        QCOMPARE(fetched.readAll(), kBody);
        QVERIFY(QFileInfo::exists(prefix + QStringLiteral("/downloads/torch.whl")));

        // The password is nowhere: not in the lines shown, the journal, logs, events or kept plan.
        const QString shown = lines.join(u'\n');
        QVERIFY2(shown.contains(QStringLiteral("the proxy is ")), qPrintable(shown));
        QVERIFY2(!shown.contains(kPassword), qPrintable(shown));
        const QByteArray state = stateBytes(prefix);
        QVERIFY(!state.isEmpty());
        QVERIFY(!state.contains(kPassword.toUtf8()));
        // ... nor in the plan as saved or exported.
        const QByteArray saved = QJsonDocument(plan.toJson()).toJson();
        QVERIFY(saved.contains("\"proxy_credential\""));
        QVERIFY(!saved.contains(kPassword.toUtf8()));
        const QByteArray bash = plan::exportBash(plan);
        QVERIFY(!bash.contains(kPassword.toUtf8()));
        QVERIFY2(bash.contains("DLSTACK_PROXY_PASSWORD"), bash.constData());
        QVERIFY2(bash.contains("export http_proxy=\"$DLSTACK_PROXY\""), bash.constData());
    }

    // The exported script, run by bash with the password given, sets the same variables.
    void bashExportSetsTheProxy()
    {
        QTemporaryDir dir;
        plan::Plan plan = load(planJson(dir.filePath(QStringLiteral("prefix")), 3128, true));
        plan::Step noop; // one stage that does nothing: the script's proxy lines are what is run
        noop.kind = plan::Step::Kind::Run;
        noop.argv = {QStringLiteral("true")};
        plan.stages = {plan::Stage{QStringLiteral("noop"), QStringLiteral("Nothing"), {noop}}};
        QFile script(dir.filePath(QStringLiteral("plan.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(plan::exportBash(plan) + "\nenv | grep -i '_proxy=' | sort\n");
        script.close();
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : net::proxyVariableNames())
            env.remove(name);
        env.insert(QStringLiteral("DLSTACK_PROXY_PASSWORD"), QStringLiteral("p@ss:wörd"));
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"), {script.fileName()});
        QVERIFY(bash.waitForFinished(20000));
        const QString out = QString::fromUtf8(bash.readAllStandardOutput());
        QVERIFY2(bash.exitCode() == 0, qPrintable(QString::fromUtf8(bash.readAllStandardError())));
        // The password percent-encoded into the URL, as `dlstack install` puts it there.
        const QString full =
            net::ProxyPassword::join(QStringLiteral("http://alice@127.0.0.1:3128"), QStringLiteral("p@ss:wörd"));
        QCOMPARE(full, QStringLiteral("http://alice:p%40ss%3Aw%C3%B6rd@127.0.0.1:3128"));
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
            QVERIFY2(out.contains(QStringLiteral("%1=%2").arg(QLatin1String(name), full)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("no_proxy=localhost,127.0.0.1,::1")), qPrintable(out));

        // Without the password the script stops at once and says which variable to set.
        env.remove(QStringLiteral("DLSTACK_PROXY_PASSWORD"));
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"), {script.fileName()});
        QVERIFY(bash.waitForFinished(20000));
        QVERIFY(bash.exitCode() != 0);
        QVERIFY(QString::fromUtf8(bash.readAllStandardError()).contains(QStringLiteral("DLSTACK_PROXY_PASSWORD")));
    }

    // Without DLSTACK_PROXY_PASSWORD the keyring's entry is used; without either the install
    // stops before anything changes and says where the password is looked for.
    void passwordFromTheKeyringOrAClearStop()
    {
        QTemporaryDir dir;
        const ScopedEnv unset("DLSTACK_PROXY_PASSWORD", QByteArray());
        const plan::Plan plan = load(planJson(dir.filePath(QStringLiteral("prefix")), 3128, true));
        secrets::Redactor redactor;
        const OneSecret keyring(QStringLiteral("proxy-password"), kPassword);
        const auto fromKeyring =
            engine::planProxyUrl(plan, &keyring, QProcessEnvironment::systemEnvironment(), &redactor);
        QVERIFY(fromKeyring.ok());
        QCOMPARE(fromKeyring.value(), QStringLiteral("http://alice:%1@127.0.0.1:3128").arg(kPassword));
        QVERIFY(!redactor.apply(QStringLiteral("echo %1").arg(kPassword)).contains(kPassword));

        const OneSecret empty(QStringLiteral("other"), QStringLiteral("x"));
        const auto missing = engine::planProxyUrl(plan, &empty, QProcessEnvironment::systemEnvironment(), nullptr);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().remedy.contains(QStringLiteral("DLSTACK_PROXY_PASSWORD")) &&
                     missing.error().remedy.contains(QStringLiteral("proxy-password")),
                 qPrintable(missing.error().remedy));

        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        engine::Engine engine(&empty);
        QStringList failures;
        QVERIFY(!test::runToEnd(
            engine, [&] { engine.install(plan, {}); }, &failures));
        QVERIFY2(failures.join(u'\n').contains(QStringLiteral("proxy")), qPrintable(failures.join(u'\n')));
        QVERIFY(!QFileInfo::exists(prefix + QStringLiteral("/proxy-env.txt")));
    }

    // A plan file never carries the password: the loader refuses one and says where it goes.
    void planWithAPasswordIsRefused()
    {
        QByteArray json = planJson(QStringLiteral("/tmp/dlstack-proxy-refused"), 3128, false);
        json.replace("http://alice@", "http://alice:" + kPassword.toUtf8() + '@');
        const auto loaded = plan::loadPlan(json, QStringLiteral("proxied.json"));
        QVERIFY(!loaded.ok());
        const QString text = loaded.error().summary + u' ' + loaded.error().details;
        QVERIFY2(text.contains(QStringLiteral("proxy")) && text.contains(QStringLiteral("proxy_credential")),
                 qPrintable(text));
        QVERIFY2(!text.contains(kPassword), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TstPlanProxy)
#include "tst_planproxy.moc"
