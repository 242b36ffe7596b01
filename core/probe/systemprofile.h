// SPDX-License-Identifier: GPL-3.0-or-later
// SystemProfile: everything detection found about one machine, as a plain value with a
// JSON form (docs/profile-format.md, schema 1). Every fact carries `source`: the command
// or file it came from. A missing tool is an empty list or a null optional, never an
// error; things that went wrong while looking are `problems`.
#pragma once

#include "core/support/error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace dlstack::probe {

struct DetectionTables;

inline constexpr int kProfileSchema = 1;

struct Hazard
{
    QString id;      // nouveau_loaded, secure_boot_enabled, kernel_headers_missing, mixed_cuda_install, ...
    QString message; // one line for the user
    QString source;
};

struct HostInfo
{
    QString osId;      // "ubuntu"
    QString osVersion; // "22.04"
    QString osName;    // "Ubuntu 22.04.4 LTS"
    QString kernel;    // "6.5.0-35-generic"
    QString arch;      // "x86_64"
    bool wsl = false;
    int cpuCores = 0;
    qint64 memoryMib = 0;
    QString diskPath;             // where free space was measured
    qint64 diskFreeMib = -1;      // -1: unknown
    QString secureBoot;           // "enabled" | "disabled" | "unsupported" | "" (unknown)
    QStringList loadedGpuModules; // nvidia, nouveau, amdgpu ... from /proc/modules
    bool kernelHeaders = false;
    QList<Hazard> hazards;
    QString source;
};

struct Gpu
{
    QString vendor;            // "nvidia" | "amd" | "intel"
    QString name;              // "NVIDIA GeForce RTX 3090"
    qint64 memoryMib = 0;      // 0: unknown
    QString computeCapability; // "8.6" (NVIDIA)
    QString gfxTarget;         // "gfx90a" (AMD)
    QString pciBusId;          // "00000000:01:00.0"
    QString pciId;             // "10de:2204" vendor:device when known
    QString driver;            // kernel driver bound to it: "nvidia", "amdgpu", "i915", "xe"; empty: unknown
    bool mig = false;          // MIG mode enabled
    QString state;             // "" (ok) | "driver_not_loaded" | "no_driver" | "error"
    QString source;
};

// A user-space GPU compute runtime found on the machine: Intel's Level Zero loader
// (libze_loader.so.1), its GPU driver from compute-runtime (libze_intel_gpu.so.1) and the
// OpenCL ICD (/etc/OpenCL/vendors/intel.icd).
struct GpuRuntime
{
    QString name;    // "level_zero_loader" | "level_zero_intel_gpu" | "intel_opencl"
    QString version; // "1.28.2" from the library's file name, empty when it has none
    QString path;
    QString source;
};

struct NvidiaDriver
{
    QString version;     // "535.104.05"
    QString cudaVersion; // highest CUDA the driver supports: "12.2"
    bool openKernelModule = false;
    QString source;
};

struct CudaToolkit
{
    QString version;     // "12.1"
    QString fullVersion; // "12.1.105"
    QString path;        // "/usr/local/cuda-12.1" (resolved)
    QString nvcc;        // path of nvcc, empty if absent
    QStringList aliases; // other paths leading to it: /usr/local/cuda, $CUDA_HOME
    QString source;
    QString origin; // "system" (/usr/local, /opt: runfile or NVIDIA's packages) | "distro" (/usr:
                    // nvidia-cuda-toolkit) | "conda" (an env's cuda-nvcc) | "pip" (nvidia-cuda-nvcc wheels)
};

struct Cudnn
{
    QString version; // "8.9.2"
    QString path;    // header or library it was read from
    QString source;
};

struct Rocm
{
    QString version; // "6.0.2"
    QString path;    // "/opt/rocm-6.0.2"
    QString hipcc;
    QString source;
    QString origin; // "system" (/opt/rocm-X) | "therock" (ROCm Core SDK, /opt/rocm/core-X)
};

// A CUDA or ROCm library a Python environment brings with it, from pip's nvidia-* /
// cuda-toolkit / rocm-sdk wheels or conda's packages; these win over the system's for
// that environment's torch (its RUNPATH leads there), unless LD_LIBRARY_PATH says otherwise.
struct CudaComponent
{
    QString component; // "cuda_runtime" | "cudnn" | "nccl" | "cublas" | "nvcc" | "nvrtc" | "cuda_toolkit"
                       // | "cuda_version" | "rocm_sdk"
    QString version;   // "12.4.127"
    QString package;   // "nvidia-cuda-runtime-cu12" (pip), "cuda-cudart" (conda)
    QString origin;    // "pip" | "conda"
};

// Which CUDA the current shell reaches, by the three ways a build or a process finds one.
struct CudaShellChoice
{
    QString via;     // "PATH" (the nvcc found first) | "CUDA_HOME" | "LD_LIBRARY_PATH"
    QString path;    // "/usr/local/cuda-12.1/bin/nvcc", "/usr/local/cuda-11.8/lib64"
    QString version; // "12.1"; empty when nothing says
};

struct ShellCuda
{
    QList<CudaShellChoice> choices;
    QStringList conflicts; // one sentence each: the versions disagree (finalize() fills it)
};

