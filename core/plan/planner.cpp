// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planner.h"
#include "core/plan/prefixlayout.h"

#include "core/matrix/checker.h"
#include "core/plan/estimate.h"
#include "core/plan/planloader.h"
#include "core/plan/recipes/recipes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStorageInfo>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

bool isUrl(const QString &text)
{
    return text.startsWith(u"https://") || text.startsWith(u"http://") || text.startsWith(u"file://");
}

} // namespace

PlanOutcome Planner::plan(const probe::SystemProfile &profile, const matrix::Selection &selection,
                          const PlannerOptions &options) const
{
    PlanOutcome outcome;
    if (auto invalid = selection.validate(m_matrix)) {
        outcome.error = *invalid;
        return outcome;
    }
    if (auto noArchs = missingArchList(profile, selection, options.target)) {
        outcome.error = *noArchs;
        return outcome;
    }
    outcome.findings = matrix::check(profile, selection, m_matrix, options.target);
    QStringList lines;
    for (matrix::Finding &f : outcome.findings) {
        if (f.severity != matrix::Severity::Blocker)
            continue;
        // The compiler recipe resolves this one (older gcc, conda gcc pin or a named package),
        // and a gcc too old for the release in a conda env (conda-forge's gcc at nvcc's limit).
        if (selection.backend == matrix::Backend::Cuda &&
            (f.id == u"host_compiler_too_new" ||
             (f.id == u"compiler_too_old" && selection.envKind == matrix::EnvKind::NewConda))) {
            f.severity = matrix::Severity::Warning;
            continue;
        }
        lines << QStringLiteral("%1: %2").arg(f.id, f.message);
    }
    if (!lines.isEmpty()) {
        outcome.error =
            support::Error{Tr::tr("The version matrix blocks %1.").arg(selection.label()), lines.join(u'\n'),
                           Tr::tr("Change the selection as the findings say, or run `dlstack recommend`.")};
        return outcome;
    }
    if (options.prefix.isEmpty() || !QDir::isAbsolutePath(options.prefix)) {
        outcome.error = support::Error{Tr::tr("The install prefix must be an absolute path."), options.prefix,
                                       Tr::tr("Pass --prefix /path/to/prefix.")};
        return outcome;
    }

    RecipeContext ctx;
    ctx.profile = &profile;
    ctx.selection = &selection;
    ctx.matrix = &m_matrix;
    ctx.release = m_matrix.release(selection.torch);
    if (!ctx.release) { // validate() covers this; kept so a matrix change cannot crash here
        outcome.error = support::Error{Tr::tr("The matrix does not know torch %1.").arg(selection.torch), {}, {}};
        return outcome;
    }
    const QString backendVersion = selection.backendVersion();
    ctx.variant = ctx.release->variantFor(selection.backend, backendVersion);
    if (selection.backend == matrix::Backend::Cuda)
        ctx.cuda = m_matrix.cuda(selection.cuda);
    ctx.prefix = QDir::cleanPath(options.prefix);
    if (isUrl(options.mirror))
        ctx.mirrorUrl = options.mirror;
    else if (!options.mirror.isEmpty())
        ctx.mirrorDir = QDir::cleanPath(QDir(options.mirror).absolutePath());
    ctx.python =
        selection.python.isEmpty() ? matrix::effectivePython(profile, selection, *ctx.release) : selection.python;

    Plan plan;
    plan.name = selection.label();
    plan.prefix = ctx.prefix;
    plan.cache = PrefixLayout(ctx.prefix).defaultCache();
    plan.mirrorDir = ctx.mirrorDir;
    plan.machine = profile.toJson();
    using Recipe = std::optional<Stage> (*)(RecipeContext &);
    const Recipe recipes[] = {environmentRecipe,  toolkitRecipe,  cudnnRecipe,       compilerRecipe,
                              rocmCompilerRecipe, prebuiltRecipe, torchSourceRecipe, extrasSourceRecipe,
                              tensorrtRecipe,     apexRecipe,     opencvRecipe,      activationRecipe,
                              verifyRecipe,       testNnRecipe};
    for (Recipe recipe : recipes) {
        if (std::optional<Stage> stage = recipe(ctx))
            plan.stages << *stage;
    }

    plan.neededMib = estimateMib(ctx, plan.stages);
    // The plan must pass the same loader `dlstack install` uses; a failure is a planner defect.
    auto reloaded = loadPlan(QJsonDocument(plan.toJson()).toJson(), QStringLiteral("planned"));
    if (!reloaded) {
        outcome.error =
            support::Error{Tr::tr("The planner produced a plan the loader rejects."), reloaded.error().toText(),
                           Tr::tr("Please report this with the selection and profile.")};
        return outcome;
    }
    outcome.neededMib = plan.neededMib;
    outcome.stageMinutes = estimateMinutes(ctx, plan.stages);
    outcome.notes = ctx.notes;
    outcome.rootCommands = ctx.rootCommands;
    outcome.envPath = ctx.envPath;
    outcome.envKind = ctx.envKind;
    outcome.python = ctx.python;
    outcome.plan = plan;
    return outcome;
}

