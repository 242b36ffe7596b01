// SPDX-License-Identifier: GPL-3.0-or-later
// CUDA toolkit, cuDNN, conda and Python-environment probes over fake trees (and, where the
// machine has them, the real toolkit in /usr/local/cuda-13.0 and the venv in /opt/torch).
#include "core/probe/probes.h"
#include "core/probe/replayrunner.h"
#include "core/support/processrunner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;
using dlstack::test::makeExecutable;
using dlstack::test::writeTree;

namespace {

using Env = QMap<QString, QString>;

const CudaToolkit *toolkitAt(const SystemProfile &p, const QString &path)
{
    for (const CudaToolkit &t : p.cudaToolkits) {
        if (t.path == path)
            return &t;
    }
    return nullptr;
}

const CondaInstall *condaAt(const SystemProfile &p, const QString &root)
{
    for (const CondaInstall &c : p.conda) {
        if (c.root == root)
            return &c;
    }
    return nullptr;
}

const PythonEnv *envAt(const SystemProfile &p, const QString &path)
{
    for (const PythonEnv &e : p.pythonEnvs) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

QStringList envPaths(const CondaInstall &c)
{
    QStringList out;
    for (const CondaEnv &e : c.envs)
        out << e.path;
    return out;
}

QByteArray versionJson(const char *sdk, const char *nvcc)
{
    return QByteArray("{\"cuda\":{\"name\":\"CUDA SDK\",\"version\":\"") + sdk +
           "\"},\"cuda_nvcc\":{\"name\":\"CUDA NVCC\",\"version\":\"" + nvcc + "\"}}";
}

} // namespace

class TestEnvProbes : public QObject
{
    Q_OBJECT
private slots:
    void toolkitsSideBySide()
    {
        QTemporaryDir dir;
        writeTree(dir.path(),
                  {
                      {QStringLiteral("usr/local/cuda-11.8/version.json"), versionJson("11.8.0", "11.8.89")},
                      {QStringLiteral("usr/local/cuda-11.8/bin/nvcc"), "#!/bin/sh\n"},
                      {QStringLiteral("usr/local/cuda-12.1/version.json"), versionJson("12.1.1", "12.1.105")},
                      {QStringLiteral("usr/local/cuda-12.1/bin/nvcc"), "#!/bin/sh\n"},
                      {QStringLiteral("opt/cuda-10.2/version.txt"), "CUDA Version 10.2.89\n"},
                      {QStringLiteral("usr/local/cuda-12.1.run-leftover/"), {}}, // not a toolkit
                  });
        makeExecutable(dir.path() + QStringLiteral("/usr/local/cuda-11.8/bin/nvcc"));
        makeExecutable(dir.path() + QStringLiteral("/usr/local/cuda-12.1/bin/nvcc"));
        QVERIFY(QFile::link(QStringLiteral("cuda-12.1"), dir.path() + QStringLiteral("/usr/local/cuda")));
        ReplayRunner runner; // nothing may be run: every version is in a file
        const ProbeContext context(dir.path(),
                                   {{QStringLiteral("CUDA_HOME"), QStringLiteral("/usr/local/cuda-11.8/")},
                                    {QStringLiteral("PATH"), QStringLiteral("/usr/local/cuda/bin:/usr/bin")}},
                                   &runner);
        const SystemProfile p = makeCudaToolkitProbe()->run(context);
        QCOMPARE(p.cudaToolkits.size(), 3);
        const CudaToolkit *t121 = toolkitAt(p, QStringLiteral("/usr/local/cuda-12.1"));
        QVERIFY(t121);
        QCOMPARE(t121->version, QStringLiteral("12.1"));
        QCOMPARE(t121->fullVersion, QStringLiteral("12.1.105"));
        QCOMPARE(t121->nvcc, QStringLiteral("/usr/local/cuda-12.1/bin/nvcc"));
        QVERIFY(t121->aliases.contains(QStringLiteral("/usr/local/cuda")));
        QCOMPARE(t121->source, QStringLiteral("/usr/local/cuda-12.1/version.json"));
        const CudaToolkit *t118 = toolkitAt(p, QStringLiteral("/usr/local/cuda-11.8"));
        QVERIFY(t118);
        QCOMPARE(t118->fullVersion, QStringLiteral("11.8.89"));
        QVERIFY(t118->aliases.isEmpty()); // $CUDA_HOME with a trailing slash is the same path
        const CudaToolkit *t102 = toolkitAt(p, QStringLiteral("/opt/cuda-10.2"));
        QVERIFY(t102);
        QCOMPARE(t102->version, QStringLiteral("10.2"));
        QCOMPARE(t102->fullVersion, QStringLiteral("10.2.89"));
        QVERIFY(t102->nvcc.isEmpty());
        QVERIFY(p.problems.isEmpty());
    }

