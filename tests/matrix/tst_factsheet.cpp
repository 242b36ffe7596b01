// SPDX-License-Identifier: GPL-3.0-or-later
// The fact sheet of a profile: every row has a state and a reason; interpreters are listed
// newest first as versions (3.10 before 3.9); Python 2.7 is bad (older than any PyTorch
// release), one newer than every release a warning; a CUDA toolkit without an NVIDIA GPU is
// info, not ok; a GPU without a working driver is bad; the kernel is always shown.
#include "core/matrix/factsheet.h"

#include <QTest>

using namespace dlstack;

namespace {

const matrix::Matrix &builtin()
{
    return matrix::Matrix::builtin().value();
}

const matrix::FactSection *section(const QList<matrix::FactSection> &sheet, const QString &title)
{
    for (const matrix::FactSection &s : sheet)
        if (s.title == title)
            return &s;
    return nullptr;
}

const matrix::FactRow *rowOf(const QList<matrix::FactSection> &sheet, const QString &fact)
{
    for (const matrix::FactSection &s : sheet)
        for (const matrix::FactRow &r : s.rows)
            if (r.fact == fact)
                return &r;
    return nullptr;
}

probe::SystemProfile laptop()
{
    probe::SystemProfile p;
    p.host.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    p.host.kernel = QStringLiteral("6.1.0-18-amd64");
    p.host.cpuCores = 8;
    p.host.memoryMib = 16 * 1024;
    p.host.diskPath = QStringLiteral("/home");
    p.host.diskFreeMib = 100 * 1024;
    p.pythons << probe::PythonInterpreter{QStringLiteral("3.9.18"), QStringLiteral("/usr/bin/python3.9"), {}}
              << probe::PythonInterpreter{QStringLiteral("2.7.18"), QStringLiteral("/usr/bin/python2.7"), {}}
              << probe::PythonInterpreter{QStringLiteral("3.10.12"), QStringLiteral("/usr/bin/python3.10"), {}}
              << probe::PythonInterpreter{QStringLiteral("3.99.0"), QStringLiteral("/opt/py/bin/python3.99"), {}};
    p.cudaToolkits << probe::CudaToolkit{QStringLiteral("12.4"),
                                         QStringLiteral("12.4.131"),
                                         QStringLiteral("/usr/local/cuda-12.4"),
                                         QStringLiteral("/usr/local/cuda-12.4/bin/nvcc"),
                                         {},
                                         QStringLiteral("nvcc --version")};
    return p;
}

} // namespace

class TestFactSheet : public QObject
{
    Q_OBJECT
private slots:
    void everyRowHasAStateAndAReason()
    {
        const auto sheet = matrix::factSheet(laptop(), builtin());
        QVERIFY(section(sheet, QStringLiteral("Host")));
        QVERIFY(section(sheet, QStringLiteral("Python")));
        for (const matrix::FactSection &s : sheet)
            for (const matrix::FactRow &r : s.rows)
                QVERIFY2(!r.fact.isEmpty() && !r.reason.isEmpty(), qPrintable(s.title + u'/' + r.fact));
    }

    void pythonsNewestFirstByVersion()
    {
        const auto sheet = matrix::factSheet(laptop(), builtin());
        QStringList order;
        for (const matrix::FactRow &r : section(sheet, QStringLiteral("Python"))->rows)
            order << r.fact;
        QCOMPARE(order, (QStringList{QStringLiteral("Python 3.99.0"), QStringLiteral("Python 3.10.12"),
                                     QStringLiteral("Python 3.9.18"), QStringLiteral("Python 2.7.18")}));
    }

    void pythonStatesComeFromTheMatrix()
    {
        const auto sheet = matrix::factSheet(laptop(), builtin());
        const matrix::FactRow *old = rowOf(sheet, QStringLiteral("Python 2.7.18"));
        QCOMPARE(old->state, matrix::FactState::Bad);
        QVERIFY2(old->reason.contains(QStringLiteral("Too old")), qPrintable(old->reason));
        const matrix::FactRow *current = rowOf(sheet, QStringLiteral("Python 3.10.12"));
        QCOMPARE(current->state, matrix::FactState::Ok);
        QVERIFY2(current->reason.contains(QStringLiteral("supports Python 3.10")), qPrintable(current->reason));
        QCOMPARE(rowOf(sheet, QStringLiteral("Python 3.99.0"))->state, matrix::FactState::Warn);
    }

