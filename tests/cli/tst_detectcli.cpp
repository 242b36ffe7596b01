// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack detect` and `dlstack import` run as processes on this machine: the real CUDA
// toolkit is found, raw outputs saved with --save-raw replay to the same profile, and
// unknown input is refused with exit code 2.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = dlstack::test::ProgramRun;

Run runDlstack(const QStringList &args, const QByteArray &input = {})
{
    return dlstack::test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args, input);
}

QJsonObject json(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestDetectCli : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const Run r = runDlstack({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("dlstack "));
    }

    void detectFindsThisMachine()
    {
        const Run r = runDlstack({QStringLiteral("detect"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject p = json(r.out);
        QCOMPARE(p.value(QStringLiteral("schema")).toInt(), 1);
        const QJsonObject host = p.value(QStringLiteral("host")).toObject();
        QVERIFY(!host.value(QStringLiteral("os_id")).toString().isEmpty());
        QVERIFY(host.value(QStringLiteral("cpu_cores")).toInt() >= 1);
        QVERIFY(host.value(QStringLiteral("memory_mib")).toInt() > 100);
        for (const char *key :
             {"gpus", "cuda_toolkits", "cudnn", "compilers", "pythons", "conda", "python_envs", "problems"})
            QVERIFY2(p.value(QLatin1String(key)).isArray(), key);
        QVERIFY(p.value(QStringLiteral("tools")).toObject().contains(QStringLiteral("cmake")));

        // The real toolkit of this machine, when it has one (CI and development machines do).
        if (QDir(QStringLiteral("/usr/local/cuda-13.0")).exists()) {
            bool found = false;
            for (const QJsonValue &v : p.value(QStringLiteral("cuda_toolkits")).toArray()) {
                const QJsonObject t = v.toObject();
                if (t.value(QStringLiteral("path")).toString() == u"/usr/local/cuda-13.0") {
                    found = true;
                    QCOMPARE(t.value(QStringLiteral("version")).toString(), QStringLiteral("13.0"));
                    QCOMPARE(t.value(QStringLiteral("nvcc")).toString(),
                             QStringLiteral("/usr/local/cuda-13.0/bin/nvcc"));
                }
            }
            QVERIFY2(found, r.out.constData());
        }
    }

    void saveRawThenReplayGivesTheSameProfile()
    {
        QTemporaryDir dir;
        const Run saved =
            runDlstack({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--save-raw"), dir.path()});
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("commands.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("root/etc/os-release"))) ||
                QFile::exists(dir.filePath(QStringLiteral("root/usr/lib/os-release"))));
        const Run replayed =
            runDlstack({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--replay"), dir.path()});
        QCOMPARE(replayed.exitCode, 0);
        QJsonObject a = json(saved.out);
        QJsonObject b = json(replayed.out);
        // Paths are host paths in both; only the measured free space may be re-read.
        QCOMPARE(b.value(QStringLiteral("gpus")), a.value(QStringLiteral("gpus")));
        QCOMPARE(b.value(QStringLiteral("cuda_toolkits")), a.value(QStringLiteral("cuda_toolkits")));
        QCOMPARE(b.value(QStringLiteral("compilers")), a.value(QStringLiteral("compilers")));
        QCOMPARE(b.value(QStringLiteral("tools")), a.value(QStringLiteral("tools")));
        QCOMPARE(b.value(QStringLiteral("pythons")), a.value(QStringLiteral("pythons")));
        QCOMPARE(b.value(QStringLiteral("python_envs")), a.value(QStringLiteral("python_envs")));
        QCOMPARE(b.value(QStringLiteral("host")), a.value(QStringLiteral("host")));
    }

    void replayOfAMissingDirectoryIsAnError()
    {
        const Run r =
            runDlstack({QStringLiteral("detect"), QStringLiteral("--replay"), QStringLiteral("/nonexistent/dlstack")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not a saved detection"));
    }

    void importKnownAndUnknownText()
    {
        const Run ok = runDlstack({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("-")},
                                  "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n");
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(json(ok.out).value(QStringLiteral("host")).toObject().value(QStringLiteral("os_id")).toString(),
                 QStringLiteral("debian"));
        const Run unknown =
            runDlstack({QStringLiteral("import"), QStringLiteral("-")}, "hello world\nthis is no tool output\n");
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("not a format"));
        const Run binary = runDlstack({QStringLiteral("import"), QStringLiteral("-")},
                                      QByteArray("\x00\x01\x02\x7f\xff", 5).repeated(100));
        QCOMPARE(binary.exitCode, 2);
        const Run missing = runDlstack({QStringLiteral("import"), QStringLiteral("/nonexistent/file.txt")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("cannot be read"));
    }

    void badArguments()
    {
        QCOMPARE(runDlstack({QStringLiteral("detect"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(runDlstack({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runDlstack({}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDetectCli)
#include "tst_detectcli.moc"
