// SPDX-License-Identifier: GPL-3.0-or-later
// Compiler stage: when the host gcc is newer than nvcc of the selected CUDA accepts, or older
// than the release needs (source_build.gcc_min), use another installed gcc that fits both,
// else pin gcc/gxx N (nvcc's limit) from conda-forge into a conda env, else name the Debian
// package for the user (root is never used silently) and check for it.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include "core/support/version.h"

#include <QCoreApplication>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompilerRecipe)
};

int majorOf(const QString &version)
{
    auto v = support::Version::parse(version);
    return v ? v->major() : 0;
}

const probe::Compiler *defaultGcc(const RecipeContext &ctx)
{
    const probe::Compiler *best = nullptr;
    for (const probe::Compiler &c : ctx.profile->compilers) {
        if (c.kind != u"gcc")
            continue;
        if (c.path.endsWith(u"/gcc"))
            return &c;
        if (!best || support::compareVersions(c.version, best->version) > 0)
            best = &c;
    }
    return best;
}

QString gxxFor(const QString &gccPath)
{
    QString cxx = gccPath;
    const int at = cxx.lastIndexOf(QStringLiteral("gcc"));
    if (at >= 0)
        cxx.replace(at, 3, QStringLiteral("g++"));
    return cxx;
}

} // namespace

std::optional<Stage> compilerRecipe(RecipeContext &ctx)
{
    if (!ctx.isCuda() || ctx.cudaHome.isEmpty() || !ctx.cuda || ctx.cuda->gccMax <= 0)
        return std::nullopt;
    if (!ctx.needsNvcc())
        return std::nullopt;
    const int limit = ctx.cuda->gccMax;
    // A gcc that nvcc accepts and that is new enough for this release (source_build.gcc_min).
    const auto fits = [&](const probe::Compiler &c) {
        const int major = majorOf(c.version);
        return major > 0 && major <= limit &&
               (ctx.release->gccMin.isEmpty() || support::compareVersions(c.version, ctx.release->gccMin) >= 0);
    };
    const probe::Compiler *host = defaultGcc(ctx);
    if (host && fits(*host))
        return std::nullopt; // the default compiler is accepted by nvcc and new enough
    const probe::Compiler *older = nullptr;
    for (const probe::Compiler &c : ctx.profile->compilers) {
        if (c.kind == u"gcc" && fits(c) && (!older || majorOf(c.version) > majorOf(older->version)))
            older = &c;
    }
    const QString hostText = host ? host->version : QStringLiteral("(none found)");
    Stage stage;
    stage.id = QStringLiteral("compiler");
    if (older) {
        ctx.cc = older->path;
        ctx.cxx = gxxFor(older->path);
        ctx.notes << Tr::tr("gcc %1 does not fit CUDA %2 (gcc <= %3) and torch %4 (gcc >= %5); using %6.")
                         .arg(hostText, ctx.selection->cuda, QString::number(limit), ctx.release->version,
                              ctx.release->gccMin.isEmpty() ? Tr::tr("any") : ctx.release->gccMin, older->path);
        stage.title = stageTitle(StageTitle::SystemGcc, {older->version});
        stage.steps << runStep({ctx.cxx, QStringLiteral("--version")});
        return stage;
    }
    if (ctx.envKind == u"conda" && !ctx.condaExe.isEmpty()) {
        stage.title = stageTitle(StageTitle::CondaGcc, {QString::number(limit)});
        stage.steps << condaInstallStep(ctx, {QStringLiteral("gcc=%1").arg(limit), QStringLiteral("gxx=%1").arg(limit)},
                                        {QStringLiteral("gcc"), QStringLiteral("gxx")});
        ctx.cc = ctx.envBin() + QStringLiteral("/gcc");
        ctx.cxx = ctx.envBin() + QStringLiteral("/g++");
        return stage;
    }
    // A system package needs root: shown to the user, checked here, never run silently.
    ctx.cc = QStringLiteral("/usr/bin/gcc-%1").arg(limit);
    ctx.cxx = QStringLiteral("/usr/bin/g++-%1").arg(limit);
    ctx.rootCommands << QStringLiteral("sudo apt-get install gcc-%1 g++-%1").arg(limit);
    ctx.notes << (ctx.release->gccMin.isEmpty()
                      ? Tr::tr("gcc %1 does not fit CUDA %2 (gcc <= %3); install gcc-%3 first (needs root).")
                            .arg(hostText, ctx.selection->cuda, QString::number(limit))
                      : Tr::tr("gcc %1 does not fit CUDA %2 (gcc <= %3) and torch %4 (gcc >= %5); install gcc-%3 "
                               "first (needs root).")
                            .arg(hostText, ctx.selection->cuda, QString::number(limit), ctx.release->version,
                                 ctx.release->gccMin));
    stage.title = stageTitle(StageTitle::UserGcc, {QString::number(limit)});
    stage.steps << runStep({QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("test -x %1 || { echo 'gcc-%2 is missing: run \"sudo apt-get install gcc-%2 "
                                           "g++-%2\" and resume' >&2; exit 1; }")
                                .arg(ctx.cxx, QString::number(limit))});
    return stage;
}

} // namespace dlstack::plan
