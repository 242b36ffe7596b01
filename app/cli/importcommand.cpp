// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/importcommand.h"

#include "app/cli/profilereport.h"
#include "core/matrix/matrixbundle.h"
#include "core/probe/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

} // namespace

int runImport(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Builds a profile of another machine from text its owner sent: python -m torch.utils.collect_env "
               "(and vLLM's and SGLang's reports), nvidia-smi (table, csv, -q, -q -x), /proc/driver/nvidia/version, "
               "lspci, nvcc --version, rocminfo, rocm-smi (table, -i, --json), amd-smi static, ROCm's .info/version, "
               "hipcc --version, sycl-ls, clinfo -l, xpu-smi (summary, discovery), conda info (plain or --json), conda "
               "env list, environments.txt, cudnn_version.h, "
               "gcc --version, cmake --version, /etc/os-release. A file may hold several of them one after another."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the profile as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Text files to read; - reads standard input."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("import"));
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        cli.err() << Tr::tr("Name at least one file to import (or - for standard input).") << '\n';
        return BadInput;
    }

    const probe::Importer importer;
    probe::SystemProfile profile;
    profile.generatedBy = QStringLiteral("dlstack %1 import").arg(QCoreApplication::applicationVersion());
    int failures = 0;
    for (const QString &name : files) {
        QFile file;
        const bool ok = name == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(name), file.open(QIODevice::ReadOnly));
        if (!ok) {
            cli.err() << Tr::tr("%1: cannot be read: %2").arg(name, file.errorString()) << '\n';
            ++failures;
            continue;
        }
        const QByteArray bytes = probe::Importer::read(file);
        const auto outcome = importer.import(bytes, name == u"-" ? QStringLiteral("stdin") : name);
        if (outcome.format.isEmpty() && !outcome.cutNote.isEmpty()) {
            cli.err() << Tr::tr("%1: longer than %2 MiB, and its first %2 MiB are in no format dlstack knows (a JSON "
                                "text cut short cannot be read at all). Import a shorter excerpt.")
                             .arg(name)
                             .arg(probe::Importer::kMaxInputBytes >> 20)
                      << '\n';
            ++failures;
            continue;
        }
        if (!outcome.cutNote.isEmpty())
            cli.err() << outcome.cutNote << '\n'; // with --json it is also in "problems"
        if (outcome.format.isEmpty()) {
            cli.err() << Tr::tr("%1: not a format dlstack knows. It reads the output of collect_env, nvidia-smi, "
                                "nvcc, rocminfo, conda info and the other tools listed in `dlstack import --help`.")
                             .arg(name)
                      << '\n';
            ++failures;
            continue;
        }
        if (!parser.isSet(json))
            cli.err() << Tr::tr("%1: read as %2").arg(name, outcome.format) << '\n';
        profile.merge(outcome.profile);
    }
    if (failures == files.size())
        return BadInput;
    profile.finalize(matrix::effectiveDetectionTables());
    if (parser.isSet(json)) {
        // Straight to the device: a profile of many environments is megabytes of JSON, not
        // worth a round trip through UTF-16.
        cli.out().flush();
        cli.out().device()->write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    } else {
        printProfileReport(profile, cli.out(), cli.isTerminal());
    }
    return failures > 0 ? BadInput : Ok;
}

} // namespace dlstack::cli
