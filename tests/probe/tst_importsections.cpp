// SPDX-License-Identifier: GPL-3.0-or-later
// How a paste is cut into outputs: boundary lines (fences, prompts, echoed commands) and the
// tool an echoed command runs, which names the format of a run that printed only an error.
#include "core/probe/importer.h"
#include "core/probe/importsections.h"

#include <QTest>

using namespace dlstack::probe;

class TestImportSections : public QObject
{
    Q_OBJECT

private slots:
    void echoedCommand_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("tool");
        QTest::newRow("dollar") << QStringLiteral("$ nvidia-smi") << QStringLiteral("nvidia-smi");
        QTest::newRow("user@host") << QStringLiteral("(base) user@host:~/src$ nvcc -V") << QStringLiteral("nvcc");
        QTest::newRow("sudo and path") << QStringLiteral("[root@node01 ~]# sudo /opt/rocm/bin/rocminfo")
                                       << QStringLiteral("rocminfo");
        QTest::newRow("powershell exe") << QStringLiteral("PS C:\\Users\\me> nvidia-smi.exe -q")
                                        << QStringLiteral("nvidia-smi");
        QTest::newRow("bold markdown") << QStringLiteral("**$ nvcc --version**") << QStringLiteral("nvcc");
        QTest::newRow("relative") << QStringLiteral("$ ./deviceQuery") << QStringLiteral("deviceQuery");
        QTest::newRow("shell default prompt") << QStringLiteral("ash-4.4# lspci -nnk") << QStringLiteral("lspci");
        QTest::newRow("bash default prompt") << QStringLiteral("bash-5.1$ nvidia-smi") << QStringLiteral("nvidia-smi");
        QTest::newRow("bare command") << QStringLiteral("lspci -vvv -k") << QStringLiteral("lspci");
        QTest::newRow("bare exe") << QStringLiteral("nvidia-smi.exe --query-gpu=name,memory.total --format=csv")
                                  << QStringLiteral("nvidia-smi");
        QTest::newRow("output, not a command")
            << QStringLiteral("gcc version 11.4.0 (Ubuntu 11.4.0-1ubuntu1~22.04)") << QString();
        QTest::newRow("nvcc error") << QStringLiteral("nvcc fatal : Unsupported gpu architecture 'compute_70'")
                                    << QString();
        QTest::newRow("fence") << QStringLiteral("```text") << QString();
        QTest::newRow("table line") << QStringLiteral("| NVIDIA-SMI 550.54.14   Driver Version: 550.54.14 |")
                                    << QString();
    }
    void echoedCommand()
    {
        QFETCH(QString, line);
        QFETCH(QString, tool);
        QCOMPARE(importsections::echoedCommand(line), tool);
        if (!tool.isEmpty())
            QVERIFY(importsections::isBoundary(line));
    }

    void splitAtPromptsAndFences()
    {
        const QString text = QStringLiteral("```\n$ nvcc -V\nCuda compilation tools, release 12.4, V12.4.131\n"
                                            "$ gcc --version\ngcc (GCC) 13.2.0\n```\n");
        const auto sections = importsections::split(text);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections.at(0).firstLine, 2);
        QCOMPARE(sections.at(0).lastLine, 3);
        QVERIFY(sections.at(1).text.contains(QStringLiteral("gcc (GCC) 13.2.0")));
    }

    void aRunThatFailedIsNamedByItsCommand()
    {
        // The tool was run and answered with an error: the result names that tool (the plain
        // format, not its JSON variant) and the error line, and holds no facts.
        const QByteArray text = "$ rocm-smi --showproductname\n"
                                "ERROR:root:Driver not initialized (amdgpu not found in modules)\n";
        const auto outcome = Importer().import(text, QStringLiteral("paste.txt"));
        QCOMPARE(outcome.format, QStringLiteral("rocm-smi"));
        QVERIFY(outcome.profile.gpus.isEmpty());
        bool named = false;
        for (const auto &problem : outcome.profile.problems)
            named = named || (problem.message.contains(QStringLiteral("line 2")) &&
                              problem.message.contains(QStringLiteral("amdgpu not found")));
        QVERIFY2(named, "the error line is a problem entry");
    }

    void aFailedRunWithoutPromptIsNamedToo()
    {
        const QByteArray text = "nvidia-smi -q\n"
                                "Failed to initialize NVML: Driver/library version mismatch\n";
        const auto outcome = Importer().import(text, QStringLiteral("paste.txt"));
        QVERIFY2(outcome.format.startsWith(QStringLiteral("nvidia-smi")), qPrintable(outcome.format));
        QVERIFY(outcome.profile.gpus.isEmpty());
        QVERIFY(!outcome.profile.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportSections)
#include "tst_importsections.moc"
