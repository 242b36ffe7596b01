// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/statuscommand.h"

#include "core/engine/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runStatus(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption prefix(QStringLiteral("prefix"), Tr::tr("The install prefix."), QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({prefix, json});
    if (!parser.parse(args) || !parser.isSet(prefix)) {
        cli.err() << (parser.errorText().isEmpty() ? Tr::tr("Usage: dlstack status --prefix P [--json]")
                                                   : parser.errorText())
                  << '\n';
        return BadInput;
    }
    const auto state = engine::Journal::read(QDir::cleanPath(parser.value(prefix)));
    if (!state.ok()) {
        cli.err() << state.error().toText() << '\n';
        return Failed;
    }
    if (parser.isSet(json)) {
        cli.out() << QJsonDocument(state.value().toJson()).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (state.value().stages.isEmpty()) {
        cli.out() << Tr::tr("Nothing was installed into %1 by dlstack.").arg(parser.value(prefix)) << '\n';
        return Ok;
    }
    cli.out() << Tr::tr("Plan \"%1\" in %2").arg(state.value().planName, state.value().prefix) << '\n';
    for (const engine::StageStatus &s : state.value().stages) {
        cli.out() << "  " << s.id.leftJustified(20) << ' ' << engine::JournalState::stateName(s.state).leftJustified(12)
                  << ' ' << s.title;
        if (!s.error.isEmpty())
            cli.out() << " (" << s.error << ')';
        cli.out() << '\n';
    }
    return Ok;
}

} // namespace dlstack::cli
