// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/recommendcommand.h"

#include "app/cli/plandefaults.h"
#include "app/cli/selectionoptions.h"
#include "core/matrix/recommender.h"
#include "core/plan/sourcebuildsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecommendCommand)
};

} // namespace

int runRecommend(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Proposes PyTorch selections that work on this machine (or a saved or "
                                            "imported profile), best first, each with its reason."));
    parser.addHelpOption();
    addMachineOptions(parser);
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N proposals (default 5)."),
                                   QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the proposals as JSON."));
    const QCommandLineOption torch(QStringLiteral("torch"),
                                   Tr::tr("Only this PyTorch release (\"2.14\" means the newest 2.14.x); when none of "
                                          "its wheels has kernels for the GPU, its source build."),
                                   QStringLiteral("V"));
    parser.addOptions({limit, json, torch});
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("recommend"));
        return Ok;
    }
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n <= 0 || !parser.positionalArguments().isEmpty()) {
        cli.err() << Tr::tr("recommend takes --limit N (a positive number) and no positional arguments.") << '\n';
        return BadInput;
    }
    const auto &loaded = matrix::loadEffective();
    if (!loaded) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    QString release;
    if (parser.isSet(torch)) {
        const matrix::TorchRelease *r = loaded.value().release(parser.value(torch));
        if (!r) {
            cli.err() << Tr::tr("PyTorch %1 is not in the tested matrix.").arg(parser.value(torch)) << '\n'
                      << Tr::tr("Pick a version listed by `dlstack matrix`.") << '\n';
            return BadInput;
        }
        release = r->version;
    }
    const auto machine = profileFromOptions(parser, cli);
    if (!machine)
        return BadInput;
    const matrix::Target target = parser.isSet(QStringLiteral("profile")) || parser.isSet(QStringLiteral("import"))
                                      ? matrix::Target::Profile
                                      : matrix::Target::ThisMachine;
    const QList<matrix::Recommendation> recs = matrix::Recommender(loaded.value()).recommend(*machine, n, release);
    // A source build says what it will use and how long it takes, from the plan it makes.
    const auto buildOf = [&](const matrix::Recommendation &r) {
        return plan::planSourceBuild(loaded.value(), *machine, r.selection, defaultPrefix(r.selection), target);
    };
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const matrix::Recommendation &r : recs) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("plan_command"), planCommand(r.selection));
            if (const auto build = buildOf(r))
                o.insert(QStringLiteral("source_build"), build->toJson());
            list.append(o);
        }
        cli.out()
            << QJsonDocument(QJsonObject{{QStringLiteral("recommendations"), list}}).toJson(QJsonDocument::Indented);
    } else {
        int rank = 0;
        for (const matrix::Recommendation &r : recs) {
            cli.out() << QStringLiteral("%1. %2\n    %3\n").arg(++rank).arg(r.selection.label(), r.reason);
            if (const auto build = buildOf(r))
                cli.out() << "    " << build->sentence() << '\n';
            for (const matrix::Finding &f : r.findings) {
                if (f.severity != matrix::Severity::Info)
                    cli.out() << QStringLiteral("    [%1] %2\n").arg(matrix::severityName(f.severity), f.message);
            }
            cli.out() << "    " << planCommand(r.selection) << '\n';
        }
        if (!recs.isEmpty())
            cli.out() << Tr::tr("`dlstack plan` without options plans the first one into %1.")
                             .arg(defaultPrefix(recs.first().selection))
                      << '\n';
    }
    return recs.isEmpty() ? Failed : Ok;
}

} // namespace dlstack::cli
