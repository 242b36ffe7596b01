// SPDX-License-Identifier: GPL-3.0-or-later
// Python interpreters and environments over fake trees: each interpreter once
// (/usr/bin/python3 -> python3.11 and python3.11 are one; pyenv's shims are skipped and the
// versions they dispatch to listed once, a pyenv-virtualenv env is an environment, not an
// interpreter, a plain pyenv version is no environment unless torch is in it); the
// environments dlstack made are found: the wizard's ~/dlstack/envs/<name>, the CLI's
// ~/dlstack/<stack>/venv, and every venv or conda env a journal there says an install
// created, wherever it lies and after the prefix moved; a folder chosen by hand is read or
// refused with a reason. The journal's path agrees with plan::PrefixLayout.
#include "core/plan/prefixlayout.h"
#include "core/probe/dlstackenvs.h"
#include "core/probe/probes.h"
#include "core/probe/pythonenvinspector.h"
#include "core/probe/replayrunner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;
using dlstack::test::makeExecutable;
using dlstack::test::writeTree;

namespace {

const PythonEnv *envAt(const SystemProfile &p, const QString &path)
{
    for (const PythonEnv &e : p.pythonEnvs)
        if (e.path == path)
            return &e;
    return nullptr;
}

QStringList pythonPaths(const SystemProfile &p)
{
    QStringList out;
    for (const PythonInterpreter &py : p.pythons)
        out << py.path;
    out.sort();
    return out;
}

// A home with pyenv (two versions, a virtualenv linked into versions/), the system's
// python3 -> python3.11 link and python2.7.
void writePyenvMachine(const QString &root)
{
    writeTree(
        root,
        {
            {QStringLiteral("usr/bin/python3.11"), "ELF"},
            {QStringLiteral("usr/bin/python2.7"), "ELF"},
            {QStringLiteral("home/u/.pyenv/shims/python"), "#!/usr/bin/env bash\nexec \"/usr/bin/pyenv\" exec\n"},
            {QStringLiteral("home/u/.pyenv/shims/python3"), "#!/usr/bin/env bash\nexec \"/usr/bin/pyenv\" exec\n"},
            {QStringLiteral("home/u/.pyenv/versions/3.11.7/bin/python"), "ELF"},
            {QStringLiteral("home/u/.pyenv/versions/3.11.7/bin/python3"), "ELF"},
            {QStringLiteral("home/u/.pyenv/versions/3.11.7/lib/python3.11/site-packages/"), {}},
            {QStringLiteral("home/u/.pyenv/versions/3.10.13/bin/python"), "ELF"},
            {QStringLiteral("home/u/.pyenv/versions/3.11.7/envs/proj/pyvenv.cfg"),
             "home = /home/u/.pyenv/versions/3.11.7/bin\nversion = 3.11.7\n"},
            {QStringLiteral("home/u/.pyenv/versions/3.11.7/envs/proj/bin/python"), "ELF"},
        });
    for (const char *exe :
         {"usr/bin/python3.11", "usr/bin/python2.7", "home/u/.pyenv/shims/python", "home/u/.pyenv/shims/python3",
          "home/u/.pyenv/versions/3.11.7/bin/python", "home/u/.pyenv/versions/3.11.7/bin/python3",
          "home/u/.pyenv/versions/3.10.13/bin/python", "home/u/.pyenv/versions/3.11.7/envs/proj/bin/python"})
        makeExecutable(root + u'/' + QLatin1String(exe));
    QFile::link(QStringLiteral("python3.11"), root + QStringLiteral("/usr/bin/python3"));
    QFile::link(QStringLiteral("3.11.7/envs/proj"), root + QStringLiteral("/home/u/.pyenv/versions/proj"));
}

void addVersions(ReplayRunner &runner)
{
    runner.add(QStringLiteral("/usr/bin/python3"), {QStringLiteral("--version")}, "Python 3.11.2\n");
    runner.add(QStringLiteral("/usr/bin/python3.11"), {QStringLiteral("--version")}, "Python 3.11.2\n");
    runner.add(QStringLiteral("/usr/bin/python2.7"), {QStringLiteral("--version")}, {}, 0, "Python 2.7.18\n");
    runner.add(QStringLiteral("/home/u/.pyenv/versions/3.11.7/bin/python"), {QStringLiteral("--version")},
               "Python 3.11.7\n");
    runner.add(QStringLiteral("/home/u/.pyenv/versions/3.10.13/bin/python"), {QStringLiteral("--version")},
               "Python 3.10.13\n");
    runner.add(QStringLiteral("/home/u/.pyenv/versions/proj/bin/python"), {QStringLiteral("--version")},
               "Python 3.11.7\n");
}

ProbeContext pyenvContext(const QString &root, const ReplayRunner &runner)
{
    return ProbeContext(root,
                        {{QStringLiteral("HOME"), QStringLiteral("/home/u")},
                         {QStringLiteral("PATH"), QStringLiteral("/home/u/.pyenv/shims:/usr/bin")}},
                        &runner);
}

} // namespace

