// SPDX-License-Identifier: GPL-3.0-or-later
// Activation stage: <prefix>/activate (the env, PATH, LD_LIBRARY_PATH, CUDA_HOME,
// PIP_CONSTRAINT, build variables) for `source`, and an Lmod / Environment Modules
// modulefile at <prefix>/modulefiles/dlstack/<name> for cluster users.
#include "core/plan/recipes/recipes.h"
#include "core/plan/stagetitle.h"

#include <QFileInfo>

namespace dlstack::plan {

namespace {

QByteArray activateScript(const RecipeContext &ctx, const QString &name)
{
    QStringList lines;
    lines
        << QStringLiteral("# Environment of the dlstack plan \"%1\". Use it with: . %2/activate").arg(name, ctx.prefix);
    if (ctx.envKind == u"conda" && !ctx.condaRoot.isEmpty()) {
        if (ctx.condaExe.endsWith(u"micromamba")) {
            lines << QStringLiteral("eval \"$(%1 shell hook -s bash)\"").arg(shellQuote(ctx.condaExe));
            lines << QStringLiteral("micromamba activate %1").arg(shellQuote(ctx.envPath));
        } else {
            lines << QStringLiteral(". %1/etc/profile.d/conda.sh").arg(shellQuote(ctx.condaRoot));
            lines << QStringLiteral("conda activate %1").arg(shellQuote(ctx.envPath));
        }
    } else if (ctx.envKind == u"conda") {
        lines << QStringLiteral("export CONDA_PREFIX=%1").arg(shellQuote(ctx.envPath));
    } else {
        lines << QStringLiteral(". %1/bin/activate").arg(shellQuote(ctx.envPath));
    }
    for (auto it = ctx.exports.cbegin(); it != ctx.exports.cend(); ++it)
        lines << QStringLiteral("export %1=%2").arg(it.key(), shellQuote(it.value()));
    QStringList path;
    for (const QString &entry : ctx.pathEntries)
        path << shellQuote(entry);
    if (!path.isEmpty())
        lines << QStringLiteral("export PATH=%1:\"$PATH\"").arg(path.join(u':'));
    QStringList libs;
    for (const QString &entry : ctx.libraryEntries)
        libs << shellQuote(entry);
    if (!libs.isEmpty())
        lines << QStringLiteral("export LD_LIBRARY_PATH=%1\"${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}\"")
                     .arg(libs.join(u':'));
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString tclQuote(const QString &word)
{
    QString out = word;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'$', QStringLiteral("\\$"))
        .replace(u'[', QStringLiteral("\\["))
        .replace(u']', QStringLiteral("\\]"));
    return u'"' + out + u'"';
}

QByteArray modulefile(const RecipeContext &ctx, const QString &name)
{
    QStringList lines{QStringLiteral("#%Module1.0"),
                      QStringLiteral("module-whatis %1").arg(tclQuote(QStringLiteral("dlstack: ") + name)),
                      QStringLiteral("conflict dlstack")};
    lines << QStringLiteral("setenv %1 %2")
                 .arg(ctx.envKind == u"conda" ? QStringLiteral("CONDA_PREFIX") : QStringLiteral("VIRTUAL_ENV"),
                      tclQuote(ctx.envPath));
    for (auto it = ctx.exports.cbegin(); it != ctx.exports.cend(); ++it)
        lines << QStringLiteral("setenv %1 %2").arg(it.key(), tclQuote(it.value()));
    for (auto it = ctx.pathEntries.crbegin(); it != ctx.pathEntries.crend(); ++it)
        lines << QStringLiteral("prepend-path PATH %1").arg(tclQuote(*it));
    for (auto it = ctx.libraryEntries.crbegin(); it != ctx.libraryEntries.crend(); ++it)
        lines << QStringLiteral("prepend-path LD_LIBRARY_PATH %1").arg(tclQuote(*it));
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace

std::optional<Stage> activationRecipe(RecipeContext &ctx)
{
    QString name = QFileInfo(ctx.prefix).fileName();
    if (name.isEmpty())
        name = QStringLiteral("dlstack");
    Stage stage;
    stage.id = QStringLiteral("activation");
    stage.title = stageTitle(StageTitle::Activation);
    stage.steps << writeFileStep(ctx.prefix + QStringLiteral("/activate"), activateScript(ctx, name));
    stage.steps << writeFileStep(ctx.prefix + QStringLiteral("/modulefiles/dlstack/") + name, modulefile(ctx, name));
    return stage;
}

} // namespace dlstack::plan
