// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/installcommand.h"

#include "app/cli/failurereport.h"

#include "app/cli/enginerecorder.h"

#include "core/engine/engine.h"
#include "core/engine/steps/downloadstep.h"
#include "core/plan/planloader.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
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

bool confirm(CliContext &cli, const QString &question)
{
    if (!isatty(fileno(stdin)))
        return true;
    cli.out() << question << " [y/N] " << Qt::flush;
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

} // namespace

bool runEngineJob(CliContext &cli, const std::function<void(engine::Engine &)> &job, EngineRecorder &recorder)
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
    auto clearBar = [&] {
        if (drewBar)
            cli.out() << "\r\x1b[2K" << Qt::flush;
        drewBar = false;
    };
    QObject::connect(&engine, &engine::Engine::stageStarted, &loop, [&](const QString &id, const QString &title) {
        clearBar();
        cli.out() << Tr::tr("== stage %1: %2").arg(id, title) << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &engine::Engine::stageSkipped, &loop, [&](const QString &id) {
        cli.out() << Tr::tr("== stage %1: already done, skipped").arg(id) << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &engine::Engine::stageFinished, &loop, [&](const QString &id) {
        clearBar();
        cli.out() << Tr::tr("== stage %1: finished").arg(id) << '\n' << Qt::flush;
    });
    QObject::connect(&engine, &engine::Engine::stageFailed, &loop,
                     [&](const QString &id, const QString &summary, const QString &details, const QString &remedy) {
                         clearBar();
                         if (id.isEmpty()) // before any stage: refused, or the journal is unusable
                             cli.err() << summary << '\n';
                         else
                             cli.err() << Tr::tr("== stage %1 failed: %2").arg(id, summary) << '\n';
                         if (!details.isEmpty())
                             cli.err() << details << '\n';
                         if (!remedy.isEmpty())
                             cli.err() << remedy << '\n';
                         cli.err().flush();
                     });
    QObject::connect(&engine, &engine::Engine::linesReady, &loop, [&](const QList<engine::LogLine> &lines) {
        if (terminal) {
            // On a terminal show only the last lines of the batch above the bar.
            clearBar();
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 5); i < lines.size(); ++i)
                cli.out() << "  " << lines[i].text.left(200) << '\n';
        } else {
            for (const engine::LogLine &line : lines)
                cli.out() << '[' << line.stage << "] " << line.text << '\n';
        }
        cli.out().flush();
    });
    QObject::connect(&engine, &engine::Engine::progress, &loop, [&](const engine::ProgressEvent &p) {
        if (!terminal)
            return;
        const QString step = p.stepFraction >= 0 ? QStringLiteral("%1%").arg(int(p.stepFraction * 100)) : QStringLiteral("...");
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
    QMetaObject::invokeMethod(&engine, [&engine, &job] { job(engine); }, Qt::QueuedConnection);
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

int runInstall(const QStringList &args, CliContext &cli)
{
    // Pause and resume requests that come before the engine runs must not end the process
    // (the default action of SIGUSR1/2).
    std::signal(SIGUSR1, SIG_IGN);
    std::signal(SIGUSR2, SIG_IGN);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Run a plan; running it again resumes where it stopped."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), Tr::tr("The plan file (JSON, docs/plan-format.md)."));
    const QCommandLineOption yes(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation."));
    const QCommandLineOption only(QStringLiteral("only"), Tr::tr("Run only this stage."), QStringLiteral("STAGE"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Start at this stage."), QStringLiteral("STAGE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Print the stages and steps; change nothing."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    Tr::tr("Also append every event as a JSON line to this file."), QStringLiteral("FILE"));
    const QCommandLineOption reanchor(QStringLiteral("reanchor"),
                                      Tr::tr("The prefix was moved with its journal: read the journal's paths as "
                                             "paths in the plan's prefix."));
    parser.addOptions({yes, only, from, dryRun, events, reanchor});
    const QCommandLineOption insecureAuth(QStringLiteral("allow-insecure-auth"),
                                          Tr::tr("Send the credentials of download steps marked "
                                                 "\"allow_insecure_auth\" over plain http."));
    parser.addOption(insecureAuth);
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        cli.err() << Tr::tr("Name one plan file: dlstack install PLAN.json") << '\n';
        return BadInput;
    }
    const auto loaded = plan::loadPlanFile(parser.positionalArguments().first());
    if (!loaded.ok()) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const plan::Plan &plan = loaded.value();
    engine::InstallOptions options{parser.value(only), parser.value(from), parser.isSet(reanchor)};
    for (const QString &id : {options.only, options.from})
        if (!id.isEmpty() && plan.stageIndex(id) < 0) {
            cli.err() << Tr::tr("The plan has no stage \"%1\".").arg(id) << '\n';
            return BadInput;
        }
    if (parser.isSet(dryRun)) {
        cli.out() << Tr::tr("Plan \"%1\" into %2").arg(plan.name, plan.prefix) << '\n';
        for (const plan::Stage &stage : plan.stages) {
            cli.out() << Tr::tr("stage %1: %2").arg(stage.id, stage.title) << '\n';
            for (const plan::Step &step : stage.steps)
                cli.out() << "  - " << step.describe() << '\n';
        }
        return Ok;
    }
    // A locked keyring, a missing secret or an unconfirmed credential over http stops the
    // install here, before anything changes.
    const secrets::SecretStore store;
    if (auto error = engine::DownloadStep::checkBeforeInstall(plan, options.only, options.from, &store,
                                                              parser.isSet(insecureAuth))) {
        cli.err() << error->toText() << '\n';
        return BadInput;
    }
    if (!parser.isSet(yes) && !confirm(cli, Tr::tr("Install \"%1\" into %2?").arg(plan.name, plan.prefix)))
        return Failed;
    EngineRecorder recorder(plan.prefix, parser.value(events), QStringLiteral("install"));
    const bool ok = runEngineJob(cli, [&plan, &options](engine::Engine &engine) { engine.install(plan, options); },
                                 recorder);
    if (ok)
        cli.out() << Tr::tr("All stages finished.") << '\n';
    else if (recorder.reachedAStage()) {
        if (!g_interrupted)
            reportFailedStage(cli, plan, recorder);
        cli.out() << Tr::tr("The install stopped; run the same command to resume, or `dlstack rollback` to undo.")
                  << '\n';
    }
    return ok ? Ok : Failed;
}

} // namespace dlstack::cli
