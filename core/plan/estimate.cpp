// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/estimate.h"

#include <algorithm>

namespace dlstack::plan {

namespace {

bool hasStep(const Stage &stage, Step::Kind kind)
{
    return std::any_of(stage.steps.cbegin(), stage.steps.cend(), [kind](const Step &s) { return s.kind == kind; });
}

// Compile work in core-minutes spread over MAX_JOBS, plus fixed minutes (clone, deps, link).
int buildMinutes(const RecipeContext &ctx, int coreMinutes, int fixed)
{
    const int jobs = ctx.maxJobs();
    return fixed + (coreMinutes + jobs - 1) / jobs;
}

} // namespace

qint64 estimateMib(const RecipeContext &ctx, const QList<Stage> &stages)
{
    qint64 mib = 500; // environment, pip cache
    for (const Stage &stage : stages) {
        if (stage.id == u"toolkit")
            mib += 8 * 1024; // runfile (~4 GB) plus the installed toolkit
        else if (stage.id == u"cudnn")
            mib += 2 * 1024; // archive (~0.8 GB) plus the unpacked libraries
        else if (stage.id == u"pytorch-source")
            mib += 25 * 1024; // sources with submodules plus a CUDA build tree
        else if (stage.id == u"pytorch")
            mib += ctx.isCuda() || ctx.isRocm() ? 6 * 1024 : 1024;
        else if (stage.id == u"companions" || stage.id == u"apex")
            mib += 3 * 1024;
        else if (stage.id == u"opencv") // sources with contrib and a CUDA build tree, or the wheel
            mib += hasStep(stage, Step::Kind::Git) ? 6 * 1024 : 100;
    }
    return mib;
}

QMap<QString, int> estimateMinutes(const RecipeContext &ctx, const QList<Stage> &stages)
{
    const bool gpu = ctx.isCuda() || ctx.isRocm();
    const int archs = std::max<int>(1, int(ctx.archList().size()));
    QMap<QString, int> minutes;
    for (const Stage &stage : stages) {
        int m = 1;
        if (stage.id == u"environment")
            m = ctx.envKind == u"conda" ? (hasStep(stage, Step::Kind::Download) ? 6 : 4) : 1;
        else if (stage.id == u"toolkit")
            m = hasStep(stage, Step::Kind::Download) ? 8 : 6; // ~4 GB runfile, or the conda packages
        else if (stage.id == u"cudnn")
            m = 2;
        else if (stage.id == u"pytorch")
            m = gpu ? 5 : 2;                    // ~3 GB of CUDA/ROCm wheels
        else if (stage.id == u"pytorch-source") // ~15 core-hours on the CPU, plus device code per arch
            m = buildMinutes(ctx, !gpu ? 900 : (ctx.isRocm() ? 1800 : 1200) + 600 * archs, 15);
        else if (stage.id == u"companions")
            m = buildMinutes(ctx, gpu ? 90 + 30 * archs : 60, 3);
        else if (stage.id == u"apex")
            m = buildMinutes(ctx, 120 + 60 * archs, 2);
        else if (stage.id == u"opencv")
            m = hasStep(stage, Step::Kind::Git) ? buildMinutes(ctx, 600 + 200 * archs, 5) : 1;
        else if (stage.id == u"activation")
            m = 0;
        else if (stage.id == u"verify")
            m = ctx.isCuda() ? 2 : 1; // the CUDA test extension compiles for about a minute
        else if (stage.id == u"test-nn")
            m = gpu ? 30 : 20; // test_nn.py runs its thousands of tests on the CPU and on each device type
        minutes.insert(stage.id, m);
    }
    return minutes;
}

} // namespace dlstack::plan
