// SPDX-License-Identifier: GPL-3.0-or-later
// Matrix: the tested version data of resources/matrix/*.json (docs/matrix-format.md) as
// read-only values with pre-parsed versions. load() validates every file and reports the
// first problem with its file, line/column and field; nothing is guessed. Immutable after
// loading, so one Matrix can be shared between threads.
#pragma once

#include "core/matrix/archcoverage.h"
#include "core/matrix/choices.h"
#include "core/matrix/versioncompare.h"
#include "core/support/error.h"
#include "core/support/version.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlstack::matrix {

inline constexpr int kMatrixSchema = 1;

struct TorchVariant
{
    QString id; // "cu124", "rocm6.1", "cpu"
    Backend backend = Backend::Cpu;
    QString version; // "12.4" / "6.1" / empty for cpu
    support::Version parsedVersion;
    QString indexUrl; // index_url or find_links
    bool isDefault = false;
    QStringList archList;    // CUDA: "5.0", "12.0+PTX"
    QList<ArchTarget> archs; // archList, parsed when loading
    QStringList gfx;         // ROCm targets
    bool gfxKnown = false;
    // XPU: what the machine needs besides the wheels, in Intel's words: "intel_gpu_driver" (the
    // GPU driver with Level Zero) and, for 2.5, "intel_support_package" (Intel's Deep Learning
    // Essentials, sourced before torch is imported); runtimeSource says where.
    QStringList runtime;
    QString runtimeSource;
};

// NVIDIA Apex at a YY.MM tag. Apex tags follow the NGC PyTorch containers of the same name
// (NVIDIA/apex#1648); `fixedArchs` are the architectures one extension's setup.py asks nvcc
// for on every toolkit, regardless of TORCH_CUDA_ARCH_LIST.
struct ApexFixedArchs
{
    QString extension; // "fused_weight_gradient_mlp_cuda"
    QString buildFlag; // the setup.py flag that builds it: "--cuda_ext"
    QStringList archs; // "7.0", "8.0"
    QList<ComputeCapability> archCcs;
    QString source; // the setup.py line
};

struct ApexRef
{
    QString ref;    // "24.04": the tag
    QString commit; // the commit the tag names
    QList<ApexFixedArchs> fixedArchs;
    QStringList removed; // modules the guides use that this ref no longer has: "apex.parallel"
    QString removedSource;
    QString source;
};

// The Apex ref a torch release builds with: the tag of the newest NGC container whose PyTorch
// is a pre-release of the same minor ("24.04" ships 2.3.0a0+6ddf5cf85e: Apex 24.04 for 2.3.x).
struct ApexPairing
{
    QString ref;          // a ref of torch.json's apex_refs
    QString ngcContainer; // "24.04"
    QString ngcTorch;     // "2.3.0a0+6ddf5cf85e"
    QString source;       // where the container's PyTorch version is stated
};

// torch-tensorrt at the release paired with a torch release, and the TensorRT pip wheels it
// requires (tensorrt-cu<major><spec>), per CUDA major with wheels.
struct TensorrtPairing
{
    QString torchTensorrt;  // "2.4.0"
    QString tensorrtSpec;   // ">=10.13.0,<10.14.0" or "==10.1.0"
    QStringList cudaMajors; // "12", "13"
    QString source;         // torch-tensorrt's pyproject.toml / setup.py at that tag
};

// Why no torch-tensorrt that dlstack installs goes with a torch release, from its sources
// (torch.json `tensorrt_unavailable`): said when `--extras tensorrt` is refused.
struct TensorrtGap
{
    QString reason; // one sentence, English, as the other data notes
    QString source; // the requirement lines or the maintainer's word
};

struct TorchRelease
{
    QString version;
    support::Version parsedVersion;
    QString date;
    QString torchvision;
    QString torchaudio;
    QString torchtext; // empty from 2.4 on
    QString pythonMin;
    QString pythonMax;
    QStringList pythonExperimental; // "3.13", "3.13t"
    QList<TorchVariant> variants;
    QString gccMin; // source build; empty: no enforced minimum known
    int cxxStd = 0;
    QString cmakeMin;
    QString cmakeMaxExclusive; // empty: open
    QString buildPythonMin;
    bool numpy2Compatible = false;
    std::optional<ApexPairing> apex;         // none: no Apex tag is known to go with this release
    std::optional<TensorrtPairing> tensorrt; // none: no torch-tensorrt release pairs with it
    std::optional<TensorrtGap> tensorrtGap;  // with no pairing: why, where the sources say
    bool lts = false;                        // a long-term-support release (torch.json `lts`; only 1.8.2 so far)
    QStringList unverifiedFields;
    QString source;
    QJsonObject raw; // the record as written, for `dlstack matrix --json`

    const TorchVariant *variant(const QString &id) const;
    const TorchVariant *defaultVariant() const;
    const TorchVariant *variantFor(Backend backend, const QString &version) const; // Cuda, "12.4"
    bool isUnverified(const QString &field) const;
    // The unconfirmed fields (unverified_fields) that concern this variant: the release's own
    // and those of every variant or of this one ("torchvision", "variants[cu130].arch_list.+PTX").
    QStringList unverifiedFor(const TorchVariant &variant) const;
    // Whether the variant's arch_list is not confirmed against the published wheels
    // ("variants[].arch_list", "variants[cu124].arch_list"); ptxOnly: only its "+PTX" part is unsure.
    bool archListUnverified(const TorchVariant &variant, bool *ptxOnly = nullptr) const;
};

