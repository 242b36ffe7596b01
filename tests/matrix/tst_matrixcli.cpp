// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack matrix`, `check` and `recommend` run as processes: exit codes (0 ok/warning,
// 1 blocked, 2 bad arguments), the JSON they print, and the refusal of unknown versions,
// contradictory flags and profiles from a newer schema.
#include "profilespec.h"
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

Run runDlstack(const QStringList &args)
{
    return dlstack::test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args);
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestMatrixCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeProfile(const QString &name, const QString &spec, int schema = 1)
    {
        QJsonObject o = dlstack::test::profileFromSpec(spec).toJson();
        if (schema != 1)
            o.insert(QStringLiteral("schema"), schema);
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(o).toJson());
        return path;
    }

private slots:
    void matrixLists()
    {
        const Run all = runDlstack({QStringLiteral("matrix"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(json(all.out).value(QStringLiteral("releases")).toArray().size() >= 40);
        const Run one = runDlstack({QStringLiteral("matrix"), QStringLiteral("--torch"), QStringLiteral("2.4")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.out.contains("torch 2.4.1") && one.out.contains("cu124"), one.out.constData());
        QVERIFY(!one.out.contains("torch 2.5.0"));
        const Run unknown = runDlstack({QStringLiteral("matrix"), QStringLiteral("--torch"), QStringLiteral("2.99")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("2.99"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict"); // empty: no JSON expected (bad arguments)
        QTest::addColumn<QString>("finding");
        const QString h100 = QStringLiteral("gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3");
        const QString gtx = QStringLiteral("gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3");
        auto a = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
        QTest::newRow("H100 2.11 cu130 ok") << h100 << a("--torch 2.11.0 --cuda 13.0 --python 3.12") << 0 << "ok"
                                            << "";
        QTest::newRow("default variant") << h100 << a("--torch 2.11") << 0 << "ok"
                                         << "";
        QTest::newRow("1080 Ti 2.9 cu130 blocked") << gtx << a("--torch 2.9.0 --cuda 13.0") << 1 << "blocked"
                                                   << "gpu_arch_not_in_wheels";
        QTest::newRow("warning exits 0") << h100 << a("--torch 2.9.0 --cuda 13.0 --python 3.14t") << 0 << "warning"
                                         << "python_experimental";
        QTest::newRow("source route") << h100 + QStringLiteral(";gcc=14.2.0;cmake=3.30.2;mem=64;cores=16")
                                      << a("--torch 2.5.1 --cuda 12.4 --route source") << 1 << "blocked"
                                      << "host_compiler_too_new";
        const QString arc = QStringLiteral("intel=Arc B580:8086:e20b;ze=loader,gpu;modules=xe;python=3.12.3");
        QTest::newRow("Arc B580 2.9.1 xpu ok") << arc << a("--torch 2.9.1 --xpu") << 0 << "ok"
                                               << "";
        // A profile is another machine: what it lacks is a note there, not a blocker here.
        QTest::newRow("Arc B580 without Level Zero: a note")
            << QStringLiteral("intel=Arc B580:8086:e20b;modules=xe;python=3.12.3") << a("--torch 2.9.1 --xpu") << 0
            << "ok"
            << "no_level_zero";
        QTest::newRow("xpu for an H100's profile: a note") << h100 << a("--torch 2.9.1 --xpu") << 0 << "ok"
                                                           << "no_intel_gpu";
        QTest::newRow("xpu for 2.14.1 blocked") << arc << a("--torch 2.14.1 --xpu") << 1 << "blocked"
                                                << "no_wheel_for_selection";
        QTest::newRow("Arc B580 2.11.0 xpu ok") << arc << a("--torch 2.11.0 --xpu") << 0 << "ok"
                                                << "";
        QTest::newRow("xpu with cuda") << arc << a("--torch 2.12.1 --xpu --cuda 13.0") << 2 << ""
                                       << "";
        QTest::newRow("xpu from source") << arc << a("--torch 2.12.1 --xpu --route source") << 2 << ""
                                         << "";
        QTest::newRow("torch 2.99") << h100 << a("--torch 2.99 --cuda 12.4") << 2 << ""
                                    << "";
        QTest::newRow("cuda 7") << h100 << a("--torch 2.4.1 --cuda 7") << 2 << ""
                                << "";
        QTest::newRow("cuda with cpu") << h100 << a("--torch 2.4.1 --cuda 12.4 --cpu") << 2 << ""
                                       << "";
        QTest::newRow("rocm with cuda") << h100 << a("--torch 2.4.1 --cuda 12.4 --rocm 6.1") << 2 << ""
                                        << "";
        QTest::newRow("no torch") << h100 << a("--cuda 12.4") << 2 << ""
                                  << "";
        QTest::newRow("bad route") << h100 << a("--torch 2.4.1 --cuda 12.4 --route magic") << 2 << ""
                                   << "";
        QTest::newRow("bad python") << h100 << a("--torch 2.4.1 --cuda 12.4 --python three") << 2 << ""
                                    << "";
        QTest::newRow("unknown option") << h100 << a("--torch 2.4.1 --frobnicate") << 2 << ""
                                        << "";
    }

    void check()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QFETCH(QString, finding);
        const QString profile = writeProfile(QStringLiteral("p.json"), spec);
        const Run r = runDlstack(
            QStringList{QStringLiteral("check"), QStringLiteral("--profile"), profile, QStringLiteral("--json")} +
            args);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        if (verdict.isEmpty()) {
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.trimmed().isEmpty());
            return;
        }
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), verdict);
        if (!finding.isEmpty()) {
            bool found = false;
            for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
                found = found || f.toObject().value(QStringLiteral("id")).toString() == finding;
            QVERIFY2(found, r.out.constData());
        }
    }

    void newerProfileSchemaRefused()
    {
        const QString profile = writeProfile(QStringLiteral("future.json"), QStringLiteral("python=3.12.3"), 99);
        const Run r = runDlstack({QStringLiteral("check"), QStringLiteral("--profile"), profile,
                                  QStringLiteral("--torch"), QStringLiteral("2.11.0"), QStringLiteral("--cpu")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("99") || r.err.contains("schema") || r.err.contains("newer"), r.err.constData());
    }

    void malformedProfileRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": 1, \"gpus\": [");
        f.close();
        const Run r = runDlstack({QStringLiteral("check"), QStringLiteral("--profile"), path, QStringLiteral("--torch"),
                                  QStringLiteral("2.11.0"), QStringLiteral("--cpu")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("broken.json"));
    }

    void checkImportedOutput()
    {
        // Real nvidia-smi output of an RTX 5070 (sm_120) on driver 575.
        const QString smi =
            QStringLiteral(DLSTACK_SOURCE_DIR "/tests/fixtures/probe/nvidia-smi/driver-575.64-rtx5070-cuda-na.txt");
        const Run old = runDlstack({QStringLiteral("check"), QStringLiteral("--import"), smi, QStringLiteral("--torch"),
                                    QStringLiteral("2.6.0"), QStringLiteral("--cuda"), QStringLiteral("12.6"),
                                    QStringLiteral("--json")});
        QCOMPARE(old.exitCode, 1);
        QVERIFY(old.out.contains("gpu_arch_not_in_wheels"));
        const Run fits = runDlstack({QStringLiteral("check"), QStringLiteral("--import"), smi,
                                     QStringLiteral("--torch"), QStringLiteral("2.7.0"), QStringLiteral("--cuda"),
                                     QStringLiteral("12.8"), QStringLiteral("--json")});
        QCOMPARE(fits.exitCode, 0);
    }

    void recommend()
    {
        const QString profile = writeProfile(
            QStringLiteral("r.json"), QStringLiteral("gpu=GeForce RTX 5090:12.0;driver=575.64.03;python=3.12.3"));
        const Run r =
            runDlstack({QStringLiteral("recommend"), QStringLiteral("--profile"), profile, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray recs = json(r.out).value(QStringLiteral("recommendations")).toArray();
        QVERIFY(!recs.isEmpty());
        const QJsonObject first = recs.first().toObject();
        QCOMPARE(first.value(QStringLiteral("selection")).toObject().value(QStringLiteral("cuda")).toString(),
                 QStringLiteral("12.8"));
        QVERIFY(!first.value(QStringLiteral("reason")).toString().isEmpty());
        const Run text = runDlstack({QStringLiteral("recommend"), QStringLiteral("--profile"), profile});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("1. torch"));
        const Run bad = runDlstack(
            {QStringLiteral("recommend"), QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(bad.exitCode, 2);
    }

    // A profile JSON with an Intel Arc card (gpus[] vendor intel with its pci_id, gpu_runtimes
    // with both Level Zero libraries) is read back and gets PyTorch's XPU wheels, with the
    // plan command that makes them.
    void recommendXpu()
    {
        const QString profile =
            writeProfile(QStringLiteral("arc.json"),
                         QStringLiteral("intel=Arc B580:8086:e20b;ze=loader,gpu;modules=xe;python=3.12.3"));
        const Run r =
            runDlstack({QStringLiteral("recommend"), QStringLiteral("--profile"), profile, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject first = json(r.out).value(QStringLiteral("recommendations")).toArray().first().toObject();
        const QJsonObject selection = first.value(QStringLiteral("selection")).toObject();
        QCOMPARE(selection.value(QStringLiteral("backend")).toString(), QStringLiteral("xpu"));
        QCOMPARE(selection.value(QStringLiteral("torch")).toString(),
                 QStringLiteral("2.14.0")); // the newest with XPU wheels
        QVERIFY2(first.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Intel Arc B580")),
                 r.out.constData());
        QVERIFY2(first.value(QStringLiteral("plan_command")).toString().contains(QStringLiteral("--xpu")),
                 r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestMatrixCli)
#include "tst_matrixcli.moc"
