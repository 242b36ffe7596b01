// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack detect --replay DIR` of a machine with pyenv (shims on PATH, two versions, a
// pyenv-virtualenv), /usr/bin/python3 -> python3.11, Python 2.7 and an environment the
// wizard made in ~/dlstack/envs: the text lists each interpreter once (pyenv versions were
// listed twice, as interpreters and as "system" environments), 2.7 as "off" with its
// reason, the kernel from /proc/sys/kernel/osrelease, and the wizard's environment.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// DIR/root, DIR/env.json and DIR/commands.json as `detect --save-raw` writes them.
void writeReplay(const QString &dir)
{
    const QString root = dir + QStringLiteral("/root");
    const QByteArray shim = "#!/usr/bin/env bash\nexec \"/usr/bin/pyenv\" exec \"$program\" \"$@\"\n";
    test::writeTree(
        root, {
                  {QStringLiteral("proc/sys/kernel/osrelease"), "6.1.0-18-amd64\n"},
                  {QStringLiteral("usr/bin/python3.11"), "ELF"},
                  {QStringLiteral("usr/bin/python2.7"), "ELF"},
                  {QStringLiteral("home/u/.pyenv/shims/python"), shim},
                  {QStringLiteral("home/u/.pyenv/shims/python3"), shim},
                  {QStringLiteral("home/u/.pyenv/versions/3.11.7/bin/python"), "ELF"},
                  {QStringLiteral("home/u/.pyenv/versions/3.11.7/bin/python3"), "ELF"},
                  {QStringLiteral("home/u/.pyenv/versions/3.10.13/bin/python"), "ELF"},
                  {QStringLiteral("home/u/.pyenv/versions/3.11.7/envs/proj/pyvenv.cfg"),
                   "home = /home/u/.pyenv/versions/3.11.7/bin\nversion = 3.11.7\n"},
                  {QStringLiteral("home/u/.pyenv/versions/3.11.7/envs/proj/bin/python"), "ELF"},
                  {QStringLiteral("home/u/dlstack/envs/torch251/pyvenv.cfg"), "home = /usr/bin\nversion = 3.11.2\n"},
              });
    for (const char *exe :
         {"usr/bin/python3.11", "usr/bin/python2.7", "home/u/.pyenv/shims/python", "home/u/.pyenv/shims/python3",
          "home/u/.pyenv/versions/3.11.7/bin/python", "home/u/.pyenv/versions/3.11.7/bin/python3",
          "home/u/.pyenv/versions/3.10.13/bin/python", "home/u/.pyenv/versions/3.11.7/envs/proj/bin/python"})
        test::makeExecutable(root + u'/' + QLatin1String(exe));
    QVERIFY(QFile::link(QStringLiteral("python3.11"), root + QStringLiteral("/usr/bin/python3")));
    QVERIFY(QFile::link(QStringLiteral("3.11.7/envs/proj"), root + QStringLiteral("/home/u/.pyenv/versions/proj")));
    writeFile(dir + QStringLiteral("/env.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("HOME"), QStringLiteral("/home/u")},
                                        {QStringLiteral("PATH"), QStringLiteral("/home/u/.pyenv/shims:/usr/bin")}})
                  .toJson());
    QJsonArray commands;
    int n = 0;
    const auto add = [&](const QString &program, const QByteArray &out, const QByteArray &err = {}) {
        const QString stem = QStringLiteral("out/%1").arg(n++);
        writeFile(dir + u'/' + stem + QStringLiteral(".out"), out);
        writeFile(dir + u'/' + stem + QStringLiteral(".err"), err);
        commands.append(QJsonObject{{QStringLiteral("program"), program},
                                    {QStringLiteral("args"), QJsonArray{QStringLiteral("--version")}},
                                    {QStringLiteral("status"), QStringLiteral("finished")},
                                    {QStringLiteral("exit_code"), 0},
                                    {QStringLiteral("stdout"), stem + QStringLiteral(".out")},
                                    {QStringLiteral("stderr"), stem + QStringLiteral(".err")}});
    };
    add(QStringLiteral("/usr/bin/python3"), "Python 3.11.2\n");
    add(QStringLiteral("/usr/bin/python3.11"), "Python 3.11.2\n");
    add(QStringLiteral("/usr/bin/python2.7"), {}, "Python 2.7.18\n");
    add(QStringLiteral("/home/u/.pyenv/versions/3.11.7/bin/python"), "Python 3.11.7\n");
    add(QStringLiteral("/home/u/.pyenv/versions/3.10.13/bin/python"), "Python 3.10.13\n");
    add(QStringLiteral("/home/u/.pyenv/versions/proj/bin/python"), "Python 3.11.7\n");
    writeFile(dir + QStringLiteral("/commands.json"), QJsonDocument(commands).toJson());
}

int linesWith(const QStringList &lines, const QString &text)
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(text); }));
}

// Rows whose fact is `fact`: "  <state> <fact padded to 18> <value>".
int rowsOf(const QStringList &lines, const QString &fact)
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [&](const QString &l) { return l.mid(7).startsWith(fact + u' '); }));
}

} // namespace

class TestDetectPythons : public QObject
{
    Q_OBJECT
private slots:
    void eachInterpreterOnce()
    {
        QTemporaryDir dir;
        writeReplay(dir.path());
        const test::ProgramRun run =
            test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                             {QStringLiteral("detect"), QStringLiteral("--replay"), dir.path()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(rowsOf(lines, QStringLiteral("Python 3.11.7")), 1);
        QCOMPARE(rowsOf(lines, QStringLiteral("Python 3.10.13")), 1);
        QCOMPARE(linesWith(lines, QStringLiteral("/home/u/.pyenv/versions/3.11.7")), 1);
        QCOMPARE(linesWith(lines, QStringLiteral("/home/u/.pyenv/versions/3.10.13")), 1);
        QCOMPARE(rowsOf(lines, QStringLiteral("Python 3.11.2")), 1); // python3 and python3.11: one
        QCOMPARE(linesWith(lines, QStringLiteral("/usr/bin/python3.11")), 0);
        QCOMPARE(linesWith(lines, QStringLiteral("/home/u/.pyenv/shims")), 0);
        QCOMPARE(linesWith(lines, QStringLiteral("/home/u/.pyenv/versions/proj")), 1); // the virtualenv, once
        QVERIFY2(linesWith(lines, QStringLiteral("  off  Python 2.7.18")) == 1 &&
                     text.contains(QStringLiteral("Too old for any PyTorch release")),
                 qPrintable(text));
        QVERIFY2(linesWith(lines, QStringLiteral("Kernel             6.1.0-18-amd64")) == 1, qPrintable(text));
        QCOMPARE(linesWith(lines, QStringLiteral("/home/u/dlstack/envs/torch251")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDetectPythons)
#include "tst_detectpythons.moc"
