// SPDX-License-Identifier: GPL-3.0-or-later
// Verify stage: writes <prefix>/verify_torch.py and runs it in the environment: import
// torch, versions as JSON and compared with the plan's, CUDA/ROCm availability, device
// count and names, a small matmul on each GPU checked against the CPU, and a tiny C++
// (and CUDA, when nvcc is there) extension built with torch.utils.cpp_extension.load_inline;
// with Apex: `import apex`, apex.parallel.DistributedDataParallel (where the tag still has it)
// and FusedLayerNorm forward/backward on the GPU; with TensorRT: torch_tensorrt and tensorrt
// import at the planned versions and a one-layer engine is built and run on the GPU; with XPU:
// torch.xpu available, its devices counted and named, the matmul run on each, no CUDA extension.
#include "core/matrix/xpudevice.h"
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlstack::plan {

QByteArray verifyScript()
{
    // resources/scripts/verify_torch.py, compiled in with the other data files.
    QFile file(QStringLiteral(":/scripts/verify_torch.py"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the verify script is missing from the resources");
    return file.readAll();
}

std::optional<Stage> verifyRecipe(RecipeContext &ctx)
{
    QJsonObject expect;
    expect.insert(QStringLiteral("torch"), ctx.release->version);
    expect.insert(QStringLiteral("backend"), matrix::backendName(ctx.selection->backend));
    for (const QString &name :
         {QStringLiteral("torchvision"), QStringLiteral("torchaudio"), QStringLiteral("torchtext")}) {
        if (ctx.wantsExtra(name) && !ctx.extraPin(name).isEmpty())
            expect.insert(name, ctx.extraPin(name));
    }
    if (ctx.wantsExtra(QStringLiteral("opencv-cuda")) && ctx.isCuda())
        expect.insert(QStringLiteral("opencv"), QStringLiteral("cuda"));
    else if (ctx.wantsExtra(QStringLiteral("opencv")) || ctx.wantsExtra(QStringLiteral("opencv-cuda")))
        expect.insert(QStringLiteral("opencv"), QStringLiteral("any"));
    if (ctx.wantsExtra(QStringLiteral("apex")) && ctx.isCuda() && ctx.release->apex) {
        const matrix::ApexRef *ref = ctx.matrix->apexRef(ctx.release->apex->ref);
        expect.insert(
            QStringLiteral("apex"),
            QJsonObject{{QStringLiteral("ref"), ctx.release->apex->ref},
                        {QStringLiteral("ddp"), !(ref && ref->removed.contains(QStringLiteral("apex.parallel")))}});
    }
    if (ctx.wantsExtra(QStringLiteral("tensorrt")) && ctx.release->tensorrt)
        expect.insert(QStringLiteral("torch_tensorrt"), ctx.release->tensorrt->torchTensorrt);
    // XPU: only the Intel GPUs PyTorch's XPU build runs on (an Arc card, not the UHD iGPU
    // beside it); the script then asks torch.xpu for at least that many.
    int gpus = ctx.selection->backend == matrix::Backend::Xpu ? matrix::xpuDeviceCount(*ctx.profile) : 0;
    for (const probe::Gpu &gpu : ctx.profile->gpus) {
        if ((ctx.isCuda() && gpu.vendor == u"nvidia") || (ctx.isRocm() && gpu.vendor == u"amd"))
            ++gpus;
    }
    if (gpus > 0)
        expect.insert(QStringLiteral("gpus"), gpus);
    const QString script = ctx.prefix + QStringLiteral("/verify_torch.py");
    Stage stage;
    stage.id = QStringLiteral("verify");
    stage.title = stageTitle(StageTitle::Verify);
    stage.steps << writeFileStep(script, verifyScript(), 0755);
    QMap<QString, QString> env;
    if (!ctx.cudaHome.isEmpty())
        env.insert(QStringLiteral("CUDA_HOME"), ctx.cudaHome);
    if (!ctx.cxx.isEmpty())
        env.insert(QStringLiteral("CXX"), ctx.cxx);
    env.insert(QStringLiteral("PATH"), ctx.pathEntries.join(u':') + QStringLiteral(":/usr/local/bin:/usr/bin:/bin"));
    stage.steps << runStep({ctx.envPython, script, QStringLiteral("--expect"),
                            QString::fromUtf8(QJsonDocument(expect).toJson(QJsonDocument::Compact))},
                           ctx.prefix, env);
    return stage;
}

} // namespace dlstack::plan
