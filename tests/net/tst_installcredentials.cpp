// SPDX-License-Identifier: GPL-3.0-or-later
// The real `dlstack install` with secrets in a plan, against the local HTTP server: a URL
// `http://user:pass@127.0.0.1:PORT/f.bin?token=abc` is refused over plain http without
// --allow-insecure-auth (no request made), fetched with it (Basic credential sent), and
// neither "pass" nor "abc" appears as a word in stdout, stderr, --dry-run, `status`, or any
// file under the prefix's .dlstack/ (journal, stage logs, events). A locked keyring stops the install
// before the prefix exists; a FIFO as a file:// source ends the install at once.
#include "core/support/sha256.h"
#include "tests/net/httptestserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using dlstack::test::HttpRoute;
using dlstack::test::HttpTestServer;
using dlstack::test::ProgramRun;

namespace {

ProgramRun runDlstack(const QStringList &args, const QMap<QString, QString> &env = {})
{
    return dlstack::test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args, {}, 60000, env);
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray downloadPlan(const QString &prefix, const QByteArray &url, const QByteArray &sha, const QByteArray &extra)
{
    return "{\"schema\": 1, \"name\": \"credentials\", \"prefix\": \"" + prefix.toUtf8() +
           "\", \"stages\": [{\"id\": \"fetch\", \"steps\": [{\"kind\": \"download\", \"url\": \"" + url +
           "\", \"sha256\": \"" + sha + "\", \"to\": \"dl/f.bin\"" + extra + "}]}]}";
}

// Every file below dir, "path: content" for the message when a secret turns up.
QList<QPair<QString, QByteArray>> filesBelow(const QString &dir)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        files.append({path, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray()});
    }
    return files;
}

} // namespace

class TstInstallCredentials : public QObject
{
    Q_OBJECT

private slots:
    void urlSecretsNeverWritten()
    {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/dlstack-cred-XXXXXX"));
        // The words looked for must not be in the path or the checksum for another reason.
        QVERIFY(!dir.path().contains(QStringLiteral("abc")) && !dir.path().contains(QStringLiteral("pass")));
        QByteArray body = "payload\n";
        while (dlstack::support::Sha256::hash(body).toHex().contains("abc"))
            body += 'x';
        const QByteArray sha = dlstack::support::Sha256::hash(body).toHex();
        HttpTestServer server;
        server.setRoute("/f.bin?token=abc", HttpRoute{body});
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        const QByteArray url = "http://user:pass@127.0.0.1:" + QByteArray::number(server.port()) + "/f.bin?token=abc";
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        // The run step prints the URL: program output is redacted too.
        write(planFile, downloadPlan(prefix, url, sha,
                                     ", \"allow_insecure_auth\": true}, {\"kind\": \"run\", \"argv\": [\"sh\", \"-c\", "
                                     "\"echo fetched from $0\", \"" +
                                         url + "\"]"));
        const QString events = prefix + QStringLiteral("/.dlstack/events.jsonl");
        QList<ProgramRun> runs;

        const ProgramRun refused = runDlstack({QStringLiteral("install"), planFile, QStringLiteral("--yes")});
        runs << refused;
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--allow-insecure-auth"), refused.err.constData());
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(!QFileInfo::exists(prefix));

        runs << runDlstack({QStringLiteral("install"), planFile, QStringLiteral("--dry-run")});
        QCOMPARE(runs.last().exitCode, 0);
        QVERIFY2(runs.last().out.contains("http://***@127.0.0.1:"), runs.last().out.constData());

        const ProgramRun installed =
            runDlstack({QStringLiteral("install"), planFile, QStringLiteral("--yes"),
                        QStringLiteral("--allow-insecure-auth"), QStringLiteral("--events"), events});
        runs << installed;
        QVERIFY2(installed.exitCode == 0, (installed.out + installed.err).constData());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().authorization, "Basic " + QByteArray("user:pass").toBase64());
        QFile got(prefix + QStringLiteral("/dl/f.bin"));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), body);
        runs << runDlstack({QStringLiteral("status"), QStringLiteral("--prefix"), prefix});
        QCOMPARE(runs.last().exitCode, 0);

        QByteArray everything;
        for (const ProgramRun &run : runs)
            everything += run.out + run.err;
        QVERIFY2(everything.contains("fetched from http://***@127.0.0.1:"), everything.constData());
        const auto files = filesBelow(prefix + QStringLiteral("/.dlstack"));
        QVERIFY(files.size() >= 3); // journal, a stage log, events
        QVERIFY(QFileInfo::exists(events));
        for (const auto &[path, content] : files)
            everything += "\n== " + path.toUtf8() + "\n" + content;
        // As words: "password" in a message is fine, the value "pass" is not.
        const QString text = QString::fromUtf8(everything);
        for (const QString secret : {QStringLiteral("pass"), QStringLiteral("abc")}) {
            const auto match =
                QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])").arg(secret)).match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(secret + QStringLiteral(" found: ...") +
                                                   text.mid(std::max<qsizetype>(0, match.capturedStart() - 300), 400)));
        }
    }

    // Nothing is created, not even the prefix, when the keyring cannot be read.
    void lockedKeyringStopsBeforeAnything()
    {
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        write(planFile, downloadPlan(prefix, "https://127.0.0.1:1/f.bin", QByteArray(64, '0'),
                                     ", \"credential\": \"private-index\""));
        const ProgramRun run = runDlstack(
            {QStringLiteral("install"), planFile, QStringLiteral("--yes")},
            {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/dlstack-test-bus")}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("keyring is not available"), run.err.constData());
        QVERIFY2(run.err.contains("private-index"), run.err.constData());
        QVERIFY(!QFileInfo::exists(prefix));
    }

    // A FIFO with no writer as the source used to block open() past SIGTERM; now the
    // download is refused at once and the install ends.
    void fifoSourceEndsAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        write(planFile, downloadPlan(dir.filePath(QStringLiteral("prefix")), "file://" + fifo.toUtf8(),
                                     QByteArray(64, '0'), QByteArray()));
        QElapsedTimer clock;
        clock.start();
        const ProgramRun run = runDlstack({QStringLiteral("install"), planFile, QStringLiteral("--yes")});
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("named pipe"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstInstallCredentials)
#include "tst_installcredentials.moc"
