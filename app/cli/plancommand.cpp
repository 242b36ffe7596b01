// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/plancommand.h"

#include "app/cli/plandefaults.h"
#include "app/cli/selectionoptions.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/plan/activation.h"
#include "core/plan/export/ansibleexporter.h"
#include "core/plan/export/bashexporter.h"
#include "core/plan/export/dockerfileexporter.h"
#include "core/plan/export/modulefileexporter.h"
#include "core/plan/export/sbatchexporter.h"
#include "core/plan/networkneeds.h"
#include "core/plan/planner.h"
#include "core/plan/recipes/recipecontext.h"
#include "core/plan/stagetitle.h"
#include "core/support/amounts.h"
#include "core/support/atomicfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
};

// What the install needs, before anything runs: downloads per stage and in all, from which
// servers, the disk space and the time (estimates; docs/recipes.md, "Estimates").
void printNeeds(CliContext &cli, const plan::Plan &plan, const plan::PlanOutcome &outcome)
{
    const plan::NetworkNeeds needs = plan::networkNeeds(plan);
    int minutes = 0;
    for (const int m : outcome.stageMinutes)
        minutes += m;
    QStringList perStage;
    for (const plan::StageNeeds &s : needs.stages)
        if (s.downloadMib > 0)
            perStage << QStringLiteral("%1 %2").arg(plan::localizedStageTitle(s.title),
                                                    support::mibText(s.downloadMib));
    QStringList hosts;
    for (const QUrl &h : needs.hosts())
        hosts << h.host();
    if (needs.needsInternet())
        cli.err() << Tr::tr("needs: internet (%1); downloads about %2 (%3)")
                         .arg(hosts.join(QStringLiteral(", ")), support::mibText(needs.totalMib()),
                              perStage.join(QStringLiteral("; ")))
                  << '\n';
    else
        cli.err() << Tr::tr("needs: no internet (everything comes from the offline folder)") << '\n';
    cli.err() << Tr::tr("needs: about %1 of disk in %2, %3 on this machine (`dlstack preflight PLAN.json` checks "
                        "the servers)")
                     .arg(support::mibText(outcome.neededMib), plan.prefix, support::aboutMinutesText(minutes))
              << '\n';
}

} // namespace