struct Compiler
{
    QString kind;    // "gcc" | "clang"
    QString version; // "12.2.0"
    QString path;    // "/usr/bin/gcc-12"
    QString source;
};

struct Tool
{
    QString version;
    QString path;
    QString source;
};

struct PythonInterpreter
{
    QString version; // "3.11.7"
    QString path;
    QString source;
};

struct CondaEnv
{
    QString name; // "base" for the root
    QString path;
};

struct CondaInstall
{
    QString root;
    QString flavour; // miniconda | anaconda | miniforge | mambaforge | micromamba | conda
    QString version; // conda's own version, when conda is installed in the root
    QList<CondaEnv> envs;
    QString source;
};

// How torch got into an environment (docs/profile-format.md: python_envs[].torch_install).
enum class TorchInstallKind
{
    None,         // no torch, or files without any installer's metadata
    Wheel,        // pip wheel: torch-X.dist-info beside site-packages/torch
    Distro,       // the distribution's package (Debian's python3-torch) in /usr/lib/python3*/
    SetupInstall, // `setup.py install`: torch-X.egg/ or torch-X.egg-info outside the distro's site
    Develop,      // `setup.py develop`: torch.egg-link to a source tree
    Editable,     // PEP 660 `pip install -e`: __editable__ .pth / finder to a source tree
    Conda         // conda's pytorch package (conda-meta/pytorch-*.json)
};
QString torchInstallKindName(TorchInstallKind kind); // "" | "wheel" | "distro" | "setup_install" | ...
TorchInstallKind torchInstallKindFromName(QStringView name);

struct PythonEnv
{
    QString kind;                    // "venv" | "conda" | "user" | "system"
    QString path;                    // environment root
    QString python;                  // interpreter path inside it
    QString pythonVersion;           // "3.10.12"
    QMap<QString, QString> packages; // normalised name -> version, DL-relevant packages only
    QString torchCuda;               // CUDA torch was built with ("12.1"), empty for CPU/ROCm/unknown
    QString torchHip;                // HIP version of a ROCm build
    TorchInstallKind torchInstall = TorchInstallKind::None;
    QString torchLocation; // directory of the torch package that `import torch` finds there
    bool active = false;   // $VIRTUAL_ENV or $CONDA_PREFIX
    QString source;
    QList<CudaComponent> cudaComponents; // pip nvidia-* wheels, conda cuda-* packages
};

// A cluster module (Lmod .lua or Environment Modules Tcl modulefile under $MODULEPATH),
// read without running `module`: what `module load cuda/12.4.1` would put on PATH.
struct EnvModule
{
    QString name;     // "cuda/12.4.1" as `module load` takes it
    QString family;   // "cuda": the directory under the MODULEPATH entry
    QString version;  // "12.4.1": the file name (without .lua)
    QString format;   // "lua" | "tcl"
    QString provides; // "cuda" | "cudnn" | "nccl" | "gcc" | "python" | "conda" | "" (something else)
    QString root;     // the prefix it adds (the directory above the bin/ it prepends to PATH)
    QString path;     // the modulefile
    QString source;
};

struct Problem
{
    QString probe;
    QString message;
};

struct SystemProfile
{
    int schema = kProfileSchema;
    QString generatedBy; // "dlstack 0.1.0 detect" or "dlstack import"
    HostInfo host;
    QList<Gpu> gpus;
    std::optional<NvidiaDriver> nvidiaDriver;
    QList<GpuRuntime> gpuRuntimes;
    QList<CudaToolkit> cudaToolkits;
    QList<Cudnn> cudnn;
    std::optional<Rocm> rocm;
    QList<Rocm> rocmInstalls; // every ROCm found, the one in `rocm` among them
    ShellCuda shellCuda;
    QList<Compiler> compilers;
    QMap<QString, std::optional<Tool>> tools; // cmake, ninja, git, make, ccache, sccache, distcc
    QList<PythonInterpreter> pythons;
    QList<CondaInstall> conda;
    QList<PythonEnv> pythonEnvs;
    QList<EnvModule> modules; // cluster modules that provide CUDA, cuDNN, compilers, Python or conda
    QList<Problem> problems;

    // Merges another partial profile into this one: lists are appended without
    // duplicates (by path / bus id), optionals and empty scalars are filled.
    void merge(const SystemProfile &other);
    // After merging: derives facts that need several probes (compute capability from the
    // GPU-name table, the driver's CUDA version from the driver table), sorts lists. The
    // tables are the data in use (matrix::effectiveDetectionTables()), or
    // DetectionTables::builtin() where only the built-in data may count.
    void finalize(const DetectionTables &tables);

    QJsonObject toJson() const;
    // Reads a profile written by toJson(); a newer schema or a malformed file is an error.
    static support::Result<SystemProfile> fromJson(const QJsonObject &json);
    // Reads a profile file written by `dlstack detect --json`; every failure names the file.
    static support::Result<SystemProfile> load(const QString &path);
};

// "00000000:01:00.0", "0000:01:00.0" and "01:00.0" -> "0000:01:00.0" (lower case).
QString normalizePciBusId(const QString &busId);

} // namespace dlstack::probe
