// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/rollbackcommand.h"

#include "app/cli/installcommand.h"
#include "core/engine/engine.h"
#include "core/engine/runrecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <csignal>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runRollback(const QStringList &args, CliContext &cli)
{
    std::signal(SIGUSR1, SIG_IGN); // a pause request must never end the process (see runInstall)
    std::signal(SIGUSR2, SIG_IGN);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption prefix(QStringLiteral("prefix"), Tr::tr("The install prefix."), QStringLiteral("P"));
    const QCommandLineOption stage(QStringLiteral("stage"), Tr::tr("Roll back this stage."), QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Roll back every stage, newest first."));
    const QCommandLineOption yes(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    Tr::tr("Also append every event as a JSON line to this file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption reanchor(QStringLiteral("reanchor"),
                                      Tr::tr("The prefix was moved with its journal: read the journal's paths as "
                                             "paths in this prefix."));
    parser.addOptions({prefix, stage, all, yes, events, reanchor});
    parser.setApplicationDescription(Tr::tr("Undo installed stages, newest first, from the prefix's journal."));
    if (parser.parse(args) && parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("rollback"));
        return Ok;
    }
    if (!parser.parse(args) || !parser.isSet(prefix) || parser.isSet(stage) == parser.isSet(all)) {
        cli.err() << Tr::tr("Usage: dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]") << '\n';
        return BadInput;
    }
    const QString dir = cli.resolvePath(parser.value(prefix), Tr::tr("prefix"));
    const QStringList stages = parser.isSet(all) ? QStringList() : parser.values(stage);
    if (!parser.isSet(yes))
        if (const auto stop = cli.confirm(
                Tr::tr("Roll back %1 in %2?").arg(stages.isEmpty() ? Tr::tr("every stage") : stages.join(u','), dir),
                Tr::tr("There is no terminal to confirm the rollback on; nothing was changed. Add --yes to "
                       "roll back without asking.")))
            return *stop;
    engine::RunRecorder recorder(dir, engine::JobKind::Rollback, parser.value(events));
    const bool ok = runEngineJob(
        cli, [&](engine::Engine &engine) { engine.rollback(dir, stages, parser.isSet(reanchor)); }, recorder);
    return ok ? Ok : Failed;
}

} // namespace dlstack::cli
