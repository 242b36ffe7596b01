// SPDX-License-Identifier: GPL-3.0-or-later
// Every CUDA source and which one wins: modulefiles published by real sites
// (tests/fixtures/probe/modules/SOURCES.md) read without `module`; the CUDA libraries of
// an environment from pip wheel and conda package names; the shell's PATH, CUDA_HOME and
// LD_LIBRARY_PATH against toolkits in a tree, with the sentence that says they disagree
// with the active environment's torch; TheRock's /opt/rocm/core-X beside a legacy ROCm.
#include "core/matrix/cudasourcessection.h"
#include "core/probe/cudacomponents.h"
#include "core/probe/modulefilereader.h"
#include "core/probe/probes.h"
#include "core/probe/replayrunner.h"
#include "core/probe/rocmlocator.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;

namespace {

// conda-meta names ("cudnn-8.9.7.29-h092f7fd_3.json") of one environment's linux-64 packages in a pixi.lock.
QStringList lockNames(const QString &lock, const QString &environment)
{
    QStringList names;
    bool inEnv = false;
    bool inPlatform = false;
    for (const QString &line : lock.split(u'\n')) {
        if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   ")))
            inEnv = line == QStringLiteral("  ") + environment + u':';
        else if (line.startsWith(QStringLiteral("      ")) && line.endsWith(u':'))
            inPlatform = line.trimmed() == QStringLiteral("linux-64:");
        else if (inEnv && inPlatform && line.startsWith(QStringLiteral("      - conda: "))) {
            QString file = line.mid(line.lastIndexOf(u'/') + 1);
            file.chop(file.endsWith(QStringLiteral(".tar.bz2")) ? 8 : 6); // .tar.bz2 | .conda
            names << file + QStringLiteral(".json");
        }
        if (line.startsWith(QStringLiteral("packages:")))
            break;
    }
    return names;
}

// conda-meta names of the rows of `pixi list` ("cuda-cudart  12.9.79  h5888daf_0  22.7 KiB  conda  URL").
QStringList listingNames(const QString &listing)
{
    QStringList names;
    for (const QString &line : listing.split(u'\n')) {
        const QStringList f = line.simplified().split(u' ');
        if (f.size() >= 3 && f[0] != u"Package")
            names << f[0] + u'-' + f[1] + u'-' + f[2] + QStringLiteral(".json");
    }
    return names;
}

const EnvModule *moduleNamed(const SystemProfile &p, const QString &name)
{
    for (const EnvModule &m : p.modules) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestCudaSources : public QObject
{
    Q_OBJECT
private slots:
    void modulesFromRealModulefiles()
    {
        const QString root = dlstack::test::fixturePath(QStringLiteral("probe/modules"));
        const ReplayRunner runner;
        const QString modulepath =
            QStringList{root + QStringLiteral("/easybuild-unibe/all"), root + QStringLiteral("/spack-csc"),
                        root + QStringLiteral("/raapoi-core"), root + QStringLiteral("/ntuhpc-tcl")}
                .join(u':');
        ProbeContext context(QStringLiteral("/"), {{QStringLiteral("MODULEPATH"), modulepath}}, &runner);
        const SystemProfile p = makeModulesProbe()->run(context);

        const EnvModule *cuda = moduleNamed(p, QStringLiteral("CUDA/10.1.243"));
        QVERIFY(cuda);
        QCOMPARE(cuda->provides, QStringLiteral("cuda"));
        QCOMPARE(cuda->format, QStringLiteral("lua"));
        QCOMPARE(cuda->root, QStringLiteral("/software.el7/software/CUDA/10.1.243")); // local root + pathJoin
        const EnvModule *cudnn = moduleNamed(p, QStringLiteral("cuDNN/7.6.0.64-gcccuda-2019a"));
        QVERIFY(cudnn);
        QCOMPARE(cudnn->provides, QStringLiteral("cudnn"));
        QVERIFY(moduleNamed(p, QStringLiteral("GCC/8.3.0")));
        QVERIFY(moduleNamed(p, QStringLiteral("GCCcore/8.3.0")));
        QVERIFY(!moduleNamed(p, QStringLiteral("GCCcore/.8.3.0"))); // hidden
        const EnvModule *python = moduleNamed(p, QStringLiteral("Python/3.7.2-GCCcore-8.2.0"));
        QVERIFY(python);
        QCOMPARE(python->provides, QStringLiteral("python"));
        const EnvModule *spack = moduleNamed(p, QStringLiteral("cuda/12.6.0"));
        QVERIFY(spack);
        QCOMPARE(spack->root, QStringLiteral("/appl/spack/v022/install-tree/gcc-13.2.0/cuda-12.6.0-y4hqsn"));
        const EnvModule *conda = moduleNamed(p, QStringLiteral("Miniconda3/4.9.2"));
        QVERIFY(conda);
        QCOMPARE(conda->provides, QStringLiteral("conda"));
        const EnvModule *tcl = moduleNamed(p, QStringLiteral("cuda-8.0"));
        QVERIFY(tcl);
        QCOMPARE(tcl->format, QStringLiteral("tcl"));
        QCOMPARE(tcl->version, QStringLiteral("8.0"));
        QCOMPARE(tcl->root, QStringLiteral("/usr/local/cuda-8.0"));
        QCOMPARE(p.modules.size(), 8);

        SystemProfile shown;
        shown.modules = p.modules;
        const auto section = dlstack::matrix::cudaSourcesSection(shown);
        QStringList values;
        for (const auto &row : section.rows)
            values << row.value;
        QVERIFY2(values.contains(QStringLiteral("CUDA toolkit 12.6.0 available as a module")),
                 qPrintable(values.join(u'\n')));
        // Through JSON and back.
        const auto back = SystemProfile::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().modules.size(), p.modules.size());
    }

    void tclVariablesAndComputedValues()
    {
        const auto e = modulefile::read(
            QStringLiteral("12.4"),
            QStringLiteral("#%Module1.0\nset root /apps/cuda/12.4\nprepend-path --delim \":\" PATH \"$root/bin\"\n"
                           "setenv CUDA_HOME {$root}\nprepend-path PATH [exec /bin/pwd]/bin\n"));
        QCOMPARE(e.format, modulefile::Format::Tcl);
        QCOMPARE(e.pathPrepends, QStringList{QStringLiteral("/apps/cuda/12.4/bin")}); // [exec] is not guessed
        QCOMPARE(modulefile::rootOf(e), QStringLiteral("/apps/cuda/12.4"));
        QCOMPARE(modulefile::read(QStringLiteral("README"), QStringLiteral("not a module\n")).format,
                 modulefile::Format::None);
    }

    void environmentLibraries()
    {
        const QMap<QString, QString> packages{{QStringLiteral("nvidia-cuda-runtime-cu12"), QStringLiteral("12.4.127")},
                                              {QStringLiteral("nvidia-cudnn-cu12"), QStringLiteral("9.1.0.70")},
                                              {QStringLiteral("nvidia-nccl-cu12"), QStringLiteral("2.21.5")},
                                              {QStringLiteral("torch"), QStringLiteral("2.6.0")}};
        const QList<CudaComponent> pip = cudaComponentsFromPip(packages);
        QCOMPARE(pip.size(), 3);
        QCOMPARE(pip.first().component, QStringLiteral("cuda_runtime"));
        QCOMPARE(cudartVersionFromName(QStringLiteral("libcudart.so.11.8.89")), QStringLiteral("11.8.89"));
        QVERIFY(cudartVersionFromName(QStringLiteral("libcudart.so")).isEmpty());
    }

    // The conda-meta names of packages real solvers installed (tests/fixtures/probe/conda-meta/SOURCES.md):
    // cuda-cudart beside cuda-cudart_linux-64 and cuda-cudart-dev, cuda-nvcc beside cuda-nvcc-impl.
    void condaLibrariesFromRealEnvironments_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected"); // component=version, in kConda's order
        const QString lock = QString::fromUtf8(
            dlstack::test::readFixture(QStringLiteral("probe/conda-meta/pixi-example-pytorch/pixi.lock")));
        QTest::newRow("conda-forge") << lockNames(lock, QStringLiteral("cf-channel"))
                                     << QStringList{QStringLiteral("cuda_runtime=12.6.68"),
                                                    QStringLiteral("cudnn=8.9.7.29"), QStringLiteral("nccl=2.22.3.1"),
                                                    QStringLiteral("cublas=12.6.1.4"),
                                                    QStringLiteral("cuda_version=12.6")};
        QTest::newRow("nvidia channel") << lockNames(lock, QStringLiteral("nvidia-channel"))
                                        << QStringList{QStringLiteral("cuda_runtime=12.4.127"),
                                                       QStringLiteral("cublas=12.4.2.65")};
        QTest::newRow("pixi list, CUDA 12.9")
            << listingNames(QString::fromUtf8(dlstack::test::readFixture(
                   QStringLiteral("probe/conda-meta/carpentries-pixi-cuda-12.9/pixi-list-linux-64-cuda.txt"))))
            << QStringList{QStringLiteral("cuda_runtime=12.9.79"), QStringLiteral("nvcc=12.9.86"),
                           QStringLiteral("cuda_version=12.9"), QStringLiteral("cuda_toolkit=12.9.1")};
        QTest::newRow("conda-meta records")
            << QDir(
                   dlstack::test::fixturePath(QStringLiteral("probe/conda-meta/carpentries-pixi-cuda-12.9/conda-meta")))
                   .entryList(QDir::Files, QDir::Name)
            << QStringList{QStringLiteral("cuda_version=12.9")};
    }
    void condaLibrariesFromRealEnvironments()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        QVERIFY(!names.isEmpty());
        QStringList got;
        for (const CudaComponent &c : cudaComponentsFromConda(names)) {
            QCOMPARE(c.origin, QStringLiteral("conda"));
            got << c.component + u'=' + c.version;
        }
        QCOMPARE(got, expected);
    }

    void shellDisagreesWithTorch()
    {
        QTemporaryDir dir;
        dlstack::test::writeTree(dir.path(), {{QStringLiteral("usr/local/cuda-12.1/bin/nvcc"), "#!/bin/sh\n"},
                                              {QStringLiteral("usr/local/cuda-11.8/lib64/libcudart.so.11.8.89"), ""}});
        dlstack::test::makeExecutable(dir.path() + QStringLiteral("/usr/local/cuda-12.1/bin/nvcc"));
        const ReplayRunner runner;
        ProbeContext context(dir.path(),
                             {{QStringLiteral("PATH"), QStringLiteral("/usr/local/cuda-12.1/bin:/usr/bin")},
                              {QStringLiteral("LD_LIBRARY_PATH"), QStringLiteral("/usr/local/cuda-11.8/lib64")}},
                             &runner);
        CudaToolkit t121;
        t121.version = QStringLiteral("12.1");
        t121.path = QStringLiteral("/usr/local/cuda-12.1");
        SystemProfile p;
        p.shellCuda = shellCudaOf(context, {t121});
        QCOMPARE(p.shellCuda.choices.size(), 2);
        QCOMPARE(p.shellCuda.choices[0].version, QStringLiteral("12.1"));
        QCOMPARE(p.shellCuda.choices[1].version, QStringLiteral("11.8.89"));
        PythonEnv env;
        env.path = QStringLiteral("/home/u/venv");
        env.active = true;
        env.torchCuda = QStringLiteral("12.8");
        p.pythonEnvs << env;
        p.finalize();
        QCOMPARE(p.shellCuda.conflicts.size(), 1);
        const QString conflict = p.shellCuda.conflicts.first();
        QVERIFY2(conflict.contains(QStringLiteral("nvcc on PATH is 12.1")), qPrintable(conflict));
        QVERIFY2(conflict.contains(QStringLiteral("torch in /home/u/venv was built with 12.8")), qPrintable(conflict));
        QVERIFY2(conflict.contains(QStringLiteral("LD_LIBRARY_PATH leads to 11.8")), qPrintable(conflict));
    }

    void theRockBesideLegacyRocm()
    {
        QTemporaryDir dir;
        dlstack::test::writeTree(dir.path(), {{QStringLiteral("opt/rocm-6.2.0/.info/version"), "6.2.0-66\n"},
                                              {QStringLiteral("opt/rocm/core-10.0/bin/hipcc"), "#!/bin/sh\n"}});
        dlstack::test::makeExecutable(dir.path() + QStringLiteral("/opt/rocm/core-10.0/bin/hipcc"));
        const ReplayRunner runner;
        const ProbeContext context(dir.path(), {}, &runner);
        const QList<Rocm> all = locateRocmInstalls(context);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].version, QStringLiteral("6.2.0"));
        QCOMPARE(all[0].origin, QStringLiteral("system"));
        QCOMPARE(all[1].version, QStringLiteral("10.0"));
        QCOMPARE(all[1].origin, QStringLiteral("therock"));
    }
};

QTEST_GUILESS_MAIN(TestCudaSources)
#include "tst_cudasources.moc"
