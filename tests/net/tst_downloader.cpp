// SPDX-License-Identifier: GPL-3.0-or-later
// Downloader against a real HTTP server on 127.0.0.1 (tests/net/httptestserver.h): a plain
// verified download, Range resume after a dropped connection, retry after 503, 404, a
// wrong checksum, mirrors in order, file:// URLs, a FIFO refused at once, cancel of a slow
// body. Credentials bound to origins: a redirect to another port or host name drops the
// Authorization (the server records each request's headers), a same-origin redirect keeps
// it, a mirror of another origin gets none or its own, plain http needs allowInsecureAuth.
// Through the Engine: the plan's mirror directory is used before the network, a credential
// read from the secret store never appears in a line or an error, a mirror's credential
// goes to the mirror only, and a missing keyring stops the step before anything changes.
#include "core/engine/engine.h"
#include "core/engine/steps/downloadstep.h"
#include "core/net/downloader.h"
#include "core/plan/planloader.h"
#include "core/secrets/redactor.h"
#include "core/secrets/secretstore.h"
#include "tests/net/httptestserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <sys/stat.h>

using namespace dlstack;
using dlstack::test::HttpRoute;
using dlstack::test::HttpTestServer;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// A secret store that needs no keyring: the engine only calls read(). "hub" is the token
// the older rows know; any other name gets a token of its own.
class FixedSecrets : public secrets::SecretStore
{
public:
    support::Result<QString> read(const QString &key) const override
    {
        return key == u"hub" ? QStringLiteral("tok-SECRET-4711") : QStringLiteral("tok-%1-SECRET").arg(key);
    }
};

// A keyring that is there but locked, as QtKeychain reports it.
class LockedSecrets : public secrets::SecretStore
{
public:
    support::Result<QString> read(const QString &) const override
    {
        return support::Error{QStringLiteral("The system keyring is not available."),
                              QStringLiteral("Could not unlock the keyring"),
                              QStringLiteral("Unlock it, then try again.")};
    }
};

QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(root.size());
    files.sort();
    return files;
}

} // namespace

class TstDownloader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HttpTestServer m_server;
    QByteArray m_body = randomBytes(3 << 20, 42);

    net::DownloadRequest request(const QList<QByteArray> &paths, const QString &name)
    {
        net::DownloadRequest r;
        for (const QByteArray &p : paths)
            r.sources.append(QUrl(QString::fromLatin1(m_server.url(p))));
        r.partPath = m_dir.filePath(name);
        r.sha256 = sha(m_body);
        r.backoffMs = 20;
        r.stallTimeoutMs = 5000;
        r.environment = net::ProxySettings{}; // no proxy, whatever this machine's environment says
        return r;
    }

