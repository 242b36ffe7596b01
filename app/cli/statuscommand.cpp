// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/statuscommand.h"

#include "core/engine/journal.h"
#include "core/plan/planloader.h"
#include "core/plan/prefixlayout.h"
#include "core/plan/stagetitle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    parser.setApplicationDescription(
        Tr::tr("Show the state of each stage installed into a prefix and the plan it keeps."));
    parser.addOptions({prefix, json});
    if (parser.parse(args) && parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("status"));
        return Ok;
    }
    if (!parser.parse(args) || !parser.isSet(prefix)) {
        cli.err() << (parser.errorText().isEmpty() ? Tr::tr("Usage: dlstack status --prefix P [--json]")
                                                   : parser.errorText())
                  << '\n';
        return BadInput;
    }
    const QString dir = cli.resolvePath(parser.value(prefix), Tr::tr("prefix"));
    const auto state = engine::Journal::read(dir);
    if (!state.ok()) {
        cli.err() << state.error().toText() << '\n';
        return Failed;
    }
    // Which plan the prefix ran: the copy it keeps, by name and content hash.
    const plan::PrefixLayout layout(dir);
    QJsonObject kept;
    QFile planFile(layout.plan());
    if (planFile.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = planFile.readAll();
        kept.insert(QStringLiteral("path"), layout.plan());
        kept.insert(QStringLiteral("sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const auto loaded = plan::loadPlan(bytes, layout.plan());
        if (loaded.ok())
            kept.insert(QStringLiteral("name"), loaded.value().name);
        else
            kept.insert(QStringLiteral("error"), loaded.error().summary);
    }
    if (parser.isSet(json)) {
        QJsonObject o = state.value().toJson();
        if (!kept.isEmpty())
            o.insert(QStringLiteral("kept_plan"), kept);
        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (state.value().stages.isEmpty()) {
        cli.out() << Tr::tr("Nothing was installed into %1 by dlstack.").arg(dir) << '\n';
        return Ok;
    }
    cli.out() << Tr::tr("Plan \"%1\" in %2").arg(state.value().planName, state.value().prefix) << '\n';
    for (const engine::StageStatus &s : state.value().stages) {
        cli.out() << "  " << s.id.leftJustified(20) << ' ' << engine::JournalState::stateName(s.state).leftJustified(12)
                  << ' ' << plan::localizedStageTitle(s.title);
        if (!s.error.isEmpty())
            cli.out() << " (" << s.error << ')';
        cli.out() << '\n';
    }
    if (!kept.isEmpty())
        cli.out() << Tr::tr("The plan it runs is kept in %1 (sha256 %2); resume with: dlstack install --prefix %3")
                         .arg(kept.value(QStringLiteral("path")).toString(),
                              kept.value(QStringLiteral("sha256")).toString().left(16), dir)
                  << '\n';
    return Ok;
}

} // namespace dlstack::cli
