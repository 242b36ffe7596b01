// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/diagnosecommand.h"

#include "core/log/diagnoser.h"
#include "core/log/diagnosistext.h"
#include "core/log/logreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
};

std::optional<probe::SystemProfile> readProfile(const QString &path, CliContext &cli, bool &failed)
{
    auto profile = probe::SystemProfile::load(path);
    if (!profile) {
        cli.err() << profile.error().toText() << '\n';
        failed = true;
        return std::nullopt;
    }
    return profile.value();
}

void printText(const QString &name, const QList<log::Diagnosis> &found, bool several, CliContext &cli)
{
    QTextStream &out = cli.out();
    if (several)
        out << "== " << name << " ==\n";
    if (found.isEmpty()) {
        out << Tr::tr("No known cause of failure was found.") << "\n\n";
        return;
    }
    int rank = 0;
    for (const log::Diagnosis &d : found) {
        ++rank;
        const QString heading = d.id == u"unrecognised" ? Tr::tr("No known cause")
                                : rank == 1             ? Tr::tr("Root cause")
                                                        : Tr::tr("Also found");
        const log::DiagnosisText text = log::DiagnosisText::of(d);
        out << heading << ": " << text.title << " [" << d.id << "]\n";
        out << "  " << Tr::tr("line %1").arg(d.line) << ":\n";
        for (int i = 0; i < d.excerpt.size(); ++i) {
            const qint64 number = d.excerptFirstLine + i;
            out << (number == d.line ? "  > " : "    ") << qSetFieldWidth(7) << number << qSetFieldWidth(0) << " | "
                << d.excerpt.at(i).left(300) << '\n';
        }
        out << "  " << Tr::tr("Why: ") << text.explanation << '\n';
        out << "  " << Tr::tr("What to do: ") << text.remedy << "\n\n";
    }
}

int explain(const QString &id, const log::RuleSet &rules, const std::optional<probe::SystemProfile> &profile,
            CliContext &cli)
{
    const log::DiagnosisRule *rule = rules.find(id);
    if (!rule || rule->role != log::DiagnosisRule::Role::Cause) {
        QStringList ids;
        for (const log::DiagnosisRule &r : rules.rules())
            if (r.role == log::DiagnosisRule::Role::Cause)
                ids.append(r.id);
        cli.err() << Tr::tr("There is no cause \"%1\". Known causes: %2").arg(id, ids.join(QStringLiteral(", ")))
                  << '\n';
        return BadInput;
    }
    QTextStream &out = cli.out();
    const QMap<QString, QString> none;
    // A built-in rule's texts in the user's language; a user rule's as written.
    const log::DiagnosisRule *builtin =
        log::RuleSet::builtin().ok() ? log::RuleSet::builtin().value().find(id) : nullptr;
    const auto shown = [&](const QString &ruleText, const QString &builtinText) {
        return builtin && ruleText == builtinText ? log::DiagnosisText::translated(ruleText) : ruleText;
    };
    out << shown(rule->title, builtin ? builtin->title : QString()) << " [" << rule->id << "]\n";
    out << "  " << Tr::tr("Why: ")
        << log::Diagnoser::fillPlaceholders(shown(rule->explanation, builtin ? builtin->explanation : QString()),
                                            profile, none)
        << '\n';
    out << "  " << Tr::tr("What to do: ")
        << log::Diagnoser::fillPlaceholders(shown(rule->remedy, builtin ? builtin->remedy : QString()), profile, none)
        << '\n';
    out << "  " << Tr::tr("Defined in: ") << rule->file << '\n';
    for (const QString &source : rule->sources)
        out << "  " << Tr::tr("Seen in: ") << source << '\n';
    return Ok;
}

} // namespace

