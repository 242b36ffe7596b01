// SPDX-License-Identifier: GPL-3.0-or-later
// The verify stage's report read back from its log and said in sentences (Finish shows them):
// the report the stage wrote on the H200 device machine after a real Apex 25.09 build
// (tests/fixtures/device-h100/apex-2026-12-02/install-verify.log, `dlstack install` output
// with "[verify] " prefixes), and reports the real script writes here with Debian's PyTorch.
#include "core/plan/verifyreport.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace dlstack;

namespace {

// resources/scripts/verify_torch.py run by Debian's python3 (python3-torch, CPU) with --expect.
QByteArray runScript(const QByteArray &expect, int *exitCode)
{
    QProcess run;
    run.setProcessChannelMode(QProcess::SeparateChannels);
    run.start(QStringLiteral("/usr/bin/python3"),
              {QStringLiteral(DLSTACK_SOURCE_DIR "/resources/scripts/verify_torch.py"), QStringLiteral("--expect"),
               QString::fromUtf8(expect), QStringLiteral("--no-extension")});
    if (!run.waitForFinished(90000))
        qFatal("verify_torch.py did not finish: %s", qPrintable(run.errorString()));
    *exitCode = run.exitCode();
    return run.readAllStandardOutput();
}

QString joined(const QStringList &lines)
{
    return lines.join(u'\n');
}

} // namespace

class TestVerifyReport : public QObject
{
    Q_OBJECT

private slots:
    void h200ApexReportInSentences()
    {
        const auto report =
            plan::readVerifyReport(test::readFixture(QStringLiteral("device-h100/apex-2026-12-02/install-verify.log")));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toText()));
        const plan::VerifyReport &r = report.value();
        QVERIFY(r.ok);
        QCOMPARE(r.torch, QStringLiteral("2.11.0+cu130"));
        QCOMPARE(r.python, QStringLiteral("3.12.3"));
        QCOMPARE(r.cudaBuild, QStringLiteral("13.0"));
        QVERIFY(r.hipBuild.isEmpty()); // null in the JSON
        QCOMPARE(r.devices, QStringList{QStringLiteral("NVIDIA H200")});
        QCOMPARE(r.matmulOk, QList<bool>{true});
        QCOMPARE(r.cpp, std::optional<bool>(true));
        QCOMPARE(r.cuda, std::optional<bool>(true));
        QCOMPARE(r.apexRef, QStringLiteral("25.09"));
        QCOMPARE(r.apexFusedLayerNorm, std::optional<bool>(true));
        QCOMPARE(r.apexDdp, std::nullopt); // 25.09 has no apex.parallel: the plan did not ask
        QVERIFY(r.problems.isEmpty());

        const QString said = joined(plan::verifySummary(r));
        for (const QString &sentence :
             {QStringLiteral("✓ PyTorch 2.11.0+cu130 imports with Python 3.12.3, built for CUDA 13.0."),
              QStringLiteral("NVIDIA H200"), QStringLiteral("✓ A C++/CUDA extension compiles and runs on the GPU."),
              QStringLiteral("✓ Apex 25.09 imports; its fused layer norm"),
              QStringLiteral("Everything the plan promised was checked and works.")})
            QVERIFY2(said.contains(sentence), qPrintable(said));
        QVERIFY2(!said.contains(u'✗'), qPrintable(said));
        QVERIFY(!said.contains(u'{'));
    }

    void debianTorchPasses()
    {
        int exit = -1;
        const QByteArray out =
            runScript(R"({"backend": "cpu", "torchvision": "0.14.1a0", "torchaudio": "0.13.1"})", &exit);
        QCOMPARE(exit, 0);
        const auto report = plan::readVerifyReport(out);
        QVERIFY2(report.ok(), out.constData());
        QVERIFY(report.value().ok);
        QVERIFY2(report.value().torch.startsWith(QStringLiteral("1.13.")), qPrintable(report.value().torch));
        QVERIFY(report.value().cudaBuild.isEmpty());
        QVERIFY(report.value().devices.isEmpty());
        const QString said = joined(plan::verifySummary(report.value()));
        QVERIFY2(said.contains(QStringLiteral("built for the CPU only")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Imported: torchvision 0.14.1a0, torchaudio 0.13.1.")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("GPU")), qPrintable(said));
    }

    // The same script, told the plan installs another torch and a CUDA build: each problem is a
    // line of its own, marked, and no "everything works".
    void problemsAreSaid()
    {
        int exit = -1;
        const QByteArray out = runScript(R"({"torch": "2.11.0", "backend": "cuda", "gpus": 1})", &exit);
        QCOMPARE(exit, 1);
        // As `dlstack install` prints it: every line behind the stage's prefix, CRLF line ends.
        QByteArray printed;
        for (const QByteArray &line : out.split('\n'))
            printed += "[verify] " + line + "\r\n";
        const auto report = plan::readVerifyReport("== stage verify: Verify the installation\r\n" + printed);
        QVERIFY2(report.ok(), printed.constData());
        QVERIFY(!report.value().ok);
        const QStringList said = plan::verifySummary(report.value());
        const QString text = joined(said);
        QVERIFY2(text.contains(QStringLiteral("✗ torch is 1.13")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("but the plan installs 2.11.0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✗ the plan installs a CUDA build")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✗ torch sees no GPU")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Everything the plan promised")));
    }

    void noReportIsAnError()
    {
        for (const QByteArray &log :
             {QByteArray(),
              QByteArray("== stage verify: Verify the installation\n[verify] ==> run python3 verify.py\n"),
              // cut in the middle of the report
              QByteArray("[verify] {\n[verify]  \"ok\": true,\n[verify]  \"problems\": []\n"),
              // JSON, but not the script's
              QByteArray("{\n \"name\": \"plan\"\n}\n"), QByteArray("{\"ok\": true}\n"),
              QByteArray("\x00\xff{\x00}", 5)}) {
            const auto report = plan::readVerifyReport(log);
            QVERIFY2(!report.ok(), log.constData());
            QVERIFY(!report.error().summary.isEmpty());
        }
        // The last of two reports wins (a verify stage run again after a fix).
        const auto second =
            plan::readVerifyReport("{\"ok\": false, \"problems\": [\"x\"]}\n{\"ok\": true, \"problems\": []}\n");
        QVERIFY(second.ok() && second.value().ok);
    }
};

QTEST_GUILESS_MAIN(TestVerifyReport)
#include "tst_verifyreport.moc"
