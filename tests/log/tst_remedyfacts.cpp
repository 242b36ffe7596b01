// SPDX-License-Identifier: GPL-3.0-or-later
// Remedies computed from the machine and the log: the CUDA toolkit that still compiles for an
// architecture a new toolkit dropped (the H200/Apex case: compute_70 on CUDA 13 must say
// "use CUDA 12.9 or drop the arch", never "install a newer toolkit"), the installed gcc that
// fits nvcc's limit, the torch build's CUDA.
#include "core/log/diagnoser.h"
#include "core/log/remedyfacts.h"

#include <QTest>

using namespace dlstack;
using namespace dlstack::log;

namespace {

probe::SystemProfile machine()
{
    probe::SystemProfile p;
    probe::Gpu gpu;
    gpu.name = QStringLiteral("NVIDIA H200");
    gpu.computeCapability = QStringLiteral("9.0");
    p.gpus.append(gpu);
    p.compilers.append(
        probe::Compiler{QStringLiteral("gcc"), QStringLiteral("13.3.0"), QStringLiteral("/usr/bin/gcc"), {}});
    p.compilers.append(
        probe::Compiler{QStringLiteral("gcc"), QStringLiteral("11.4.0"), QStringLiteral("/usr/bin/gcc-11"), {}});
    probe::PythonEnv env;
    env.active = true;
    env.packages.insert(QStringLiteral("torch"), QStringLiteral("2.11.0+cu130"));
    env.torchCuda = QStringLiteral("13.0");
    p.pythonEnvs.append(env);
    return p;
}

QList<Diagnosis> diagnose(const QByteArray &log)
{
    Diagnoser d(RuleSet::builtin().value(), machine());
    d.addText(log);
    d.finish();
    return d.results();
}

} // namespace

class TstRemedyFacts : public QObject
{
    Q_OBJECT

private slots:
    void droppedArchPointsToTheLastToolkit()
    {
        const auto found = diagnose("FAILED: build/temp/csrc/fused.o\n"
                                    "nvcc fatal   : Unsupported gpu architecture 'compute_70'\n"
                                    "ninja: build stopped: subcommand failed.\n");
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().id, QStringLiteral("toolkit_dropped_arch"));
        QCOMPARE(found.first().captures.value(QStringLiteral("last_cuda")), QStringLiteral("12.9"));
        QVERIFY2(found.first().remedy.contains(QStringLiteral("sm_90 (NVIDIA H200)")),
                 qPrintable(found.first().remedy));
        QVERIFY(found.first().remedy.contains(QStringLiteral("CUDA 12.9")));
        QVERIFY(!found.first().remedy.contains(QStringLiteral("unknown")));
        for (const Diagnosis &d : found)
            QVERIFY2(d.id != u"gpu_arch_unsupported", "the too-new advice must not come with it");
        QCOMPARE(diagnose("nvcc fatal   : Unsupported gpu architecture 'compute_35'\n")
                     .first()
                     .captures.value(QStringLiteral("last_cuda")),
                 QStringLiteral("11.8"));
    }

    void gccThatFitsIsNamed()
    {
        const QMap<QString, QString> limit{{QStringLiteral("gcc_max"), QStringLiteral("12")}};
        QCOMPARE(RemedyFacts::value(QStringLiteral("gcc_fitting"), machine(), limit),
                 QStringLiteral("gcc-11 at /usr/bin/gcc-11"));
        const QMap<QString, QString> lower{{QStringLiteral("gcc_max"), QStringLiteral("10")}};
        QVERIFY(RemedyFacts::value(QStringLiteral("gcc_fitting"), machine(), lower).contains(QStringLiteral("gcc-10")));
        QVERIFY(RemedyFacts::value(QStringLiteral("gcc_fitting"), std::nullopt, limit).isEmpty());
        const auto found = diagnose("/usr/local/cuda/include/crt/host_config.h:143:2: error: #error -- unsupported GNU "
                                    "version! gcc versions later than 12 are not supported!\n");
        QCOMPARE(found.first().id, QStringLiteral("host_compiler_unsupported"));
        QVERIFY2(found.first().remedy.contains(QStringLiteral("gcc-11 at /usr/bin/gcc-11")),
                 qPrintable(found.first().remedy));
    }

    void torchCudaAndArchs()
    {
        QCOMPARE(RemedyFacts::value(QStringLiteral("torch_cuda"), machine(), {}), QStringLiteral("13.0"));
        QCOMPARE(RemedyFacts::value(QStringLiteral("gpu_arch"), machine(), {}), QStringLiteral("sm_90"));
    }
};

QTEST_GUILESS_MAIN(TstRemedyFacts)
#include "tst_remedyfacts.moc"
