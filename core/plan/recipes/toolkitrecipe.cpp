// SPDX-License-Identifier: GPL-3.0-or-later
// Toolkit stage: a CUDA toolkit of the selected version when a build needs nvcc and none
// is installed: the NVIDIA runfile, toolkit only (no driver, no root), into
// <prefix>/cuda-X.Y, so several toolkits live side by side. ROCm is never installed here
// (it needs root); a missing ROCm becomes a command for the user.
#include "core/plan/prefixlayout.h"
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include "core/support/version.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ToolkitRecipe)
};

const probe::CudaToolkit *installedToolkit(const RecipeContext &ctx)
{
    for (const probe::CudaToolkit &toolkit : ctx.profile->cudaToolkits) {
        auto v = support::Version::parse(toolkit.version);
        if (v && v->majorMinor() == ctx.selection->cuda && !toolkit.nvcc.isEmpty())
            return &toolkit;
    }
    return nullptr;
}

// conda-forge publishes cuda-toolkit (nvcc, headers, libraries) for CUDA 12 and newer.
bool useConda(const RecipeContext &ctx)
{
    const matrix::ToolkitSource from = ctx.selection->toolkitFrom;
    if (from == matrix::ToolkitSource::Runfile || ctx.envKind != u"conda" || ctx.condaExe.isEmpty())
        return false;
    return from == matrix::ToolkitSource::Conda || ctx.cudaMajor() >= 12;
}

// The toolkit (and cuDNN when a build links it and none was detected) installed into the
// conda environment itself; CUDA_HOME is the environment.
Stage condaToolkit(RecipeContext &ctx)
{
    const QString cuda = ctx.selection->cuda;
    Stage stage;
    stage.id = QStringLiteral("toolkit");
    stage.title = stageTitle(StageTitle::CondaToolkit, {cuda});
    QStringList packages{QStringLiteral("cuda-toolkit=") + cuda, QStringLiteral("cuda-version=") + cuda};
    QStringList undo{QStringLiteral("cuda-toolkit")};
    const bool cudnn = ctx.linksCudnn() && ctx.profile->cudnn.isEmpty();
    if (cudnn) {
        packages << QStringLiteral("cudnn");
        undo << QStringLiteral("cudnn");
    }
    Step install = condaInstallStep(ctx, packages, undo);
    if (!ctx.condaExe.endsWith(u"micromamba"))
        install.env.insert(QStringLiteral("CONDA_SOLVER"), QStringLiteral("libmamba"));
    stage.steps << install;
    ctx.cudaHome = ctx.envPath;
    if (cudnn)
        ctx.cudnnRoot = ctx.envPath;
    stage.steps << runStep({ctx.cudaHome + QStringLiteral("/bin/nvcc"), QStringLiteral("--version")});
    ctx.exports.insert(QStringLiteral("CUDA_HOME"), ctx.cudaHome);
    ctx.libraryEntries << ctx.envPath + QStringLiteral("/lib"); // cudart, cuBLAS, cuDNN for the built libraries
    return stage;
}

} // namespace

