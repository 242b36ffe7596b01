// SPDX-License-Identifier: GPL-3.0-or-later
// Environment stage: reuse an existing env, create a venv from a host Python of the
// selected version, or a conda env with the conda/mamba/micromamba found on the machine,
// or with Miniforge installed into the prefix first.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include "core/support/version.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentRecipe)
};

const probe::PythonInterpreter *hostPython(const RecipeContext &ctx)
{
    const probe::PythonInterpreter *best = nullptr;
    for (const probe::PythonInterpreter &py : ctx.profile->pythons) {
        auto v = support::Version::parse(py.version);
        if (!v || v->majorMinor() != ctx.python)
            continue;
        if (!best || support::compareVersions(py.version, best->version) > 0)
            best = &py;
    }
    return best;
}

// conda, mamba or micromamba from the profile; libmamba-capable conda preferred.
void findConda(RecipeContext &ctx)
{
    for (const probe::CondaInstall &install : ctx.profile->conda) {
        if (install.flavour == u"micromamba") {
            ctx.condaExe = install.root + QStringLiteral("/bin/micromamba");
            ctx.condaRoot = install.root;
            continue; // keep looking for a full conda
        }
        ctx.condaExe = install.root + QStringLiteral("/bin/conda");
        ctx.condaRoot = install.root;
        return;
    }
}

void useExisting(RecipeContext &ctx, Stage &stage)
{
    ctx.envPath = ctx.selection->envPath;
    ctx.envKind = QStringLiteral("venv");
    for (const probe::PythonEnv &env : ctx.profile->pythonEnvs) {
        if (env.path == ctx.envPath) {
            ctx.envKind = env.kind == u"conda" ? QStringLiteral("conda") : QStringLiteral("venv");
            if (!env.python.isEmpty())
                ctx.envPython = env.python;
            if (env.kind == u"conda")
                findConda(ctx);
        }
    }
    if (ctx.envPython.isEmpty())
        ctx.envPython = ctx.envBin() + QStringLiteral("/python");
    stage.title = stageTitle(StageTitle::ExistingEnvironment, {ctx.envPath});
    stage.steps << runStep(
        {ctx.envPython, QStringLiteral("-c"), QStringLiteral("import sys; print(sys.executable, sys.version)")});
}

void newVenv(RecipeContext &ctx, Stage &stage)
{
    ctx.envKind = QStringLiteral("venv");
    ctx.envPath = ctx.selection->envPath.isEmpty() ? ctx.prefix + QStringLiteral("/venv") : ctx.selection->envPath;
    ctx.envPython = ctx.envBin() + QStringLiteral("/python");
    const probe::PythonInterpreter *py = hostPython(ctx);
    QString interpreter = py ? py->path : QStringLiteral("python%1").arg(ctx.python);
    if (!py)
        ctx.notes << Tr::tr("No Python %1 was detected; the plan calls \"%2\" from PATH.").arg(ctx.python, interpreter);
    stage.title = stageTitle(StageTitle::VirtualEnvironment, {ctx.python});
    Step create = runStep({interpreter, QStringLiteral("-m"), QStringLiteral("venv"), ctx.envPath});
    create.creates = {ctx.envPath};
    stage.steps << create;
    if (ctx.mirrorDir.isEmpty()) {
        Step pip = runStep({ctx.envPython, QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("install"),
                            QStringLiteral("--upgrade"), QStringLiteral("pip")});
        pip.progress = QStringLiteral("pip");
        stage.steps << pip;
    }
}

void newConda(RecipeContext &ctx, Stage &stage)
{
    ctx.envKind = QStringLiteral("conda");
    ctx.envPath = ctx.selection->envPath.isEmpty() ? ctx.prefix + QStringLiteral("/conda-env") : ctx.selection->envPath;
    ctx.envPython = ctx.envBin() + QStringLiteral("/python");
    findConda(ctx);
    if (ctx.condaExe.isEmpty()) {
        // Miniforge into the prefix: conda-forge defaults, libmamba solver built in; the
        // release and its sha256 come from the matrix (tools.json).
        const matrix::ToolFacts &tools = ctx.matrix->tools();
        const QString arch = ctx.profile->host.arch.isEmpty() ? QStringLiteral("x86_64") : ctx.profile->host.arch;
        const QString file = QStringLiteral("Miniforge3-%1-Linux-%2.sh").arg(tools.miniforgeVersion, arch);
        Step download;
        download.kind = Step::Kind::Download;
        download.url = mirrored(ctx, QStringLiteral("https://github.com/conda-forge/miniforge/releases/download/%1/%2")
                                         .arg(tools.miniforgeVersion, file));
        download.to = QStringLiteral("$cache/") + file;
        download.sha256 = tools.miniforgeSha256.value(arch);
        download.insecure = download.sha256.isEmpty();
        if (download.insecure)
            ctx.notes << Tr::tr("Miniforge %1 for %2 is downloaded without a checksum: the matrix records none for it.")
                             .arg(tools.miniforgeVersion, arch);
        stage.steps << download;
        ctx.condaRoot = ctx.prefix + QStringLiteral("/miniforge3");
        ctx.condaExe = ctx.condaRoot + QStringLiteral("/bin/conda");
        Step install =
            runStep({QStringLiteral("bash"), download.to, QStringLiteral("-b"), QStringLiteral("-p"), ctx.condaRoot});
        install.creates = {ctx.condaRoot};
        stage.steps << install;
    }
    stage.title = stageTitle(StageTitle::CondaEnvironment, {ctx.python});
    const bool micromamba = ctx.condaExe.endsWith(u"micromamba");
    Step create = runStep({ctx.condaExe, QStringLiteral("create"), QStringLiteral("-y"), QStringLiteral("-p"),
                           ctx.envPath, QStringLiteral("-c"), QStringLiteral("conda-forge"),
                           QStringLiteral("python=%1").arg(ctx.python), QStringLiteral("pip")});
    if (!micromamba)
        create.env.insert(QStringLiteral("CONDA_SOLVER"), QStringLiteral("libmamba"));
    create.progress = QStringLiteral("conda");
    create.creates = {ctx.envPath};
    stage.steps << create;
}

} // namespace

std::optional<Stage> environmentRecipe(RecipeContext &ctx)
{
    Stage stage;
    stage.id = QStringLiteral("environment");
    switch (ctx.selection->envKind) {
    case matrix::EnvKind::Existing:
        useExisting(ctx, stage);
        break;
    case matrix::EnvKind::NewConda:
        newConda(ctx, stage);
        break;
    case matrix::EnvKind::NewVenv:
        newVenv(ctx, stage);
        break;
    }
    ctx.pathEntries << ctx.envBin();
    return stage;
}

} // namespace dlstack::plan
