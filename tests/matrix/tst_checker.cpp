// SPDX-License-Identifier: GPL-3.0-or-later
// check() over the shipped matrix: one row per situation, taken from the primary sources
// the data cites (CUDA release notes for drivers, compilers and sm ranges; PyTorch's build
// scripts for the wheel arch lists; RELEASE.md for Python ranges) and from the seed
// guides' tested range (drivers 470-510, CUDA 10.1-11.5, PyTorch 1.8.2-1.10.2,
// Python 3.6-3.9) and today's (driver 580, CUDA 13.0, torch 2.11, H100).
#include "core/matrix/archcoverage.h"
#include "core/matrix/checker.h"
#include "core/matrix/facts.h"
#include "core/matrix/rules/rule.h"
#include "core/matrix/versioncompare.h"
#include "profilespec.h"

#include <QJsonArray>
#include <QtTest>

using namespace dlstack;

namespace {

// Machines used by many rows.
const QString kSeed1080 = QStringLiteral("gpu=GeForce GTX 1080 Ti:6.1;driver=470.82.01;python=3.8.10");
const QString kSeed3090 = QStringLiteral("gpu=GeForce RTX 3090:8.6;driver=470.82.01;python=3.8.10,3.9.5");
const QString kH100 =
    QStringLiteral("gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3;gcc=13.3.0;mem=256;cores=64");
const QString k5090 = QStringLiteral("gpu=GeForce RTX 5090:12.0;driver=575.64.03;python=3.12.3");
const QString kMi300 = QStringLiteral("amd=Instinct MI300X:gfx942;python=3.10.12");
const QString kB580 = QStringLiteral("intel=Arc B580:8086:e20b;python=3.12.3");
const QString kA770 = QStringLiteral("intel=Arc A770:8086:56a0;python=3.12.3");
const QString kBuild = QStringLiteral(";gcc=9.4.0;cmake=3.22.1;mem=32;cores=16");

const matrix::Matrix &shipped()
{
    return matrix::Matrix::builtin().value();
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto &m = matrix::Matrix::builtin();
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toText()));
    }

    void check_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("selection");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("present");   // ids that must be found
        QTest::addColumn<QString>("absent");    // ids that must not be found
        QTest::addColumn<QString>("remedyHas"); // text in the remedy of the first present id

        // --- The seed guides' range: drivers 470-510, CUDA 10.1-11.5, torch 1.8.2-1.10.2, Python 3.6-3.9.
        QTest::newRow("seed 1080Ti 1.8.2 cu111 py3.8") << kSeed1080 << "torch=1.8.2 cuda=11.1 python=3.8"
                                                       << "ok"
                                                       << ""
                                                       << "gpu_arch_not_in_wheels,driver_too_old"
                                                       << "";
        QTest::newRow("seed 3090 1.10.2 cu102: no sm_86 kernels") << kSeed3090 << "torch=1.10.2 cuda=10.2 python=3.9"
                                                                  << "blocked"
                                                                  << "gpu_arch_not_in_wheels"
                                                                  << ""
                                                                  << "cu113";
        QTest::newRow("seed 3090 1.10.2 cu113") << kSeed3090 << "torch=1.10.2 cuda=11.3 python=3.9"
                                                << "ok"
                                                << ""
                                                << "gpu_arch_not_in_wheels"
                                                << "";
        QTest::newRow("seed 3090 1.8.2 cu111") << kSeed3090 << "torch=1.8.2 cuda=11.1 python=3.8"
                                               << "ok"
                                               << ""
                                               << ""
                                               << "";
        QTest::newRow("seed 3090 1.9.0 cu111") << kSeed3090 << "torch=1.9.0 cuda=11.1 python=3.9"
                                               << "ok"
                                               << ""
                                               << ""
                                               << "";
        QTest::newRow("driver 440 with cu113") << "gpu=GeForce RTX 2080 Ti:7.5;driver=440.33.01;python=3.8.10"
                                               << "torch=1.10.0 cuda=11.3 python=3.8"
                                               << "blocked"
                                               << "driver_too_old"
                                               << ""
                                               << "CUDA 10.2";
        QTest::newRow("driver 418.39 cu101") << "gpu=Tesla V100-SXM2-16GB:7.0;driver=418.39;python=3.7.3"
                                             << "torch=1.8.1 cuda=10.1 python=3.7"
                                             << "ok"
                                             << ""
                                             << "driver_too_old"
                                             << "";
        QTest::newRow("driver 418.39 cu102") << "gpu=Tesla V100-SXM2-16GB:7.0;driver=418.39;python=3.7.3"
                                             << "torch=1.8.1 cuda=10.2 python=3.7"
                                             << "blocked"
                                             << "driver_too_old"
                                             << ""
                                             << "CUDA 10.1";
        QTest::newRow("driver 470 cu111 torch 1.9.1") << kSeed1080 << "torch=1.9.1 cuda=11.1 python=3.8"
                                                      << "ok"
                                                      << ""
                                                      << "driver_too_old,driver_minor_compatibility"
                                                      << "";
        QTest::newRow("driver 460 cu113: minor-version compatibility")
            << "gpu=Tesla T4:7.5;driver=460.32.03;python=3.8.10"
            << "torch=1.10.1 cuda=11.3 python=3.8"
            << "ok"
            << "driver_minor_compatibility"
            << "driver_too_old"
            << "";
        QTest::newRow("driver 510 cu113 torch 1.10.2") << "gpu=A100-SXM4-40GB:8.0;driver=510.47.03;python=3.9.7"
                                                       << "torch=1.10.2 cuda=11.3 python=3.9"
                                                       << "ok"
                                                       << ""
                                                       << "driver_minor_compatibility"
                                                       << "";
        QTest::newRow("torch 1.8.2 python 3.9 out of range") << kSeed1080 << "torch=1.8.2 cuda=11.1 python=3.9"
                                                             << "blocked"
                                                             << "python_out_of_range"
                                                             << ""
                                                             << "3.6";
        QTest::newRow("torch 1.9.0 python 3.10") << kSeed1080 << "torch=1.9.0 cuda=11.1 python=3.10"
                                                 << "blocked"
                                                 << "python_out_of_range"
                                                 << ""
                                                 << "";
        QTest::newRow("torch 1.10.2 python 3.6") << "gpu=GeForce GTX 1080 Ti:6.1;driver=470.82.01;python=3.6.9"
                                                 << "torch=1.10.2 cuda=10.2 python=3.6"
                                                 << "ok"
                                                 << ""
                                                 << "python_out_of_range"
                                                 << "";
        QTest::newRow("torch 1.11 python 3.6") << kSeed1080 << "torch=1.11.0 cuda=10.2 python=3.6"
                                               << "blocked"
                                               << "python_out_of_range"
                                               << ""
                                               << "";
        QTest::newRow("K80 sm_37 with cu113 wheels") << "gpu=Tesla K80:3.7;driver=470.82.01;python=3.8.10"
                                                     << "torch=1.10.2 cuda=11.3 python=3.8"
                                                     << "ok"
                                                     << ""
                                                     << "gpu_arch_not_in_wheels"
                                                     << "";
        QTest::newRow("GTX 680 sm_30 with cu102 wheels (arch list unverified)")
            << "gpu=GeForce GTX 680:3.0;driver=470.82.01;python=3.8.10"
            << "torch=1.10.2 cuda=10.2 python=3.8"
            << "warning"
            << "gpu_arch_not_in_wheels"
            << ""
            << "CUDA 10.2";
        QTest::newRow("seed source 1.8.2 CUDA 11.1 gcc 9") << "gpu=Tesla T4:7.5;driver=470.82.01;python=3.8.10" + kBuild
                                                           << "torch=1.8.2 cuda=11.1 route=source python=3.8"
                                                           << "ok"
                                                           << "max_jobs_proposal"
                                                           << "host_compiler_too_new"
                                                           << "";
        QTest::newRow("source CUDA 11.1 gcc 11")
            << "gpu=Tesla T4:7.5;driver=470.82.01;python=3.8.10;gcc=11.3.0;cmake=3.22.1;mem=32;cores=16"
            << "torch=1.8.2 cuda=11.1 route=source python=3.8"
            << "blocked"
            << "host_compiler_too_new"
            << ""
            << "gcc-10";
        QTest::newRow("source CUDA 11.1 gcc 11 and gcc-10")
            << "gpu=Tesla T4:7.5;driver=470.82.01;python=3.8.10;gcc=11.3.0,10.5.0;cmake=3.22.1;mem=32;cores=16"
            << "torch=1.8.2 cuda=11.1 route=source python=3.8"
            << "warning"
            << "compiler_use_other_gcc"
            << "host_compiler_too_new"
            << "/usr/bin/gcc-10";
        QTest::newRow("source CUDA 11.5 gcc 11: not a CUDA of 1.10.2")
            << "gpu=Tesla T4:7.5;driver=495.29.05;python=3.9.7;gcc=11.2.0;cmake=3.22.1;mem=32;cores=16"
            << "torch=1.10.2 cuda=11.5 route=source python=3.9"
            << "warning"
            << "source_cuda_untested"
            << "host_compiler_too_new"
            << "cu113";
        QTest::newRow("source 1.10.2 with cmake 4.0.2")
            << "gpu=Tesla T4:7.5;driver=495.29.05;python=3.9.7;gcc=9.4.0;cmake=4.0.2;mem=32;cores=16"
            << "torch=1.10.2 cuda=11.3 route=source python=3.9"
            << "warning"
            << "cmake_too_new"
            << ""
            << "CMAKE_POLICY_VERSION_MINIMUM=3.5";
        QTest::newRow("source with cmake 3.23.0 and CUDA")
            << "gpu=Tesla T4:7.5;driver=495.29.05;python=3.9.7;gcc=9.4.0;cmake=3.23.0;mem=32;cores=16"
            << "torch=1.10.2 cuda=11.3 route=source python=3.9"
            << "blocked"
            << "cmake_3_23_0_cuda"
            << ""
            << "3.22.3";
        QTest::newRow("source CPU with cmake 3.23.0") << "python=3.9.7;gcc=9.4.0;cmake=3.23.0;mem=32;cores=16"
                                                      << "torch=1.10.2 cpu route=source python=3.9"
                                                      << "ok"
                                                      << ""
                                                      << "cmake_3_23_0_cuda"
                                                      << "";
        QTest::newRow("source with cmake 3.31 and Ninja: reported only")
            << "python=3.12.3;gcc=13.3.0;cmake=3.31.6;ninja=1;mem=64;cores=16"
            << "torch=2.11.0 cpu route=source python=3.12"
            << "warning"
            << "cmake_3_30_ninja"
            << ""
            << "cmake<3.30";
        QTest::newRow("source with cmake 3.31 without Ninja") << "python=3.12.3;gcc=13.3.0;cmake=3.31.6;mem=64;cores=16"
                                                              << "torch=2.11.0 cpu route=source python=3.12"
                                                              << "ok"
                                                              << ""
                                                              << "cmake_3_30_ninja"
                                                              << "";
        QTest::newRow("source with cmake 3.29 and Ninja")
            << "python=3.12.3;gcc=13.3.0;cmake=3.29.6;ninja=1;mem=64;cores=16"
            << "torch=2.11.0 cpu route=source python=3.12"
            << "ok"
            << ""
            << "cmake_3_30_ninja"
            << "";
        QTest::newRow("source 1.10.2 cmake 3.5")
            << "gpu=Tesla T4:7.5;driver=495.29.05;python=3.9.7;gcc=9.4.0;cmake=3.5.1;mem=32;cores=16"
            << "torch=1.10.2 cuda=11.3 route=source python=3.9"
            << "blocked"
            << "cmake_too_old"
            << ""
            << "cmake>=3.10,<4.0";
        QTest::newRow("source CUDA 10.2 for sm_86")
            << kSeed3090 + kBuild << "torch=1.10.2 cuda=10.2 route=source python=3.9"
            << "blocked"
            << "gpu_arch_above_toolkit"
            << ""
            << "CUDA";
        QTest::newRow("source CUDA 11.0 for sm_86")
            << kSeed3090 + kBuild << "torch=1.8.2 cuda=11.0 route=source python=3.8"
            << "blocked"
            << "gpu_arch_above_toolkit"
            << ""
            << "";
        QTest::newRow("source CUDA 11.1 for sm_86")
            << kSeed3090 + kBuild << "torch=1.8.2 cuda=11.1 route=source python=3.8"
            << "ok"
            << ""
            << "gpu_arch_above_toolkit"
            << "";
        QTest::newRow("source CUDA 11.6 on driver 470")
            << kSeed3090 + kBuild << "torch=1.12.1 cuda=11.6 route=source python=3.9"
            << "warning"
            << "driver_below_toolkit"
            << "driver_too_old,source_cuda_untested"
            << "nvidia-driver-510";
        QTest::newRow("source CUDA 11.6 on driver 510")
            << "gpu=GeForce RTX 3090:8.6;driver=510.47.03;python=3.9.5" + kBuild
            << "torch=1.12.1 cuda=11.6 route=source python=3.9"
            << "ok"
            << ""
            << "driver_below_toolkit"
            << "";
        QTest::newRow("source CUDA 10.1 for sm_86")
            << kSeed3090 + kBuild << "torch=1.8.1 cuda=10.1 route=source python=3.8"
            << "blocked"
            << "gpu_arch_above_toolkit"
            << ""
            << "";

        // --- Today: driver 580, CUDA 13.0, torch 2.11, H100 (cc 9.0).
        QTest::newRow("H100 2.11 cu130 py3.12") << kH100 << "torch=2.11.0 cuda=13.0 python=3.12"
                                                << "ok"
                                                << ""
                                                << "gpu_arch_not_in_wheels,driver_too_old"
                                                << "";
        QTest::newRow("H100 2.11 cu130 on driver 535") << "gpu=H100 80GB HBM3:9.0;driver=535.104.05;python=3.12.3"
                                                       << "torch=2.11.0 cuda=13.0 python=3.12"
                                                       << "blocked"
                                                       << "driver_too_old"
                                                       << ""
                                                       << "CUDA 12.8";
        QTest::newRow("H100 2.11 cu128 on driver 535") << "gpu=H100 80GB HBM3:9.0;driver=535.104.05;python=3.12.3"
                                                       << "torch=2.11.0 cuda=12.8 python=3.12"
                                                       << "ok"
                                                       << "driver_minor_compatibility"
                                                       << "driver_too_old"
                                                       << "";
        QTest::newRow("H100 2.11 cu126") << kH100 << "torch=2.11.0 cuda=12.6 python=3.12"
                                         << "ok"
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("1080Ti 2.9.0 cu130: wheels start at sm_75")
            << "gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3"
            << "torch=2.9.0 cuda=13.0 python=3.12"
            << "blocked"
            << "gpu_arch_not_in_wheels"
            << ""
            << "cu126";
        QTest::newRow("1080Ti 2.9.0 cu128: wheels start at sm_70")
            << "gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3"
            << "torch=2.9.0 cuda=12.8 python=3.12"
            << "blocked"
            << "gpu_arch_not_in_wheels"
            << ""
            << "cu126";
        QTest::newRow("1080Ti 2.9.0 cu126") << "gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3"
                                            << "torch=2.9.0 cuda=12.6 python=3.12"
                                            << "ok"
                                            << ""
                                            << "gpu_arch_not_in_wheels"
                                            << "";
        QTest::newRow("RTX 5090 2.6.0 cu126: no sm_120") << k5090 << "torch=2.6.0 cuda=12.6 python=3.12"
                                                         << "blocked"
                                                         << "gpu_arch_not_in_wheels"
                                                         << ""
                                                         << "cu128";
        QTest::newRow("RTX 5090 2.7.0 cu128") << k5090 << "torch=2.7.0 cuda=12.8 python=3.12"
                                              << "ok"
                                              << ""
                                              << "gpu_arch_not_in_wheels,gpu_arch_ptx_only"
                                              << "";
        QTest::newRow("RTX 5090 2.7.0 cu118") << k5090 << "torch=2.7.0 cuda=11.8 python=3.12"
                                              << "blocked"
                                              << "gpu_arch_not_in_wheels"
                                              << ""
                                              << "";
        QTest::newRow("RTX 5090 2.11 cu130 on driver 575") << k5090 << "torch=2.11.0 cuda=13.0 python=3.12"
                                                           << "blocked"
                                                           << "driver_too_old"
                                                           << ""
                                                           << "CUDA 12.8";
        QTest::newRow("GB10 sm_121 2.9.0 cu130") << "gpu=GB10:12.1;driver=580.95.05;python=3.12.3"
                                                 << "torch=2.9.0 cuda=13.0 python=3.12"
                                                 << "ok"
                                                 << ""
                                                 << "gpu_arch_not_in_wheels"
                                                 << "";
        QTest::newRow("B200 2.8.0 cu128") << "gpu=B200:10.0;driver=570.124.06;python=3.12.3"
                                          << "torch=2.8.0 cuda=12.8 python=3.12"
                                          << "ok"
                                          << ""
                                          << ""
                                          << "";
        QTest::newRow("RTX 4090 sm_89 2.4.1 cu121") << "gpu=GeForce RTX 4090:8.9;driver=550.54.14;python=3.11.9"
                                                    << "torch=2.4.1 cuda=12.1 python=3.11"
                                                    << "ok"
                                                    << ""
                                                    << "gpu_arch_not_in_wheels"
                                                    << "";
        QTest::newRow("H100 source CUDA 13.0 gcc 13") << kH100 + ";cmake=3.30.2"
                                                      << "torch=2.11.0 cuda=13.0 route=source python=3.12"
                                                      << "ok"
                                                      << ""
                                                      << "host_compiler_too_new"
                                                      << "";
        QTest::newRow("H100 source CUDA 12.4 gcc 14")
            << "gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3;gcc=14.2.0;cmake=3.30.2;mem=256;cores=64"
            << "torch=2.5.1 cuda=12.4 route=source python=3.12"
            << "blocked"
            << "host_compiler_too_new"
            << ""
            << "gcc-13";
        QTest::newRow("source CUDA 12.4 on driver 535")
            << "gpu=H100 80GB HBM3:9.0;driver=535.104.05;python=3.12.3;gcc=12.3.0;cmake=3.30.2;mem=256;cores=64"
            << "torch=2.5.1 cuda=12.4 route=source python=3.12"
            << "warning"
            << "driver_below_toolkit"
            << "driver_too_old"
            << "CUDA 12.2";
        QTest::newRow("1080Ti source CUDA 13.0")
            << "gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3;gcc=13.3.0;cmake=3.30.2;mem=64;cores=16"
            << "torch=2.11.0 cuda=13.0 route=source python=3.12"
            << "blocked"
            << "gpu_arch_below_toolkit"
            << ""
            << "12.9";
        QTest::newRow("5090 source CUDA 12.6") << k5090 + ";gcc=13.3.0;cmake=3.30.2;mem=64;cores=16"
                                               << "torch=2.6.0 cuda=12.6 route=source python=3.12"
                                               << "blocked"
                                               << "gpu_arch_above_toolkit"
                                               << ""
                                               << "";
        QTest::newRow("5090 source CUDA 12.8") << k5090 + ";gcc=13.3.0;cmake=3.30.2;mem=64;cores=16"
                                               << "torch=2.7.1 cuda=12.8 route=source python=3.12"
                                               << "ok"
                                               << ""
                                               << "gpu_arch_above_toolkit"
                                               << "";
        QTest::newRow("source arch list without the GPU")
            << k5090 + ";gcc=13.3.0;cmake=3.30.2;mem=64;cores=16"
            << "torch=2.7.1 cuda=12.8 route=source python=3.12 arch=8.0,9.0"
            << "warning"
            << "gpu_arch_not_in_arch_list"
            << ""
            << "12.0";
        QTest::newRow("torch 2.13 source gcc 10")
            << "gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3;gcc=10.5.0;cmake=3.30.2;mem=64;cores=16"
            << "torch=2.13.0 cuda=13.0 route=source python=3.12"
            << "blocked"
            << "compiler_too_old"
            << ""
            << "";
        QTest::newRow("torch 2.10 source cmake 3.22") << kH100 + ";cmake=3.22.1"
                                                      << "torch=2.10.0 cuda=13.0 route=source python=3.12"
                                                      << "blocked"
                                                      << "cmake_too_old"
                                                      << ""
                                                      << "3.27";
        QTest::newRow("torch 2.13 CUDA 11.0 source: no gcc fits")
            << kH100 << "torch=2.13.0 cuda=11.0 route=source python=3.12"
            << "blocked"
            << "compiler_range_empty"
            << ""
            << "";
        QTest::newRow("source without gcc") << "gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3;mem=64;cores=16"
                                            << "torch=2.11.0 cuda=13.0 route=source python=3.12"
                                            << "blocked"
                                            << "compiler_missing"
                                            << ""
                                            << "gcc-15";
        QTest::newRow("torch 2.11 python 3.9") << kH100 << "torch=2.11.0 cuda=13.0 python=3.9"
                                               << "blocked"
                                               << "python_out_of_range"
                                               << ""
                                               << "torch 2.8.0";
        QTest::newRow("torch 2.11 python 3.14") << kH100 << "torch=2.11.0 cuda=13.0 python=3.14 conda"
                                                << "ok"
                                                << ""
                                                << "python_out_of_range"
                                                << "";
        QTest::newRow("torch 2.9 python 3.14t") << kH100 << "torch=2.9.0 cuda=13.0 python=3.14t conda"
                                                << "warning"
                                                << "python_experimental"
                                                << ""
                                                << "";
        QTest::newRow("torch 2.2 python 3.12") << "gpu=A100-SXM4-80GB:8.0;driver=535.104.05;python=3.12.3"
                                               << "torch=2.2.0 cuda=12.1 python=3.12"
                                               << "warning"
                                               << "python_experimental"
                                               << ""
                                               << "";
        QTest::newRow("python not installed for venv") << kH100 << "torch=2.11.0 cuda=13.0 python=3.11"
                                                       << "warning"
                                                       << "python_not_installed"
                                                       << ""
                                                       << "conda";
        QTest::newRow("no wheel for CUDA 12.2") << kH100 << "torch=2.4.1 cuda=12.2 python=3.12"
                                                << "blocked"
                                                << "no_wheel_for_selection"
                                                << ""
                                                << "cu124";
        QTest::newRow("unknown torch") << kH100 << "torch=2.99 cuda=12.4"
                                       << "blocked"
                                       << "selection_unknown"
                                       << ""
                                       << "";

        // --- CPU-only machines and backends.
        QTest::newRow("no GPU, CUDA chosen") << "python=3.11.2"
                                             << "torch=2.11.0 cuda=13.0"
                                             << "blocked"
                                             << "no_nvidia_gpu"
                                             << ""
                                             << "--cpu";
        QTest::newRow("no GPU, CPU chosen") << "python=3.11.2"
                                            << "torch=2.11.0 cpu"
                                            << "ok"
                                            << ""
                                            << "no_nvidia_gpu"
                                            << "";
        QTest::newRow("GPU machine, CPU chosen") << kH100 << "torch=2.11.0 cpu"
                                                 << "ok"
                                                 << "cpu_only_with_gpu"
                                                 << ""
                                                 << "";
        QTest::newRow("cross build without GPU") << "python=3.12.3;gcc=13.3.0;cmake=3.30.2;mem=64;cores=16"
                                                 << "torch=2.11.0 cuda=13.0 route=source arch=9.0"
                                                 << "warning"
                                                 << "no_nvidia_gpu"
                                                 << ""
                                                 << "";
        QTest::newRow("WSL with CUDA") << kH100 + ";wsl=1"
                                       << "torch=2.11.0 cuda=13.0 python=3.12"
                                       << "ok"
                                       << "wsl_driver_from_windows"
                                       << ""
                                       << "";

        // --- ROCm.
        QTest::newRow("MI300X 2.4.1 rocm6.1") << kMi300 << "torch=2.4.1 rocm=6.1 python=3.10"
                                              << "ok"
                                              << ""
                                              << "gpu_gfx_not_in_wheels"
                                              << "";
        QTest::newRow("MI300X 2.2.0 rocm5.6: no gfx942") << kMi300 << "torch=2.2.0 rocm=5.6 python=3.10"
                                                         << "blocked"
                                                         << "gpu_gfx_not_in_wheels"
                                                         << ""
                                                         << "";
        QTest::newRow("RX 5700 gfx1010 2.7.0 rocm6.3") << "amd=Radeon RX 5700 XT:gfx1010;python=3.12.3"
                                                       << "torch=2.7.0 rocm=6.3 python=3.12"
                                                       << "blocked"
                                                       << "gpu_gfx_not_in_wheels"
                                                       << ""
                                                       << "PYTORCH_ROCM_ARCH=gfx1010";
        QTest::newRow("RX 6800 gfx1030 2.4.1 rocm6.1") << "amd=Radeon RX 6800:gfx1030;python=3.10.12"
                                                       << "torch=2.4.1 rocm=6.1 python=3.10"
                                                       << "ok"
                                                       << ""
                                                       << ""
                                                       << "";
        QTest::newRow("RX 7800 gfx1101 2.7.0 rocm6.3: not in ROCm list")
            << "amd=Radeon RX 7800 XT:gfx1101;python=3.12.3"
            << "torch=2.7.0 rocm=6.3 python=3.12"
            << "warning"
            << "gpu_gfx_not_supported_by_rocm"
            << "gpu_gfx_not_in_wheels"
            << "";
        QTest::newRow("ROCm chosen on NVIDIA machine") << kH100 << "torch=2.4.1 rocm=6.1 python=3.12"
                                                       << "blocked"
                                                       << "no_amd_gpu"
                                                       << ""
                                                       << "CUDA";
        QTest::newRow("torch 1.9.0 rocm4.2 targets unknown") << "amd=Instinct MI100:gfx908;python=3.8.10"
                                                             << "torch=1.9.0 rocm=4.2 python=3.8"
                                                             << "warning"
                                                             << "rocm_wheel_targets_unknown"
                                                             << ""
                                                             << "";

        // --- Intel XPU: the GPU (PCI ids from pci.ids), its kernel module and Level Zero's two
        // libraries as the probe reports them (tests/fixtures/probe/sysfs/intel-*).
        QTest::newRow("Arc B580 2.12.1 xpu with Level Zero") << kB580 + ";ze=loader,gpu;modules=xe"
                                                             << "torch=2.12.1 xpu python=3.12"
                                                             << "ok"
                                                             << ""
                                                             << "no_intel_gpu,no_level_zero,xpu_support_package"
                                                             << "";
        QTest::newRow("Arc B580 2.12.1 xpu without Level Zero")
            << kB580 + ";modules=xe"
            << "torch=2.12.1 xpu python=3.12"
            << "blocked"
            << "no_level_zero"
            << ""
            << "https://docs.pytorch.org/docs/2.12/notes/get_start_xpu.html";
        QTest::newRow("Arc A770 2.7.0 xpu with the loader only") << kA770 + ";ze=loader;modules=i915"
                                                                 << "torch=2.7.0 xpu python=3.12"
                                                                 << "blocked"
                                                                 << "no_level_zero"
                                                                 << "no_intel_gpu"
                                                                 << "compute-runtime";
        QTest::newRow("Arc A770 2.5.1 xpu: Intel's support package") << kA770 + ";ze=loader,gpu;modules=i915"
                                                                     << "torch=2.5.1 xpu python=3.12"
                                                                     << "warning"
                                                                     << "xpu_support_package"
                                                                     << "no_level_zero"
                                                                     << "PyTorch 2.6 or newer";
        QTest::newRow("Arc A770 xpu, neither i915 nor xe loaded") << kA770 + ";ze=loader,gpu;modules=nouveau"
                                                                  << "torch=2.12.1 xpu python=3.12"
                                                                  << "warning"
                                                                  << "intel_gpu_module_not_loaded"
                                                                  << "no_level_zero"
                                                                  << "modprobe";
        QTest::newRow("xpu on a UHD 770 iGPU only") << "intel=UHD Graphics 770:8086:4680;ze=loader,gpu;modules=i915;"
                                                       "python=3.12.3"
                                                    << "torch=2.9.1 xpu python=3.12"
                                                    << "warning"
                                                    << "intel_gpu_not_validated"
                                                    << "no_level_zero"
                                                    << "--cpu";
        QTest::newRow("xpu on an NVIDIA machine") << kH100 << "torch=2.12.1 xpu python=3.12"
                                                  << "blocked"
                                                  << "no_intel_gpu"
                                                  << ""
                                                  << "--cuda";
        QTest::newRow("xpu on an AMD machine") << kMi300 << "torch=2.12.1 xpu python=3.10"
                                               << "blocked"
                                               << "no_intel_gpu"
                                               << ""
                                               << "--rocm";
        QTest::newRow("xpu for 2.14.1: no XPU wheels recorded") << kB580 + ";ze=loader,gpu"
                                                                << "torch=2.14.1 xpu python=3.12"
                                                                << "blocked"
                                                                << "no_wheel_for_selection"
                                                                << ""
                                                                << "2.14.0";

        // --- NumPy 2, distutils, companions.
        QTest::newRow("numpy 2 in env with torch 2.1.2") << kH100 + ";env=/envs/a;envpy=3.11.9;envpkgs=numpy=2.1.0"
                                                         << "torch=2.1.2 cuda=12.1 env=/envs/a"
                                                         << "warning"
                                                         << "numpy2_incompatible"
                                                         << ""
                                                         << "numpy<2";
        QTest::newRow("numpy 2 in env with torch 2.3.0") << kH100 + ";env=/envs/a;envpy=3.11.9;envpkgs=numpy=2.1.0"
                                                         << "torch=2.3.0 cuda=12.1 env=/envs/a"
                                                         << "ok"
                                                         << ""
                                                         << "numpy2_incompatible"
                                                         << "";
        QTest::newRow("new env with torch 1.13: numpy pinned")
            << "gpu=A100-SXM4-80GB:8.0;driver=535.104.05;python=3.10.12"
            << "torch=1.13.1 cuda=11.7 python=3.10 conda"
            << "ok"
            << "numpy_pinned_below_2"
            << ""
            << "";
        QTest::newRow("source 2.1.2 with python 3.12") << kH100 + ";cmake=3.27.9;gcc=11.4.0"
                                                       << "torch=2.1.2 cuda=12.1 route=source python=3.12"
                                                       << "blocked"
                                                       << "python_out_of_range,python_without_distutils"
                                                       << ""
                                                       << "";
        QTest::newRow("torchvision pairing wrong")
            << kH100 << "torch=2.4.1 cuda=12.4 python=3.12 extras=torchvision==0.18.0"
            << "blocked"
            << "companion_mismatch"
            << ""
            << "torchvision==0.19.1";
        QTest::newRow("torchvision pairing right")
            << kH100 << "torch=2.4.1 cuda=12.4 python=3.12 extras=torchvision==0.19.1,torchaudio"
            << "ok"
            << ""
            << "companion_mismatch"
            << "";
        QTest::newRow("torchtext after 2.3") << kH100 << "torch=2.5.0 cuda=12.4 python=3.12 extras=torchtext"
                                             << "blocked"
                                             << "companion_unavailable"
                                             << ""
                                             << "";
        QTest::newRow("torchaudio pairing unverified")
            << kH100 << "torch=2.12.0 cuda=13.0 python=3.12 extras=torchaudio"
            << "warning"
            << "companion_unverified"
            << ""
            << "";

        // --- Memory, MAX_JOBS, disk.
        QTest::newRow("MAX_JOBS 32 on 64 GiB") << kH100 + ";mem=64;cmake=3.30.2"
                                               << "torch=2.11.0 cuda=13.0 route=source python=3.12 maxjobs=32"
                                               << "warning"
                                               << "max_jobs_too_high"
                                               << ""
                                               << "MAX_JOBS=21";
        QTest::newRow("4 GiB laptop source build")
            << "gpu=GeForce GTX 1650:7.5;driver=580.65.06;python=3.12.3;gcc=13.3.0;cmake=3.30.2;mem=4;cores=8"
            << "torch=2.11.0 cuda=13.0 route=source python=3.12"
            << "warning"
            << "low_memory_for_build,max_jobs_proposal"
            << ""
            << "";
        QTest::newRow("prebuilt with 8 GB free") << kH100 + ";disk=8"
                                                 << "torch=2.11.0 cuda=13.0 python=3.12"
                                                 << "blocked"
                                                 << "disk_space"
                                                 << ""
                                                 << "";
        QTest::newRow("prebuilt with 11 GB free") << kH100 + ";disk=11"
                                                  << "torch=2.11.0 cuda=13.0 python=3.12"
                                                  << "warning"
                                                  << "disk_space_tight"
                                                  << "disk_space"
                                                  << "";
        QTest::newRow("source with 45 GB, no toolkit") << kH100 + ";disk=45;cmake=3.30.2"
                                                       << "torch=2.11.0 cuda=13.0 route=source python=3.12"
                                                       << "blocked"
                                                       << "disk_space"
                                                       << ""
                                                       << "";
        QTest::newRow("source with 45 GB, toolkit there") << kH100 + ";disk=45;cmake=3.30.2;cuda=13.0"
                                                          << "torch=2.11.0 cuda=13.0 route=source python=3.12"
                                                          << "warning"
                                                          << "disk_space_tight"
                                                          << "disk_space"
                                                          << "";

        // --- Install hazards, driver states.
        QTest::newRow("no driver, nouveau loaded")
            << "gpu=GeForce RTX 4070:8.9;python=3.12.3;hazards=nouveau_loaded,secure_boot_enabled"
            << "torch=2.11.0 cuda=12.8 python=3.12"
            << "blocked"
            << "driver_missing,hazard_nouveau_loaded,hazard_secure_boot"
            << ""
            << "nvidia-driver-525";
        QTest::newRow("driver fine, nouveau hazard irrelevant")
            << kH100 + ";hazards=nouveau_loaded,kernel_headers_missing"
            << "torch=2.11.0 cuda=13.0 python=3.12"
            << "ok"
            << ""
            << "hazard_nouveau_loaded,hazard_kernel_headers_missing"
            << "";
        QTest::newRow("driver too old, headers missing")
            << "gpu=H100 80GB HBM3:9.0;driver=535.104.05;python=3.12.3;hazards=kernel_headers_missing"
            << "torch=2.11.0 cuda=13.0 python=3.12"
            << "blocked"
            << "driver_too_old,hazard_kernel_headers_missing"
            << ""
            << "";
        QTest::newRow("several CUDA on PATH, prebuilt") << kH100 + ";hazards=multiple_cuda_on_path,mixed_cuda_install"
                                                        << "torch=2.11.0 cuda=13.0 python=3.12"
                                                        << "ok"
                                                        << ""
                                                        << "hazard_multiple_cuda_on_path,hazard_mixed_cuda_install"
                                                        << "";
        QTest::newRow("several CUDA on PATH, source")
            << kH100 + ";cmake=3.30.2;hazards=multiple_cuda_on_path,mixed_cuda_install"
            << "torch=2.11.0 cuda=13.0 route=source python=3.12"
            << "warning"
            << "hazard_multiple_cuda_on_path,hazard_mixed_cuda_install"
            << ""
            << "CUDA_HOME";
        QTest::newRow("mixed driver install") << kH100 + ";hazards=mixed_driver_install"
                                              << "torch=2.11.0 cuda=13.0 python=3.12"
                                              << "warning"
                                              << "hazard_mixed_driver_install"
                                              << ""
                                              << "nvidia-uninstall";
        QTest::newRow("driver not loaded")
            << "gpu=GeForce RTX 3060:8.6;driver=550.54.14;gpustate=driver_not_loaded;python=3.12.3"
            << "torch=2.11.0 cuda=12.8 python=3.12"
            << "blocked"
            << "driver_not_loaded"
            << ""
            << "Reboot";

        // --- Existing environments.
        QTest::newRow("env holds torch without sm_120")
            << k5090 + ";env=/envs/a;envpy=3.12.3;envpkgs=torch=2.6.0+cu126;envcuda=12.6"
            << "torch=2.7.0 cuda=12.8 env=/envs/a"
            << "warning"
            << "existing_torch_incompatible"
            << ""
            << "";
        QTest::newRow("env holds the same torch")
            << kH100 + ";env=/envs/a;envpy=3.12.3;envpkgs=torch=2.4.1+cu121;envcuda=12.1"
            << "torch=2.4.1 cuda=12.1 env=/envs/a"
            << "ok"
            << "torch_already_installed"
            << "existing_torch_replaced"
            << "";
        QTest::newRow("env holds a source build of the same version (PEP 440 pre-release)")
            << kH100 + ";env=/envs/a;envpy=3.12.3;envpkgs=torch=2.4.1a0+gitunknown;envcuda=12.1"
            << "torch=2.4.1 cuda=12.1 env=/envs/a"
            << "warning"
            << "existing_torch_replaced"
            << "torch_already_installed"
            << "";
        QTest::newRow("env holds an older torch")
            << kH100 + ";env=/envs/a;envpy=3.12.3;envpkgs=torch=2.4.1+cu121;envcuda=12.1"
            << "torch=2.11.0 cuda=13.0 env=/envs/a"
            << "warning"
            << "existing_torch_replaced"
            << ""
            << "";
        QTest::newRow("env python 3.8 too old for 2.11") << kH100 + ";env=/envs/a;envpy=3.8.10"
                                                         << "torch=2.11.0 cuda=13.0 env=/envs/a"
                                                         << "blocked"
                                                         << "python_out_of_range"
                                                         << ""
                                                         << "new environment";
        QTest::newRow("env not inspected") << kH100 << "torch=2.11.0 cuda=13.0 env=/envs/missing"
                                           << "warning"
                                           << "env_not_inspected"
                                           << ""
                                           << "dlstack detect --env";
    }

    void check()
    {
        QFETCH(QString, profile);
        QFETCH(QString, selection);
        QFETCH(QString, verdict);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        QFETCH(QString, remedyHas);
        const auto findings =
            matrix::check(test::profileFromSpec(profile), test::selectionFromSpec(selection), shipped());
        QStringList ids;
        QString dump;
        for (const auto &f : findings) {
            ids << f.id;
            dump += QStringLiteral("\n  [%1] %2: %3 -> %4")
                        .arg(matrix::severityName(f.severity), f.id, f.message, f.remedy);
        }
        for (const QString &id : present.split(u',', Qt::SkipEmptyParts))
            QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("missing %1 in:%2").arg(id, dump)));
        for (const QString &id : absent.split(u',', Qt::SkipEmptyParts))
            QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("unexpected %1 in:%2").arg(id, dump)));
        QVERIFY2(matrix::verdictName(matrix::verdictOf(findings)) == verdict, qPrintable(dump));
        if (!remedyHas.isEmpty()) {
            const auto *f = matrix::findById(findings, present.section(u',', 0, 0));
            QVERIFY(f);
            QVERIFY2(f->remedy.contains(remedyHas), qPrintable(f->remedy));
        }
        for (const auto &f : findings) {
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.id));
            if (f.severity == matrix::Severity::Blocker)
                QVERIFY2(!f.remedy.isEmpty(), qPrintable(f.id));
        }
    }

    // What the check is for: no GPU or driver blocks only an install on this machine; for a
    // profile of another machine or an image it is a note. A driver the profile's machine has
    // but that is too old still blocks there; for an image it only warns (the host decides).
    void targetDecidesMissingGpuAndDriver()
    {
        const auto noGpu = test::profileFromSpec(QStringLiteral("python=3.11.2"));
        const auto cuda = test::selectionFromSpec(QStringLiteral("torch=2.11.0 cuda=13.0"));
        const auto severityOf = [](const QList<matrix::Finding> &findings, const char *id) {
            const auto *f = matrix::findById(findings, QLatin1String(id));
            return f ? matrix::severityName(f->severity) : QStringLiteral("absent");
        };
        QCOMPARE(severityOf(matrix::check(noGpu, cuda, shipped()), "no_nvidia_gpu"), QStringLiteral("blocker"));
        for (matrix::Target t : {matrix::Target::Profile, matrix::Target::Image}) {
            const auto findings = matrix::check(noGpu, cuda, shipped(), t);
            QCOMPARE(severityOf(findings, "no_nvidia_gpu"), QStringLiteral("info"));
            QVERIFY(!matrix::hasBlocker(findings));
        }
        const auto rocm = test::selectionFromSpec(QStringLiteral("torch=2.11.0 rocm=6.4"));
        if (shipped().rocm(QStringLiteral("6.4")))
            QCOMPARE(severityOf(matrix::check(noGpu, rocm, shipped(), matrix::Target::Image), "no_amd_gpu"),
                     QStringLiteral("info"));

        const auto noDriver = test::profileFromSpec(QStringLiteral("gpu=H100:9.0;python=3.12.3"));
        QCOMPARE(severityOf(matrix::check(noDriver, cuda, shipped()), "driver_missing"), QStringLiteral("blocker"));
        QCOMPARE(severityOf(matrix::check(noDriver, cuda, shipped(), matrix::Target::Profile), "driver_missing"),
                 QStringLiteral("info"));
        const auto oldDriver = test::profileFromSpec(QStringLiteral("gpu=H100:9.0;driver=535.104.05;python=3.12.3"));
        QCOMPARE(severityOf(matrix::check(oldDriver, cuda, shipped(), matrix::Target::Profile), "driver_too_old"),
                 QStringLiteral("blocker"));
        QCOMPARE(severityOf(matrix::check(oldDriver, cuda, shipped(), matrix::Target::Image), "driver_too_old"),
                 QStringLiteral("warning"));
        QCOMPARE(matrix::targetFromName(matrix::targetName(matrix::Target::Image)), matrix::Target::Image);
    }

    // XPU likewise: no Intel GPU or no Level Zero blocks an install here; for a profile of
    // another machine or an image both are notes, and the i915/xe module is not looked at.
    void xpuTargetDecidesMissingPieces()
    {
        const auto xpu = test::selectionFromSpec(QStringLiteral("torch=2.12.1 xpu python=3.12"));
        const auto severityOf = [](const QList<matrix::Finding> &findings, const char *id) {
            const auto *f = matrix::findById(findings, QLatin1String(id));
            return f ? matrix::severityName(f->severity) : QStringLiteral("absent");
        };
        const auto noGpu = test::profileFromSpec(QStringLiteral("python=3.12.3"));
        const auto bareArc = test::profileFromSpec(kB580 + QStringLiteral(";modules=nouveau"));
        QCOMPARE(severityOf(matrix::check(noGpu, xpu, shipped()), "no_intel_gpu"), QStringLiteral("blocker"));
        QCOMPARE(severityOf(matrix::check(bareArc, xpu, shipped()), "no_level_zero"), QStringLiteral("blocker"));
        for (matrix::Target t : {matrix::Target::Profile, matrix::Target::Image}) {
            const auto none = matrix::check(noGpu, xpu, shipped(), t);
            QCOMPARE(severityOf(none, "no_intel_gpu"), QStringLiteral("info"));
            QVERIFY(!matrix::hasBlocker(none));
            const auto bare = matrix::check(bareArc, xpu, shipped(), t);
            QCOMPARE(severityOf(bare, "no_level_zero"), QStringLiteral("info"));
            QCOMPARE(severityOf(bare, "intel_gpu_module_not_loaded"), QStringLiteral("absent"));
            QVERIFY(!matrix::hasBlocker(bare));
        }
        // The message names the missing library, not both.
        const auto *loaderOnly =
            matrix::findById(matrix::check(test::profileFromSpec(kB580 + QStringLiteral(";ze=loader")), xpu, shipped()),
                             QStringLiteral("no_level_zero"));
        QVERIFY(loaderOnly);
        QVERIFY2(loaderOnly->message.contains(QStringLiteral("libze_intel_gpu.so.1")), qPrintable(loaderOnly->message));
        QVERIFY2(!loaderOnly->message.contains(QStringLiteral("libze_loader")), qPrintable(loaderOnly->message));
        QCOMPARE(loaderOnly->facts.value(QStringLiteral("missing")).toString(),
                 QStringLiteral("libze_intel_gpu.so.1 (Level Zero GPU driver of Intel's compute-runtime)"));
    }

    // An arch list entry outside the toolkit's sm range is refused by validate(), naming the range.
    void archListOutsideToolkitIsInvalid()
    {
        auto s = test::selectionFromSpec(QStringLiteral("torch=2.9.0 cuda=13.0 route=source arch=6.1"));
        auto error = s.validate(shipped());
        QVERIFY(error);
        QVERIFY2(error->summary.contains(QStringLiteral("sm_75")), qPrintable(error->summary));
        QVERIFY2(error->remedy.contains(QStringLiteral("--arch-list")), qPrintable(error->remedy));
        s.archList = {QStringLiteral("8.6"), QStringLiteral("9.0+PTX")};
        QVERIFY(!s.validate(shipped()));
        s.archList = {QStringLiteral("banana")};
        QVERIFY(s.validate(shipped()));
    }

    // The wording the design document promises for the driver rule.
    void driverMessageNamesBothVersions()
    {
        const auto findings =
            matrix::check(test::profileFromSpec(QStringLiteral("gpu=H100:9.0;driver=535.104.05;python=3.12.3")),
                          test::selectionFromSpec(QStringLiteral("torch=2.11.0 cuda=13.0 python=3.12")), shipped());
        const auto *f = matrix::findById(findings, QStringLiteral("driver_too_old"));
        QVERIFY(f);
        QCOMPARE(f->message, QStringLiteral("CUDA 13.0 needs NVIDIA driver 580.65.06 or newer; you have 535.104.05."));
        QCOMPARE(f->remedy, QStringLiteral("Install nvidia-driver-580 or newer, or pick CUDA 12.8."));
        QCOMPARE(f->facts.value(QStringLiteral("alternative_cuda")).toString(), QStringLiteral("12.8"));
    }

    // An arch list the data marks unverified (torch 1.10.2's) is not presented as a tested
    // fact: a GTX 680 (sm_30, inside CUDA 10.2's targets) only warns. Outside the wheel's
    // CUDA targets the gap is certain (RTX 3090, sm_86, with CUDA 10.2 wheels), and a
    // confirmed list (2.8.0 cu128, from sm_75 on) blocks a GTX 1080 Ti.
    void unverifiedArchListWarns()
    {
        const matrix::Matrix &m = shipped();
        const matrix::TorchRelease *unsure = m.release(QStringLiteral("1.10.2"));
        QVERIFY(unsure && unsure->variant(QStringLiteral("cu102")));
        QVERIFY(unsure->archListUnverified(*unsure->variant(QStringLiteral("cu102"))));
        const auto kepler =
            test::profileFromSpec(QStringLiteral("gpu=GeForce GTX 680:3.0;driver=470.82.01;python=3.8.10"));
        const auto warned =
            matrix::check(kepler, test::selectionFromSpec(QStringLiteral("torch=1.10.2 cuda=10.2 python=3.8")), m);
        const auto *w = matrix::findById(warned, QStringLiteral("gpu_arch_not_in_wheels"));
        QVERIFY(w);
        QCOMPARE(w->severity, matrix::Severity::Warning);
        QVERIFY(w->facts.value(QStringLiteral("arch_list_unverified")).toBool());
        QVERIFY(w->message.contains(QStringLiteral("not confirmed")));

        const auto ampere =
            test::profileFromSpec(QStringLiteral("gpu=GeForce RTX 3090:8.6;driver=470.82.01;python=3.8.10"));
        const auto certain =
            matrix::check(ampere, test::selectionFromSpec(QStringLiteral("torch=1.10.2 cuda=10.2 python=3.8")), m);
        const auto *c = matrix::findById(certain, QStringLiteral("gpu_arch_not_in_wheels"));
        QVERIFY(c);
        QCOMPARE(c->severity, matrix::Severity::Blocker);

        const matrix::TorchRelease *confirmed = m.release(QStringLiteral("2.8.0"));
        QVERIFY(confirmed && confirmed->variant(QStringLiteral("cu128")));
        QVERIFY(!confirmed->archListUnverified(*confirmed->variant(QStringLiteral("cu128"))));
        const auto pascal =
            test::profileFromSpec(QStringLiteral("gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3"));
        const auto blocked =
            matrix::check(pascal, test::selectionFromSpec(QStringLiteral("torch=2.8.0 cuda=12.8 python=3.12")), m);
        const auto *b = matrix::findById(blocked, QStringLiteral("gpu_arch_not_in_wheels"));
        QVERIFY(b);
        QCOMPARE(b->severity, matrix::Severity::Blocker);
        QVERIFY(!b->facts.value(QStringLiteral("arch_list_unverified")).toBool());
    }

    // Facts stay plain values until printed; JSON keeps their types and order-independent keys.
    void factsJsonRoundTrip()
    {
        const matrix::Facts facts{
            {QStringLiteral("cuda"), QStringLiteral("12.4")},
            {QStringLiteral("gcc_max"), 13},
            {QStringLiteral("reported_only"), true},
            {QStringLiteral("wheel_arch_list"), QStringList{QStringLiteral("7.5"), QStringLiteral("12.0+PTX")}}};
        const QJsonObject json = facts.toJson();
        QCOMPARE(json.value(QStringLiteral("gcc_max")).toInt(), 13);
        QVERIFY(json.value(QStringLiteral("reported_only")).toBool());
        QCOMPARE(json.value(QStringLiteral("wheel_arch_list")).toArray().size(), 2);
        const matrix::Facts back = matrix::Facts::fromJson(json);
        QCOMPARE(back.value(QStringLiteral("cuda")).toString(), QStringLiteral("12.4"));
        QCOMPARE(back.value(QStringLiteral("gcc_max")).toInt(), 13);
        QVERIFY(!back.value(QStringLiteral("absent")).isValid());
    }

    void versionSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("expected"); // -1: spec invalid, 0: no match, 1: match
        QTest::newRow(">= match") << ">=4.0"
                                  << "4.0.2" << 1;
        QTest::newRow(">= below") << ">=4.0"
                                  << "3.31.6" << 0;
        QTest::newRow("== exact") << "==3.23.0"
                                  << "3.23.0" << 1;
        QTest::newRow("== other patch") << "==3.23.0"
                                        << "3.23.1" << 0;
        QTest::newRow("< with spaces") << " < 3.13 "
                                       << "3.12.4" << 1;
        QTest::newRow("> equal") << ">3.30"
                                 << "3.30" << 0;
        QTest::newRow("<= equal") << "<=3.30"
                                  << "3.30.0" << 1;
        QTest::newRow("prose") << "> cuda.json gcc_max"
                               << "3.0" << -1;
        QTest::newRow("no operator") << "3.30"
                                     << "3.30" << -1;
        QTest::newRow("trailing text") << ">=3.30 with Ninja"
                                       << "3.31" << -1;
    }

    void versionSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, version);
        QFETCH(int, expected);
        const auto parsed = matrix::VersionSpec::parse(spec);
        if (expected < 0) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->matches(version), expected == 1);
    }

    void archCoverage_data()
    {
        QTest::addColumn<QString>("cc");
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("expected");
        const int none = int(matrix::ArchCoverage::None), ptx = int(matrix::ArchCoverage::PtxOnly),
                  binary = int(matrix::ArchCoverage::BinaryCompatible), native = int(matrix::ArchCoverage::Native);
        QTest::newRow("exact") << "8.6"
                               << "5.0,8.0,8.6" << native;
        QTest::newRow("same major newer minor") << "8.9"
                                                << "8.0,8.6" << binary;
        QTest::newRow("same major older minor") << "6.0"
                                                << "6.1" << none;
        QTest::newRow("newer major via PTX") << "12.0"
                                             << "8.0,9.0+PTX" << ptx;
        QTest::newRow("newer major without PTX") << "12.0"
                                                 << "8.0,9.0" << none;
        QTest::newRow("older than PTX entry") << "8.6"
                                              << "9.0+PTX" << none;
        QTest::newRow("PTX entry itself") << "12.0"
                                          << "12.0+PTX" << native;
        QTest::newRow("sm_121 on 12.0") << "12.1"
                                        << "12.0+PTX" << binary;
        QTest::newRow("sm name") << "sm_61"
                                 << "6.0" << binary;
        QTest::newRow("garbage") << "abc"
                                 << "6.0" << none;
        QTest::newRow("sm_120 name") << "sm_120"
                                     << "12.0" << native;
        QTest::newRow("sm_ too short") << "sm_8"
                                       << "8.0" << none;
        QTest::newRow("arch suffix a") << "9.0"
                                       << "9.0a" << native;
        QTest::newRow("unparsable entries skipped") << "8.6"
                                                    << "x,8.0,?" << binary;
    }

    void archCoverage()
    {
        QFETCH(QString, cc);
        QFETCH(QString, list);
        QFETCH(int, expected);
        QCOMPARE(int(matrix::archCoverage(matrix::ComputeCapability::parse(cc), list.split(u','))), expected);
    }

    void maxJobs_data()
    {
        QTest::addColumn<int>("memGib");
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("expected");
        QTest::newRow("16 GiB 32 cores") << 16 << 32 << 5;
        QTest::newRow("256 GiB 64 cores") << 256 << 64 << 64;
        QTest::newRow("4 GiB 8 cores") << 4 << 8 << 1;
        QTest::newRow("2 GiB 2 cores") << 2 << 2 << 1;
        QTest::newRow("64 GiB 16 cores") << 64 << 16 << 16;
    }

    void maxJobs()
    {
        QFETCH(int, memGib);
        QFETCH(int, cores);
        QFETCH(int, expected);
        probe::HostInfo host;
        host.memoryMib = qint64(memGib) * 1024;
        host.cpuCores = cores;
        QCOMPARE(matrix::rules::proposedMaxJobs(host), expected);
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
