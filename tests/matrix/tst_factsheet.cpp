// SPDX-License-Identifier: GPL-3.0-or-later
// The fact sheet of a profile: every row has a state and a reason; interpreters are listed
// newest first as versions (3.10 before 3.9); Pythons no PyTorch release supports (2.7 and
// 3.5, older than any; one newer than every release) are unusable with the reason, as is an
// environment of such a Python, while 3.6 is ok (PyTorch 1.8-1.10 support it); a CUDA
// toolkit without an NVIDIA GPU is info, not ok; a GPU without a working driver is bad; the
// kernel is always shown.
#include "core/matrix/factsheet.h"

#include <QTest>

#include <algorithm>

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
              << probe::PythonInterpreter{QStringLiteral("3.6.15"), QStringLiteral("/opt/py36/bin/python3.6"), {}}
              << probe::PythonInterpreter{QStringLiteral("3.5.10"), QStringLiteral("/opt/py35/bin/python3.5"), {}}
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
                                     QStringLiteral("Python 3.9.18"), QStringLiteral("Python 3.6.15"),
                                     QStringLiteral("Python 3.5.10"), QStringLiteral("Python 2.7.18")}));
    }

    void pythonStatesComeFromTheMatrix()
    {
        const auto sheet = matrix::factSheet(laptop(), builtin());
        for (const QString &fact : {QStringLiteral("Python 2.7.18"), QStringLiteral("Python 3.5.10")}) {
            const matrix::FactRow *old = rowOf(sheet, fact);
            QCOMPARE(old->state, matrix::FactState::Unusable);
            QVERIFY2(old->reason.contains(QStringLiteral("Too old for any PyTorch release")), qPrintable(old->reason));
        }
        const matrix::FactRow *current = rowOf(sheet, QStringLiteral("Python 3.10.12"));
        QCOMPARE(current->state, matrix::FactState::Ok);
        QVERIFY2(current->reason.contains(QStringLiteral("supports Python 3.10")), qPrintable(current->reason));
        // The matrix's oldest releases (1.8 to 1.10) still take Python 3.6.
        const matrix::FactRow *py36 = rowOf(sheet, QStringLiteral("Python 3.6.15"));
        QCOMPARE(py36->state, matrix::FactState::Ok);
        QVERIFY2(py36->reason.contains(QStringLiteral("supports Python 3.6")), qPrintable(py36->reason));
        const matrix::FactRow *future = rowOf(sheet, QStringLiteral("Python 3.99.0"));
        QCOMPARE(future->state, matrix::FactState::Unusable);
        QVERIFY2(future->reason.contains(QStringLiteral("Newer than any PyTorch release")), qPrintable(future->reason));
    }

    void environmentOfAnUnsupportedPython()
    {
        probe::SystemProfile p = laptop();
        probe::PythonEnv old;
        old.kind = QStringLiteral("venv");
        old.path = QStringLiteral("/home/u/venvs/py27");
        old.pythonVersion = QStringLiteral("2.7.18");
        probe::PythonEnv fine = old;
        fine.path = QStringLiteral("/home/u/venvs/py311");
        fine.pythonVersion = QStringLiteral("3.11.2");
        p.pythonEnvs << old << fine;
        const auto sheet = matrix::factSheet(p, builtin());
        const auto &rows = section(sheet, QStringLiteral("Python"))->rows;
        const auto at = [&](const QString &path) {
            return std::find_if(rows.cbegin(), rows.cend(),
                                [&](const matrix::FactRow &r) { return r.value.startsWith(path); });
        };
        QCOMPARE(at(old.path)->state, matrix::FactState::Unusable);
        QVERIFY2(at(old.path)->reason.startsWith(QStringLiteral("Not usable as an existing environment: Too old")),
                 qPrintable(at(old.path)->reason));
        QCOMPARE(at(fine.path)->state, matrix::FactState::Ok);
    }

    void toolkitWithoutGpuIsInfo()
    {
        probe::SystemProfile p = laptop();
        const matrix::FactRow *noGpu = rowOf(matrix::factSheet(p, builtin()), QStringLiteral("CUDA 12.4"));
        QCOMPARE(noGpu->state, matrix::FactState::Info); // grey, not green "usable"
        QVERIFY2(noGpu->reason.startsWith(QStringLiteral("Usable for builds, no GPU to run on")),
                 qPrintable(noGpu->reason));
        probe::Gpu gpu;
        gpu.vendor = QStringLiteral("nvidia");
        gpu.name = QStringLiteral("NVIDIA GeForce RTX 3060");
        gpu.computeCapability = QStringLiteral("8.6");
        gpu.pciBusId = QStringLiteral("0000:01:00.0");
        p.gpus << gpu;
        const auto withGpu = matrix::factSheet(p, builtin());
        QCOMPARE(rowOf(withGpu, QStringLiteral("CUDA 12.4"))->state, matrix::FactState::Ok);
        QCOMPARE(rowOf(withGpu, QStringLiteral("GPU 0"))->state, matrix::FactState::Ok);
        QVERIFY(rowOf(withGpu, QStringLiteral("GPU 0"))->value.endsWith(QStringLiteral("PCI 0000:01:00.0")));
        p.gpus.first().state = QStringLiteral("driver_not_loaded");
        const matrix::FactRow *broken = rowOf(matrix::factSheet(p, builtin()), QStringLiteral("GPU 0"));
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
        QVERIFY2(unknown->source.isEmpty(), qPrintable(unknown->source)); // nothing was read
        QCOMPARE(kernel->source, QStringLiteral("/proc/sys/kernel/osrelease"));
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
        QCOMPARE(matrix::factStateName(matrix::FactState::Unusable), QStringLiteral("off"));
    }
};

QTEST_GUILESS_MAIN(TestFactSheet)
#include "tst_factsheet.moc"
