// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/installcommand.h"

#include "app/cli/failurereport.h"

#include "core/engine/engine.h"
#include "core/engine/progressparser.h"
#include "core/engine/runrecorder.h"
#include "core/engine/steps/downloadstep.h"
#include "core/plan/activation.h"
#include "core/plan/planloader.h"
#include "core/plan/prefixlayout.h"
#include "core/plan/preflight.h"
#include "core/plan/recipes/recipecontext.h"
#include "core/plan/stagetitle.h"
#include "core/probe/systemprofile.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

engine::Engine *g_engine = nullptr;

// SIGINT, SIGTERM and SIGHUP (the terminal was closed) cancel: the running program's group
// is ended, the stage is recorded as failed and the job exits with code 1.
volatile std::sig_atomic_t g_interrupted = 0; // a user's Ctrl-C/TERM/HUP: nothing to diagnose

void onInterrupt(int)
{
    g_interrupted = 1;
    if (g_engine)
        g_engine->cancel();
}

// SIGUSR1 pauses (the running program is stopped, no new step starts), SIGUSR2 resumes.
void onPauseSignal(int signal)
{
    if (g_engine)
        g_engine->setPaused(signal == SIGUSR1);
}

QString bar(double fraction, int width)
{
    const int filled = int(fraction * width + 0.5);
    return QString(filled, u'#') + QString(width - filled, u'.');
}

// Piped output shows a tool's progress lines (git percentages, ninja's [n/m], pip's bars) at
// most this often per step; every other line is shown, and the stage log keeps them all.
constexpr qint64 kPipedProgressMs = 5000;

} // namespace

bool jobWasInterrupted()
{
    return g_interrupted != 0;
}