std::optional<support::Error> missingArchList(const probe::SystemProfile &profile, const matrix::Selection &selection,
                                              matrix::Target target)
{
    if (target == matrix::Target::ThisMachine || selection.backend != matrix::Backend::Cuda || !selection.isSource() ||
        !selection.archList.isEmpty())
        return std::nullopt;
    for (const probe::Gpu &gpu : profile.gpus) {
        if (gpu.vendor == u"nvidia" && !gpu.computeCapability.isEmpty())
            return std::nullopt;
    }
    const QString what = target == matrix::Target::Image ? Tr::tr("the image") : Tr::tr("the profile's machine");
    return support::Error{
        Tr::tr("A CUDA source build for %1 needs the GPUs it is for, and the profile names no NVIDIA GPU with its "
               "compute capability.")
            .arg(what),
        {},
        Tr::tr("Name the architectures with --arch-list, e.g. --arch-list \"8.0;8.6;9.0+PTX\".")};
}

QStringList missingFromMirror(const Plan &plan)
{
    QStringList missing;
    if (plan.mirrorDir.isEmpty())
        return missing;
    const QDir mirror(plan.mirrorDir);
    for (const Stage &stage : plan.stages)
        for (const Step &step : stage.steps) {
            const QString name = step.mirrorFileName();
            if (!name.isEmpty() && !QFileInfo::exists(mirror.filePath(name)))
                missing << name;
        }
    return missing;
}

std::optional<support::Error> checkTarget(const Plan &plan, qint64 neededMib)
{
    if (!plan.mirrorDir.isEmpty() && !QFileInfo(plan.mirrorDir).isDir()) {
        return support::Error{Tr::tr("The mirror directory %1 does not exist.").arg(plan.mirrorDir),
                              {},
                              Tr::tr("Check the path given to --mirror, or run `dlstack bundle` to fill it.")};
    }
    QString existing = plan.prefix;
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    const QFileInfo info(existing);
    if (!info.isDir()) {
        return support::Error{
            Tr::tr("The install folder %1 cannot be made: %2 is a file, not a folder.").arg(plan.prefix, existing),
            {},
            Tr::tr("Choose another install folder (--prefix), or move the file away.")};
    }
    if (!info.isWritable()) {
        return support::Error{Tr::tr("The prefix %1 is not writable (checked %2).").arg(plan.prefix, existing),
                              {},
                              Tr::tr("Choose a prefix in your home directory, or make it writable for your user.")};
    }
    const QStorageInfo storage(existing);
    const qint64 freeMib = storage.isValid() ? storage.bytesAvailable() / (1024 * 1024) : -1;
    if (freeMib >= 0 && freeMib < neededMib) {
        return support::Error{Tr::tr("Not enough free space for %1: %2 MiB free, about %3 MiB needed.")
                                  .arg(plan.prefix)
                                  .arg(freeMib)
                                  .arg(neededMib),
                              storage.rootPath(), Tr::tr("Free some space or choose a prefix on a larger disk.")};
    }
    return std::nullopt;
}

} // namespace dlstack::plan