    void nvccOnly()
    {
        QTemporaryDir dir;
        writeTree(dir.path(), {{QStringLiteral("opt/nv/bin/nvcc"), "#!/bin/sh\n"}});
        makeExecutable(dir.path() + QStringLiteral("/opt/nv/bin/nvcc"));
        ReplayRunner runner;
        runner.add(QStringLiteral("/opt/nv/bin/nvcc"), {QStringLiteral("--version")},
                   dlstack::test::readFixture(QStringLiteral("probe/nvcc/cuda-12.5-v12.5.82.txt")));
        const ProbeContext context(dir.path(), {{QStringLiteral("PATH"), QStringLiteral("/opt/nv/bin")}}, &runner);
        const SystemProfile p = makeCudaToolkitProbe()->run(context);
        QCOMPARE(p.cudaToolkits.size(), 1);
        QCOMPARE(p.cudaToolkits[0].path, QStringLiteral("/opt/nv"));
        QCOMPARE(p.cudaToolkits[0].version, QStringLiteral("12.5"));
        QCOMPARE(p.cudaToolkits[0].fullVersion, QStringLiteral("12.5.82"));
        QCOMPARE(p.cudaToolkits[0].source, QStringLiteral("/opt/nv/bin/nvcc --version"));
    }

    void garbageAndAbsurdToolkitFiles()
    {
        QTemporaryDir dir;
        writeTree(dir.path(),
                  {
                      {QStringLiteral("usr/local/cuda-12.0/version.json"), "{\"cuda\":{\"version\":\"99999.1\"}}"},
                      {QStringLiteral("usr/local/cuda-12.0/bin/nvcc"), "x"},
                      {QStringLiteral("usr/local/cuda-9.0/version.txt/"), {}}, // a directory where a file should be
                      {QStringLiteral("usr/local/cuda-9.0/include/cudnn.h"), QByteArray("\x00\x01\x02garbage\xff", 11)},
                      {QStringLiteral("usr/include/cudnn_version.h"), "#define CUDNN_MAJOR 100000\n"},
                  });
        makeExecutable(dir.path() + QStringLiteral("/usr/local/cuda-12.0/bin/nvcc"));
        ReplayRunner runner;
        runner.add(QStringLiteral("/usr/local/cuda-12.0/bin/nvcc"), {QStringLiteral("--version")},
                   "Segmentation fault\n", 139);
        const ProbeContext context(dir.path(), {}, &runner);
        const SystemProfile p = makeCudaToolkitProbe()->run(context);
        QCOMPARE(p.cudaToolkits.size(), 1); // 12.0 has nvcc, so it is listed without a version
        QVERIFY(p.cudaToolkits[0].version.isEmpty());
        QVERIFY(p.problems.size() >= 3);
        const SystemProfile c = makeCudnnProbe()->run(context);
        QVERIFY(c.cudnn.isEmpty());
        QVERIFY(!c.problems.isEmpty());
    }

