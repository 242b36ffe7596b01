// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/bundlecommand.h"

#include "core/net/downloader.h"
#include "core/plan/planloader.h"
#include "core/support/processrunner.h"
#include "core/support/sha256.h"
#include "core/support/urlredaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// `conda|mamba|micromamba create|install ...`: packages from conda channels.
bool isCondaInstall(const QStringList &argv)
{
    if (argv.size() < 2)
        return false;
    const QString tool = QFileInfo(argv.first()).fileName();
    return (tool == u"conda" || tool == u"mamba" || tool == u"micromamba")
        && (argv.at(1) == u"create" || argv.at(1) == u"install");
}

// "python -m pip install SPEC... [options]": the package specs and the options that say
// where packages come from; empty specs when argv is not a pip install.
void splitPipInstall(const QStringList &argv, QStringList &specs, QStringList &sourceOptions)
{
    const qsizetype at = argv.indexOf(QStringLiteral("install"));
    if (at < 3 || argv.value(at - 1) != u"pip" || argv.value(at - 2) != u"-m")
        return;
    static const QStringList withValue{QStringLiteral("--index-url"), QStringLiteral("--extra-index-url"),
                                       QStringLiteral("--find-links"), QStringLiteral("-i"), QStringLiteral("-f")};
    for (qsizetype i = at + 1; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (withValue.contains(a) && i + 1 < argv.size()) {
            sourceOptions << a << argv.at(++i);
        } else if (a == u"--no-index" || a == u"--pre") {
            sourceOptions << a;
        } else if (a == u"-r" || a == u"-c" || a == u"--constraint" || a == u"--requirement") {
            specs << a << argv.value(++i);
        } else if (!a.startsWith(u'-')) {
            specs << a;
        }
    }
}

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
    if (!parser.parse(args) || parser.positionalArguments().size() != 2) {
        cli.err() << (parser.errorText().isEmpty() ? Tr::tr("Usage: dlstack bundle PLAN.json DIR [--python X.Y] [--platform TAG]")
                                                   : parser.errorText())
                  << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        return Ok;
    }
    const auto loaded = plan::loadPlanFile(parser.positionalArguments().at(0));
    if (!loaded.ok()) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const QString dir = QDir(parser.positionalArguments().at(1)).absolutePath();
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
        cli.err() << Tr::tr("The folder %1 cannot be written.").arg(dir) << '\n';
        return BadInput;
    }
    int fetched = 0;
    int kept = 0;
    int failed = 0;
    QStringList notBundled;
    QStringList condaNotBundled;
    for (const plan::Stage &stage : loaded.value().stages) {
        for (const plan::Step &step : stage.steps) {
            if (step.kind == plan::Step::Kind::Download) {
                const QString name = step.mirrorFileName();
                const QString target = QDir(dir).filePath(name);
                if (QFileInfo::exists(target) && (step.sha256.isEmpty() || support::Sha256::hexOfFile(target) == step.sha256)) {
                    ++kept;
                    continue;
                }
                cli.out() << Tr::tr("download %1").arg(support::redactedUrl(step.url)) << '\n' << Qt::flush;
                net::DownloadRequest request;
                request.sources << QUrl(step.url);
                for (const plan::Mirror &mirror : step.mirrors)
                    request.sources << QUrl(mirror.url);
                request.partPath = target + QStringLiteral(".part");
                request.sha256 = step.sha256;
                request.proxy = loaded.value().proxy;
                const auto got = net::Downloader().fetch(request, {}, nullptr);
                if (!got.ok()) {
                    cli.err() << got.error().toText() << '\n';
                    ++failed;
                    continue;
                }
                QFile::remove(target);
                if (!QFile::rename(request.partPath, target)) {
                    cli.err() << Tr::tr("Could not move the download to %1.").arg(target) << '\n';
                    ++failed;
                    continue;
                }
                ++fetched;
            } else if (step.kind == plan::Step::Kind::Run && isCondaInstall(step.argv)) {
                condaNotBundled << step.argv.join(u' ');
            } else if (step.kind == plan::Step::Kind::Run) {
                QStringList specs;
                QStringList sources;
                splitPipInstall(step.argv, specs, sources);
                if (specs.isEmpty())
                    continue;
                QStringList pipArgs{QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("download"),
                                    QStringLiteral("--dest"), dir};
                if (parser.isSet(python))
                    pipArgs << QStringLiteral("--python-version") << parser.value(python);
                if (parser.isSet(platform))
                    pipArgs << QStringLiteral("--platform") << parser.value(platform);
                if (parser.isSet(python) || parser.isSet(platform))
                    pipArgs << QStringLiteral("--only-binary=:all:");
                pipArgs << specs << sources;
                cli.out() << Tr::tr("pip download %1").arg(specs.join(u' ')) << '\n' << Qt::flush;
                support::Command command{QStringLiteral("python3"), pipArgs, {}, QString(), std::chrono::hours(6)};
                const support::CommandResult result = support::ProcessRunner().run(command);
                cli.out() << QString::fromUtf8(result.out);
                if (!result.succeeded()) {
                    cli.err() << QString::fromUtf8(result.err)
                              << Tr::tr("pip download failed for %1.").arg(specs.join(u' ')) << '\n';
                    ++failed;
                    continue;
                }
                ++fetched;
            } else if (step.kind == plan::Step::Kind::Git) {
                notBundled << support::redactedUrl(step.url);
            }
        }
    }
    for (const QString &url : notBundled)
        cli.out() << Tr::tr("not bundled (a git checkout; clone it on the offline machine's network or copy the "
                            "prefix's source folder): %1").arg(url)
                  << '\n';
    for (const QString &command : condaNotBundled)
        cli.out() << Tr::tr("not bundled (conda packages; give the offline machine a conda channel mirror, or build the "
                            "environment where there is a network and move it with conda-pack): %1").arg(command)
                  << '\n';
    cli.out() << Tr::tr("%1: %2 fetched, %3 already there, %4 failed. Use it as the offline folder: "
                        "dlstack plan ... --mirror %1")
                     .arg(dir)
                     .arg(fetched)
                     .arg(kept)
                     .arg(failed)
              << '\n';
    return failed > 0 ? Failed : Ok;
}

} // namespace dlstack::cli