bool runEngineJob(CliContext &cli, const std::function<void(engine::Engine &)> &job, engine::RunRecorder &recorder,
                  EngineOutput output)
{
    QThread worker;
    secrets::SecretStore store;
    engine::Engine engine(&store);
    engine.moveToThread(&worker);
    recorder.attach(engine); // first, so it has every event when the loop below quits
    QEventLoop loop;
    bool ok = false;
    bool drewBar = false;
    const bool terminal = cli.isTerminal();
    const bool quiet = output == EngineOutput::Quiet;
    auto clearBar = [&] {
        if (drewBar)
            cli.out() << "\r\x1b[2K" << Qt::flush;
        drewBar = false;
    };
    QElapsedTimer progressShown; // the last progress line shown when piped; reset by each step
    QObject::connect(&engine, &engine::Engine::stepStarted, &loop,
                     [&](const QString &, int, const QString &) { progressShown.invalidate(); });
    QObject::connect(&engine, &engine::Engine::stageStarted, &loop, [&](const QString &id, const QString &title) {
        if (quiet)
            return;
        clearBar();
        cli.out() << Tr::tr("== stage %1: %2").arg(id, plan::localizedStageTitle(title)) << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &engine::Engine::stageSkipped, &loop, [&](const QString &id) {
        if (quiet)
            return;
        cli.out() << Tr::tr("== stage %1: already done, skipped").arg(id) << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &engine::Engine::stageFinished, &loop, [&](const QString &id) {
        if (quiet)
            return;
        clearBar();
        cli.out() << Tr::tr("== stage %1: finished").arg(id) << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &engine::Engine::stageFailed, &loop, [&](const QString &id, const support::Error &error) {
        clearBar();
        if (id.isEmpty()) // before any stage: refused, or the journal is unusable
            cli.err() << error.summary << '\n';
        else
            cli.err() << Tr::tr("== stage %1 failed: %2").arg(id, error.summary) << '\n';
        if (!error.details.isEmpty())
            cli.err() << error.details << '\n';
        if (!error.remedy.isEmpty())
            cli.err() << error.remedy << '\n';
        cli.err().flush();
    });
    QObject::connect(&engine, &engine::Engine::linesReady, &loop, [&](const QList<engine::LogLine> &lines) {
        if (quiet)
            return;
        if (terminal) {
            // On a terminal show only the last lines of the batch above the bar.
            clearBar();
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 5); i < lines.size(); ++i)
                cli.out() << "  " << lines[i].text.left(200) << '\n';
        } else {
            for (const engine::LogLine &line : lines) {
                if (line.stream != engine::Stream::Info && engine::isProgressLine(line.text)) {
                    if (progressShown.isValid() && progressShown.elapsed() < kPipedProgressMs)
                        continue;
                    progressShown.start();
                }
                cli.out() << '[' << line.stage << "] " << line.text << '\n';
            }
        }
        cli.out().flush();
    });
    QObject::connect(&engine, &engine::Engine::progress, &loop, [&](const engine::ProgressEvent &p) {
        if (!terminal || quiet)
            return;
        const QString step =
            p.stepFraction >= 0 ? QStringLiteral("%1%").arg(int(p.stepFraction * 100)) : QStringLiteral("...");
        cli.out() << "\r\x1b[2K[" << bar(p.overallFraction, 30) << "] " << int(p.overallFraction * 100) << "% "
                  << p.stage << ' ' << Tr::tr("step %1").arg(p.step + 1) << ' ' << step << Qt::flush;
        drewBar = true;
    });
    QObject::connect(&engine, &engine::Engine::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    worker.start();
    g_engine = &engine;
    // The handlers before the job come back after it: a late pause request from the wizard
    // must not end the process (SIGUSR1/2's default action).
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    const auto previousHup = std::signal(SIGHUP, onInterrupt);
    // Output to a closed terminal or a reader that is gone must not end the job before it
    // has ended its programs and recorded where it stopped.
    const auto previousPipe = std::signal(SIGPIPE, SIG_IGN);
    const auto previousUsr1 = std::signal(SIGUSR1, onPauseSignal);
    const auto previousUsr2 = std::signal(SIGUSR2, onPauseSignal);
    QMetaObject::invokeMethod(
        &engine, [&engine, &job] { job(engine); }, Qt::QueuedConnection);
    loop.exec();
    clearBar();
    worker.quit();
    worker.wait();
    g_engine = nullptr;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    std::signal(SIGHUP, previousHup);
    std::signal(SIGPIPE, previousPipe);
    std::signal(SIGUSR1, previousUsr1);
    std::signal(SIGUSR2, previousUsr2);
    return ok;
}

namespace {

// What `install --json` prints once the job ended: a plain object for a playbook's
// changed_when (docs/cli.md). "ran": the stages that started in this job; "skipped": those an
// earlier job finished.
QJsonObject installSummary(const plan::Plan &plan, bool ok, const QStringList &ran, const QStringList &skipped)
{
    return QJsonObject{{QStringLiteral("ok"), ok},
                       {QStringLiteral("plan"), plan.name},
                       {QStringLiteral("prefix"), plan.prefix},
                       {QStringLiteral("ran"), QJsonArray::fromStringList(ran)},
                       {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)},
                       {QStringLiteral("changed"), !ran.isEmpty()}};
}

QJsonObject errorJson(const support::Error &error)
{
    return QJsonObject{{QStringLiteral("summary"), error.summary},
                       {QStringLiteral("details"), error.details},
                       {QStringLiteral("remedy"), error.remedy}};
}

// The plan to run: the file named, or the one kept in the prefix by the install that began
// there. A kept plan lost the credentials of its URLs: a download that still needs them
// fails with the usual message, and the original file runs it.
support::Result<plan::Plan> planToRun(const QStringList &files, const QString &prefix)
{
    if (!files.isEmpty())
        return plan::loadPlanFile(files.first());
    const plan::PrefixLayout layout(QDir::cleanPath(QDir(prefix).absolutePath()));
    if (!QFileInfo::exists(layout.plan()))
        return support::Error{Tr::tr("%1 keeps no plan.").arg(layout.prefix()), QString(),
                              Tr::tr("Name the plan file: dlstack install PLAN.json. A prefix keeps its plan once "
                                     "an install has begun there.")};
    auto loaded = plan::loadPlanFile(layout.plan());
    if (!loaded.ok())
        return support::Error{Tr::tr("The plan kept in %1 cannot be read.").arg(layout.prefix()),
                              loaded.error().toText(), Tr::tr("Name the plan file: dlstack install PLAN.json.")};
    if (QDir::cleanPath(loaded.value().prefix) != layout.prefix())
        return support::Error{
            Tr::tr("The plan kept in %1 installs into %2.").arg(layout.prefix(), loaded.value().prefix), QString(),
            Tr::tr("If the prefix was moved, run: dlstack install %1 --reanchor with a plan whose "
                   "prefix is %2.")
                .arg(plan::shellQuote(layout.plan()), layout.prefix())};
    return loaded;
}

int installPlan(const QStringList &args, CliContext &cli, bool resumeVerb)
{
    // Pause and resume requests that come before the engine runs must not end the process
    // (the default action of SIGUSR1/2).
    std::signal(SIGUSR1, SIG_IGN);
    std::signal(SIGUSR2, SIG_IGN);
    QCommandLineParser parser;
    if (resumeVerb) {
        parser.setApplicationDescription(Tr::tr("Continue the install in a prefix with the plan it keeps."));
        parser.addPositionalArgument(QStringLiteral("prefix"), Tr::tr("The install prefix."));
    } else {
        parser.setApplicationDescription(Tr::tr("Run a plan; running it again resumes where it stopped."));
        parser.addPositionalArgument(QStringLiteral("plan"),
                                     Tr::tr("The plan file (JSON, docs/plan-format.md); with --prefix alone, "
                                            "the plan kept in that prefix."));
    }
    parser.addHelpOption();
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    Tr::tr("Resume the install in this prefix with the plan it keeps."),
                                    QStringLiteral("P"));
    const QCommandLineOption yes(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation."));
    const QCommandLineOption only(QStringLiteral("only"), Tr::tr("Run only this stage."), QStringLiteral("STAGE"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Start at this stage."), QStringLiteral("STAGE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Print the stages and steps; change nothing."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    Tr::tr("Also append every event as a JSON line to this file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(
        QStringLiteral("json"), Tr::tr("Print only one JSON object when the job ends: the stages that ran, "
                                       "were skipped or failed, with the diagnosis (the stage logs keep the output)."));
    const QCommandLineOption reanchor(QStringLiteral("reanchor"),
                                      Tr::tr("The prefix was moved with its journal: read the journal's paths as "
                                             "paths in the plan's prefix."));
    if (!resumeVerb)
        parser.addOption(prefix);
    parser.addOptions({yes, only, from, dryRun, events, reanchor, json});
    const QCommandLineOption insecureAuth(QStringLiteral("allow-insecure-auth"),
                                          Tr::tr("Send the credentials of download steps marked "
                                                 "\"allow_insecure_auth\" over plain http."));
    parser.addOption(insecureAuth);
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, resumeVerb ? QStringLiteral("resume") : QStringLiteral("install"));
        return Ok;
    }
    QStringList files = parser.positionalArguments();
    QString prefixDir = resumeVerb ? files.value(0) : parser.value(prefix);
    if (resumeVerb)
        files.clear();
    if (resumeVerb ? parser.positionalArguments().size() != 1 : (files.size() + (prefixDir.isEmpty() ? 0 : 1)) != 1) {
        cli.err() << (resumeVerb ? Tr::tr("Name one prefix: dlstack resume PREFIX")
                                 : Tr::tr("Name one plan file or one prefix: dlstack install PLAN.json, or "
                                          "dlstack install --prefix PREFIX to resume with the plan kept there"))
                  << '\n';
        return BadInput;
    }
    const auto loaded = planToRun(files, prefixDir);
    if (!loaded.ok()) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const plan::Plan &plan = loaded.value();
    if (files.isEmpty())
        cli.out() << Tr::tr("Resuming with the plan kept in %1").arg(plan::PrefixLayout(plan.prefix).plan()) << '\n';
    engine::InstallOptions options{parser.value(only), parser.value(from), parser.isSet(reanchor)};
    for (const QString &id : {options.only, options.from})
        if (!id.isEmpty() && plan.stageIndex(id) < 0) {
            cli.err() << Tr::tr("The plan has no stage \"%1\".").arg(id) << '\n';
            return BadInput;
        }
    if (parser.isSet(dryRun)) {
        cli.out() << Tr::tr("Plan \"%1\" into %2").arg(plan.name, plan.prefix) << '\n';
        for (const plan::Stage &stage : plan.stages) {
            cli.out() << Tr::tr("stage %1: %2").arg(stage.id, plan::localizedStageTitle(stage.title)) << '\n';
            for (const plan::Step &step : stage.steps)
                cli.out() << "  - " << step.describe() << '\n';
        }
        return Ok;
    }
    // The same last look as the wizard's Install button: the prefix writable, the disk not
    // full, the mirror folder there. A blocker stops the install before anything changes.
    {
        plan::PlanOutcome outcome;
        outcome.plan = plan;
        // The space a whole install needs; a rerun (the journal is there) has part of it in place.
        outcome.neededMib = QFileInfo::exists(plan::PrefixLayout(plan.prefix).journal()) ? 0 : plan.neededMib;
        const QList<matrix::Finding> findings = plan::preflight({outcome, {}, plan::installEnvironment()});
        for (const matrix::Finding &f : findings)
            if (f.severity == matrix::Severity::Warning)
                cli.err() << Tr::tr("warning: %1 (%2)").arg(f.message, f.remedy) << '\n';
        if (matrix::hasBlocker(findings)) {
            QJsonArray blockers;
            for (const matrix::Finding &f : findings)
                if (f.severity == matrix::Severity::Blocker) {
                    cli.err() << f.message << '\n' << (f.remedy.isEmpty() ? QString() : f.remedy + u'\n');
                    blockers.append(errorJson(support::Error{f.message, {}, f.remedy}));
                }
            cli.err() << Tr::tr("Nothing was changed.") << '\n';
            if (parser.isSet(json)) {
                QJsonObject o = installSummary(plan, false, {}, {});
                o.insert(QStringLiteral("refused"), blockers);
                cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            }
            return Failed;
        }
    }
    // A locked keyring, a missing secret or an unconfirmed credential over http stops the
    // install here, before anything changes.
    const secrets::SecretStore store;
    if (auto error = engine::DownloadStep::checkBeforeInstall(plan, options.only, options.from, &store,
                                                              parser.isSet(insecureAuth))) {
        cli.err() << error->toText() << '\n';
        return BadInput;
    }
    if (!parser.isSet(yes))
        if (const auto stop = cli.confirm(Tr::tr("Install \"%1\" into %2?").arg(plan.name, plan.prefix),
                                          Tr::tr("There is no terminal to confirm the install on; nothing was changed. "
                                                 "Add --yes to install without asking.")))
            return *stop;
    std::optional<probe::SystemProfile> machine;
    if (!plan.machine.isEmpty())
        if (auto parsed = probe::SystemProfile::fromJson(plan.machine))
            machine = parsed.value();
    engine::RunRecorder recorder(plan.prefix, engine::JobKind::Install, parser.value(events), machine);
    QStringList ran;
    QStringList skipped;
    std::optional<support::Error> failure;
    QObject::connect(&recorder, &engine::RunRecorder::recorded, &recorder, [&](const engine::RunEvent &event) {
        if (event.kind == engine::RunEventKind::StageStarted && !ran.contains(event.stage))
            ran << event.stage;
        else if (event.kind == engine::RunEventKind::StageSkipped && !skipped.contains(event.stage))
            skipped << event.stage;
        else if (event.kind == engine::RunEventKind::StageFailed)
            failure = event.error;
    });
    const bool ok = runEngineJob(
        cli, [&plan, &options](engine::Engine &engine) { engine.install(plan, options); }, recorder,
        parser.isSet(json) ? EngineOutput::Quiet : EngineOutput::Lines);
    if (auto problem = recorder.problem())
        cli.err() << problem->toText() << '\n';
    if (parser.isSet(json)) {
        QJsonObject o = installSummary(plan, ok, ran, skipped);
        const QString quoted = plan::shellQuote(plan.prefix);
        if (ok) {
            o.insert(QStringLiteral("activate"), plan::activationCommand(plan));
        } else {
            if (failure)
                o.insert(QStringLiteral("error"), errorJson(*failure));
            if (const QString stage = recorder.failedStage(); !stage.isEmpty()) {
                o.insert(QStringLiteral("failed_stage"), stage);
                o.insert(QStringLiteral("log"), recorder.layout().stageLog(stage));
            }
            if (const auto &top = recorder.diagnosis())
                o.insert(QStringLiteral("diagnosis"), top->toJson());
            if (recorder.reachedAStage())
                o.insert(QStringLiteral("resume"), QStringLiteral("dlstack install --prefix %1").arg(quoted));
        }
        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return ok ? Ok : Failed;
    }
    if (ok) {
        cli.out() << Tr::tr("All stages finished.") << '\n';
        if (const QString activate = plan::activationCommand(plan); !activate.isEmpty())
            cli.out() << Tr::tr("To use it: %1").arg(activate) << '\n';
    } else if (recorder.reachedAStage()) {
        if (!g_interrupted)
            reportFailedStage(cli, recorder);
        const QString quoted = plan::shellQuote(plan.prefix);
        cli.out() << Tr::tr("The install stopped. To resume: dlstack install --prefix %1").arg(quoted) << '\n'
                  << Tr::tr("To undo it: dlstack rollback --prefix %1 --all").arg(quoted) << '\n';
    }
    return ok ? Ok : Failed;
}

} // namespace

int runInstall(const QStringList &args, CliContext &cli)
{
    return installPlan(args, cli, false);
}

int runResume(const QStringList &args, CliContext &cli)
{
    return installPlan(args, cli, true);
}

} // namespace dlstack::cli
