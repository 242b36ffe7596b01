// SPDX-License-Identifier: GPL-3.0-or-later
// torch found however it was installed: Debian's python3-torch in the system Python (when
// this machine has it), and real environments made here by python3 -m venv with a tiny
// package named torch installed by pip -e (PEP 660 finder), pip -e of a setup.py-only
// project (setup.py develop: egg-link), and `setup.py install` (an egg). Conda's package is
// read from real pytorch build strings. Versions with local parts are kept whole.
#include "core/probe/probes.h"
#include "core/probe/torchinstall.h"
#include "core/support/processrunner.h"
#include "core/support/version.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;
using dlstack::test::writeTree;

namespace {

const QString kSystemPython = QStringLiteral("/usr/bin/python3");

const PythonEnv *envAt(const SystemProfile &p, const QString &path)
{
    for (const PythonEnv &e : p.pythonEnvs) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

// Runs a program in `cwd`; returns its combined output, failing the test when it fails.
bool runIn(const QString &cwd, const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(cwd);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PIP_NO_INDEX"), QStringLiteral("1"));
    env.insert(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(120000))
        return false;
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << args.join(u' ') << "failed:" << QString::fromLocal8Bit(out).right(2000);
        return false;
    }
    return true;
}

// A source tree of a package named torch, as a PyTorch checkout has it after a build:
// torch/version.py with the CUDA it was built with.
void writeTorchProject(const QString &dir, bool pyproject, bool zipSafe)
{
    QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("setup.py"),
         QByteArray("from setuptools import setup\nsetup(name='torch', version='2.7.0a0+ecf3bae', "
                    "packages=['torch'], zip_safe=") +
             (zipSafe ? "True" : "False") + ")\n"},
        {QStringLiteral("torch/__init__.py"), ""},
        {QStringLiteral("torch/version.py"),
         "__version__ = '2.7.0a0+ecf3bae'\ndebug = False\ncuda = '12.4'\ngit_version = 'ecf3bae'\nhip = None\n"},
    };
    if (pyproject)
        files.append({QStringLiteral("pyproject.toml"),
                      "[build-system]\nrequires = [\"setuptools>=64\"]\nbuild-backend = \"setuptools.build_meta\"\n"});
    writeTree(dir, files);
}

bool canBuildVenvs()
{
    if (!QFileInfo(kSystemPython).isExecutable())
        return false;
    QByteArray out;
    // Offline: setuptools, wheel and pip must come from the system Python (Debian's packages).
    return runIn(QDir::tempPath(), kSystemPython,
                 {QStringLiteral("-c"), QStringLiteral("import setuptools, wheel, pip, venv")}, &out);
}