int runPlan(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Plans a PyTorch installation for this machine and writes it as a plan, "
                                            "a bash script, a Dockerfile, a Slurm batch job, an Ansible playbook or "
                                            "an Lmod modulefile."));
    parser.addHelpOption();
    auto value = [&](const char *name, const QString &help, const char *valueName) {
        QCommandLineOption option(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
        parser.addOption(option);
        return option;
    };
    addMachineOptions(parser);
    addSelectionOptions(parser);
    // The wizard calls it the install folder; both names work.
    const QCommandLineOption prefix({QStringLiteral("prefix"), QStringLiteral("install-folder")},
                                    Tr::tr("Install folder (default: ~/dlstack/<stack>, e.g. "
                                           "~/dlstack/torch-2.4.1-cu124); a relative path is taken from here."),
                                    QStringLiteral("DIR"));
    parser.addOption(prefix);
    // The wizard's "Offline folder" and "Mirror" are one flag: a directory is the offline folder.
    const QCommandLineOption mirror({QStringLiteral("mirror"), QStringLiteral("offline-folder")},
                                    Tr::tr("Mirror base URL, or the offline folder (a directory `dlstack bundle` "
                                           "filled)."),
                                    QStringLiteral("URL|DIR"));
    parser.addOption(mirror);
    const auto output = value(
        "o", Tr::tr("Write to this file instead of standard output (with --format ansible: into this directory)."),
        "FILE|DIR");
    const auto format = value("format",
                              Tr::tr("json (default), bash, dockerfile, sbatch (a Slurm batch job), ansible (a "
                                     "playbook for many hosts, needs -o DIR) or modulefile (Lmod)."),
                              "FORMAT");
    const auto partition =
        value("partition", Tr::tr("With --format sbatch: the Slurm partition (default: the cluster's)."), "NAME");
    const auto userUid =
        value("user-uid", Tr::tr("With --format dockerfile: default of the USER_UID build arg (default 1000)."), "N");
    const auto userGid =
        value("user-gid", Tr::tr("With --format dockerfile: default of the USER_GID build arg (default 1000)."), "N");
    const auto timeZone =
        value("tz", Tr::tr("With --format dockerfile: default of the TZ build arg (default UTC)."), "ZONE");
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("plan"));
        return Ok;
    }
    auto bad = [&](const QString &message) {
        cli.err() << message << '\n';
        return BadInput;
    };
    if (!parser.positionalArguments().isEmpty())
        return bad(Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    const QString fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("json");
    if (fmt != u"json" && fmt != u"bash" && fmt != u"dockerfile" && fmt != u"sbatch" && fmt != u"ansible" &&
        fmt != u"modulefile")
        return bad(Tr::tr("Unknown --format %1 (json, bash, dockerfile, sbatch, ansible, modulefile).").arg(fmt));
    if (fmt == u"ansible" && !parser.isSet(output))
        return bad(Tr::tr("--format ansible writes several files (site.yml, inventory.ini, plan.json, "
                          "selection.json): name a directory with -o DIR."));
    if (parser.isSet(partition) && fmt != u"sbatch")
        return bad(Tr::tr("--partition goes with --format sbatch."));
    plan::DockerTarget user; // only the build args' defaults are read from it
    for (const auto &[option, id] : {std::pair{&userUid, &user.userUid}, std::pair{&userGid, &user.userGid}}) {
        if (!parser.isSet(*option))
            continue;
        bool numeric = false;
        *id = parser.value(*option).toInt(&numeric);
        if (!numeric || *id <= 0)
            return bad(Tr::tr("--%1 takes the number of a user or group other than root (1 or more), e.g. the "
                              "output of `id -u`; got \"%2\".")
                           .arg(option->names().constFirst(), parser.value(*option)));
    }
    static const QRegularExpression zoneName(QStringLiteral("^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$"));
    if (parser.isSet(timeZone)) {
        user.timeZone = parser.value(timeZone);
        if (!zoneName.match(user.timeZone).hasMatch())
            return bad(Tr::tr("--tz takes a time zone name as in /usr/share/zoneinfo, e.g. Europe/Berlin or UTC; got "
                              "\"%1\".")
                           .arg(user.timeZone));
    }
    for (const QCommandLineOption *option : {&userUid, &userGid, &timeZone})
        if (parser.isSet(*option) && fmt != u"dockerfile")
            return bad(Tr::tr("--%1 goes with --format dockerfile.").arg(option->names().constFirst()));

    const auto &loaded = matrix::loadEffective();
    if (!loaded) {
        cli.err() << loaded.error().toText() << '\n';
        return Failed;
    }
    const auto found = profileFromOptions(parser, cli);
    if (!found)
        return BadInput;
    const probe::SystemProfile &machine = *found;
    // No stack named: the one the wizard would propose for this machine.
    matrix::Selection selection;
    if (namesASelection(parser)) {
        QString backendNote;
        const auto chosen = selectionFromOptions(parser, loaded.value(), &backendNote);
        if (!chosen)
            return bad(chosen.error().toText());
        selection = chosen.value();
        if (!backendNote.isEmpty())
            cli.err() << Tr::tr("note: %1").arg(backendNote) << '\n';
    } else if (const auto recommended = recommendedSelection(machine, loaded.value())) {
        selection = *recommended;
        cli.err() << Tr::tr("note: no stack named, so the recommended one for this machine: %1 (`dlstack recommend` "
                            "lists the others; --torch and the other options choose).")
                         .arg(selection.label())
                  << '\n';
    } else {
        return bad(Tr::tr("No stack was named and none can be recommended for this machine; name one with --torch "
                          "(see `dlstack matrix`)."));
    }

    plan::PlannerOptions options;
    if (parser.isSet(prefix)) {
        options.prefix = cli.resolvePath(parser.value(prefix), Tr::tr("prefix"));
    } else {
        options.prefix = defaultPrefix(selection);
        cli.err() << Tr::tr("prefix: %1 (the default; --prefix DIR for another)").arg(options.prefix) << '\n';
    }
    options.mirror = parser.value(mirror);
    // A profile names another machine; a Dockerfile is for an image: neither needs a GPU here.
    options.target = parser.isSet(QStringLiteral("profile")) || parser.isSet(QStringLiteral("import"))
                         ? matrix::Target::Profile
                         : matrix::Target::ThisMachine;
    if (auto noArchs =
            plan::missingArchList(machine, selection, fmt == u"dockerfile" ? matrix::Target::Image : options.target))
        return bad(noArchs->toText());
    // A Dockerfile is planned for the image's toolkit, compiler and python, not this host's.
    plan::DockerExport docker =
        fmt == u"dockerfile" ? plan::planDockerfile(machine, selection, options, loaded.value()) : plan::DockerExport{};
    if (docker.outcome.plan && (user.userUid != docker.target.userUid || user.userGid != docker.target.userGid ||
                                user.timeZone != docker.target.timeZone)) {
        docker.target.userUid = user.userUid;
        docker.target.userGid = user.userGid;
        docker.target.timeZone = user.timeZone;
        docker.dockerfile = plan::exportDockerfile(*docker.outcome.plan, docker.target);
    }
    const plan::PlanOutcome outcome =
        fmt == u"dockerfile" ? docker.outcome : plan::Planner(loaded.value()).plan(machine, selection, options);
    for (const matrix::Finding &f : outcome.findings) {
        if (f.severity != matrix::Severity::Info)
            cli.err() << matrix::severityName(f.severity) << ": " << f.message
                      << (f.remedy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.remedy)) << '\n';
    }
    if (!outcome.plan) {
        cli.err() << outcome.error->toText() << '\n';
        return Failed;
    }
    if (fmt != u"dockerfile") {
        if (auto problem = plan::checkTarget(*outcome.plan, outcome.neededMib)) {
            cli.err() << problem->toText() << '\n';
            return Failed;
        }
    }
    for (const QString &file : plan::missingFromMirror(*outcome.plan))
        cli.err() << Tr::tr("warning: the mirror directory %1 has no %2; the install will fetch it from its URL "
                            "(run `dlstack bundle` where there is a network to fill the directory).")
                         .arg(outcome.plan->mirrorDir, file)
                  << '\n';
    for (const QString &note : outcome.notes)
        cli.err() << Tr::tr("note: %1").arg(note) << '\n';
    if (fmt != u"dockerfile")
        printNeeds(cli, *outcome.plan, outcome);
    for (const QString &command : outcome.rootCommands)
        cli.err() << Tr::tr("run as root first: %1").arg(command) << '\n';
    if (const QString activate = plan::activationCommand(*outcome.plan); !activate.isEmpty() && fmt != u"dockerfile")
        cli.err() << Tr::tr("once installed, activate it with: %1").arg(activate) << '\n';

    QByteArray bytes;
    if (fmt == u"bash")
        bytes = plan::exportBash(*outcome.plan);
    else if (fmt == u"dockerfile")
        bytes = docker.dockerfile;
    else if (fmt == u"ansible") {
        // Every host plans for itself from the same selection; plan.json is the plan of this machine.
        plan::AnsibleExport ansible;
        ansible.selection = selection.toJson();
        const auto files = plan::exportAnsible(*outcome.plan, ansible);
        if (!files) {
            cli.err() << files.error().toText() << '\n';
            return Failed;
        }
        const QString dir = parser.value(output);
        if (auto error = plan::writeAnsibleExport(dir, files.value())) {
            cli.err() << error->toText() << '\n';
            return Failed;
        }
        cli.err() << Tr::tr("wrote %1 into %2; list the hosts in inventory.ini, then: ansible-playbook -i %3 %4")
                         .arg(files.value().keys().join(QStringLiteral(", ")), dir,
                              plan::shellQuote(QDir(dir).filePath(QStringLiteral("inventory.ini"))),
                              plan::shellQuote(QDir(dir).filePath(QStringLiteral("site.yml"))))
                  << '\n';
        return Ok;
    } else if (fmt == u"modulefile") {
        const auto lua = plan::exportModulefile(*outcome.plan);
        if (!lua) {
            cli.err() << lua.error().toText() << '\n';
            return Failed;
        }
        bytes = lua.value();
    } else if (fmt == u"sbatch") {
        // The same job the wizard's Slurm export asks for: only partition and program are chosen here.
        const plan::SlurmJob job =
            plan::slurmJobFor(outcome, machine, selection, loaded.value(),
                              {parser.value(partition), QCoreApplication::applicationFilePath()});
        const auto script = plan::exportSbatch(*outcome.plan, job);
        if (!script) {
            cli.err() << script.error().toText() << '\n';
            return Failed;
        }
        bytes = script.value();
    } else
        bytes = QJsonDocument(outcome.plan->toJson()).toJson(QJsonDocument::Indented);
    if (parser.isSet(output)) {
        if (auto error = support::writeFileAtomically(cli.resolvePath(parser.value(output), Tr::tr("output")), bytes)) {
            cli.err() << error->toText() << '\n';
            return Failed;
        }
    } else {
        cli.out() << QString::fromUtf8(bytes);
    }
    return Ok;
}

} // namespace dlstack::cli