    void cudnnEverywhere()
    {
        QTemporaryDir dir;
        const QByteArray header = dlstack::test::readFixture(QStringLiteral("probe/cudnn-version-h/cudnn-8.2.1.txt"));
        writeTree(
            dir.path(),
            {
                {QStringLiteral("usr/local/cuda-11.4/version.txt"), "CUDA Version 11.4.2\n"},
                {QStringLiteral("usr/local/cuda-11.4/include/cudnn_version.h"), header},
                {QStringLiteral("usr/local/cuda-11.4/lib64/libcudnn.so.8.2.1"), "ELF"},
                {QStringLiteral("usr/local/cuda-11.4/lib64/libcudnn.so.8"), "ELF"},
                {QStringLiteral("usr/include/x86_64-linux-gnu/cudnn_version_v9.h"),
                 dlstack::test::readFixture(QStringLiteral("probe/cudnn-version-h/cudnn-9.6.0.txt"))},
                {QStringLiteral("usr/lib/x86_64-linux-gnu/libcudnn.so.9.6.0"), "ELF"},
                {QStringLiteral("usr/lib64/libcudnn.so.7.6.5"), "ELF"},
                {QStringLiteral("home/u/.venv/pyvenv.cfg"), "version = 3.10.12\n"},
                {QStringLiteral("home/u/.venv/lib/python3.10/site-packages/nvidia/cudnn/lib/libcudnn.so.9"), "ELF"},
                {QStringLiteral("home/u/.venv/lib/python3.10/site-packages/nvidia_cudnn_cu12-9.1.0.70.dist-info/"), {}},
            });
        ReplayRunner runner;
        const ProbeContext context(dir.path(), {{QStringLiteral("HOME"), QStringLiteral("/home/u")}}, &runner);
        const SystemProfile p = makeCudnnProbe()->run(context);
        QStringList got;
        for (const Cudnn &c : p.cudnn)
            got << c.version + u' ' + c.path;
        got.sort();
        QCOMPARE(
            got,
            (QStringList{
                QStringLiteral("7.6.5 /usr/lib64/libcudnn.so.7.6.5"),
                QStringLiteral("8.2.1 /usr/local/cuda-11.4/include/cudnn_version.h"),
                QStringLiteral("9.1.0 /home/u/.venv/lib/python3.10/site-packages/nvidia_cudnn_cu12-9.1.0.70.dist-info"),
                QStringLiteral("9.6.0 /usr/include/x86_64-linux-gnu/cudnn_version_v9.h"),
            }));
        QVERIFY(p.problems.isEmpty());
    }

