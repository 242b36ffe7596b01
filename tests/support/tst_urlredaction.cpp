// SPDX-License-Identifier: GPL-3.0-or-later
// URL redaction (core/support/urlredaction.h) and where URLs become text: free text with
// several URLs, one whole URL (a password with a space or '@'), QUrl input, the Redactor
// (known secrets and URLs), Step::describe(), the bash export (a URL with a secret is read
// from DLSTACK_URL_<n>), and originOf, the unit a credential is bound to.
#include "core/plan/export/bashexporter.h"
#include "core/plan/planloader.h"
#include "core/secrets/redactor.h"
#include "core/support/urlorigin.h"
#include "core/support/urlredaction.h"

#include <QJsonDocument>
#include <QTest>

using namespace dlstack;

class TstUrlRedaction : public QObject
{
    Q_OBJECT

private slots:
    void redactUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain URL unchanged") << QStringLiteral("see https://example.org/a/f.tgz now")
                                             << QStringLiteral("see https://example.org/a/f.tgz now");
        QTest::newRow("user and password")
            << QStringLiteral("http://user:pass@127.0.0.1:8080/f") << QStringLiteral("http://***@127.0.0.1:8080/f");
        QTest::newRow("user only") << QStringLiteral("https://token@github.com/x.git")
                                   << QStringLiteral("https://***@github.com/x.git");
        QTest::newRow("query values") << QStringLiteral("http://h/f?token=abc&x=1&flag&empty=")
                                      << QStringLiteral("http://h/f?token=***&x=***&***&empty=");
        QTest::newRow("both, fragment kept")
            << QStringLiteral("https://u:p@h:1/p?sig=Zz#part") << QStringLiteral("https://***@h:1/p?sig=***#part");
        QTest::newRow("'@' in the path is not user-info")
            << QStringLiteral("https://h/users/@me/f") << QStringLiteral("https://h/users/@me/f");
        QTest::newRow("two URLs in quotes") << QStringLiteral("fatal: 'https://u:pw@a/x' and \"http://b/y?k=v\".")
                                            << QStringLiteral("fatal: 'https://***@a/x' and \"http://b/y?k=***\".");
        QTest::newRow("git+https scheme")
            << QStringLiteral("git+https://u:p@h/r") << QStringLiteral("git+https://***@h/r");
        QTest::newRow("no scheme") << QStringLiteral("://u:p@h and x") << QStringLiteral("://u:p@h and x");
        QTest::newRow("Qt's error text")
            << QStringLiteral("Error transferring http://h:1/f?token=abc - server replied: Not Found")
            << QStringLiteral("Error transferring http://h:1/f?token=*** - server replied: Not Found");
        QTest::newRow("already redacted stays")
            << QStringLiteral("http://***@h/f?token=***") << QStringLiteral("http://***@h/f?token=***");
        QTest::newRow("file URL") << QStringLiteral("file:///tmp/mirror/f.tgz")
                                  << QStringLiteral("file:///tmp/mirror/f.tgz");
    }
    void redactUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(support::redactUrls(text), expected);
    }

    void wholeUrl()
    {
        // A plan's URL string is one URL: a space or '@' in the password does not end it.
        QCOMPARE(support::redactedUrl(QStringLiteral("http://u:a b@c@host:81/f?t=x y")),
                 QStringLiteral("http://***@host:81/f?t=***"));
        QCOMPARE(support::redactedUrl(QUrl(QStringLiteral("https://u:p%2Fq%40r@Host/f?token=abc"))),
                 QStringLiteral("https://***@host/f?token=***"));
        QVERIFY(support::hasUrlSecrets(QStringLiteral("https://h/f?x=1")));
        QVERIFY(support::hasUrlSecrets(QStringLiteral("https://u@h/f")));
        QVERIFY(!support::hasUrlSecrets(QStringLiteral("https://h/f.tgz")));
    }

    void redactorHidesSecretsAndUrls()
    {
        secrets::Redactor r;
        r.add(QStringLiteral("abc")); // too short to search for on its own
        r.add(QStringLiteral("hunter22"));
        QCOMPARE(r.apply(QStringLiteral("abc hunter22 x hunter22")), QStringLiteral("abc *** x ***"));
        QCOMPARE(r.apply(QStringLiteral("GET http://u:abc@h/f?token=abc")),
                 QStringLiteral("GET http://***@h/f?token=***"));
        r.addUrl(QStringLiteral("https://bob:longpassword@h/f?token=tok12345&raw=true"));
        QCOMPARE(r.apply(QStringLiteral("echo longpassword tok12345 true")), QStringLiteral("echo *** *** true"));
    }

    void origins_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("https default port")
            << QStringLiteral("https://Example.ORG/a") << QStringLiteral("https://example.org:443");
        QTest::newRow("http default port") << QStringLiteral("http://h/a") << QStringLiteral("http://h:80");
        QTest::newRow("explicit port") << QStringLiteral("http://127.0.0.1:8080/a")
                                       << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("user-info is not part of it")
            << QStringLiteral("https://u:p@h/a") << QStringLiteral("https://h:443");
        QTest::newRow("file has none") << QStringLiteral("file:///tmp/a") << QString();
    }
    void origins()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        QCOMPARE(support::originOf(QUrl(url)), origin);
    }

    // What dlstack writes from a plan (the step line, the bash script) has no secret; the
    // plan value itself keeps the URL as the user wrote it.
    void describeAndExport()
    {
        const QByteArray json =
            "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"/opt/t\", \"env\": {\"PIP_INDEX_URL\": "
            "\"https://i:tok-ENV-1@pypi.example.org/simple\"},"
            "\"stages\": [{\"id\": \"s\", \"steps\": ["
            "{\"kind\": \"download\", \"url\": \"https://user:pw-SECRET-1@h.example.org/f.tgz?token=abc\", \"sha256\": "
            "\"0000000000000000000000000000000000000000000000000000000000000000\", \"to\": \"f.tgz\"},"
            "{\"kind\": \"git\", \"url\": \"https://tok-GIT-1@github.com/o/r.git\", \"to\": \"src/r\"},"
            "{\"kind\": \"run\", \"argv\": [\"pip\", \"install\", \"--index-url\", "
            "\"https://u:tok-RUN-1@pypi.example.org/simple\", \"x\"]}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary));
        const auto &steps = plan.value().stages.first().steps;
        QCOMPARE(steps[0].url, QStringLiteral("https://user:pw-SECRET-1@h.example.org/f.tgz?token=abc"));
        QCOMPARE(steps[0].describe(),
                 QStringLiteral("download https://***@h.example.org/f.tgz?token=*** -> /opt/t/f.tgz"));
        QCOMPARE(steps[1].describe(), QStringLiteral("git https://***@github.com/o/r.git @ HEAD -> /opt/t/src/r"));
        QCOMPARE(steps[2].describe(),
                 QStringLiteral("run pip install --index-url https://***@pypi.example.org/simple x"));
        const QString script = QString::fromUtf8(plan::exportBash(plan.value()));
        for (const char *secret : {"pw-SECRET-1", "token=abc", "tok-GIT-1", "tok-RUN-1", "tok-ENV-1"})
            QVERIFY2(!script.contains(QLatin1String(secret)), secret);
        QVERIFY(script.contains(QStringLiteral("# DLSTACK_URL_1: https://***@pypi.example.org/simple")));
        QVERIFY(script.contains(QStringLiteral("export PIP_INDEX_URL=\"${DLSTACK_URL_1:?")));
        QVERIFY(script.contains(QStringLiteral("# DLSTACK_URL_2: https://***@h.example.org/f.tgz?token=***")));
        QVERIFY(script.contains(QStringLiteral("dl_fetch \"${DLSTACK_URL_2:?")));
        QVERIFY(script.contains(QStringLiteral("git_checkout \"${DLSTACK_URL_3:?")));
        QVERIFY(script.contains(QStringLiteral("pip install --index-url \"${DLSTACK_URL_4:?")));
    }

    // Credentials in a plan: bound to the URL they are named beside, refused over plain
    // http unless allowed, one per origin; a mirror can name its own.
    void planCredentials_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>("error"); // empty: loads
        QTest::newRow("https credential") << QByteArray("\"url\": \"https://a/f\", \"credential\": \"a\"") << QString();
        QTest::newRow("http credential refused")
            << QByteArray("\"url\": \"http://a/f\", \"credential\": \"a\"") << QStringLiteral("allow_insecure_auth");
        QTest::newRow("http user-info refused")
            << QByteArray("\"url\": \"http://u:p@a/f\"") << QStringLiteral("plain http");
        QTest::newRow("http credential allowed")
            << QByteArray("\"url\": \"http://a/f\", \"credential\": \"a\", \"allow_insecure_auth\": true") << QString();
        QTest::newRow("http mirror credential refused")
            << QByteArray("\"url\": \"https://a/f\", \"mirrors\": [{\"url\": \"http://b/f\", \"credential\": \"b\"}]")
            << QStringLiteral("mirrors[0]");
        QTest::newRow("mirror with its own credential")
            << QByteArray("\"url\": \"https://a/f\", \"credential\": \"a\", \"mirrors\": [\"https://c/f\", {\"url\": "
                          "\"https://b/f\", \"credential\": \"b\"}]")
            << QString();
        QTest::newRow("two credentials for one origin")
            << QByteArray("\"url\": \"https://a/f\", \"credential\": \"a\", \"mirrors\": [{\"url\": "
                          "\"https://a:443/g\", \"credential\": \"b\"}]")
            << QStringLiteral("both named");
        QTest::newRow("credential on file://")
            << QByteArray("\"url\": \"file:///tmp/f\", \"credential\": \"a\"") << QStringLiteral("file://");
        QTest::newRow("unknown mirror key")
            << QByteArray("\"url\": \"https://a/f\", \"mirrors\": [{\"url\": \"https://b/f\", \"token\": \"x\"}]")
            << QStringLiteral("token");
    }
    void planCredentials()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, error);
        const QByteArray json =
            "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"/opt/t\", \"stages\": [{\"id\": \"s\", \"steps\": ["
            "{\"kind\": \"download\"," +
            step + ", \"insecure\": true, \"to\": \"f\"}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        if (error.isEmpty()) {
            QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary));
            // The plan writes back what it read (the wizard and `dlstack plan` save it so).
            const auto again =
                plan::loadPlan(QJsonDocument(plan.value().toJson()).toJson(), QStringLiteral("again.json"));
            QVERIFY(again.ok());
            QCOMPARE(again.value().stages[0].steps[0].mirrors, plan.value().stages[0].steps[0].mirrors);
            QCOMPARE(again.value().stages[0].steps[0].allowInsecureAuth,
                     plan.value().stages[0].steps[0].allowInsecureAuth);
            return;
        }
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().summary.contains(error), qPrintable(plan.error().summary));
    }
};

QTEST_GUILESS_MAIN(TstUrlRedaction)
#include "tst_urlredaction.moc"