struct CudaRelease
{
    QString version; // "12.4"
    support::Version parsedVersion;
    QString driverMin;     // minor-version compatibility minimum
    QString driverBundled; // toolkit driver of the GA release; may be empty
    int gccMax = 0;        // 0: unknown
    int clangMax = 0;
    QString smMin;
    QString smMax;
    ComputeCapability smMinCc; // smMin/smMax, parsed when loading
    ComputeCapability smMaxCc;
    QStringList smDeprecated;
    QList<ComputeCapability> smDeprecatedCc; // smDeprecated, parsed when loading
    QString runfile;
    QString runfileSha256; // lower-case hex; empty: none recorded
    QString source;
};

// A cuDNN tar archive for Linux x86_64 (include/ and lib/ under one top directory).
struct CudnnArchive
{
    QString version;          // "9.7.1.26"
    QStringList cudaToolkits; // "12.4", ...
    QString file;             // "cudnn-linux-x86_64-9.7.1.26_cuda12-archive.tar.xz"
    QString url;
    QString sha256; // lower-case hex; empty: none recorded
    QString source;
};

struct RocmRelease
{
    QString version; // "6.1"
    QStringList gfx;
    bool gfxKnown = false;
    QString source;
};

struct Pitfall
{
    QString id;
    QString tool;
    QString versions; // ">=4.0", "==3.23.0"
    QString affects;  // "torch<2.7" or free text
    QString message;
    QStringList workaround;
    bool reportedOnly = false;
    QString source;
    std::optional<VersionSpec> versionSpec; // `versions` parsed when loading (required for CMake)
    std::optional<VersionSpec> torchSpec;   // from "torch<2.7..." in `affects`; none: any release
};

// A MAGMA conda package for one CUDA version ("12.4" -> magma-cuda124 on the pytorch channel).
struct MagmaPackage
{
    QString cuda;
    QString package;
    QString source;
};

// Where a CUDA source build gets MAGMA (tools.json "magma"): the pytorch channel's
// magma-cuda<XY> for the releases whose README installs it, else conda-forge's libmagma for the
// CUDA majors it is built for. Empty when the data has no "magma" record.
struct MagmaFacts
{
    QList<MagmaPackage> pytorchPackages;
    QString pytorchLastTorch; // "2.5.1": the last release whose README installs magma-cuda<XY>
    QString pytorchSource;
    bool pytorchUnverified = false;
    QString condaForgePackage; // "libmagma"
    QStringList condaForgeCudaMajors;
    QString condaForgeSource;
    bool condaForgeUnverified = false;

    const MagmaPackage *pytorchPackage(const QString &cudaMajorMinor) const;
};

struct ToolFacts
{
    QList<Pitfall> cmakePitfalls;
    QList<Pitfall> compilerPitfalls;
    QString numpy2FirstTorch; // "2.3.0"
    QString numpy2Source;
    QString distutilsRemovedPython; // "3.12"
    QString distutilsSource;
    QString miniforgeVersion;               // "25.3.1-0": the installer a plan pins
    QMap<QString, QString> miniforgeSha256; // arch ("x86_64") -> sha256 of Miniforge3-<v>-Linux-<arch>.sh
    QString miniforgeSource;
    MagmaFacts magma;
    // The MKL packages a source build installs first (mkl-static, mkl-include) and the machine
    // architectures they exist for.
    QStringList mklBuildPackages;
    QStringList mklBuildArchs;
    QString mklBuildSource;
};

class Matrix
{
public:
    // files: file name ("torch.json", ...) -> contents. All six files must be present.
    static support::Result<Matrix> load(const QMap<QString, QByteArray> &files);
    static support::Result<Matrix> loadDirectory(const QString &dir); // e.g. ":/matrix"
    // The data compiled into the binary; loaded once. An error here is a packaging defect.
    static const support::Result<Matrix> &builtin();

    static QStringList fileNames(); // the six files, in load order

    const QList<TorchRelease> &releases() const { return m_releases; } // oldest first
    const QList<CudaRelease> &cudaReleases() const { return m_cuda; }
    const QList<RocmRelease> &rocmReleases() const { return m_rocm; }
    const ToolFacts &tools() const { return m_tools; }

    const TorchRelease *release(const QString &version) const;   // "2.4" matches the newest 2.4.x
    const CudaRelease *cuda(const QString &version) const;       // "12.4" or "12.4.1"
    const CudnnArchive *cudnnArchive(const QString &cuda) const; // the archive for toolkit "12.4"
    const RocmRelease *rocm(const QString &version) const;       // "6.1" or "6.1.3"
    const ApexRef *apexRef(const QString &ref) const;            // "24.04"
    const QList<ApexRef> &apexRefs() const { return m_apexRefs; }

private:
    friend class MatrixLoader;
    QList<TorchRelease> m_releases;
    QList<CudaRelease> m_cuda;
    QList<RocmRelease> m_rocm;
    QList<CudnnArchive> m_cudnnArchives;
    QList<ApexRef> m_apexRefs;
    ToolFacts m_tools;
};

// The matrix every command, screen and planner uses, loaded once per process: an installed
// bundle when it is valid and newer than the built-in data, else the built-in data
// (matrixbundle.h says which, effectiveSource()).
const support::Result<Matrix> &loadEffective();

// Line and column (1-based) of a byte offset in a text, for error messages.
QPair<int, int> lineColumn(const QByteArray &text, qsizetype offset);

} // namespace dlstack::matrix