    void condaFlavoursAndEnvs()
    {
        QTemporaryDir dir;
        writeTree(
            dir.path(),
            {
                {QStringLiteral("home/u/miniconda3/conda-meta/conda-23.7.0-py311h06a4308_0.json"),
                 "{\"name\":\"conda\",\"channel\":\"https://repo.anaconda.com/pkgs/main/linux-64\"}"},
                {QStringLiteral("home/u/miniconda3/conda-meta/python-3.11.4-h955ad1f_0.json"), "{}"},
                {QStringLiteral("home/u/miniconda3/condabin/conda"), "#!/bin/sh\n"},
                {QStringLiteral("home/u/miniconda3/envs/torch/conda-meta/python-3.10.12-h7a1cb2a_0.json"), "{}"},
                {QStringLiteral("home/u/miniconda3/envs/torch/conda-meta/cuda-nvcc-12.1.105-0.json"), "{}"},
                {QStringLiteral("home/u/miniconda3/envs/torch/bin/nvcc"), "#!/bin/sh\n"},
                {QStringLiteral("home/u/miniconda3/envs/not-an-env/"), {}},
                {QStringLiteral("home/u/anaconda3/conda-meta/anaconda-2023.09-py311_1.json"), "{}"},
                {QStringLiteral("home/u/anaconda3/conda-meta/conda-23.7.4-py311_0.json"), "{}"},
                {QStringLiteral("home/u/anaconda3/bin/conda"), "#!/bin/sh\n"},
                {QStringLiteral("home/u/miniforge3/conda-meta/conda-24.1.2-py312_0.json"),
                 "{\"channel\":\"https://conda.anaconda.org/conda-forge/linux-64\"}"},
                {QStringLiteral("home/u/miniforge3/condabin/"), {}},
                {QStringLiteral("opt/mambaforge/conda-meta/conda-23.3.1-py310_0.json"), "{}"},
                {QStringLiteral("opt/mambaforge/conda-meta/mamba-1.4.2-py310_0.json"), "{}"},
                {QStringLiteral("opt/mambaforge/condabin/"), {}},
                {QStringLiteral("srv/mm/envs/tools/conda-meta/python-3.12.1-x_0.json"), "{}"},
                {QStringLiteral("srv/mm/bin/micromamba"), "ELF"},
                {QStringLiteral("work/p/.snakemake/conda/7f7451ffbe923cdf_/conda-meta/history"), ""},
                {QStringLiteral("home/u/.conda/environments.txt"),
                 "/home/u/miniconda3/envs/torch\n/work/p/.snakemake/conda/7f7451ffbe923cdf_\n/home/u/removed/env\n"},
            });
        ReplayRunner runner;
        const ProbeContext context(dir.path(),
                                   {{QStringLiteral("HOME"), QStringLiteral("/home/u")},
                                    {QStringLiteral("MAMBA_ROOT_PREFIX"), QStringLiteral("/srv/mm")}},
                                   &runner);
        const SystemProfile p = makeCondaProbe()->run(context);
        QVERIFY(p.problems.isEmpty());
        const CondaInstall *mini = condaAt(p, QStringLiteral("/home/u/miniconda3"));
        QVERIFY(mini);
        QCOMPARE(mini->flavour, QStringLiteral("miniconda"));
        QCOMPARE(mini->version, QStringLiteral("23.7.0"));
        QCOMPARE(envPaths(*mini),
                 (QStringList{QStringLiteral("/home/u/miniconda3"), QStringLiteral("/home/u/miniconda3/envs/torch")}));
        QCOMPARE(mini->envs[0].name, QStringLiteral("base"));
        QCOMPARE(mini->envs[1].name, QStringLiteral("torch"));
        QCOMPARE(condaAt(p, QStringLiteral("/home/u/anaconda3"))->flavour, QStringLiteral("anaconda"));
        QCOMPARE(condaAt(p, QStringLiteral("/home/u/miniforge3"))->flavour, QStringLiteral("miniforge"));
        QCOMPARE(condaAt(p, QStringLiteral("/opt/mambaforge"))->flavour, QStringLiteral("mambaforge"));
        const CondaInstall *mm = condaAt(p, QStringLiteral("/srv/mm"));
        QVERIFY(mm);
        QCOMPARE(mm->flavour, QStringLiteral("micromamba"));
        QCOMPARE(envPaths(*mm), QStringList{QStringLiteral("/srv/mm/envs/tools")});
        // The Snakemake env belongs to no root: it stands alone; the removed env is dropped.
        const CondaInstall *loose = condaAt(p, QString());
        QVERIFY(loose);
        QCOMPARE(envPaths(*loose), QStringList{QStringLiteral("/work/p/.snakemake/conda/7f7451ffbe923cdf_")});
        QCOMPARE(p.conda.size(), 6);

        // The conda env with cuda-nvcc is a toolkit, its version from conda-meta.
        const SystemProfile t = makeCudaToolkitProbe()->run(context);
        const CudaToolkit *condaToolkit = toolkitAt(t, QStringLiteral("/home/u/miniconda3/envs/torch"));
        QVERIFY(condaToolkit);
        QCOMPARE(condaToolkit->fullVersion, QStringLiteral("12.1.105"));
        // Each conda env is a Python env with its version from conda-meta.
        const SystemProfile e = makePythonEnvProbe()->run(context);
        const PythonEnv *torchEnv = envAt(e, QStringLiteral("/home/u/miniconda3/envs/torch"));
        QVERIFY(torchEnv);
        QCOMPARE(torchEnv->kind, QStringLiteral("conda"));
        QCOMPARE(torchEnv->pythonVersion, QStringLiteral("3.10.12"));
        QCOMPARE(envAt(e, QStringLiteral("/srv/mm/envs/tools"))->pythonVersion, QStringLiteral("3.12.1"));
    }