std::optional<Stage> toolkitRecipe(RecipeContext &ctx)
{
    if (ctx.isRocm()) {
        ctx.rocmPath = ctx.profile->rocm ? ctx.profile->rocm->path : QStringLiteral("/opt/rocm");
        if (!ctx.profile->rocm) {
            ctx.notes << Tr::tr("ROCm %1 is not installed; it needs root. Install it first:").arg(ctx.selection->rocm);
            ctx.rootCommands
                << QStringLiteral("sudo amdgpu-install --usecase=rocm --rocmrelease=%1").arg(ctx.selection->rocm);
        }
        ctx.pathEntries << ctx.rocmPath + QStringLiteral("/bin");
        ctx.libraryEntries << ctx.rocmPath + QStringLiteral("/lib");
        ctx.exports.insert(QStringLiteral("ROCM_PATH"), ctx.rocmPath);
        return std::nullopt;
    }
    if (!ctx.isCuda())
        return std::nullopt;
    if (const probe::CudaToolkit *found = installedToolkit(ctx)) {
        ctx.cudaHome = found->path;
    } else if (ctx.needsNvcc() && ctx.cuda) {
        if (useConda(ctx))
            return condaToolkit(ctx);
        Stage stage;
        stage.id = QStringLiteral("toolkit");
        stage.title = stageTitle(StageTitle::PrefixToolkit, {ctx.selection->cuda});
        const QString runfile = ctx.cuda->runfile;
        const QString full = QRegularExpression(QStringLiteral("^cuda_([0-9.]+)_")).match(runfile).captured(1);
        Step download;
        download.kind = Step::Kind::Download;
        download.url =
            mirrored(ctx, QStringLiteral("https://developer.download.nvidia.com/compute/cuda/%1/local_installers/%2")
                              .arg(full, runfile));
        download.to = QStringLiteral("$cache/") + runfile;
        download.sha256 = ctx.cuda->runfileSha256;
        download.insecure = download.sha256.isEmpty(); // NVIDIA publishes md5 sums; sha256 only where recorded
        if (download.insecure)
            ctx.notes
                << Tr::tr("The CUDA %1 runfile is downloaded without a checksum: the matrix records no sha256 for %2.")
                       .arg(ctx.selection->cuda, runfile);
        stage.steps << download;
        ctx.cudaHome = ctx.prefix + QStringLiteral("/cuda-") + ctx.selection->cuda;
        Step install =
            runStep({QStringLiteral("sh"), download.to, QStringLiteral("--silent"), QStringLiteral("--toolkit"),
                     QStringLiteral("--toolkitpath=") + ctx.cudaHome, QStringLiteral("--no-opengl-libs"),
                     QStringLiteral("--no-man-page"), QStringLiteral("--override"),
                     QStringLiteral("--tmpdir=") + PrefixLayout(ctx.prefix).tmpDir()});
        install.creates = {ctx.cudaHome};
        stage.steps.prepend(
            runStep({QStringLiteral("mkdir"), QStringLiteral("-p"), PrefixLayout(ctx.prefix).tmpDir()}));
        stage.steps << install;
        stage.steps << runStep({ctx.cudaHome + QStringLiteral("/bin/nvcc"), QStringLiteral("--version")});
        ctx.exports.insert(QStringLiteral("CUDA_HOME"), ctx.cudaHome);
        ctx.pathEntries << ctx.cudaHome + QStringLiteral("/bin");
        ctx.libraryEntries << ctx.cudaHome + QStringLiteral("/lib64");
        return stage;
    }
    if (!ctx.cudaHome.isEmpty()) {
        ctx.exports.insert(QStringLiteral("CUDA_HOME"), ctx.cudaHome);
        ctx.pathEntries << ctx.cudaHome + QStringLiteral("/bin");
        ctx.libraryEntries << ctx.cudaHome + QStringLiteral("/lib64");
    }
    return std::nullopt;
}

// cuDNN stage: when a build links cuDNN and none was detected, the archive matching the
// toolkit's CUDA major is unpacked into <CUDA_HOME>/cudnn when the plan installs that
// toolkit, else into <prefix>/cudnn-<version> (a system toolkit stays untouched). Its
// sha256 comes from the matrix; an archive without one is fetched with a warning.
std::optional<Stage> cudnnRecipe(RecipeContext &ctx)
{
    if (!ctx.linksCudnn() || ctx.hasCudnn() || ctx.cudaHome.isEmpty())
        return std::nullopt;
    const matrix::CudnnArchive *archive = ctx.matrix->cudnnArchive(ctx.selection->cuda);
    if (!archive) {
        ctx.notes << Tr::tr("No cuDNN archive is known for CUDA %1: the build goes on without cuDNN (USE_CUDNN=0).")
                         .arg(ctx.selection->cuda);
        return std::nullopt;
    }
    const bool ownToolkit = ctx.cudaHome.startsWith(ctx.prefix + u'/');
    ctx.cudnnRoot = ownToolkit ? ctx.cudaHome + QStringLiteral("/cudnn")
                               : ctx.prefix + QStringLiteral("/cudnn-") + archive->version;
    Stage stage;
    stage.id = QStringLiteral("cudnn");
    stage.title = stageTitle(StageTitle::Cudnn, {archive->version, ctx.selection->cuda});
    Step download;
    download.kind = Step::Kind::Download;
    download.url = mirrored(ctx, archive->url);
    download.to = QStringLiteral("$cache/") + archive->file;
    download.sha256 = archive->sha256;
    download.insecure = archive->sha256.isEmpty();
    if (download.insecure)
        ctx.notes << Tr::tr("cuDNN %1 is downloaded without a checksum: the matrix records no sha256 for %2.")
                         .arg(archive->version, archive->file);
    stage.steps << download;
    Step extract;
    extract.kind = Step::Kind::Extract;
    extract.archive = download.to;
    extract.to = ctx.cudnnRoot;
    extract.strip = 1; // cudnn-linux-x86_64-<v>_cudaN-archive/{include,lib}
    stage.steps << extract;
    ctx.libraryEntries << ctx.cudnnRoot + QStringLiteral("/lib");
    return stage;
}

} // namespace dlstack::plan
