// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/bundlecommand.h"

#include "core/engine/bundler.h"
#include "core/plan/planloader.h"
#include "core/support/processrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runBundle(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Fetch everything a plan downloads into a folder for an offline machine."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), Tr::tr("The plan file (JSON)."));
    parser.addPositionalArgument(QStringLiteral("dir"), Tr::tr("The folder to fill."));
    const QCommandLineOption python(QStringLiteral("python"), Tr::tr("Fetch wheels for this Python (e.g. 3.11)."),
                                    QStringLiteral("X.Y"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      Tr::tr("Fetch wheels for this platform tag (e.g. manylinux_2_28_x86_64)."),
                                      QStringLiteral("TAG"));
    parser.addOptions({python, platform});
    if (parser.parse(args) && parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("bundle"));
        return Ok;
    }
    if (!parser.parse(args) || parser.positionalArguments().size() != 2) {
        cli.err() << (parser.errorText().isEmpty()
                          ? Tr::tr("Usage: dlstack bundle PLAN.json DIR [--python X.Y] [--platform TAG]")
                          : parser.errorText())
                  << '\n';
        return BadInput;
    }
    const QString planFile = cli.resolvePath(parser.positionalArguments().at(0), Tr::tr("plan"));
    const auto loaded = plan::loadPlanFile(planFile);
    if (!loaded.ok()) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    engine::BundleOptions options;
    options.dir = cli.resolvePath(parser.positionalArguments().at(1), Tr::tr("bundle folder"));
    options.python = parser.value(python);
    options.platform = parser.value(platform);
    const support::ProcessRunner runner;
    const auto bundled = engine::Bundler(runner).bundle(loaded.value(), options, [&](const QString &line) {
        cli.out() << line << '\n' << Qt::flush;
    });
    if (!bundled.ok()) {
        cli.err() << bundled.error().toText() << '\n';
        return BadInput;
    }
    const engine::BundleReport &report = bundled.value();
    for (const support::Error &failure : report.failures)
        cli.err() << failure.toText() << '\n';
    for (const plan::BundleItem &item : report.notBundled) {
        if (item.kind == plan::BundleItem::Kind::GitCheckout)
            cli.out() << Tr::tr("not bundled (a git checkout; clone it on the offline machine's network or copy the "
                                "prefix's source folder): %1")
                             .arg(item.what)
                      << '\n';
        else
            cli.out()
                << Tr::tr("not bundled (conda packages; give the offline machine a conda channel mirror, or build the "
                          "environment where there is a network and move it with conda-pack): %1")
                       .arg(item.what)
                << '\n';
    }
    cli.out() << Tr::tr("%1: %2 fetched, %3 already there, %4 failed.")
                     .arg(options.dir)
                     .arg(report.fetched)
                     .arg(report.kept)
                     .arg(report.failed());
    // Say only what is true of the folder: complete, complete but for what a bundle cannot
    // hold, not complete, or empty because nothing of the plan fits in a bundle.
    const bool empty = report.fetched + report.kept == 0;
    if (report.usableOffline() && report.notBundled.isEmpty())
        cli.out() << ' ' << Tr::tr("Use it as the offline folder: dlstack plan ... --mirror %1").arg(options.dir);
    else if (report.usableOffline())
        cli.out() << ' '
                  << Tr::tr("It holds the downloads, but what is not bundled above still needs a network or another "
                            "way to the offline machine; then plan with --mirror %1.")
                         .arg(options.dir);
    else if (!report.complete())
        cli.out() << ' '
                  << Tr::tr("The folder is not complete; run the bundle again once the failures above are fixed.");
    else if (empty && !report.notBundled.isEmpty())
        cli.out() << ' '
                  << Tr::tr("Nothing was fetched: everything this plan downloads is a git checkout or conda packages, "
                            "which a bundle cannot hold; the folder does not make the install work offline.");
    else
        cli.out() << ' ' << Tr::tr("Nothing was fetched: the plan downloads nothing, so it needs no offline folder.");
    cli.out() << '\n';
    if (!report.complete() || (empty && !report.notBundled.isEmpty()))
        return Failed;
    return Ok;
}

} // namespace dlstack::cli
