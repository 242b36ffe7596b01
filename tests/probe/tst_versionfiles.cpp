// SPDX-License-Identifier: GPL-3.0-or-later
// Versions read from files instead of starting programs, on real layouts: Python
// interpreters from their installation's patchlevel.h (a real `python3 -m venv`, the pyenv
// installs of this machine, each compared with what the interpreter itself prints) and the
// fallback to `--version` where the files say nothing (a real `python3 -m venv --copies`);
// pip's cmake from its dist-info (the files of a real venv, tests/fixtures/probe/pip-tools).
#include "core/probe/probes.h"
#include "core/probe/pythonenvparsers.h"
#include "core/probe/pythonversionfile.h"
#include "core/probe/replayrunner.h"
#include "core/probe/toolparsers.h"
#include "core/support/processrunner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;

namespace {

// What the interpreter says about itself: the reference every file-based answer must equal.
QString versionByRunning(const QString &python)
{
    QProcess process;
    process.start(python, {QStringLiteral("--version")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return toolparsers::parsePythonVersion(
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
}

bool makeVenv(const QString &dir, const QStringList &extra = {})
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip")} + extra +
                      QStringList{dir});
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

const PythonInterpreter *pythonAt(const SystemProfile &p, const QString &path)
{
    for (const PythonInterpreter &python : p.pythons) {
        if (python.path == path)
            return &python;
    }
    return nullptr;
}

// The header a CPython install at `prefix` keeps for its binary pythonX.Y.
QString headerOf(const QString &prefix, const QString &majorMinor)
{
    const QDir include(prefix + QStringLiteral("/include"));
    for (const QString &dir : include.entryList({QStringLiteral("python") + majorMinor + u'*'}, QDir::Dirs)) {
        const QString header = include.filePath(dir + QStringLiteral("/patchlevel.h"));
        if (QFileInfo::exists(header))
            return header;
    }
    return {};
}

} // namespace

class TestVersionFiles : public QObject
{
    Q_OBJECT
private slots:
    void patchlevelLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("minor");
        // CPython's own lines: 3.x pads with spaces, 2.7 with a tab; a release candidate keeps its tag.
        QTest::newRow("3.11") << QStringLiteral(
                                     "#define PY_MAJOR_VERSION        3\n#define PY_MINOR_VERSION        11\n"
                                     "/* Version as a string */\n#define PY_VERSION              \"3.11.2\"\n")
                              << QStringLiteral("3.11.2") << 11;
        QTest::newRow("2.7 tab") << QStringLiteral("#define PY_MAJOR_VERSION\t2\n#define PY_MINOR_VERSION\t7\n"
                                                   "#define PY_VERSION      \t\"2.7.18\"\n")
                                 << QStringLiteral("2.7.18") << 7;
        QTest::newRow("rc") << QStringLiteral("#define PY_MINOR_VERSION        13\n#define PY_VERSION              "
                                              "\"3.13.0rc1\"\n")
                            << QStringLiteral("3.13.0rc1") << 13;
        QTest::newRow("no version") << QStringLiteral("#define PY_MINOR_VERSION 12\n") << QString() << 12;
        QTest::newRow("not a header") << QStringLiteral("PY_VERSION = \"3.12.1\"\n") << QString() << -1;
    }

    void patchlevelLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, version);
        QFETCH(int, minor);
        const auto level = pythonenvparsers::parsePatchlevelH(text);
        QCOMPARE(level.version, version);
        QCOMPARE(level.minor, minor);
    }

    // `python3 -m venv` links bin/python3 to the base interpreter: the base's header answers.
    void realVenvReadsTheBaseHeader()
    {
        QTemporaryDir dir;
        const QString venv = dir.path() + QStringLiteral("/v");
        QVERIFY(makeVenv(venv));
        const QString python = venv + QStringLiteral("/bin/python3");
        const QString expected = versionByRunning(python);
        QVERIFY(!expected.isEmpty());
        const QString real = QFileInfo(python).canonicalFilePath(); // /usr/bin/python3.11
        const QString prefix = QFileInfo(real).dir().absolutePath().chopped(4);
        const QString header = headerOf(prefix, expected.section(u'.', 0, 1));

        const dlstack::support::ProcessRunner runner;
        const ProbeContext context(QStringLiteral("/"), {}, &runner);
        const auto fromFiles = interpreterVersionFromFiles(context, python);
        if (header.isEmpty()) { // no libpythonX.Y-dev here: nothing to read, the caller starts python
            QVERIFY(!fromFiles);
            return;
        }
        QVERIFY(fromFiles);
        QCOMPARE(fromFiles->source, header);
        QCOMPARE(toolparsers::parsePythonVersion(QStringLiteral("Python ") + fromFiles->version), expected);
    }

    // A venv with --copies has its own binary and no headers: the files say nothing.
    void copiedVenvFallsBackToRunning()
    {
        QTemporaryDir dir;
        const QString venv = dir.path() + QStringLiteral("/c");
        QVERIFY(makeVenv(venv, {QStringLiteral("--copies")}));
        const QString python = venv + QStringLiteral("/bin/python3");
        QVERIFY(!QFileInfo(python).isSymLink());
        const dlstack::support::ProcessRunner runner;
        const ProbeContext host(QStringLiteral("/"), {}, &runner);
        QVERIFY(!interpreterVersionFromFiles(host, python));

        const ProbeContext context(QStringLiteral("/"), {{QStringLiteral("PATH"), venv + QStringLiteral("/bin")}},
                                   &runner);
        const SystemProfile p = makePythonProbe()->run(context);
        const PythonInterpreter *found = pythonAt(p, python);
        QVERIFY(found);
        QCOMPARE(found->version, versionByRunning(python));
        QCOMPARE(found->source, python + QStringLiteral(" --version"));
        QVERIFY(p.problems.isEmpty());
    }

    // Both venvs on one PATH: one answered from files, one by running it, same versions as running both.
    void probeMixesFilesAndRunning()
    {
        QTemporaryDir dir;
        const QString linked = dir.path() + QStringLiteral("/l");
        const QString copied = dir.path() + QStringLiteral("/c");
        QVERIFY(makeVenv(linked));
        QVERIFY(makeVenv(copied, {QStringLiteral("--copies")}));
        const dlstack::support::ProcessRunner runner;
        const ProbeContext context(
            QStringLiteral("/"),
            {{QStringLiteral("PATH"), linked + QStringLiteral("/bin:") + copied + QStringLiteral("/bin")}}, &runner);
        const SystemProfile p = makePythonProbe()->run(context);
        for (const QString &python :
             {linked + QStringLiteral("/bin/python3"), copied + QStringLiteral("/bin/python3")}) {
            const PythonInterpreter *found = pythonAt(p, python);
            QVERIFY2(found, qPrintable(python));
            QCOMPARE(found->version, versionByRunning(python));
        }
        QCOMPARE(pythonAt(p, copied + QStringLiteral("/bin/python3"))->source,
                 copied + QStringLiteral("/bin/python3 --version"));
        if (interpreterVersionFromFiles(context, linked + QStringLiteral("/bin/python3")))
            QVERIFY(
                pythonAt(p, linked + QStringLiteral("/bin/python3"))->source.endsWith(QStringLiteral("/patchlevel.h")));
    }

    // Every pyenv install here: bin/python -> python3.X (3.7: a hard link beside python3.7m,
    // headers in include/python3.7m; 2.7: include/python2.7), against the interpreter's own answer.
    void realPyenvInstalls()
    {
        QString root = qEnvironmentVariable("PYENV_ROOT");
        if (root.isEmpty())
            root = QDir::homePath() + QStringLiteral("/.pyenv");
        const QStringList versions =
            QDir(root + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (versions.isEmpty())
            QSKIP("no pyenv installs on this machine");
        const dlstack::support::ProcessRunner runner;
        const ProbeContext context(QStringLiteral("/"), {}, &runner);
        int read = 0;
        for (const QString &version : versions) {
            const QString python = root + QStringLiteral("/versions/") + version + QStringLiteral("/bin/python");
            if (!QFileInfo(python).isExecutable())
                continue;
            const QString expected = versionByRunning(python);
            const auto fromFiles = interpreterVersionFromFiles(context, python);
            if (!fromFiles) {
                qInfo() << python << "has no patchlevel.h to read; detection starts it";
                continue;
            }
            QCOMPARE(toolparsers::parsePythonVersion(QStringLiteral("Python ") + fromFiles->version), expected);
            ++read;
        }
        qInfo() << read << "of" << versions.size() << "pyenv installs read from files";
        QVERIFY(read > 0);
    }

    // A header of another minor version beside the binary is not believed.
    void headerOfAnotherVersionIsNotBelieved()
    {
        QTemporaryDir dir;
        dlstack::test::writeTree(dir.path(), {{QStringLiteral("opt/py/bin/python3.12"), "ELF"},
                                              {QStringLiteral("opt/py/include/python3.12/patchlevel.h"),
                                               "#define PY_MAJOR_VERSION        3\n#define PY_MINOR_VERSION        11\n"
                                               "#define PY_VERSION              \"3.11.9\"\n"},
                                              {QStringLiteral("opt/ok/bin/python3.12"), "ELF"},
                                              {QStringLiteral("opt/ok/include/python3.12/patchlevel.h"),
                                               "#define PY_MAJOR_VERSION        3\n#define PY_MINOR_VERSION        12\n"
                                               "#define PY_VERSION              \"3.12.1\"\n"}});
        const ReplayRunner runner;
        const ProbeContext context(dir.path(), {}, &runner);
        QVERIFY(!interpreterVersionFromFiles(context, QStringLiteral("/opt/py/bin/python3.12")));
        const auto ok = interpreterVersionFromFiles(context, QStringLiteral("/opt/ok/bin/python3.12"));
        QVERIFY(ok);
        QCOMPARE(ok->version, QStringLiteral("3.12.1"));
        QCOMPARE(ok->source, QStringLiteral("/opt/ok/include/python3.12/patchlevel.h"));
    }

    // pip's cmake is a Python console script; its version comes from the wheel's dist-info
    // without starting Python (no recording: a started cmake would give no version and a problem).
    void pipCmakeFromRealDistInfo()
    {
        const QString root = dlstack::test::fixturePath(QStringLiteral("probe/pip-tools/h200-opt-torch-venv"));
        const ReplayRunner runner;
        const ProbeContext context(root, {{QStringLiteral("PATH"), QStringLiteral("/opt/torch/.venv/bin")}}, &runner);
        const SystemProfile p = makeToolProbe()->run(context);
        const auto cmake = p.tools.value(QStringLiteral("cmake"));
        QVERIFY(cmake);
        QCOMPARE(cmake->version, QStringLiteral("4.4.3"));
        QCOMPARE(cmake->path, QStringLiteral("/opt/torch/.venv/bin/cmake"));
        QCOMPARE(cmake->source, QStringLiteral("/opt/torch/.venv/lib/python3.12/site-packages/cmake-4.4.3.dist-info"));
        QVERIFY(!p.tools.value(QStringLiteral("ninja"))); // the wheel's ninja is a native binary, not kept here
        QVERIFY(p.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVersionFiles)
#include "tst_versionfiles.moc"
