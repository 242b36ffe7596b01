// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/preflightcommand.h"

#include "core/net/connectivity.h"
#include "core/plan/networkneeds.h"
#include "core/plan/planloader.h"
#include "core/plan/preflight.h"
#include "core/plan/stagetitle.h"
#include "core/support/amounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCommand)
};

QStringList hostNames(const QList<QUrl> &hosts)
{
    QStringList names;
    for (const QUrl &h : hosts)
        names.append(h.port() > 0 ? QStringLiteral("%1:%2").arg(h.host()).arg(h.port()) : h.host());
    return names;
}

} // namespace

int runPreflight(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Says what the install of a plan downloads, per stage and in all, and whether the servers it "
               "downloads from answer from this machine (through the proxy of https_proxy, http_proxy and "
               "no_proxy, or the plan's)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), Tr::tr("The plan file (JSON)."));
    const QCommandLineOption noNetwork(QStringLiteral("no-network"),
                                       Tr::tr("Only list what is downloaded; do not contact any server."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Tr::tr("Seconds to wait for each server (default 8)."),
                                     QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({noNetwork, timeout, json});
    if (parser.parse(args) && parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("preflight"));
        return Ok;
    }
    bool numeric = false;
    const int seconds = parser.value(timeout).toInt(&numeric);
    if (!parser.parse(args) || parser.positionalArguments().size() != 1 || !numeric || seconds <= 0) {
        cli.err() << (parser.errorText().isEmpty()
                          ? Tr::tr("Usage: dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]")
                          : parser.errorText())
                  << '\n';
        return BadInput;
    }
    const auto loaded = plan::loadPlanFile(parser.positionalArguments().constFirst());
    if (!loaded.ok()) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const plan::Plan &plan = loaded.value();
    // The same last look as `dlstack install` takes before it changes anything, in the
    // environment this process was started with (a set PYTHONPATH is a warning).
    plan::PlanOutcome outcome;
    outcome.plan = plan;
    outcome.neededMib = plan.neededMib;
    const QList<matrix::Finding> findings = plan::preflight({outcome, {}, plan::installEnvironment()});
    const plan::NetworkNeeds needs = plan::networkNeeds(plan);
    std::optional<net::ConnectivityReport> reach;
    if (!parser.isSet(noNetwork) && needs.needsInternet()) {
        net::ProxySettings proxies = net::ProxySettings::fromEnvironment();
        proxies.setPlanProxy(plan.proxy);
        reach = net::ConnectivityCheck(proxies, std::chrono::seconds(seconds)).check(needs.hosts());
    }
    const bool ok = (!reach || reach->allReachable()) && !matrix::hasBlocker(findings);

    if (parser.isSet(json)) {
        QJsonArray stages;
        for (const plan::StageNeeds &s : needs.stages)
            stages.append(QJsonObject{{QStringLiteral("id"), s.stage},
                                      {QStringLiteral("title"), s.title},
                                      {QStringLiteral("download_mib"), s.downloadMib},
                                      {QStringLiteral("hosts"), QJsonArray::fromStringList(hostNames(s.hosts))}});
        QJsonObject out{{QStringLiteral("stages"), stages},
                        {QStringLiteral("download_mib"), needs.totalMib()},
                        {QStringLiteral("needs_internet"), needs.needsInternet()}};
        QJsonArray found;
        for (const matrix::Finding &f : findings)
            found.append(f.toJson());
        out.insert(QStringLiteral("findings"), found);
        if (reach) {
            QJsonArray hosts;
            for (const net::HostReach &h : reach->hosts)
                hosts.append(QJsonObject{{QStringLiteral("host"), h.host.toString()},
                                         {QStringLiteral("reachable"), h.reachable},
                                         {QStringLiteral("proxy"), h.proxy},
                                         {QStringLiteral("http_status"), h.httpStatus},
                                         {QStringLiteral("why"), h.why}});
            out.insert(QStringLiteral("reachability"), hosts);
            out.insert(QStringLiteral("sentence"), reach->sentence());
        }
        cli.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ok ? Ok : Failed;
    }

    cli.out() << Tr::tr("What the install of %1 downloads:").arg(plan.name.isEmpty() ? plan.prefix : plan.name) << '\n';
    int index = 0;
    for (const plan::StageNeeds &s : needs.stages) {
        const QString what = s.hosts.isEmpty() ? Tr::tr("nothing")
                                               : Tr::tr("about %1 from %2")
                                                     .arg(support::mibText(s.downloadMib),
                                                          hostNames(s.hosts).join(QStringLiteral(", ")));
        cli.out() << QStringLiteral("  %1. %2: %3\n")
                         .arg(++index)
                         .arg(s.title.isEmpty() ? s.stage : plan::localizedStageTitle(s.title), what);
    }
    for (const matrix::Finding &f : findings)
        cli.out() << (f.severity == matrix::Severity::Blocker ? Tr::tr("blocker: %1 (%2)") : Tr::tr("warning: %1 (%2)"))
                         .arg(f.message, f.remedy)
                  << '\n';
    if (!needs.needsInternet()) {
        cli.out() << Tr::tr("Nothing is downloaded from the internet; the install can run offline.") << '\n';
        return ok ? Ok : Failed;
    }
    cli.out() << Tr::tr("In all: about %1 from %2.")
                     .arg(support::mibText(needs.totalMib()), hostNames(needs.hosts()).join(QStringLiteral(", ")))
              << '\n';
    if (reach)
        (ok ? cli.out() : cli.err()) << reach->sentence() << '\n';
    return ok ? Ok : Failed;
}

} // namespace dlstack::cli