SystemProfile probeEnv(const QString &venv)
{
    static const dlstack::support::ProcessRunner runner;
    ProbeContext context(QStringLiteral("/"), {{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")}}, &runner);
    context.setExtraEnvPaths({venv});
    return makePythonEnvProbe()->run(context);
}

} // namespace

class TestTorchInstall : public QObject
{
    Q_OBJECT
private slots:
    void debianPackageInSystemPython()
    {
        const QDir site(QStringLiteral("/usr/lib/python3/dist-packages"));
        const QStringList eggInfo = site.entryList({QStringLiteral("torch-*.egg-info")}, QDir::Dirs);
        if (eggInfo.isEmpty())
            QSKIP("python3-torch is not installed here (apt-get install python3-torch)");
        const QString expected = eggInfo.first().chopped(9).mid(6); // torch-<version>.egg-info
        const dlstack::support::ProcessRunner runner;
        const SystemProfile p = makePythonEnvProbe()->run(ProbeContext::forHost(&runner));
        const PythonEnv *env = envAt(p, QStringLiteral("/usr"));
        QVERIFY(env);
        QCOMPARE(env->kind, QStringLiteral("system"));
        QCOMPARE(env->packages.value(QStringLiteral("torch")), expected); // "1.13.0a0+gitunknown", whole
        QCOMPARE(env->torchInstall, TorchInstallKind::Distro);
        QCOMPARE(env->torchLocation, site.path() + QStringLiteral("/torch"));
        QVERIFY(env->torchCuda.isEmpty()); // Debian builds it for the CPU: version.py says cuda = None
        QVERIFY(!env->pythonVersion.isEmpty());
        if (!site.entryList({QStringLiteral("torchvision-*.egg-info")}, QDir::Dirs).isEmpty())
            QVERIFY(!env->packages.value(QStringLiteral("torchvision")).isEmpty());
        QVERIFY(dlstack::support::isPreRelease(expected));
        qInfo() << "system torch" << env->packages.value(QStringLiteral("torch")) << "torchvision"
                << env->packages.value(QStringLiteral("torchvision")) << "python" << env->pythonVersion;
    }

    void editablePep660Finder()
    {
        if (!canBuildVenvs())
            QSKIP("no offline setuptools/wheel/pip for /usr/bin/python3");
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("pytorch"));
        writeTorchProject(src, true, false);
        const QString venv = dir.filePath(QStringLiteral("venv"));
        QVERIFY(runIn(dir.path(), kSystemPython,
                      {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"),
                       QStringLiteral("--system-site-packages"), venv}));
        QVERIFY(
            runIn(src, venv + QStringLiteral("/bin/python"),
                  {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install"), QStringLiteral("-q"),
                   QStringLiteral("--no-index"), QStringLiteral("--no-build-isolation"), QStringLiteral("-e"), src}));
        const SystemProfile p = probeEnv(venv);
        const PythonEnv *env = envAt(p, venv);
        QVERIFY(env);
        QCOMPARE(env->kind, QStringLiteral("venv"));
        QCOMPARE(env->torchInstall, TorchInstallKind::Editable);
        QCOMPARE(env->packages.value(QStringLiteral("torch")), QStringLiteral("2.7.0a0+ecf3bae"));
        QCOMPARE(env->torchLocation, src + QStringLiteral("/torch"));
        QCOMPARE(env->torchCuda, QStringLiteral("12.4")); // read from the source tree's version.py
        QVERIFY2(env->source.contains(QStringLiteral("_finder.py")), qPrintable(env->source));
    }

    void setupPyDevelopEggLink()
    {
        if (!canBuildVenvs())
            QSKIP("no offline setuptools/wheel/pip for /usr/bin/python3");
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("pytorch"));
        writeTorchProject(src, false, false);
        const QString venv = dir.filePath(QStringLiteral("venv"));
        QVERIFY(runIn(dir.path(), kSystemPython,
                      {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"),
                       QStringLiteral("--system-site-packages"), venv}));
        QVERIFY(runIn(src, venv + QStringLiteral("/bin/python"),
                      {QStringLiteral("setup.py"), QStringLiteral("-q"), QStringLiteral("develop")}));
        const SystemProfile p = probeEnv(venv);
        const PythonEnv *env = envAt(p, venv);
        QVERIFY(env);
        QCOMPARE(env->torchInstall, TorchInstallKind::Develop);
        QCOMPARE(env->packages.value(QStringLiteral("torch")), QStringLiteral("2.7.0a0+ecf3bae"));
        QCOMPARE(env->torchLocation, src + QStringLiteral("/torch"));
        QCOMPARE(env->torchCuda, QStringLiteral("12.4"));
        QVERIFY2(env->source.contains(QStringLiteral("torch.egg-link")), qPrintable(env->source));
    }

    void setupPyInstallEgg()
    {
        if (!canBuildVenvs())
            QSKIP("no offline setuptools/wheel/pip for /usr/bin/python3");
        for (const bool zipSafe : {false, true}) {
            QTemporaryDir dir;
            const QString src = dir.filePath(QStringLiteral("pytorch"));
            writeTorchProject(src, false, zipSafe);
            const QString venv = dir.filePath(QStringLiteral("venv"));
            QVERIFY(runIn(dir.path(), kSystemPython,
                          {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"),
                           QStringLiteral("--system-site-packages"), venv}));
            QVERIFY(runIn(src, venv + QStringLiteral("/bin/python"),
                          {QStringLiteral("setup.py"), QStringLiteral("-q"), QStringLiteral("install")}));
            const SystemProfile p = probeEnv(venv);
            const PythonEnv *env = envAt(p, venv);
            QVERIFY(env);
            QCOMPARE(env->torchInstall, TorchInstallKind::SetupInstall);
            QCOMPARE(env->packages.value(QStringLiteral("torch")), QStringLiteral("2.7.0a0+ecf3bae"));
            QVERIFY2(env->torchLocation.contains(QStringLiteral(".egg")), qPrintable(env->torchLocation));
            // PyTorch's own setup.py is not zip-safe: its egg is a directory with version.py inside.
            QCOMPARE(env->torchCuda, zipSafe ? QString() : QStringLiteral("12.4"));
            for (const Problem &problem : p.problems)
                QVERIFY2(!problem.message.contains(QStringLiteral(".egg")), qPrintable(problem.message));
        }
    }

    void developLinkToAMissingTree()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("venv/lib/python3.12/site-packages"));
        writeTree(dir.path(),
                  {{QStringLiteral("venv/pyvenv.cfg"), "version = 3.12.3\n"},
                   {QStringLiteral("venv/lib/python3.12/site-packages/torch.egg-link"), "/nonexistent/pytorch\n."}});
        const dlstack::support::ProcessRunner runner;
        ProbeContext context(QStringLiteral("/"), {}, &runner);
        QList<Problem> problems;
        const auto torch = findTorchInSite(context, site, problems, QStringLiteral("pythonenvs"));
        QVERIFY(torch);
        QCOMPARE(torch->kind, TorchInstallKind::Develop);
        QCOMPARE(torch->location, QStringLiteral("/nonexistent/pytorch/torch"));
        QCOMPARE(problems.size(), 1); // said, not guessed
    }

    void condaPackageBuildStrings_data()
    {
        QTest::addColumn<QString>("metaName");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("cuda");
        // pytorch channel and conda-forge build strings as `conda list` prints them in public
        // collect_env pastes (pytorch/pytorch issues) and tests/fixtures/probe/collect-env.
        QTest::newRow("pytorch channel") << "pytorch-2.1.0-py3.9_cuda12.1_cudnn8.9.2_0.json"
                                         << "2.1.0"
                                         << "12.1";
        QTest::newRow("pytorch channel short cudnn") << "pytorch-2.3.1-py3.12_cuda12.1_cudnn8_0.json"
                                                     << "2.3.1"
                                                     << "12.1";
        QTest::newRow("conda-forge") << "pytorch-1.9.0-cuda112py38h3d13190_1.json"
                                     << "1.9.0"
                                     << "11.2";
        QTest::newRow("cpu") << "pytorch-2.2.2-py3.11_cpu_0.json"
                             << "2.2.2"
                             << "";
    }
    void condaPackageBuildStrings()
    {
        QFETCH(QString, metaName);
        QFETCH(QString, version);
        QFETCH(QString, cuda);
        QTemporaryDir dir;
        writeTree(dir.path(), {{QStringLiteral("env/conda-meta/") + metaName, "{}"},
                               {QStringLiteral("env/conda-meta/pytorch-cuda-12.1-ha16c6d3_5.json"), "{}"},
                               {QStringLiteral("env/conda-meta/pytorch-mutex-1.0-cuda.json"), "{}"}});
        const dlstack::support::ProcessRunner runner;
        ProbeContext context(dir.path(), {}, &runner);
        const auto torch = findCondaTorch(context, QStringLiteral("/env"));
        QVERIFY(torch);
        QCOMPARE(torch->kind, TorchInstallKind::Conda);
        QCOMPARE(torch->version, version);
        QCOMPARE(torch->cuda, cuda);
    }

    void fileFormats()
    {
        using namespace torchinstallfiles;
        QCOMPARE(
            finderMapping(QStringLiteral("import sys\nMAPPING = {'torch': '/tmp/h/src2/torch'}\nNAMESPACES = {}\n"),
                          QStringLiteral("torch")),
            QStringLiteral("/tmp/h/src2/torch"));
        QCOMPARE(finderMapping(QStringLiteral("MAPPING: dict[str, str] = {'torchgen': '/a', 'torch': '/b/torch'}\n"),
                               QStringLiteral("torch")),
                 QStringLiteral("/b/torch"));
        QVERIFY(finderMapping(QStringLiteral("MAPPING = {'torchvision': '/a'}\n"), QStringLiteral("torch")).isEmpty());
        QCOMPARE(eggVersion(QStringLiteral("torch-1.13.0a0+gitunknown-py3.10-linux-x86_64.egg")),
                 QStringLiteral("1.13.0a0+gitunknown"));
        QCOMPARE(eggVersion(QStringLiteral("torch-2.7.0a0+ecf3bae-py3.11.egg")), QStringLiteral("2.7.0a0+ecf3bae"));
        QCOMPARE(firstPathLine(QStringLiteral("\n/home/u/pytorch\n.\n")), QStringLiteral("/home/u/pytorch"));
        QVERIFY(firstPathLine(QStringLiteral("import __editable___torch_finder; x.install()\n")).isEmpty());
        const QByteArray editable = "{\"dir_info\": {\"editable\": true}, \"url\": \"file:///tmp/h2t/src%202\"}";
        const QByteArray plain = "{\"dir_info\": {}, \"url\": \"file:///tmp/x\"}";
        QCOMPARE(editableDirectUrl(editable), QStringLiteral("/tmp/h2t/src 2"));
        QVERIFY(editableDirectUrl(plain).isEmpty());
    }

    void packageVersionOrder()
    {
        using dlstack::support::comparePackageVersions;
        QCOMPARE(comparePackageVersions(u"2.7.0a0+ecf3bae", u"2.7.0"), -1);
        QCOMPARE(comparePackageVersions(u"2.7.0a0+ecf3bae", u"2.6.0"), 1);
        QCOMPARE(comparePackageVersions(u"1.13.0a0+gitunknown", u"1.13.0a0"), 0);
        QCOMPARE(comparePackageVersions(u"2.5.0.dev20240801", u"2.5.0rc1"), -1);
        QCOMPARE(comparePackageVersions(u"2.5.0rc1", u"2.5.0"), -1);
        QCOMPARE(comparePackageVersions(u"2.4.1+cu121", u"2.4.1"), 0);
        QCOMPARE(comparePackageVersions(u"1.0.post1", u"1.0"), 1);
        QCOMPARE(comparePackageVersions(u"12.2.0-14", u"12.2.0"), 0); // a distro revision is no phase
        QVERIFY(dlstack::support::isPreRelease(u"2.7.0a0+ecf3bae"));
        QVERIFY(!dlstack::support::isPreRelease(u"2.4.1+cu121"));
    }
};

QTEST_GUILESS_MAIN(TestTorchInstall)
#include "tst_torchinstall.moc"