class TestPythonFinding : public QObject
{
    Q_OBJECT
private slots:
    void eachInterpreterOnce()
    {
        QTemporaryDir dir;
        writePyenvMachine(dir.path());
        ReplayRunner runner;
        addVersions(runner);
        const SystemProfile p = makePythonProbe()->run(pyenvContext(dir.path(), runner));
        QCOMPARE(pythonPaths(p),
                 (QStringList{QStringLiteral("/home/u/.pyenv/versions/3.10.13/bin/python"),
                              QStringLiteral("/home/u/.pyenv/versions/3.11.7/bin/python"),
                              QStringLiteral("/usr/bin/python2.7"), QStringLiteral("/usr/bin/python3")}));
        QVERIFY(p.problems.isEmpty());
    }

    void pyenvVersionsAreNoEnvironments()
    {
        QTemporaryDir dir;
        writePyenvMachine(dir.path());
        ReplayRunner runner;
        const ProbeContext context = pyenvContext(dir.path(), runner);
        SystemProfile p = makePythonEnvProbe()->run(context);
        QVERIFY(!envAt(p, QStringLiteral("/home/u/.pyenv/versions/3.11.7"))); // an interpreter, listed as one
        QVERIFY(!envAt(p, QStringLiteral("/home/u/.pyenv/versions/3.10.13")));
        const PythonEnv *proj = envAt(p, QStringLiteral("/home/u/.pyenv/versions/proj"));
        QVERIFY(proj);
        QCOMPARE(proj->kind, QStringLiteral("venv"));
        QCOMPARE(proj->pythonVersion, QStringLiteral("3.11.7"));
        // torch installed into the plain version makes it an environment worth showing.
        writeTree(dir.path(), {{QStringLiteral("home/u/.pyenv/versions/3.10.13/lib/python3.10/site-packages/torch/"
                                               "version.py"),
                                "__version__ = '2.5.1+cpu'\n"},
                               {QStringLiteral("home/u/.pyenv/versions/3.10.13/lib/python3.10/site-packages/"
                                               "torch-2.5.1+cpu.dist-info/METADATA"),
                                "Name: torch\nVersion: 2.5.1+cpu\n"}});
        p = makePythonEnvProbe()->run(context);
        QVERIFY(envAt(p, QStringLiteral("/home/u/.pyenv/versions/3.10.13")));
    }

