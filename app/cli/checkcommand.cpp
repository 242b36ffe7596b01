// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkcommand.h"

#include "core/matrix/checker.h"
#include "core/probe/importer.h"
#include "core/probe/profilebuilder.h"
#include "core/support/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

std::optional<probe::SystemProfile> profileFromOptions(const QCommandLineParser &parser, CliContext &cli)
{
    const QString profileFile = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile")) : QString();
    const QStringList imports = parser.optionNames().contains(QStringLiteral("import"))
        ? parser.values(QStringLiteral("import"))
        : QStringList();
    if (!profileFile.isEmpty() && !imports.isEmpty()) {
        cli.err() << Tr::tr("Use either --profile or --import, not both.") << '\n';
        return std::nullopt;
    }
    if (!profileFile.isEmpty()) {
        auto profile = probe::SystemProfile::load(profileFile);
        if (!profile) {
            cli.err() << profile.error().toText() << '\n';
            return std::nullopt;
        }
        return profile.value();
    }
    if (!imports.isEmpty()) {
        const probe::Importer importer;
        probe::SystemProfile profile;
        for (const QString &name : imports) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                cli.err() << Tr::tr("%1: cannot be read: %2").arg(name, file.errorString()) << '\n';
                return std::nullopt;
            }
            const auto outcome = importer.import(file.read(64 * 1024 * 1024), name);
            if (outcome.format.isEmpty()) {
                cli.err() << Tr::tr("%1: not a format dlstack knows (see `dlstack import --help`).").arg(name) << '\n';
                return std::nullopt;
            }
            profile.merge(outcome.profile);
        }
        profile.finalize();
        return profile;
    }
    support::ProcessRunner runner;
    return probe::ProfileBuilder().detect(probe::ProbeContext::forHost(&runner));
}

int runCheck(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Checks one PyTorch selection against this machine (or a saved or "
                                            "imported profile) and says what blocks it and what to do. Exit code: "
                                            "0 ok or warnings, 1 blocked, 2 bad arguments."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), Tr::tr("Profile written by `dlstack detect --json`."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption import(QStringLiteral("import"),
                                    Tr::tr("Build the profile from pasted tool output (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption torch(QStringLiteral("torch"), Tr::tr("PyTorch version (required)."), QStringLiteral("V"));
    const QCommandLineOption cuda(QStringLiteral("cuda"), Tr::tr("CUDA version, e.g. 12.4."), QStringLiteral("X"));
    const QCommandLineOption rocm(QStringLiteral("rocm"), Tr::tr("ROCm version, e.g. 6.1."), QStringLiteral("X"));
    const QCommandLineOption cpu(QStringLiteral("cpu"), Tr::tr("CPU-only build."));
    const QCommandLineOption python(QStringLiteral("python"), Tr::tr("Python version, e.g. 3.11."), QStringLiteral("V"));
    const QCommandLineOption route(QStringLiteral("route"), Tr::tr("prebuilt (default) or source."), QStringLiteral("R"));
    const QCommandLineOption env(QStringLiteral("env"), Tr::tr("Install into this existing environment."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption maxJobs(QStringLiteral("max-jobs"), Tr::tr("MAX_JOBS for a source build."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print {verdict, findings} as JSON."));
    parser.addOptions({profile, import, torch, cuda, rocm, cpu, python, route, env, maxJobs, json});
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.err() << Tr::tr("check takes no positional arguments: %1").arg(parser.positionalArguments().join(u' ')) << '\n';
        return BadInput;
    }
    const int backends = (parser.isSet(cuda) ? 1 : 0) + (parser.isSet(rocm) ? 1 : 0) + (parser.isSet(cpu) ? 1 : 0);
    if (backends > 1) {
        cli.err() << Tr::tr("--cuda, --rocm and --cpu contradict each other; give one of them.") << '\n';
        return BadInput;
    }
    if (!parser.isSet(torch)) {
        cli.err() << Tr::tr("Name the PyTorch version with --torch (see `dlstack matrix`).") << '\n';
        return BadInput;
    }
    const auto &loaded = matrix::Matrix::builtin();
    if (!loaded) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const matrix::Matrix &m = loaded.value();

    matrix::Selection s;
    s.torch = parser.value(torch);
    if (parser.isSet(route))
        s.route = parser.value(route);
    if (parser.isSet(python))
        s.python = parser.value(python);
    if (parser.isSet(env)) {
        s.envKind = QStringLiteral("existing");
        s.envPath = QDir(parser.value(env)).absolutePath();
    }
    if (parser.isSet(maxJobs)) {
        bool ok = false;
        s.maxJobs = parser.value(maxJobs).toInt(&ok);
        if (!ok || s.maxJobs <= 0) {
            cli.err() << Tr::tr("--max-jobs needs a positive number, not \"%1\".").arg(parser.value(maxJobs)) << '\n';
            return BadInput;
        }
    }
    if (parser.isSet(cpu)) {
        s.backend = QStringLiteral("cpu");
    } else if (parser.isSet(rocm)) {
        s.backend = QStringLiteral("rocm");
        s.rocm = parser.value(rocm);
    } else if (parser.isSet(cuda)) {
        s.cuda = parser.value(cuda);
    } else if (const matrix::TorchRelease *r = m.release(s.torch)) {
        // No backend named: the variant plain `pip install torch` gets.
        if (const matrix::TorchVariant *v = r->defaultVariant()) {
            s.backend = v->backend;
            (v->backend == u"rocm" ? s.rocm : s.cuda) = v->version;
            if (!parser.isSet(json))
                cli.err() << Tr::tr("No backend given: checking the default %1 wheels of torch %2.").arg(v->id, r->version)
                          << '\n';
        }
    }
    // Canonical names: "2.4" -> the newest 2.4.x, "12.4.1" -> 12.4.
    if (const matrix::TorchRelease *r = m.release(s.torch))
        s.torch = r->version;
    if (!s.cuda.isEmpty() && m.cuda(s.cuda))
        s.cuda = m.cuda(s.cuda)->version;
    if (auto error = s.validate(m)) {
        cli.err() << error->toText() << '\n';
        return BadInput;
    }
    const auto machine = profileFromOptions(parser, cli);
    if (!machine)
        return BadInput;

    const QList<matrix::Finding> findings = matrix::check(*machine, s, m);
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
