// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkcommand.h"

#include "app/cli/selectionoptions.h"
#include "core/matrix/checker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

void printFindings(const QList<matrix::Finding> &findings, QTextStream &out)
{
    for (const matrix::Finding &f : findings) {
        out << QStringLiteral("[%1] %2\n").arg(matrix::severityName(f.severity), f.message);
        if (!f.remedy.isEmpty())
            out << QStringLiteral("    -> ") << f.remedy << '\n';
    }
}

} // namespace

int runCheck(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Checks one PyTorch selection against this machine (or a saved or "
                                            "imported profile) and says what blocks it and what to do. Exit code: "
                                            "0 ok or warnings, 1 blocked, 2 bad arguments."));
    parser.addHelpOption();
    addMachineOptions(parser);
    addSelectionOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print {verdict, findings} as JSON."));
    parser.addOption(json);
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("check"));
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.err() << Tr::tr("check takes no positional arguments: %1").arg(parser.positionalArguments().join(u' '))
                  << '\n';
        return BadInput;
    }
    const auto &loaded = matrix::loadEffective();
    if (!loaded) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const matrix::Matrix &m = loaded.value();
    QString note;
    const auto selection = selectionFromOptions(parser, m, &note);
    if (!selection) {
        cli.err() << selection.error().toText() << '\n';
        return BadInput;
    }
    const matrix::Selection &s = selection.value();
    if (!note.isEmpty() && !parser.isSet(json))
        cli.err() << note << '\n';
    const auto machine = profileFromOptions(parser, cli);
    if (!machine)
        return BadInput;

    // A profile or an import describes another machine: no GPU or driver there is a note.
    const matrix::Target target = parser.isSet(QStringLiteral("profile")) || parser.isSet(QStringLiteral("import"))
                                      ? matrix::Target::Profile
                                      : matrix::Target::ThisMachine;
    const QList<matrix::Finding> findings = matrix::check(*machine, s, m, target);
    const matrix::Verdict verdict = matrix::verdictOf(findings);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const matrix::Finding &f : findings)
            list.append(f.toJson());
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("verdict"), matrix::verdictName(verdict)},
                                               {QStringLiteral("selection"), s.toJson()},
                                               {QStringLiteral("findings"), list}})
                         .toJson(QJsonDocument::Indented);
    } else {
        cli.out() << s.label() << QStringLiteral(": ") << matrix::verdictName(verdict) << '\n';
        printFindings(findings, cli.out());
    }
    return verdict == matrix::Verdict::Blocked ? Failed : Ok;
}

} // namespace dlstack::cli