    void environmentsDlstackMade()
    {
        QTemporaryDir dir;
        const QByteArray cfg = "home = /usr/bin\nversion = 3.11.2\n";
        const QString stack = QStringLiteral("home/u/dlstack/torch-2.5.1-cu124");
        // A journal as the engine writes it: a moved prefix (anchor), an env created outside
        // the prefix, a created file that is no env, a torn last line.
        const QByteArray journal =
            "{\"t\":\"plan\",\"name\":\"torch\",\"prefix\":\"/old/place\",\"time\":\"2026-11-30T10:00:00Z\"}\n"
            "{\"t\":\"intent\",\"seq\":1,\"stage\":\"env\",\"step\":0,\"creates\":[\"/old/place/envs2/first\"]}\n"
            "{\"t\":\"done\",\"seq\":1}\n"
            "{\"t\":\"anchor\",\"from\":\"/old/place\",\"to\":\"/home/u/dlstack/torch-2.5.1-cu124\"}\n"
            "{\"t\":\"plan\",\"name\":\"torch\",\"prefix\":\"/home/u/dlstack/torch-2.5.1-cu124\"}\n"
            "{\"t\":\"intent\",\"seq\":2,\"stage\":\"env\",\"step\":0,\"creates\":[\"/data/envs/custom/\"]}\n"
            "{\"t\":\"intent\",\"seq\":3,\"stage\":\"act\",\"step\":0,\"creates\":[\"/home/u/dlstack/"
            "torch-2.5.1-cu124/activate.sh\"]}\n"
            "{\"t\":\"plan\",\"prefix\":\"/srv/dl/other\"}\n"
            "{\"t\":\"intent\",\"seq\":4,\"creat";
        // Another prefix its journal names, outside ~/dlstack.
        const QByteArray other = "{\"t\":\"plan\",\"name\":\"x\",\"prefix\":\"/srv/dl/other\"}\n"
                                 "{\"t\":\"intent\",\"seq\":1,\"creates\":[\"/srv/dl/other/conda-env\"]}\n";
        writeTree(dir.path(), {
                                  {QStringLiteral("home/u/dlstack/envs/torch251/pyvenv.cfg"), cfg}, // the wizard's
                                  {QStringLiteral("home/u/dlstack/envs/notes/readme.txt"), "not an env"},
                                  {stack + QStringLiteral("/venv/pyvenv.cfg"), cfg}, // the CLI's
                                  {stack + QStringLiteral("/envs2/first/pyvenv.cfg"), cfg},
                                  {stack + QStringLiteral("/activate.sh"), "export X=1\n"},
                                  {stack + QStringLiteral("/.dlstack/journal.jsonl"), journal},
                                  {QStringLiteral("data/envs/custom/pyvenv.cfg"), cfg},
                                  {QStringLiteral("srv/dl/other/.dlstack/journal.jsonl"), other},
                                  {QStringLiteral("srv/dl/other/conda-env/conda-meta/python-3.11.9-h_0.json"), "{}"},
                              });
        ReplayRunner runner;
        const ProbeContext context(dir.path(), {{QStringLiteral("HOME"), QStringLiteral("/home/u")}}, &runner);
        QStringList paths;
        for (const DlstackEnv &e : dlstackEnvs(context))
            paths << e.path;
        paths.sort();
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("/data/envs/custom"), QStringLiteral("/home/u/dlstack/envs/torch251"),
                              QStringLiteral("/home/u/dlstack/torch-2.5.1-cu124/envs2/first"),
                              QStringLiteral("/home/u/dlstack/torch-2.5.1-cu124/venv"),
                              QStringLiteral("/srv/dl/other/conda-env")}));
        // The environment probe offers them, each once, with its Python.
        const SystemProfile p = makePythonEnvProbe()->run(context);
        const PythonEnv *wizard = envAt(p, QStringLiteral("/home/u/dlstack/envs/torch251"));
        QVERIFY(wizard);
        QCOMPARE(wizard->kind, QStringLiteral("venv"));
        QCOMPARE(wizard->pythonVersion, QStringLiteral("3.11.2"));
        const PythonEnv *custom = envAt(p, QStringLiteral("/data/envs/custom"));
        QVERIFY(custom);
        QVERIFY2(custom->source.contains(QStringLiteral("journal.jsonl")), qPrintable(custom->source));
        const PythonEnv *conda = envAt(p, QStringLiteral("/srv/dl/other/conda-env"));
        QVERIFY(conda);
        QCOMPARE(conda->kind, QStringLiteral("conda"));
        QCOMPARE(conda->pythonVersion, QStringLiteral("3.11.9"));
        QCOMPARE(p.pythonEnvs.size(), 5);
    }

    void noDlstackFolderNothingFound()
    {
        QTemporaryDir dir;
        ReplayRunner runner;
        const ProbeContext context(dir.path(), {{QStringLiteral("HOME"), QStringLiteral("/home/u")}}, &runner);
        QVERIFY(dlstackEnvs(context).isEmpty());
    }

    void journalPathAgreesWithPrefixLayout()
    {
        QCOMPARE(dlstackJournalPath(QStringLiteral("/home/u/dlstack")),
                 dlstack::plan::PrefixLayout(QStringLiteral("/home/u/dlstack")).journal());
    }

    void chosenFolder()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{QStringLiteral("envs/mine/pyvenv.cfg"), "version = 3.12.3\n"},
                               {QStringLiteral("envs/plain/readme.txt"), "no env"},
                               {QStringLiteral("envs/empty/"), {}}});
        ReplayRunner runner;
        const ProbeContext context(dir.path(), {}, &runner);
        QList<Problem> problems;
        const auto mine = inspectChosenEnv(context, QStringLiteral("/envs/mine"), QStringLiteral("chosen"), problems);
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().kind, QStringLiteral("venv"));
        QCOMPARE(mine.value().pythonVersion, QStringLiteral("3.12.3"));
        const auto plain = inspectChosenEnv(context, QStringLiteral("/envs/plain"), QStringLiteral("chosen"), problems);
        QVERIFY(!plain.ok());
        QVERIFY2(plain.error().summary.contains(QStringLiteral("neither pyvenv.cfg (venv) nor conda-meta")),
                 qPrintable(plain.error().summary));
        const auto empty = inspectChosenEnv(context, QStringLiteral("/envs/empty"), QStringLiteral("chosen"), problems);
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().summary.contains(QStringLiteral("empty or cannot be read")),
                 qPrintable(empty.error().summary));
        const auto missing =
            inspectChosenEnv(context, QStringLiteral("/envs/gone"), QStringLiteral("chosen"), problems);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().summary.contains(QStringLiteral("is not a folder")));
        QVERIFY(!missing.error().remedy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPythonFinding)
#include "tst_pythonfinding.moc"
