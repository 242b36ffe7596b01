// SPDX-License-Identifier: GPL-3.0-or-later
// TensorRT stage (the `tensorrt` extra): NVIDIA's TensorRT pip wheels for the plan's CUDA major
// (tensorrt-cu12 / tensorrt-cu13) at the range torch-tensorrt requires, and torch-tensorrt at
// the release torch.json pairs with the torch release. The torch wheels already installed stay
// as they are (-c constraints.txt); the variant's index is an extra index so a CUDA build of
// torch-tensorrt published there is preferred. Selection::validate() has refused releases,
// backends and CUDA majors without a pairing, so here the data is always there.
#include "core/plan/recipes/recipes.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TensorrtRecipe)
};

} // namespace

std::optional<Stage> tensorrtRecipe(RecipeContext &ctx)
{
    if (!ctx.wantsExtra(QStringLiteral("tensorrt")) || !ctx.isCuda() || ctx.selection->isSource() ||
        !ctx.release->tensorrt || !ctx.cuda)
        return std::nullopt;
    const matrix::TensorrtPairing &pairing = *ctx.release->tensorrt;
    const QString major = QString::number(ctx.cudaMajor());
    if (!pairing.cudaMajors.contains(major))
        return std::nullopt;
    const QString wheel = QStringLiteral("tensorrt-cu") + major;
    Stage stage;
    stage.id = QStringLiteral("tensorrt");
    stage.title = Tr::tr("TensorRT (%1) and torch-tensorrt %2").arg(wheel, pairing.torchTensorrt);
    QStringList argv = pipInstall(ctx);
    argv << wheel + pairing.tensorrtSpec << QStringLiteral("torch-tensorrt==") + pairing.torchTensorrt
         << QStringLiteral("--constraint") << ctx.prefix + QStringLiteral("/constraints.txt");
    if (!ctx.mirrorDir.isEmpty())
        argv << pipSourceArgs(ctx);
    else if (ctx.variant && !ctx.variant->indexUrl.isEmpty())
        argv << QStringLiteral("--extra-index-url") << mirrored(ctx, ctx.variant->indexUrl);
    Step install = runStep(argv);
    install.progress = QStringLiteral("pip");
    install.undo = QStringList{ctx.envPython,
                               QStringLiteral("-m"),
                               QStringLiteral("pip"),
                               QStringLiteral("uninstall"),
                               QStringLiteral("-y"),
                               QStringLiteral("torch-tensorrt"),
                               wheel,
                               wheel + QStringLiteral("-bindings"),
                               wheel + QStringLiteral("-libs")};
    stage.steps << install;
    ctx.notes << Tr::tr("torch-tensorrt %1 is the release for torch %2; it needs TensorRT %3, installed as %4 for "
                        "CUDA %5 (%6).")
                     .arg(pairing.torchTensorrt, ctx.release->version, pairing.tensorrtSpec, wheel, ctx.cuda->version,
                          pairing.source);
    return stage;
}

} // namespace dlstack::plan