    void venvWithCudaTorch()
    {
        QTemporaryDir dir;
        const QString site = QStringLiteral("home/u/proj/.venv/lib/python3.10/site-packages/");
        writeTree(
            dir.path(),
            {
                {QStringLiteral("home/u/proj/.venv/pyvenv.cfg"),
                 "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.10.12\n"},
                {QStringLiteral("home/u/proj/.venv/bin/python3"), "ELF"},
                {site + QStringLiteral("torch/version.py"),
                 "__version__ = '2.1.0+cu121'\ndebug = False\ncuda = '12.1'\ngit_version = 'abc'\nhip = None\n"},
                {site + QStringLiteral("torch-2.1.0+cu121.dist-info/METADATA"), "Version: 2.1.0+cu121\n"},
                {site + QStringLiteral("numpy-1.26.0.dist-info/"), {}},
                {site + QStringLiteral("nvidia_cudnn_cu12-8.9.2.26.dist-info/"), {}},
                {site + QStringLiteral("requests-2.31.0.dist-info/"), {}},
                {site + QStringLiteral("apex.egg-info/PKG-INFO"), "Metadata-Version: 2.1\nName: apex\nVersion: 0.1\n"},
                {site + QStringLiteral("Triton-2.1.0.dist-info/"), {}},
            });
        ReplayRunner runner;
        const ProbeContext context(dir.path(),
                                   {{QStringLiteral("HOME"), QStringLiteral("/home/u")},
                                    {QStringLiteral("VIRTUAL_ENV"), QStringLiteral("/home/u/proj/.venv")},
                                    {QStringLiteral("PATH"), QStringLiteral("/home/u/proj/.venv/bin:/usr/bin")}},
                                   &runner);
        const SystemProfile p = makePythonEnvProbe()->run(context);
        QCOMPARE(p.pythonEnvs.size(), 1); // $VIRTUAL_ENV and the python on PATH are the same env
        const PythonEnv &env = p.pythonEnvs[0];
        QCOMPARE(env.kind, QStringLiteral("venv"));
        QVERIFY(env.active);
        QCOMPARE(env.python, QStringLiteral("/home/u/proj/.venv/bin/python3"));
        QCOMPARE(env.pythonVersion, QStringLiteral("3.10.12"));
        QCOMPARE(env.torchCuda, QStringLiteral("12.1"));
        QVERIFY(env.torchHip.isEmpty());
        const QMap<QString, QString> expected{{QStringLiteral("torch"), QStringLiteral("2.1.0+cu121")},
                                              {QStringLiteral("numpy"), QStringLiteral("1.26.0")},
                                              {QStringLiteral("nvidia-cudnn-cu12"), QStringLiteral("8.9.2.26")},
                                              {QStringLiteral("apex"), QStringLiteral("0.1")},
                                              {QStringLiteral("triton"), QStringLiteral("2.1.0")}};
        QCOMPARE(env.packages, expected);
        QVERIFY(env.source.contains(QStringLiteral("torch/version.py")));
        QVERIFY(p.problems.isEmpty());
    }

    void rocmTorchUnderOptAndUserSite()
    {
        QTemporaryDir dir;
        writeTree(dir.path(),
                  {
                      {QStringLiteral("opt/rt/.venv/pyvenv.cfg"), "home = /usr/bin\nversion_info = 3.11.7.final.0\n"},
                      {QStringLiteral("opt/rt/.venv/lib/python3.11/site-packages/torch/version.py"),
                       "from typing import Optional\n__version__ = '2.3.0+rocm5.7'\ndebug = False\ncuda: Optional[str] "
                       "= None\n"
                       "git_version = 'x'\nhip: Optional[str] = '5.7.31921-d1770ee1b'\n"},
                      {QStringLiteral("opt/rt/.venv/lib/python3.11/site-packages/torch-2.3.0+rocm5.7.dist-info/"), {}},
                      {QStringLiteral("opt/other/README"), "not an env"},
                      {QStringLiteral("home/u/.local/lib/python3.12/site-packages/torch/version.py"),
                       "__version__ = '2.2.0'\ncuda = None\nhip = None\n"},
                      {QStringLiteral("home/u/.local/lib/python3.12/site-packages/torch-2.2.0.dist-info/"), {}},
                  });
        ReplayRunner runner;
        const ProbeContext context(dir.path(), {{QStringLiteral("HOME"), QStringLiteral("/home/u")}}, &runner);
        const SystemProfile p = makePythonEnvProbe()->run(context);
        QCOMPARE(p.pythonEnvs.size(), 2);
        const PythonEnv *rocm = envAt(p, QStringLiteral("/opt/rt/.venv"));
        QVERIFY(rocm);
        QCOMPARE(rocm->pythonVersion, QStringLiteral("3.11.7"));
        QCOMPARE(rocm->torchHip, QStringLiteral("5.7.31921-d1770ee1b"));
        QVERIFY(rocm->torchCuda.isEmpty());
        QCOMPARE(rocm->packages.value(QStringLiteral("torch")), QStringLiteral("2.3.0+rocm5.7"));
        const PythonEnv *user = envAt(p, QStringLiteral("/home/u/.local"));
        QVERIFY(user);
        QCOMPARE(user->kind, QStringLiteral("user"));
        QCOMPARE(user->pythonVersion, QStringLiteral("3.12"));
        QCOMPARE(user->packages.value(QStringLiteral("torch")), QStringLiteral("2.2.0"));
    }

