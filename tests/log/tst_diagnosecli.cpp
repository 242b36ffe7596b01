// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack diagnose` as a user runs it: real binary, real fixture logs, plain, .gz, .xz,
// truncated archives, standard input, --json, --profile, and the documented exit codes.
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

const QString kLog = QStringLiteral("diagnosis/disk_full/");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runDlstack(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString firstFixture(const QString &rule)
{
    return test::fixtureFiles(QStringLiteral("diagnosis/") + rule, QStringLiteral(".log")).value(0);
}

} // namespace

class TestDiagnoseCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"))); }

    void plainJson()
    {
        const QString log = test::fixturePath(firstFixture(QStringLiteral("disk_full")));
        const Run run = runDlstack({QStringLiteral("diagnose"), QStringLiteral("--json"), log});
        QCOMPARE(run.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonObject first = doc.value(QStringLiteral("logs")).toArray().at(0).toObject();
        const QJsonObject top = first.value(QStringLiteral("diagnoses")).toArray().at(0).toObject();
        QCOMPARE(top.value(QStringLiteral("id")).toString(), QStringLiteral("disk_full"));
        QVERIFY(top.value(QStringLiteral("line")).toInt() >= 1);
        QVERIFY(!top.value(QStringLiteral("excerpt")).toArray().isEmpty());
        QVERIFY(!top.value(QStringLiteral("explanation")).toString().isEmpty());
        QVERIFY(!top.value(QStringLiteral("remedy")).toString().isEmpty());
    }

    void textAndProfile()
    {
        QTemporaryDir dir;
        QFile profile(dir.filePath(QStringLiteral("profile.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"schema": 1, "host": {"cpu_cores": 32, "memory_mib": 16384}})");
        profile.close();
        const QString log = test::fixturePath(firstFixture(QStringLiteral("compiler_out_of_memory")));
        const Run run = runDlstack({QStringLiteral("diagnose"), QStringLiteral("--profile"), profile.fileName(), log});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("compiler_out_of_memory"));
        QVERIFY2(!run.out.contains("{max_jobs}"), run.out.constData());
    }

    void compressedStdinAndTruncated()
    {
        QTemporaryDir dir;
        const QString src = test::fixturePath(firstFixture(QStringLiteral("nccl_error")));
        const QString plain = dir.filePath(QStringLiteral("build.log"));
        QVERIFY(QFile::copy(src, plain));
        QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-k"), plain}), 0);
        QCOMPARE(QProcess::execute(QStringLiteral("xz"), {QStringLiteral("-k"), plain}), 0);
        for (const QString &suffix : {QStringLiteral(".gz"), QStringLiteral(".xz")}) {
            const Run run = runDlstack({QStringLiteral("diagnose"), plain + suffix});
            QCOMPARE(run.code, 0);
            QVERIFY(run.out.contains("nccl_error"));
        }
        const Run fromStdin = runDlstack({QStringLiteral("diagnose"), QStringLiteral("-")},
                                         test::readFixture(firstFixture(QStringLiteral("nccl_error"))));
        QCOMPARE(fromStdin.code, 0);
        QVERIFY(fromStdin.out.contains("nccl_error"));

        QFile xz(plain + QStringLiteral(".xz"));
        QVERIFY(xz.open(QIODevice::ReadOnly));
        const QByteArray packed = xz.readAll();
        QFile cut(dir.filePath(QStringLiteral("cut.log.xz")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(packed.left(packed.size() / 2));
        cut.close();
        const Run truncated = runDlstack({QStringLiteral("diagnose"), cut.fileName()});
        QVERIFY(truncated.err.contains("truncated"));
        QVERIFY(truncated.code != 0 || truncated.out.contains("Root cause"));
    }

    void exitCodes()
    {
        const QString nearMiss = test::fixturePath(firstFixture(QStringLiteral("near-miss")));
        QCOMPARE(runDlstack({QStringLiteral("diagnose"), nearMiss}).code, 3);
        QCOMPARE(runDlstack({QStringLiteral("diagnose"), QStringLiteral("/nonexistent/build.log")}).code, 2);
        QCOMPARE(runDlstack({QStringLiteral("diagnose")}).code, 2);
        QCOMPARE(
            runDlstack({QStringLiteral("diagnose"), QStringLiteral("-")}, QByteArray("\x00\x01\x02 binary", 10)).code,
            3);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "tst_diagnosecli.moc"