private slots:
    void init() { m_server.clearRequests(); }

    void plainDownloadIsVerified()
    {
        m_server.setRoute("/plain.bin", HttpRoute{m_body});
        qint64 lastReceived = 0;
        const auto result = net::Downloader().fetch(
            request({"/plain.bin"}, QStringLiteral("plain")), [&](qint64 received, qint64) { lastReceived = received; },
            nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(result.value(), sha(m_body));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("plain"))), m_body);
        QCOMPARE(lastReceived, qint64(m_body.size()));
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY(m_server.requests().first().range.isEmpty());
    }

    void resumesWithRangeAfterDrop()
    {
        HttpRoute route{m_body};
        route.dropAt = m_body.size() / 2 + 123;
        route.chunk = 64 << 10;
        m_server.setRoute("/drop.bin", route);
        const auto result = net::Downloader().fetch(request({"/drop.bin"}, QStringLiteral("drop")), {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("drop"))), m_body);
        const auto requests = m_server.requests();
        QByteArray ranges;
        for (const auto &r : requests)
            ranges += '[' + r.range + ']';
        // Qt's HTTP layer may itself resend once after the drop; the resume is the last request.
        QVERIFY2(requests.size() >= 2 && requests.size() <= 3, ranges.constData());
        QVERIFY(requests.first().range.isEmpty());
        QVERIFY2(requests.last().range.startsWith("bytes="), ranges.constData());
        const qint64 from = requests.last().range.mid(6).chopped(1).toLongLong();
        QVERIFY2(from > 0 && from <= route.dropAt, ranges.constData());
    }

    void retriesAfter503()
    {
        HttpRoute route{m_body};
        route.failFirst = 2;
        m_server.setRoute("/busy.bin", route);
        const auto result = net::Downloader().fetch(request({"/busy.bin"}, QStringLiteral("busy")), {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("busy"))), m_body);
    }

    void notFoundIsClearAndNotRetried()
    {
        const auto result = net::Downloader().fetch(request({"/nothere.bin"}, QStringLiteral("nothere")), {}, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().details.contains(QStringLiteral("404")), qPrintable(result.error().details));
        QVERIFY(result.error().details.contains(QStringLiteral("/nothere.bin")));
        QVERIFY(!result.error().remedy.isEmpty());
        QCOMPARE(m_server.requests().size(), 1); // a 404 does not get better by asking again
    }

    void wrongChecksumDeletesFile()
    {
        m_server.setRoute("/bad.bin", HttpRoute{m_body + "x"});
        auto r = request({"/bad.bin"}, QStringLiteral("bad"));
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().summary.contains(QStringLiteral("checksum")), qPrintable(result.error().summary));
        QVERIFY(result.error().details.contains(sha(m_body + "x")));
        QVERIFY(!QFile::exists(r.partPath));
    }

    void mirrorsAreTriedInOrder()
    {
        m_server.setRoute("/m2/file.bin", HttpRoute{m_body});
        m_server.setRoute("/m3/file.bin", HttpRoute{m_body});
        const auto result = net::Downloader().fetch(
            request({"/m1/file.bin", "/m2/file.bin", "/m3/file.bin"}, QStringLiteral("mirrored")), {}, nullptr);
        QVERIFY(result.ok());
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].path, QByteArray("/m1/file.bin"));
        QCOMPARE(requests[1].path, QByteArray("/m2/file.bin"));
    }

    void fileUrl()
    {
        const QString source = m_dir.filePath(QStringLiteral("local-source.bin"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_body);
        f.close();
        net::DownloadRequest r;
        r.sources = {QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("absent.bin"))), QUrl::fromLocalFile(source)};
        r.partPath = m_dir.filePath(QStringLiteral("fromfile"));
        r.sha256 = sha(m_body);
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(readAll(r.partPath), m_body);
    }

    void cancelSlowServer()
    {
        HttpRoute route{m_body};
        route.chunk = 4096;
        route.chunkDelayMs = 50; // the whole body would take over half an hour
        m_server.setRoute("/slow.bin", route);
        std::atomic_bool cancel{false};
        qint64 seen = 0;
        const auto result = net::Downloader().fetch(
            request({"/slow.bin"}, QStringLiteral("slow")),
            [&](qint64 received, qint64) {
                seen = received;
                if (received >= 8192)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().summary.contains(QStringLiteral("cancelled")), qPrintable(result.error().summary));
        QVERIFY(seen >= 8192 && seen < m_body.size());
        QCOMPARE(m_server.requests().size(), 1); // no retry after a cancel
    }

    // A pause drops the transfer and reads nothing; clearing it continues with a Range
    // request from the part file, and the result is still verified.
    void pauseStopsAndContinuesWithRange()
    {
        HttpRoute route{m_body};
        route.chunk = 32 << 10;
        route.chunkDelayMs = 10; // about 1 s for the whole body
        m_server.setRoute("/pause.bin", route);
        std::atomic_bool pause{false};
        QElapsedTimer clock;
        clock.start();
        qint64 pausedAt = -1;
        qint64 atPause = 0;
        qint64 firstAfter = -1;
        std::thread resumer;
        const auto result = net::Downloader().fetch(
            request({"/pause.bin"}, QStringLiteral("pause")),
            [&](qint64 received, qint64) {
                if (pausedAt < 0 && received >= 256 << 10) {
                    pausedAt = clock.elapsed();
                    atPause = received;
                    pause = true;
                    resumer = std::thread([&pause] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(600));
                        pause = false;
                    });
                } else if (pausedAt >= 0 && firstAfter < 0 && received > atPause) {
                    firstAfter = clock.elapsed();
                }
            },
            nullptr, &pause);
        resumer.join();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("pause"))), m_body);
        QVERIFY2(firstAfter - pausedAt >= 500,
                 qPrintable(QStringLiteral("bytes came %1 ms after the pause").arg(firstAfter - pausedAt)));
        const auto requests = m_server.requests();
        QVERIFY(requests.size() >= 2);
        QVERIFY(requests.first().range.isEmpty());
        QVERIFY2(requests.last().range.startsWith("bytes="), requests.last().range.constData());
        QVERIFY(requests.last().range.mid(6).chopped(1).toLongLong() >= atPause);
    }

    // A credential stored for one origin is not sent to another one a redirect leads to:
    // another port, or the same server by another host name. The hop is said in a notice.
    void redirectToOtherOriginDropsAuthorization_data()
    {
        QTest::addColumn<bool>("otherPort");
        QTest::newRow("another port") << true;
        QTest::newRow("another host name (localhost)") << false;
    }
    void redirectToOtherOriginDropsAuthorization()
    {
        QFETCH(bool, otherPort);
        HttpTestServer other;
        other.setRoute("/target.bin", HttpRoute{m_body});
        m_server.setRoute("/target.bin", HttpRoute{m_body});
        HttpRoute redirect;
        redirect.status = 302;
        redirect.location = otherPort ? other.url("/target.bin") : m_server.url("/target.bin", "localhost");
        m_server.setRoute("/moved.bin", redirect);
        auto r = request({"/moved.bin"}, QStringLiteral("moved"));
        r.credentials.insert(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()), "Bearer tok-ORIGIN-1");
        r.allowInsecureAuth = true;
        QStringList notices;
        r.notice = [&notices](const QString &text) { notices << text; };
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(readAll(r.partPath), m_body);
        QList<test::HttpRequestRecord> seen = m_server.requests();
        if (otherPort)
            seen += other.requests();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].path, QByteArray("/moved.bin"));
        QCOMPARE(seen[0].authorization, QByteArray("Bearer tok-ORIGIN-1"));
        QCOMPARE(seen[1].path, QByteArray("/target.bin"));
        QVERIFY2(seen[1].authorization.isEmpty(), seen[1].authorization.constData());
        if (!otherPort)
            QVERIFY2(seen[1].host.startsWith("localhost:"), seen[1].host.constData());
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices[0].contains(QStringLiteral("not sent")), qPrintable(notices[0]));
        QVERIFY(!notices[0].contains(QStringLiteral("tok-ORIGIN-1")));
    }

    void sameOriginRedirectKeepsAuthorization()
    {
        m_server.setRoute("/same/target.bin", HttpRoute{m_body});
        HttpRoute redirect;
        redirect.status = 301;
        redirect.location = "/same/target.bin"; // relative: resolved against the request's URL
        m_server.setRoute("/same/moved.bin", redirect);
        auto r = request({"/same/moved.bin"}, QStringLiteral("same"));
        r.credentials.insert(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()), "Bearer tok-SAME");
        r.allowInsecureAuth = true;
        QStringList notices;
        r.notice = [&notices](const QString &text) { notices << text; };
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        const auto seen = m_server.requests();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[1].path, QByteArray("/same/target.bin"));
        QCOMPARE(seen[0].authorization, QByteArray("Bearer tok-SAME"));
        QCOMPARE(seen[1].authorization, QByteArray("Bearer tok-SAME"));
        QVERIFY(notices.isEmpty());
    }

    void redirectLoopEnds()
    {
        HttpRoute loop;
        loop.status = 307;
        loop.location = "/loop.bin";
        m_server.setRoute("/loop.bin", loop);
        auto r = request({"/loop.bin"}, QStringLiteral("loop"));
        r.maxRedirects = 3;
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().details.contains(QStringLiteral("redirects")), qPrintable(result.error().details));
        QCOMPARE(m_server.requests().size(), 4); // the first request and three hops, not retried
    }

    // Each mirror is its own origin: the primary's credential does not go there; a
    // credential named for the mirror does.
    void mirrorOfOtherOriginGetsNoCredential_data()
    {
        QTest::addColumn<bool>("mirrorHasOwn");
        QTest::newRow("no credential of its own") << false;
        QTest::newRow("its own credential") << true;
    }
    void mirrorOfOtherOriginGetsNoCredential()
    {
        QFETCH(bool, mirrorHasOwn);
        HttpTestServer mirror;
        mirror.setRoute("/pkg.bin", HttpRoute{m_body});
        net::DownloadRequest r = request({"/gone/pkg.bin"}, QStringLiteral("viamirror"));
        r.sources.append(QUrl(QString::fromLatin1(mirror.url("/pkg.bin"))));
        r.credentials.insert(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()), "Bearer tok-PRIMARY");
        if (mirrorHasOwn)
            r.credentials.insert(QStringLiteral("http://127.0.0.1:%1").arg(mirror.port()), "Bearer tok-MIRROR");
        r.allowInsecureAuth = true;
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().authorization, QByteArray("Bearer tok-PRIMARY"));
        QCOMPARE(mirror.requests().size(), 1);
        QCOMPARE(mirror.requests().first().authorization,
                 mirrorHasOwn ? QByteArray("Bearer tok-MIRROR") : QByteArray());
    }

    // A credential over plain http is refused before any request unless allowed; a URL's
    // user-info counts as a credential and is sent as Basic to its own origin only.
    void plainHttpCredentialNeedsAllowInsecureAuth_data()
    {
        QTest::addColumn<bool>("userInfo");
        QTest::addColumn<bool>("allow");
        QTest::newRow("token, refused") << false << false;
        QTest::newRow("token, allowed") << false << true;
        QTest::newRow("user:password in the URL, refused") << true << false;
        QTest::newRow("user:password in the URL, allowed") << true << true;
    }
    void plainHttpCredentialNeedsAllowInsecureAuth()
    {
        QFETCH(bool, userInfo);
        QFETCH(bool, allow);
        m_server.setRoute("/auth.bin", HttpRoute{m_body});
        net::DownloadRequest r = request({}, userInfo ? QStringLiteral("auth-basic") : QStringLiteral("auth-bearer"));
        if (userInfo) {
            r.sources = {QUrl(QStringLiteral("http://someone:pw-SECRET-9@127.0.0.1:%1/auth.bin").arg(m_server.port()))};
        } else {
            r.sources = {QUrl(QString::fromLatin1(m_server.url("/auth.bin")))};
            r.credentials.insert(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()), "Bearer tok-PLAIN");
        }
        r.allowInsecureAuth = allow;
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        if (!allow) {
            QVERIFY(!result.ok());
            const QString text = result.error().toText();
            QVERIFY2(text.contains(QStringLiteral("plain http")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("allow_insecure_auth")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("SECRET")) && !text.contains(QStringLiteral("tok-PLAIN")));
            QCOMPARE(m_server.requests().size(), 0);
            QVERIFY(!QFile::exists(r.partPath) || QFileInfo(r.partPath).size() == 0);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().authorization,
                 userInfo ? "Basic " + QByteArray("someone:pw-SECRET-9").toBase64() : QByteArray("Bearer tok-PLAIN"));
    }

    void userInfoIsNotSentAfterRedirect()
    {
        HttpTestServer other;
        other.setRoute("/f.bin", HttpRoute{m_body});
        HttpRoute redirect;
        redirect.status = 302;
        redirect.location = other.url("/f.bin");
        m_server.setRoute("/ui.bin", redirect);
        net::DownloadRequest r = request({}, QStringLiteral("ui"));
        r.sources = {QUrl(QStringLiteral("http://someone:pw-SECRET-9@127.0.0.1:%1/ui.bin").arg(m_server.port()))};
        r.allowInsecureAuth = true;
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QVERIFY(m_server.requests().first().authorization.startsWith("Basic "));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().first().authorization.isEmpty());
    }

    // Errors show URLs without their user-info and query values.
    void errorsShowRedactedUrls()
    {
        net::DownloadRequest r = request({}, QStringLiteral("redacted-error"));
        r.sources = {
            QUrl(
                QStringLiteral("https://someone:pw-SECRET-9@127.0.0.1:%1/x.bin?token=abc&sig=Q1").arg(m_server.port())),
            QUrl(QString::fromLatin1(m_server.url("/nothere.bin?access_token=abc")))};
        r.attempts = 1;
        const auto result = net::Downloader().fetch(r, {}, nullptr);
        QVERIFY(!result.ok());
        const QString text = result.error().toText();
        QVERIFY2(text.contains(QStringLiteral("/x.bin?token=***&sig=***")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("/nothere.bin?access_token=***")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SECRET")) && !text.contains(QStringLiteral("abc")) &&
                     !text.contains(QStringLiteral("someone")),
                 qPrintable(text));
    }

    // A FIFO with no writer would block open() and read() for ever, past any cancel: it
    // is refused at once and the next source is used.
    void fifoSourceIsRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.bin"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString regular = m_dir.filePath(QStringLiteral("after-fifo.bin"));
        QFile f(regular);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_body);
        f.close();
        net::DownloadRequest r;
        r.sources = {QUrl::fromLocalFile(fifo)};
        r.partPath = m_dir.filePath(QStringLiteral("fromfifo"));
        r.sha256 = sha(m_body);
        r.backoffMs = 20;
        std::atomic_bool cancel{false};
        QElapsedTimer clock;
        clock.start();
        const auto refused = net::Downloader().fetch(r, {}, &cancel);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().details.contains(QStringLiteral("named pipe")), qPrintable(refused.error().details));
        r.sources.append(QUrl::fromLocalFile(regular));
        const auto result = net::Downloader().fetch(r, {}, &cancel);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details));
        QCOMPARE(readAll(r.partPath), m_body);
        QVERIFY(clock.elapsed() < 4000);
    }

    // Through the engine: mirror_dir first (the server is never asked), and a credential
    // is sent but never shown.
    void engineMirrorDirAndRedaction_data()
    {
        QTest::addColumn<bool>("useMirrorDir");
        QTest::newRow("mirror_dir") << true;
        QTest::newRow("credential") << false;
    }
    void engineMirrorDirAndRedaction()
    {
        QFETCH(bool, useMirrorDir);
        const QString prefix = m_dir.filePath(useMirrorDir ? QStringLiteral("p-mirror") : QStringLiteral("p-cred"));
        const QString mirror = m_dir.filePath(QStringLiteral("offline"));
        QDir().mkpath(mirror);
        QFile f(mirror + QStringLiteral("/pkg.bin"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_body);
        f.close();
        // The credential row's run step prints the token and fails: both must show "***".
        m_server.setRoute("/private/pkg.bin", HttpRoute{m_body});
        const QByteArray url = m_server.url(useMirrorDir ? "/origin/pkg.bin" : "/private/pkg.bin");
        QByteArray json = "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() + "\", ";
        if (useMirrorDir)
            json += "\"mirror_dir\": \"" + mirror.toUtf8() + "\", ";
        json += "\"stages\": [{\"id\": \"s\", \"steps\": [{\"kind\": \"download\", \"url\": \"" + url +
                "\", \"sha256\": \"" + sha(m_body).toLatin1() + "\", \"to\": \"dl/pkg.bin\"";
        if (!useMirrorDir)
            json += ", \"credential\": \"hub\", \"allow_insecure_auth\": true}, {\"kind\": \"run\", \"argv\": [\"sh\", "
                    "\"-c\", "
                    "\"echo token=tok-SECRET-4711; echo tok-SECRET-4711 >&2; exit 3\"]";
        json += "}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary + plan.error().details));
        FixedSecrets secrets;
        engine::Engine engine(&secrets);
        QStringList seen;
        bool ok = false;
        connect(&engine, &engine::Engine::linesReady, this, [&seen](const QList<engine::LogLine> &lines) {
            for (const auto &line : lines)
                seen << line.text;
        });
        connect(&engine, &engine::Engine::stageFailed, this,
                [&seen](const QString &, const support::Error &e) { seen << e.summary << e.details << e.remedy; });
        connect(&engine, &engine::Engine::finished, this, [&ok](bool success) { ok = success; });
        engine.install(plan.value(), {});
        if (useMirrorDir) {
            QVERIFY2(ok, qPrintable(seen.join(u'\n')));
            QCOMPARE(readAll(prefix + QStringLiteral("/dl/pkg.bin")), m_body);
            QCOMPARE(m_server.requests().size(), 0);
        } else {
            QVERIFY(!ok);
            QVERIFY(!m_server.requests().isEmpty());
            QCOMPARE(m_server.requests().first().authorization, QByteArray("Bearer tok-SECRET-4711"));
            const QString all = seen.join(u'\n');
            QVERIFY2(all.contains(QStringLiteral("token=***")), qPrintable(all));
            QVERIFY2(!all.contains(QStringLiteral("SECRET")), qPrintable(all));
            QFile journal(prefix + QStringLiteral("/.dlstack/journal.jsonl"));
            QVERIFY(journal.open(QIODevice::ReadOnly));
            QVERIFY(!journal.readAll().contains("SECRET"));
        }
    }

    // A mirror's own credential goes to the mirror, the step's to the step's url; neither
    // is shown.
    void engineMirrorCredential()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("p-mirror-cred"));
        HttpTestServer mirror;
        mirror.setRoute("/m/pkg.bin", HttpRoute{m_body});
        const QByteArray json =
            "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() +
            "\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"kind\": \"download\", \"url\": \"" +
            m_server.url("/gone/pkg.bin") + "\", \"credential\": \"hub\", \"allow_insecure_auth\": true, " +
            "\"mirrors\": [{\"url\": \"" + mirror.url("/m/pkg.bin") + "\", \"credential\": \"mirror\"}], " +
            "\"sha256\": \"" + sha(m_body).toLatin1() + "\", \"to\": \"dl/pkg.bin\"}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary));
        FixedSecrets secrets;
        engine::Engine engine(&secrets);
        QStringList seen;
        bool ok = false;
        connect(&engine, &engine::Engine::linesReady, this, [&seen](const QList<engine::LogLine> &lines) {
            for (const auto &line : lines)
                seen << line.text;
        });
        connect(&engine, &engine::Engine::finished, this, [&ok](bool success) { ok = success; });
        engine.install(plan.value(), {});
        QVERIFY2(ok, qPrintable(seen.join(u'\n')));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().authorization, QByteArray("Bearer tok-SECRET-4711"));
        QCOMPARE(mirror.requests().size(), 1);
        QCOMPARE(mirror.requests().first().authorization, QByteArray("Bearer tok-mirror-SECRET"));
        QVERIFY2(!seen.join(u'\n').contains(QStringLiteral("SECRET")), qPrintable(seen.join(u'\n')));
    }

    // A locked keyring: the step fails with the keyring's words before it creates a
    // directory or journals an effect, and no request is made.
    void engineLockedKeyringTouchesNothing()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("p-locked"));
        const QByteArray json = "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() +
                                "\", \"stages\": [{\"id\": \"s\", \"steps\": [{\"kind\": \"download\", \"url\": \"" +
                                m_server.url("/private/pkg.bin") +
                                "\", \"credential\": \"hub\", \"allow_insecure_auth\": true, " + "\"sha256\": \"" +
                                sha(m_body).toLatin1() + "\", \"to\": \"dl/deeper/pkg.bin\"}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        QVERIFY(plan.ok());
        LockedSecrets secrets;
        engine::Engine engine(&secrets);
        QString failure;
        bool ok = true;
        connect(&engine, &engine::Engine::stageFailed, this, [&failure](const QString &, const support::Error &e) {
            failure = e.summary + u'\n' + e.details + u'\n' + e.remedy;
        });
        connect(&engine, &engine::Engine::finished, this, [&ok](bool success) { ok = success; });
        engine.install(plan.value(), {});
        QVERIFY(!ok);
        QVERIFY2(failure.contains(QStringLiteral("keyring is not available")), qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("\"hub\"")) && failure.contains(QStringLiteral("nothing was changed")),
                 qPrintable(failure));
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY2(!QFileInfo::exists(prefix + QStringLiteral("/dl")), qPrintable(filesBelow(prefix).join(u' ')));
        QFile journal(prefix + QStringLiteral("/.dlstack/journal.jsonl"));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY2(!journal.readAll().contains("\"intent\""), "an effect was journaled");
        // The same check before an install starts, as `dlstack install` runs it.
        const auto early = engine::DownloadStep::checkBeforeInstall(plan.value(), QString(), QString(), &secrets, true);
        QVERIFY(early.has_value());
        QVERIFY(early->summary.contains(QStringLiteral("keyring")));
    }

    void redactorReplacesEveryOccurrence()
    {
        secrets::Redactor r;
        r.add(QStringLiteral("abc")); // too short: would blank ordinary words
        r.add(QStringLiteral("hunter22"));
        QCOMPARE(r.apply(QStringLiteral("abc hunter22 x hunter22")), QStringLiteral("abc *** x ***"));
    }
};

QTEST_GUILESS_MAIN(TstDownloader)
#include "tst_downloader.moc"
