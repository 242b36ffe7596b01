// SPDX-License-Identifier: GPL-3.0-or-later
// Test stage (the `test-nn` extra, source route only: Selection::validate() refuses it on the
// prebuilt route): PyTorch's own test/test_nn.py run from the source tree the plan built, after
// the verify stage, in the same environment. It runs in test/ so that `import torch` finds the
// installed torch, not the torch/ folder of the tree. A failing test fails the stage; its log
// holds unittest's report.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TestNnRecipe)
};

} // namespace

std::optional<Stage> testNnRecipe(RecipeContext &ctx)
{
    if (!ctx.wantsExtra(QStringLiteral("test-nn")) || !ctx.selection->isSource())
        return std::nullopt;
    const QString tests = ctx.prefix + QStringLiteral("/src/pytorch/test");
    Stage stage;
    stage.id = QStringLiteral("test-nn");
    stage.title = stageTitle(StageTitle::TestNn);
    // test_nn imports expecttest and hypothesis through torch.testing._internal; requirements.txt
    // has them from torch 2.0 on, older trees do not.
    Step deps = runStep(pipInstall(ctx) + QStringList{QStringLiteral("expecttest"), QStringLiteral("hypothesis")} +
                            pipSourceArgs(ctx),
                        tests);
    deps.progress = QStringLiteral("pip");
    stage.steps << deps;
    QMap<QString, QString> env;
    if (!ctx.cudaHome.isEmpty())
        env.insert(QStringLiteral("CUDA_HOME"), ctx.cudaHome);
    env.insert(QStringLiteral("PATH"), ctx.pathEntries.join(u':') + QStringLiteral(":/usr/local/bin:/usr/bin:/bin"));
    stage.steps << runStep({ctx.envPython, QStringLiteral("test_nn.py"), QStringLiteral("-v")}, tests, env);
    ctx.notes << Tr::tr("The test-nn stage runs PyTorch's own test/test_nn.py from %1 on the result (thousands of "
                        "tests; a failure fails the stage, which can be retried alone).")
                     .arg(tests);
    return stage;
}

} // namespace dlstack::plan