    void toolkitWithoutGpuIsInfo()
    {
        probe::SystemProfile p = laptop();
        QCOMPARE(rowOf(matrix::factSheet(p, builtin()), QStringLiteral("CUDA 12.4"))->state, matrix::FactState::Info);
        probe::Gpu gpu;
        gpu.vendor = QStringLiteral("nvidia");
        gpu.name = QStringLiteral("NVIDIA GeForce RTX 3060");
        gpu.computeCapability = QStringLiteral("8.6");
        gpu.pciBusId = QStringLiteral("0000:01:00.0");
        p.gpus << gpu;
        const auto withGpu = matrix::factSheet(p, builtin());
        QCOMPARE(rowOf(withGpu, QStringLiteral("CUDA 12.4"))->state, matrix::FactState::Ok);
        QCOMPARE(rowOf(withGpu, QStringLiteral("0000:01:00.0"))->state, matrix::FactState::Ok);
        p.gpus.first().state = QStringLiteral("driver_not_loaded");
        const matrix::FactRow *broken = rowOf(matrix::factSheet(p, builtin()), QStringLiteral("0000:01:00.0"));
        QCOMPARE(broken->state, matrix::FactState::Bad);
        QVERIFY(broken->value.contains(QStringLiteral("driver not loaded")));
    }

    void hazardsAreNamedInWords()
    {
        probe::SystemProfile p = laptop();
        p.host.hazards.append({QStringLiteral("kernel_headers_missing"), QStringLiteral("No kernel headers."),
                               QStringLiteral("/lib/modules/x/build")});
        p.host.hazards.append({QStringLiteral("something_new"), QStringLiteral("Odd."), QString()});
        const auto sheet = matrix::factSheet(p, builtin());
        const matrix::FactRow *headers = rowOf(sheet, QStringLiteral("Kernel headers"));
        QVERIFY(headers);
        QCOMPARE(headers->state, matrix::FactState::Bad);
        QVERIFY(rowOf(sheet, QStringLiteral("Host problem")));
        for (const matrix::FactSection &section : sheet)
            for (const matrix::FactRow &r : section.rows)
                QVERIFY2(!r.fact.contains(u'_'), qPrintable(r.fact));
    }

    void kernelAlwaysShown()
    {
        const matrix::FactRow *kernel = rowOf(matrix::factSheet(laptop(), builtin()), QStringLiteral("Kernel"));
        QVERIFY(kernel);
        QCOMPARE(kernel->value, QStringLiteral("6.1.0-18-amd64"));
        probe::SystemProfile imported; // an imported nvidia-smi text knows no kernel
        const matrix::FactRow *unknown = rowOf(matrix::factSheet(imported, builtin()), QStringLiteral("Kernel"));
        QVERIFY(unknown);
        QCOMPARE(unknown->value, QStringLiteral("unknown"));
    }

    void diskAndMemoryThresholds()
    {
        probe::SystemProfile p = laptop();
        p.host.diskFreeMib = 5 * 1024;
        p.host.memoryMib = 4 * 1024;
        const auto sheet = matrix::factSheet(p, builtin());
        QCOMPARE(rowOf(sheet, QStringLiteral("Free disk"))->state, matrix::FactState::Bad);
        QCOMPARE(rowOf(sheet, QStringLiteral("Memory"))->state, matrix::FactState::Warn);
        p.host.diskFreeMib = 25 * 1024;
        QCOMPARE(rowOf(matrix::factSheet(p, builtin()), QStringLiteral("Free disk"))->state, matrix::FactState::Warn);
    }

    void stateNames()
    {
        QCOMPARE(matrix::factStateName(matrix::FactState::Ok), QStringLiteral("ok"));
        QCOMPARE(matrix::factStateName(matrix::FactState::Warn), QStringLiteral("warn"));
        QCOMPARE(matrix::factStateName(matrix::FactState::Bad), QStringLiteral("bad"));
        QCOMPARE(matrix::factStateName(matrix::FactState::Info), QStringLiteral("info"));
    }
};

QTEST_GUILESS_MAIN(TestFactSheet)
#include "tst_factsheet.moc"
