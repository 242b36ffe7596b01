// SPDX-License-Identifier: GPL-3.0-or-later
// The libraries a PyTorch source build links that PyTorch's README and the guides install into
// the conda environment before the build (CMAKE_PREFIX_PATH finds them there): mkl-static and
// mkl-include on x86_64, and for CUDA, MAGMA: the pytorch channel's magma-cuda<XY> for the
// releases whose README installs it and the CUDA versions it was published for, else
// conda-forge's libmagma for the CUDA majors it is built for. Which one, and why, goes into a
// note with its source; the data is tools.json "magma" and "mkl_build".
#include "core/plan/recipes/recipes.h"

#include "core/support/version.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BuildLibraries)
};

std::optional<Step> magmaStep(RecipeContext &ctx)
{
    const matrix::MagmaFacts &magma = ctx.matrix->tools().magma;
    const QString cuda = ctx.cuda->parsedVersion.majorMinor();
    const QString torch = ctx.release->version;
    const matrix::MagmaPackage *published = magma.pytorchPackage(cuda);
    const bool readmeInstallsIt =
        !magma.pytorchLastTorch.isEmpty() && support::compareVersions(torch, magma.pytorchLastTorch) <= 0;
    if (published && readmeInstallsIt) {
        ctx.notes << Tr::tr("MAGMA: %1 from the pytorch channel, as PyTorch %2's README installs it for CUDA %3 (%4; "
                            "the package: %5).")
                         .arg(published->package, torch, cuda, magma.pytorchSource, published->source);
        if (magma.pytorchUnverified)
            ctx.notes << Tr::tr("That torch %1 is the last release whose README installs magma-cuda packages is not "
                                "confirmed by a primary source.")
                             .arg(magma.pytorchLastTorch);
        return condaInstallStep(ctx, {published->package}, {published->package}, QStringLiteral("pytorch"));
    }
    const QString why =
        published ? Tr::tr("PyTorch %1's README no longer installs the pytorch channel's magma-cuda packages, the last "
                           "release that does is %2")
                        .arg(torch, magma.pytorchLastTorch)
                  : Tr::tr("the pytorch channel has no magma-cuda%1").arg(QString(cuda).remove(u'.'));
    if (!magma.condaForgePackage.isEmpty() &&
        magma.condaForgeCudaMajors.contains(QString::number(ctx.cuda->parsedVersion.major()))) {
        ctx.notes << Tr::tr("MAGMA: %1 from conda-forge for CUDA %2 (%3), since %4 (%5).")
                         .arg(magma.condaForgePackage, cuda, magma.condaForgeSource, why, magma.pytorchSource);
        if (magma.condaForgeUnverified)
            ctx.notes << Tr::tr("The CUDA versions conda-forge builds %1 for are not confirmed by its package index.")
                             .arg(magma.condaForgePackage);
        return condaInstallStep(ctx, {magma.condaForgePackage, QStringLiteral("cuda-version=") + cuda},
                                {magma.condaForgePackage});
    }
    ctx.notes << Tr::tr("MAGMA: none is known for CUDA %1 (%2, and conda-forge's %3 is recorded for CUDA %4 only): "
                        "PyTorch is built without MAGMA.")
                     .arg(cuda, why, magma.condaForgePackage, magma.condaForgeCudaMajors.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace

QList<Step> buildLibrarySteps(RecipeContext &ctx)
{
    QList<Step> out;
    const bool conda = ctx.envKind == u"conda" && !ctx.condaExe.isEmpty();
    if (!conda) {
        if (ctx.isCuda())
            ctx.notes << Tr::tr(
                "MAGMA and MKL are not installed for the build: PyTorch's README takes them from conda, "
                "and this plan's environment is a venv. PyTorch is built without MAGMA; choose a "
                "conda environment to have it.");
        return out;
    }
    const matrix::ToolFacts &tools = ctx.matrix->tools();
    if (!tools.mklBuildPackages.isEmpty() && tools.mklBuildArchs.contains(ctx.profile->host.arch)) {
        out << condaInstallStep(ctx, tools.mklBuildPackages, tools.mklBuildPackages);
        ctx.notes << Tr::tr("%1 from conda-forge for the build, as PyTorch's README installs them on %2 (%3).")
                         .arg(tools.mklBuildPackages.join(QStringLiteral(" ")), ctx.profile->host.arch,
                              tools.mklBuildSource);
    }
    if (ctx.isCuda() && ctx.cuda)
        if (auto magma = magmaStep(ctx))
            out << *magma;
    return out;
}

} // namespace dlstack::plan