    void unreadableEnvFiles()
    {
        QTemporaryDir dir;
        const QString site = QStringLiteral("home/u/venvs/broken/lib/python3.9/site-packages/");
        writeTree(dir.path(), {
                                  {QStringLiteral("home/u/venvs/broken/pyvenv.cfg"), QByteArray(3000, '\x01')},
                                  {site + QStringLiteral("torch/version.py/"), {}}, // a directory: cannot be read
                                  {site + QStringLiteral("torch-.dist-info/"), {}}, // no version, and no METADATA
                                  {site + QStringLiteral("-.dist-info/"), {}},
                                  {site + QStringLiteral("numpy-99999999999999999999.dist-info/"), {}},
                                  {QStringLiteral("home/u/.conda/environments.txt"), QByteArray(4000, '\x02')},
                              });
        ReplayRunner runner;
        const ProbeContext context(dir.path(), {{QStringLiteral("HOME"), QStringLiteral("/home/u")}}, &runner);
        const SystemProfile p = makePythonEnvProbe()->run(context);
        const PythonEnv *env = envAt(p, QStringLiteral("/home/u/venvs/broken"));
        QVERIFY(env);
        QCOMPARE(env->pythonVersion, QStringLiteral("3.9")); // from lib/python3.9 when pyvenv.cfg is garbage
        QVERIFY(env->torchCuda.isEmpty());
        QVERIFY(p.problems.size() >= 3);                             // pyvenv.cfg, version.py, METADATA
        QVERIFY(!makeCondaProbe()->run(context).problems.isEmpty()); // binary environments.txt
    }

    void realToolkitOfThisMachine()
    {
        if (!QFileInfo(QStringLiteral("/usr/local/cuda-13.0/bin/nvcc")).isExecutable())
            QSKIP("this machine has no /usr/local/cuda-13.0");
        const dlstack::support::ProcessRunner runner;
        const ProbeContext context = ProbeContext::forHost(&runner);
        const SystemProfile p = makeCudaToolkitProbe()->run(context);
        const CudaToolkit *t = toolkitAt(p, QStringLiteral("/usr/local/cuda-13.0"));
        QVERIFY(t);
        QCOMPARE(t->version, QStringLiteral("13.0"));
        QCOMPARE(t->nvcc, QStringLiteral("/usr/local/cuda-13.0/bin/nvcc"));
        if (QFileInfo(QStringLiteral("/usr/local/cuda")).isSymLink())
            QVERIFY(t->aliases.contains(QStringLiteral("/usr/local/cuda")));
        // The version read from files is the one the real nvcc reports.
        dlstack::support::Command command;
        command.program = t->nvcc;
        command.args = {QStringLiteral("--version")};
        const auto result = runner.run(command);
        QVERIFY(result.succeeded());
        QVERIFY2(QString::fromUtf8(result.out).contains(QStringLiteral("V") + t->fullVersion),
                 qPrintable(t->fullVersion));
    }

    void realVenvOfThisMachine()
    {
        if (!QFileInfo::exists(QStringLiteral("/opt/torch/.venv/pyvenv.cfg")))
            QSKIP("this machine has no /opt/torch/.venv");
        const dlstack::support::ProcessRunner runner;
        const SystemProfile p = makePythonEnvProbe()->run(ProbeContext::forHost(&runner));
        const PythonEnv *env = envAt(p, QStringLiteral("/opt/torch/.venv"));
        QVERIFY(env);
        QCOMPARE(env->kind, QStringLiteral("venv"));
        QVERIFY(!env->pythonVersion.isEmpty());
        QVERIFY(!env->packages.value(QStringLiteral("torch")).isEmpty());
        qInfo() << "torch" << env->packages.value(QStringLiteral("torch")) << "cuda" << env->torchCuda;
    }
};

QTEST_GUILESS_MAIN(TestEnvProbes)
#include "tst_envprobes.moc"