int runDiagnose(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Finds the root cause of a failed build or install in its log and says what to do. "
               "Reads plain, .gz and .xz files, and standard input for -."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the diagnoses as JSON."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), Tr::tr("Fill remedies with facts of this machine profile (dlstack detect --json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        Tr::tr("Also use the rule files (*.json) in this folder (besides %1).").arg(log::RuleSet::userDirectory()),
        QStringLiteral("DIR"));
    const QCommandLineOption explainOption(
        QStringLiteral("explain"), Tr::tr("Print what a cause means and what to do about it."), QStringLiteral("ID"));
    parser.addOption(json);
    parser.addOption(profileOption);
    parser.addOption(rulesOption);
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        Tr::tr("Stop reading a FIFO or pipe after this many seconds without new output (0: wait for its end; "
               "default: 600 for a FIFO, 0 for standard input)."),
        QStringLiteral("SECONDS"));
    parser.addOption(explainOption);
    parser.addOption(idleOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Log files; - reads standard input."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("diagnose"));
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !parser.isSet(explainOption)) {
        cli.err() << Tr::tr("Name at least one log file (or - for standard input).") << '\n';
        return BadInput;
    }
    std::optional<probe::SystemProfile> profile;
    if (parser.isSet(profileOption)) {
        bool failed = false;
        profile = readProfile(parser.value(profileOption), cli, failed);
        if (failed)
            return BadInput;
    }
    QList<support::Error> problems;
    const auto rules = log::RuleSet::withUserRules(parser.values(rulesOption), &problems);
    for (const support::Error &problem : problems)
        cli.err() << Tr::tr("Skipped: ") << problem.toText() << '\n';
    if (!rules) {
        cli.err() << rules.error().toText() << '\n';
        return Failed;
    }
    if (parser.isSet(explainOption))
        return explain(parser.value(explainOption), rules.value(), profile, cli);
    bool idleValid = true;
    const double idleSeconds = parser.isSet(idleOption) ? parser.value(idleOption).toDouble(&idleValid) : -1;
    if (!idleValid || (parser.isSet(idleOption) && idleSeconds < 0)) {
        cli.err() << Tr::tr("--idle-timeout needs a number of seconds, 0 or more.") << '\n';
        return BadInput;
    }

    int unreadable = 0;
    bool anything = false;
    QJsonArray reports;
    for (const QString &name : files) {
        log::Diagnoser diagnoser(rules.value(), profile);
        log::LogReader::Options reading;
        reading.idleTimeoutMs = idleSeconds >= 0 ? int(idleSeconds * 1000) : (name == u"-" ? 0 : 600 * 1000);
        reading.writerWaitMs = idleSeconds >= 0 ? int(idleSeconds * 1000) : 30 * 1000;
        QByteArray head; // the first bytes, to tell a binary file
        std::optional<support::Error> error;
        if (const auto plain = log::LogReader::openPlain(name)) {
            // A plain file is read by the scanning threads, each its own pieces.
            plain->readAt(0, qMin<qint64>(plain->size(), 65536), head);
            const auto read = [&plain](qint64 offset, qint64 length, QByteArray &into) {
                return plain->readAt(offset, length, into);
            };
            if (!diagnoser.addRange(0, plain->size(), read))
                error = support::Error{Tr::tr("%1 could not be read to its end (it may have been shortened while it "
                                              "was read); the lines before were diagnosed.")
                                           .arg(name),
                                       QString(), QString()};
        } else {
            error = log::LogReader::read(
                name,
                [&](QByteArrayView bytes) {
                    if (head.size() < 65536)
                        head += bytes.first(qMin<qsizetype>(bytes.size(), 65536 - head.size()));
                    diagnoser.addText(bytes);
                    return true;
                },
                reading);
        }
        diagnoser.finish();
        if (log::looksBinary(head))
            cli.err() << Tr::tr("%1 looks like binary data, not a text log; its readable lines were diagnosed anyway.")
                             .arg(name == u"-" ? Tr::tr("Standard input") : name)
                      << '\n';
        if (error) {
            cli.err() << error->summary << '\n';
            if (!error->remedy.isEmpty())
                cli.err() << "  " << error->remedy << '\n';
            if (diagnoser.linesSeen() == 0) {
                ++unreadable;
                continue;
            }
        }
        const QList<log::Diagnosis> found = diagnoser.results();
        anything = anything || (!found.isEmpty() && found.first().id != u"unrecognised");
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const log::Diagnosis &d : found)
                list.append(d.toJson());
            reports.append(QJsonObject{{QStringLiteral("file"), name},
                                       {QStringLiteral("lines"), diagnoser.linesSeen()},
                                       {QStringLiteral("complete"), !error.has_value()},
                                       {QStringLiteral("diagnoses"), list}});
        } else {
            printText(name, found, files.size() > 1, cli);
        }
    }
    if (parser.isSet(json))
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("logs"), reports}}).toJson(QJsonDocument::Indented);
    if (unreadable > 0 && !anything)
        return BadInput;
    return anything ? Ok : NothingFound;
}

} // namespace dlstack::cli
