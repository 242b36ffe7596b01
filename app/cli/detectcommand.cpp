// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/detectcommand.h"

#include "app/cli/profilereport.h"
#include "core/matrix/matrixbundle.h"
#include "core/probe/profilebuilder.h"
#include "core/probe/rawrecorder.h"
#include "core/probe/replayrunner.h"
#include "core/probe/versioncache.h"
#include "core/support/processrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DetectCommand)
};

} // namespace

int runDetect(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Detects GPUs, the NVIDIA driver, CUDA toolkits, cuDNN, ROCm, compilers, "
                                            "build tools, conda installations and Python environments."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the profile as JSON (docs/profile-format.md)."));
    const QCommandLineOption saveRaw(QStringLiteral("save-raw"),
                                     Tr::tr("Keep every raw output and file read in DIR, to replay elsewhere."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        Tr::tr("Replay a detection saved with --save-raw instead of looking at this machine."), QStringLiteral("DIR"));
    const QCommandLineOption diskPath(QStringLiteral("disk-path"),
                                      Tr::tr("Measure free disk space at PATH (default: the home directory)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption envPath(QStringLiteral("env"), Tr::tr("Also inspect the Python environment at PATH."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption fresh(QStringLiteral("fresh"),
                                   Tr::tr("Ask every compiler and tool for its version again instead of using the "
                                          "versions kept from earlier runs for unchanged programs."));
    parser.addOptions({json, saveRaw, replay, diskPath, envPath, fresh});
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("detect"));
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.err() << Tr::tr("detect takes no arguments; did you mean `dlstack import %1`?")
                         .arg(parser.positionalArguments().join(u' '))
                  << '\n';
        return BadInput;
    }

    support::ProcessRunner processRunner;
    // --save-raw records what the tools print now, so it asks them all.
    const probe::VersionCachingRunner cachingRunner(&processRunner, probe::VersionCachingRunner::defaultCacheFile());
    const bool useCache = !parser.isSet(fresh) && !parser.isSet(saveRaw);
    probe::ReplayRunner replayRunner;
    std::optional<probe::ProbeContext> context;
    if (parser.isSet(replay)) {
        if (auto error = replayRunner.load(parser.value(replay))) {
            cli.err() << error->toText() << '\n';
            return BadInput;
        }
        auto replayed = probe::replayContext(parser.value(replay), &replayRunner);
        if (!replayed) {
            cli.err() << replayed.error().toText() << '\n';
            return BadInput;
        }
        context = replayed.value();
    } else {
        context = probe::ProbeContext::forHost(useCache ? static_cast<const support::CommandRunner *>(&cachingRunner)
                                                        : &processRunner);
    }
    if (parser.isSet(diskPath))
        context->setDiskPath(QDir(parser.value(diskPath)).absolutePath());
    QStringList envs;
    for (const QString &e : parser.values(envPath))
        envs << QDir(e).absolutePath();
    context->setExtraEnvPaths(envs);

    probe::RawRecorder recorder;
    if (parser.isSet(saveRaw))
        context->setRecorder(&recorder);

    probe::SystemProfile profile = probe::ProfileBuilder(matrix::effectiveDetectionTables()).detect(*context);
    profile.generatedBy = QStringLiteral("dlstack %1 detect").arg(QCoreApplication::applicationVersion());

    if (parser.isSet(saveRaw)) {
        if (auto error = recorder.write(parser.value(saveRaw))) {
            cli.err() << error->toText() << '\n';
            return Failed;
        }
        const QJsonDocument doc(profile.toJson());
        QFile expected(parser.value(saveRaw) + QStringLiteral("/profile.json"));
        if (expected.open(QIODevice::WriteOnly))
            expected.write(doc.toJson(QJsonDocument::Indented));
    }

    if (parser.isSet(json))
        cli.out() << QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
    else
        printProfileReport(profile, cli.out(), cli.isTerminal());
    if (parser.isSet(saveRaw))
        cli.err() << Tr::tr("Raw outputs saved in %1; replay them with `dlstack detect --replay %1`.")
                         .arg(parser.value(saveRaw))
                  << '\n';
    return Ok;
}

} // namespace dlstack::cli
