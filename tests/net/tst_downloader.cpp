// SPDX-License-Identifier: GPL-3.0-or-later
// Downloader against a real HTTP server on 127.0.0.1 (tests/net/httptestserver.h): a plain
// verified download, Range resume after a dropped connection, retry after 503, 404, a
// wrong checksum, mirrors in order, file:// URLs, cancel of a slow body. Through the
// Engine: the plan's mirror directory is used before the network, and a credential read
// from the secret store never appears in a line or an error.
#include "core/engine/engine.h"
#include "core/net/downloader.h"
#include "core/plan/planloader.h"
#include "core/secrets/redactor.h"
#include "core/secrets/secretstore.h"
#include "tests/net/httptestserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

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

// A secret store that needs no keyring: the engine only calls read().
class FixedSecrets : public secrets::SecretStore
{
public:
    support::Result<QString> read(const QString &) const override { return QStringLiteral("tok-SECRET-4711"); }
};

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
        return r;
    }

private slots:
    void init() { m_server.clearRequests(); }

    void plainDownloadIsVerified()
    {
        m_server.setRoute("/plain.bin", HttpRoute{m_body});
        qint64 lastReceived = 0;
        const auto result = net::Downloader().fetch(request({"/plain.bin"}, QStringLiteral("plain")),
                                                    [&](qint64 received, qint64) { lastReceived = received; }, nullptr);
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
        const auto result = net::Downloader().fetch(request({"/slow.bin"}, QStringLiteral("slow")),
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
        QVERIFY2(firstAfter - pausedAt >= 500, qPrintable(QStringLiteral("bytes came %1 ms after the pause").arg(firstAfter - pausedAt)));
        const auto requests = m_server.requests();
        QVERIFY(requests.size() >= 2);
        QVERIFY(requests.first().range.isEmpty());
        QVERIFY2(requests.last().range.startsWith("bytes="), requests.last().range.constData());
        QVERIFY(requests.last().range.mid(6).chopped(1).toLongLong() >= atPause);
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
        json += "\"stages\": [{\"id\": \"s\", \"steps\": [{\"kind\": \"download\", \"url\": \"" + url
            + "\", \"sha256\": \"" + sha(m_body).toLatin1() + "\", \"to\": \"dl/pkg.bin\"";
        if (!useMirrorDir)
            json += ", \"credential\": \"hub\"}, {\"kind\": \"run\", \"argv\": [\"sh\", \"-c\", "
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
                [&seen](const QString &, const QString &s, const QString &d, const QString &r) { seen << s << d << r; });
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
