// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack: the headless command line over the same core as the wizard.
#include "app/cli/clicontext.h"
#include "app/cli/verb.h"

#include <QCoreApplication>
#include <QLocale>
#include "core/support/translator.h"


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
        out << "  " << QString::fromLatin1(verb.name).leftJustified(10) << QCoreApplication::translate("Cli", verb.summary)
            << '\n';
    out << '\n' << Tr::tr("Run `dlstack <command> --help` for the options of a command.") << '\n';
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

    dlstack::cli::CliContext cli;
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
