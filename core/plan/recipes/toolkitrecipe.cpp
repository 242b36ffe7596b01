// SPDX-License-Identifier: GPL-3.0-or-later
// Toolkit stage: a CUDA toolkit of the selected version when a build needs nvcc and none
// is installed: the NVIDIA runfile, toolkit only (no driver, no root), into
// <prefix>/cuda-X.Y, so several toolkits live side by side. ROCm is never installed here
// (it needs root); a missing ROCm becomes a command for the user.
#include "core/plan/recipes/recipes.h"

#include "core/support/version.h"

#include <QRegularExpression>

namespace dlstack::plan {

namespace {

const probe::CudaToolkit *installedToolkit(const RecipeContext &ctx)
{
    for (const probe::CudaToolkit &toolkit : ctx.profile->cudaToolkits) {
        auto v = support::Version::parse(toolkit.version);
        if (v && v->majorMinor() == ctx.selection->cuda && !toolkit.nvcc.isEmpty())
            return &toolkit;
    }
    return nullptr;
}

bool needsNvcc(const RecipeContext &ctx)
{
    return ctx.selection->isSource() || ctx.wantsExtra(QStringLiteral("apex")) || ctx.wantsExtra(QStringLiteral("opencv-cuda"));
}

} // namespace

std::optional<Stage> toolkitRecipe(RecipeContext &ctx)
{
    if (ctx.isRocm()) {
        ctx.rocmPath = ctx.profile->rocm ? ctx.profile->rocm->path : QStringLiteral("/opt/rocm");
        if (!ctx.profile->rocm) {
            ctx.notes << QStringLiteral("ROCm %1 is not installed; it needs root. Install it first:").arg(ctx.selection->rocm);
            ctx.rootCommands << QStringLiteral("sudo amdgpu-install --usecase=rocm --rocmrelease=%1").arg(ctx.selection->rocm);
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
    } else if (needsNvcc(ctx) && ctx.cuda) {
        Stage stage;
        stage.id = QStringLiteral("toolkit");
        stage.title = QStringLiteral("CUDA %1 toolkit in the prefix").arg(ctx.selection->cuda);
        const QString runfile = ctx.cuda->runfile;
        const QString full = QRegularExpression(QStringLiteral("^cuda_([0-9.]+)_")).match(runfile).captured(1);
        Step download;
        download.kind = Step::Kind::Download;
        download.url = mirrored(ctx, QStringLiteral("https://developer.download.nvidia.com/compute/cuda/%1/local_installers/%2")
                                         .arg(full, runfile));
        download.to = QStringLiteral("$cache/") + runfile;
        download.insecure = true; // NVIDIA publishes md5 sums only; the matrix holds no sha256
        stage.steps << download;
        ctx.cudaHome = ctx.prefix + QStringLiteral("/cuda-") + ctx.selection->cuda;
        Step install = runStep({QStringLiteral("sh"), download.to, QStringLiteral("--silent"), QStringLiteral("--toolkit"),
                                QStringLiteral("--toolkitpath=") + ctx.cudaHome, QStringLiteral("--no-opengl-libs"),
                                QStringLiteral("--no-man-page"), QStringLiteral("--override"),
                                QStringLiteral("--tmpdir=") + ctx.prefix + QStringLiteral("/.dlstack/tmp")});
        install.creates = {ctx.cudaHome};
        stage.steps.prepend(runStep({QStringLiteral("mkdir"), QStringLiteral("-p"), ctx.prefix + QStringLiteral("/.dlstack/tmp")}));
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

} // namespace dlstack::plan
