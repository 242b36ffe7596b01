// SPDX-License-Identifier: GPL-3.0-or-later
// missingToolPatterns: each way a shell, a build script or a runtime says that a program is not
// there matches for that program and for no other (g++ is not g, nvcc is not nvcc-wrapper).
#include "core/log/missingtool.h"

#include <QRegularExpression>
#include <QTest>

using namespace dlstack::log;

namespace {

bool anyMatches(const QString &tool, const QString &line)
{
    for (const QString &pattern : missingToolPatterns(tool)) {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid())
            qFatal("invalid pattern for %s: %s", qPrintable(tool), qPrintable(pattern));
        if (re.match(line).hasMatch())
            return true;
    }
    return false;
}

} // namespace

class TestMissingTool : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nvcc") << QStringLiteral("nvcc") << true;
        QTest::newRow("g++") << QStringLiteral("g++") << true;
        QTest::newRow("python3.11") << QStringLiteral("python3.11") << true;
        QTest::newRow("x86_64-linux-gnu-gcc") << QStringLiteral("x86_64-linux-gnu-gcc") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << QStringLiteral("-nvcc") << false;
        QTest::newRow("space") << QStringLiteral("nv cc") << false;
        QTest::newRow("regex") << QStringLiteral("nvcc|ninja") << false;
        QTest::newRow("path") << QStringLiteral("bin/nvcc") << false;
    }

    void names()
    {
        QFETCH(QString, tool);
        QFETCH(bool, valid);
        QCOMPARE(validToolName(tool), valid);
    }

    void wordings_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("matches");
        const QString nvcc = QStringLiteral("nvcc");
        // Said by the shells
        QTest::newRow("dash") << nvcc << QStringLiteral("sh: 1: nvcc: not found") << true;
        QTest::newRow("bash") << nvcc << QStringLiteral("bash: nvcc: command not found") << true;
        QTest::newRow("zsh") << nvcc << QStringLiteral("zsh: command not found: nvcc") << true;
        QTest::newRow("cmd") << nvcc << QStringLiteral("'nvcc' is not recognized as an internal or external command,")
                             << true;
        QTest::newRow("powershell") << nvcc
                                    << QStringLiteral(
                                           "nvcc : The term 'nvcc' is not recognized as the name of a cmdlet, function")
                                    << true;
        QTest::newRow("which") << nvcc << QStringLiteral("which: no nvcc in (/usr/local/bin:/usr/bin)") << true;
        // Said by runtimes and build scripts
        QTest::newRow("python") << nvcc
                                << QStringLiteral("FileNotFoundError: [Errno 2] No such file or directory: "
                                                  "'/usr/local/cuda/bin/nvcc'")
                                << true;
        QTest::newRow("distutils") << QStringLiteral("gcc")
                                   << QStringLiteral("error: command 'gcc' failed: unable to execute 'gcc': "
                                                     "No such file or directory")
                                   << true;
        QTest::newRow("exec path") << nvcc
                                   << QStringLiteral("/bin/sh: /usr/local/cuda/bin/nvcc: No such file or directory")
                                   << true;
        QTest::newRow("was not found") << nvcc << QStringLiteral("RuntimeError: nvcc was not found.") << true;
        QTest::newRow("is not installed")
            << QStringLiteral("ninja") << QStringLiteral("RuntimeError: 'ninja' is not installed") << true;
        QTest::newRow("could not find") << nvcc << QStringLiteral("Could not find nvcc, please set CUDAToolkit_ROOT.")
                                        << true;
        QTest::newRow("failed to find the compiler")
            << nvcc << QStringLiteral("Failed to find the compiler nvcc") << true;
        QTest::newRow("not in PATH") << nvcc << QStringLiteral("Error: nvcc is not in your PATH") << true;
        QTest::newRow("exe") << nvcc << QStringLiteral("nvcc.exe: not found") << true;
        QTest::newRow("node") << QStringLiteral("git") << QStringLiteral("Error: spawn git ENOENT") << true;
        QTest::newRow("case") << nvcc << QStringLiteral("NVCC WAS NOT FOUND") << true;
        // Another program, or not a missing program at all
        QTest::newRow("g is not g++") << QStringLiteral("g") << QStringLiteral("bash: g++: command not found") << false;
        QTest::newRow("gcc is not x86_64-linux-gnu-gcc")
            << QStringLiteral("gcc") << QStringLiteral("could not find x86_64-linux-gnu-gcc-12") << false;
        QTest::newRow("longer name") << nvcc << QStringLiteral("nvcc-wrapper was not found") << false;
        QTest::newRow("prefix") << nvcc << QStringLiteral("could not find nvcc_plugin.so") << false;
        QTest::newRow("found") << nvcc << QStringLiteral("-- Found CUDA: /usr/local/cuda (found version \"12.4\")")
                               << false;
        QTest::newRow("source file") << nvcc << QStringLiteral("fatal error: nvcc.h: No such file or directory")
                                     << false;
        QTest::newRow("mentions") << nvcc << QStringLiteral("Using nvcc from /usr/local/cuda/bin") << false;
    }

    void wordings()
    {
        QFETCH(QString, tool);
        QFETCH(QString, line);
        QFETCH(bool, matches);
        QCOMPARE(anyMatches(tool, line), matches);
    }

    void toolIsEscaped()
    {
        // `.` and `+` in a name are the characters themselves.
        QVERIFY(anyMatches(QStringLiteral("python3.11"), QStringLiteral("bash: python3.11: command not found")));
        QVERIFY(!anyMatches(QStringLiteral("python3.11"), QStringLiteral("bash: python3x11: command not found")));
        QVERIFY(anyMatches(QStringLiteral("g++"), QStringLiteral("bash: g++: command not found")));
        QVERIFY(!anyMatches(QStringLiteral("g++"), QStringLiteral("bash: ggg: command not found")));
    }
};

QTEST_GUILESS_MAIN(TestMissingTool)
#include "tst_missingtool.moc"
