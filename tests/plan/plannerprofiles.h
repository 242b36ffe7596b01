// SPDX-License-Identifier: GPL-3.0-or-later
// Machines the planner tests plan for, built as SystemProfile values with the facts a real
// `dlstack detect` reports on them (names, compute capabilities and driver versions as
// nvidia-smi prints them on those GPUs).
#pragma once

#include "core/probe/systemprofile.h"

#include <QString>

namespace dlstack::test {

struct MachineSpec
{
    int cores = 8;
    qint64 memoryGib = 32;
    QString gpu; // "NVIDIA GeForce RTX 3060 Laptop GPU"
    QString cc;  // "8.6"
    int gpuCount = 1;
    QString gfx;                            // "gfx90a" for AMD
    QString driver;                         // "535.183.01"
    QString driverCuda;                     // "12.2"
    QString toolkit;                        // "12.1" installed at /usr/local/cuda-12.1
    QString rocm;                           // "6.1.0" at /opt/rocm-6.1.0
    QString cudnn;                          // "9.13.0" in the toolkit
    QString gcc = QStringLiteral("12.2.0"); // /usr/bin/gcc
    QString olderGcc;                       // e.g. "11.4.0" at /usr/bin/gcc-11
    QString python = QStringLiteral("3.11.2");
    QString condaRoot; // "/home/u/miniforge3"
    QString condaEnv;  // "/home/u/miniforge3/envs/dl" (python 3.10)
};

// An RTX 3090 (sm_86) on driver 580 (CUDA 13.0) with gcc 11.4: a source build's usual desk.
inline MachineSpec rtx3090Driver580()
{
    MachineSpec m;
    m.gpu = QStringLiteral("NVIDIA GeForce RTX 3090");
    m.cc = QStringLiteral("8.6");
    m.driver = QStringLiteral("580.95.05");
    m.driverCuda = QStringLiteral("13.0");
    m.gcc = QStringLiteral("11.4.0");
    return m;
}

inline probe::SystemProfile machine(const MachineSpec &m)
{
    probe::SystemProfile p;
    p.host.osId = QStringLiteral("debian");
    p.host.osVersion = QStringLiteral("12");
    p.host.arch = QStringLiteral("x86_64");
    p.host.cpuCores = m.cores;
    p.host.memoryMib = m.memoryGib * 1024;
    p.host.diskFreeMib = 500 * 1024;
    for (int i = 0; i < m.gpuCount && !m.gpu.isEmpty(); ++i) {
        probe::Gpu gpu;
        gpu.vendor = m.gfx.isEmpty() ? QStringLiteral("nvidia") : QStringLiteral("amd");
        gpu.name = m.gpu;
        gpu.computeCapability = m.cc;
        gpu.gfxTarget = m.gfx;
        gpu.pciBusId = QStringLiteral("0000:%1:00.0").arg(i + 1, 2, 10, QLatin1Char('0'));
        p.gpus << gpu;
    }
    if (!m.driver.isEmpty())
        p.nvidiaDriver = probe::NvidiaDriver{m.driver, m.driverCuda, false, QStringLiteral("nvidia-smi")};
    if (!m.toolkit.isEmpty()) {
        const QString path = QStringLiteral("/usr/local/cuda-") + m.toolkit;
        p.cudaToolkits << probe::CudaToolkit{
            m.toolkit, m.toolkit + QStringLiteral(".0"), path, path + QStringLiteral("/bin/nvcc"), {}, {}};
    }
    if (!m.cudnn.isEmpty())
        p.cudnn << probe::Cudnn{
            m.cudnn, QStringLiteral("/usr/local/cuda-") + m.toolkit + QStringLiteral("/include/cudnn_version.h"), {}};
    if (!m.rocm.isEmpty())
        p.rocm = probe::Rocm{m.rocm,
                             QStringLiteral("/opt/rocm-") + m.rocm,
                             QStringLiteral("/opt/rocm-") + m.rocm + QStringLiteral("/bin/hipcc"),
                             {}};
    p.compilers << probe::Compiler{QStringLiteral("gcc"), m.gcc, QStringLiteral("/usr/bin/gcc"), {}};
    if (!m.olderGcc.isEmpty())
        p.compilers << probe::Compiler{
            QStringLiteral("gcc"), m.olderGcc, QStringLiteral("/usr/bin/gcc-") + m.olderGcc.section(u'.', 0, 0), {}};
    p.pythons << probe::PythonInterpreter{
        m.python, QStringLiteral("/usr/bin/python") + m.python.section(u'.', 0, 1), {}};
    if (!m.condaRoot.isEmpty()) {
        probe::CondaInstall conda;
        conda.root = m.condaRoot;
        conda.flavour = QStringLiteral("miniforge");
        conda.version = QStringLiteral("24.9.2");
        if (!m.condaEnv.isEmpty())
            conda.envs << probe::CondaEnv{QStringLiteral("dl"), m.condaEnv};
        p.conda << conda;
    }
    if (!m.condaEnv.isEmpty()) {
        probe::PythonEnv env;
        env.kind = QStringLiteral("conda");
        env.path = m.condaEnv;
        env.python = m.condaEnv + QStringLiteral("/bin/python");
        env.pythonVersion = QStringLiteral("3.10.14");
        p.pythonEnvs << env;
    }
    p.tools.insert(QStringLiteral("git"), probe::Tool{QStringLiteral("2.39.5"), QStringLiteral("/usr/bin/git"), {}});
    p.tools.insert(QStringLiteral("cmake"),
                   probe::Tool{QStringLiteral("3.25.1"), QStringLiteral("/usr/bin/cmake"), {}});
    return p;
}

} // namespace dlstack::test
