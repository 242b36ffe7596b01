// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/rebuildcommand.h"

#include "app/cli/failurereport.h"
#include "app/cli/installcommand.h"

#include "core/engine/engine.h"
#include "core/engine/journal.h"
#include "core/engine/runrecorder.h"
#include "core/plan/developbuild.h"
#include "core/plan/planloader.h"
#include "core/plan/prefixlayout.h"
#include "core/plan/recipes/recipecontext.h"
#include "core/probe/systemprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <csignal>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The plan the prefix keeps from its install, refused in words when there is none.
support::Result<plan::Plan> keptPlan(const QString &prefix)
{
    const plan::PrefixLayout layout(prefix);
    if (!QFileInfo::exists(layout.plan()))
        return support::Error{Tr::tr("%1 keeps no plan: nothing was installed there with dlstack install.").arg(prefix),
                              QString(),
                              Tr::tr("Name the prefix of a development install (dlstack plan --route source "
                                     "--develop, then dlstack install).")};
    auto loaded = plan::loadPlanFile(layout.plan());
    if (!loaded.ok())
        return support::Error{Tr::tr("The plan kept in %1 cannot be read.").arg(prefix), loaded.error().toText(),
                              QString()};
    if (QDir::cleanPath(loaded.value().prefix) != layout.prefix())
        return support::Error{Tr::tr("The plan kept in %1 installs into %2.").arg(prefix, loaded.value().prefix),
                              QString(),
                              Tr::tr("If the prefix was moved, re-anchor it first with dlstack install --reanchor.")};
    return loaded;
}

// The step as a shell line: "cd TREE && env K=V ... ARGV" (the plan's variables, then the step's).
QString commandLine(const plan::Plan &plan, const plan::Step &step, const QString &tree)
{
    QStringList words{QStringLiteral("cd"), plan::shellQuote(tree), QStringLiteral("&&"), QStringLiteral("env")};
    QMap<QString, QString> env = plan.env;
    for (auto it = step.env.cbegin(); it != step.env.cend(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        words << plan::shellQuote(it.key() + u'=' + it.value());
    for (const QString &word : step.argv)
        words << plan::shellQuote(word);
    return words.join(u' ');
}

} // namespace

int runRebuild(const QStringList &args, CliContext &cli)
{
    std::signal(SIGUSR1, SIG_IGN); // a pause request must never end the process (see runInstall)
    std::signal(SIGUSR2, SIG_IGN);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("After an edit in the source tree of a development install (dlstack plan --route source --develop), "
               "run its build again in the same environment: ninja rebuilds only what changed, and the environment "
               "imports the result. The command, its tree and build variables (MAX_JOBS, TORCH_CUDA_ARCH_LIST, "
               "CMake options) are the plan's, as the install ran them."));
    parser.addPositionalArgument(QStringLiteral("prefix"), Tr::tr("The install prefix (or --prefix P)."));
    parser.addHelpOption();
    const QCommandLineOption prefix(QStringLiteral("prefix"), Tr::tr("The install prefix."), QStringLiteral("P"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Print the command it would run; run nothing."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    Tr::tr("Also append every event as a JSON line to this file."),
                                    QStringLiteral("FILE"));
    parser.addOptions({prefix, dryRun, events});
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("rebuild"));
        return Ok;
    }
    QStringList given = parser.positionalArguments();
    if (parser.isSet(prefix))
        given << parser.value(prefix);
    if (given.size() != 1) {
        cli.err() << Tr::tr("Name one prefix: dlstack rebuild PREFIX [--dry-run]") << '\n';
        return BadInput;
    }
    const QString dir = cli.resolvePath(given.first(), Tr::tr("prefix"));
    const auto loaded = keptPlan(dir);
    if (!loaded.ok()) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const plan::Plan &plan = loaded.value();
    const auto build = plan::developBuild(plan);
    if (!build.ok()) {
        cli.err() << build.error().toText() << '\n';
        return BadInput;
    }
    const auto state = engine::Journal::read(dir);
    if (!state.ok()) {
        cli.err() << state.error().toText() << '\n';
        return BadInput;
    }
    if (auto refused = engine::Engine::rebuildRefusal(state.value(), build.value().stage, build.value().step)) {
        cli.err() << refused->toText() << '\n';
        return BadInput;
    }
    const plan::Step &step = plan.stages.at(plan.stageIndex(build.value().stage)).steps.at(build.value().step);
    if (parser.isSet(dryRun)) {
        cli.out() << Tr::tr("Would run step %1 of stage %2 again, in %3:")
                         .arg(build.value().step + 1)
                         .arg(build.value().stage, build.value().sourceDir)
                  << '\n'
                  << "  " << commandLine(plan, step, build.value().sourceDir) << '\n';
        return Ok;
    }
    std::optional<probe::SystemProfile> machine;
    if (!plan.machine.isEmpty())
        if (auto parsed = probe::SystemProfile::fromJson(plan.machine))
            machine = parsed.value();
    engine::RunRecorder recorder(plan.prefix, engine::JobKind::Rebuild, parser.value(events), machine);
    const plan::DevelopBuild what = build.value();
    const bool ok = runEngineJob(
        cli, [&plan, &what](engine::Engine &engine) { engine.rebuild(plan, what.stage, what.step); }, recorder);
    if (auto problem = recorder.problem())
        cli.err() << problem->toText() << '\n';
    if (ok) {
        cli.out() << Tr::tr("Rebuilt from %1; the environment imports the result.").arg(what.sourceDir) << '\n';
        return Ok;
    }
    if (recorder.reachedAStage()) {
        if (!jobWasInterrupted())
            reportFailedStage(cli, recorder);
        cli.out() << Tr::tr("The rebuild stopped; the install is as the last good build left it. After a fix, run "
                            "it again: dlstack rebuild %1")
                         .arg(plan::shellQuote(plan.prefix))
                  << '\n';
    }
    return Failed;
}

} // namespace dlstack::cli
