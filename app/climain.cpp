// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack: the headless command line over the same core as the wizard.
#include "app/cli/clicontext.h"
#include "app/cli/verb.h"

#include "core/support/applog.h"
#include "core/support/translator.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<dlstack::cli::Verb> verbs()
{
    using namespace dlstack::cli;
    return probeVerbs() + matrixVerbs() + planVerbs() + engineVerbs() + logVerbs();
}

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: dlstack <command> [options]") << "\n\n" << Tr::tr("Commands:") << '\n';
    for (const dlstack::cli::Verb &verb : verbs())
        out << "  " << QString::fromLatin1(verb.name).leftJustified(10)
            << QCoreApplication::translate("Cli", verb.summary) << '\n';
    out << '\n' << Tr::tr("Run `dlstack <command> --help` for the options of a command.") << '\n';
}

int run(dlstack::cli::CliContext &cli)
{
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printUsage(args.size() < 2 ? cli.err() : cli.out());
        return args.size() < 2 ? dlstack::cli::BadInput : dlstack::cli::Ok;
    }
    if (args[1] == u"--version" || args[1] == u"-V") {
        cli.out() << "dlstack " << QCoreApplication::applicationVersion() << '\n';
        return dlstack::cli::Ok;
    }
    for (const dlstack::cli::Verb &verb : verbs()) {
        if (args[1] == QLatin1String(verb.name)) {
            QStringList verbArgs = args.mid(1);
            verbArgs[0] = QStringLiteral("dlstack ") + verbArgs[0];
            return verb.run(verbArgs, cli);
        }
    }
    cli.err() << Tr::tr("Unknown command \"%1\".").arg(args[1]) << "\n\n";
    printUsage(cli.err());
    return dlstack::cli::BadInput;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dlstack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DLSTACK_VERSION));
    dlstack::support::Translator translator;
    if (translator.loadFor(QLocale()))
        QCoreApplication::installTranslator(&translator);
    // Only the command's name: its arguments may hold credentials no redaction recognises.
    dlstack::support::AppLog log;
    log.init(dlstack::support::AppLog::defaults(QStringLiteral("dlstack")));
    const QString verb = QCoreApplication::arguments().value(1);
    log.note(QStringLiteral("dlstack %1 started: %2").arg(QCoreApplication::applicationVersion(), verb));

    dlstack::cli::CliContext cli;
    const int code = run(cli);
    log.note(QStringLiteral("dlstack %1 exits with %2").arg(verb).arg(code));
    return code;
}
