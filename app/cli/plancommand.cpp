// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/plancommand.h"

#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/plan/activation.h"
#include "core/plan/export/bashexporter.h"
#include "core/plan/export/dockerfileexporter.h"
#include "core/plan/planner.h"
#include "core/probe/probecontext.h"
#include "core/probe/profilebuilder.h"
#include "core/support/atomicfile.h"
#include "core/support/processrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
};

QStringList splitList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,; ]+")), Qt::SkipEmptyParts);
}

} // namespace

int runPlan(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Plans a PyTorch installation for this machine and writes it as a plan, "
                                            "a bash script or a Dockerfile."));
    parser.addHelpOption();
    auto value = [&](const char *name, const QString &help, const char *valueName) {
        QCommandLineOption option(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
        parser.addOption(option);
        return option;
    };
    const auto profile = value("profile", Tr::tr("Plan for the machine of this profile (dlstack detect --json)."), "FILE");
    const auto torch = value("torch", Tr::tr("PyTorch version."), "V");
    const auto cuda = value("cuda", Tr::tr("CUDA version of the build."), "X.Y");
    const auto rocm = value("rocm", Tr::tr("ROCm version of the build."), "X.Y");
    const QCommandLineOption cpu(QStringLiteral("cpu"), Tr::tr("A CPU-only build."));
    parser.addOption(cpu);
    const auto python = value("python", Tr::tr("Python version of the environment."), "V");
    const auto route = value("route", Tr::tr("prebuilt (wheels) or source."), "ROUTE");
    const auto env = value("env", Tr::tr("new-venv, new-conda or the path of an existing environment."), "ENV");
    const auto prefix = value("prefix", Tr::tr("Install prefix (absolute)."), "DIR");
    const auto extras = value("extras", Tr::tr("torchvision, torchaudio, apex, opencv (wheel), opencv-cuda (built with CUDA); comma separated."), "LIST");
    const auto archList = value("arch-list", Tr::tr("TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH instead of the detected GPUs."), "LIST");
    const auto maxJobs = value("max-jobs", Tr::tr("Parallel compile jobs."), "N");
    const auto launcher = value("launcher", Tr::tr("ccache, sccache or distcc."), "TOOL");
    const auto toolkitFrom = value("toolkit-from", Tr::tr("Where a missing CUDA toolkit comes from: runfile or conda (default: conda in a conda environment on CUDA 12 and newer)."), "SOURCE");
    const auto distccHosts = value("distcc-hosts", Tr::tr("DISTCC_HOSTS for --launcher distcc (\"10.0.0.5/16 10.0.0.6/16\")."), "HOSTS");
    const auto mirror = value("mirror", Tr::tr("Mirror base URL or offline directory."), "URL|DIR");
    const auto output = value("o", Tr::tr("Write to this file instead of standard output."), "FILE");
    const auto format = value("format", Tr::tr("json (default), bash or dockerfile."), "FORMAT");
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << parser.helpText();
        return Ok;
    }
    auto bad = [&](const QString &message) {
        cli.err() << message << '\n';
        return BadInput;
    };
    if (!parser.positionalArguments().isEmpty())
        return bad(Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    const int backends = int(parser.isSet(cuda)) + int(parser.isSet(rocm)) + int(parser.isSet(cpu));
    if (!parser.isSet(torch) || backends != 1)
        return bad(Tr::tr("Name --torch and exactly one of --cuda, --rocm or --cpu."));
    if (!parser.isSet(prefix))
        return bad(Tr::tr("Name the install prefix with --prefix."));
    const QString fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("json");
    if (fmt != u"json" && fmt != u"bash" && fmt != u"dockerfile")
        return bad(Tr::tr("Unknown --format %1 (json, bash, dockerfile).").arg(fmt));

    matrix::Selection selection;
    selection.torch = parser.value(torch);
    selection.backend = parser.isSet(cuda) ? QStringLiteral("cuda") : parser.isSet(rocm) ? QStringLiteral("rocm") : QStringLiteral("cpu");
    selection.cuda = parser.value(cuda);
    selection.rocm = parser.value(rocm);
    selection.python = parser.value(python);
    if (parser.isSet(route)) {
        selection.route = parser.value(route);
        if (selection.route != u"prebuilt" && selection.route != u"source")
            return bad(Tr::tr("Unknown --route %1 (prebuilt, source).").arg(selection.route));
    }
    const QString envValue = parser.isSet(env) ? parser.value(env) : QStringLiteral("new-venv");
    if (envValue == u"new-venv") {
        selection.envKind = QStringLiteral("new_venv");
    } else if (envValue == u"new-conda") {
        selection.envKind = QStringLiteral("new_conda");
    } else {
        selection.envKind = QStringLiteral("existing");
        selection.envPath = QDir::cleanPath(QDir(envValue).absolutePath());
    }
    selection.extras = splitList(parser.value(extras));
    selection.archList = splitList(parser.value(archList));
    if (parser.isSet(maxJobs)) {
        bool ok = false;
        selection.maxJobs = parser.value(maxJobs).toInt(&ok);
        if (!ok || selection.maxJobs < 1)
            return bad(Tr::tr("--max-jobs needs a positive number, not %1.").arg(parser.value(maxJobs)));
    }
    selection.launcher = parser.value(launcher);
    if (!selection.launcher.isEmpty() && selection.launcher != u"ccache" && selection.launcher != u"sccache"
        && selection.launcher != u"distcc")
        return bad(Tr::tr("Unknown --launcher %1 (ccache, sccache, distcc).").arg(selection.launcher));
    selection.distccHosts = parser.value(distccHosts).simplified();
    selection.toolkitFrom = parser.value(toolkitFrom);

    probe::SystemProfile machine;
    if (parser.isSet(profile)) {
        auto parsed = probe::SystemProfile::load(parser.value(profile));
        if (!parsed)
            return bad(parsed.error().toText());
        machine = parsed.value();
    } else {
        support::ProcessRunner runner;
        probe::ProbeContext context = probe::ProbeContext::forHost(&runner);
        machine = probe::ProfileBuilder().detect(context);
    }

    const auto &loaded = matrix::Matrix::builtin();
    if (!loaded) {
        cli.err() << loaded.error().toText() << '\n';
        return Failed;
    }
    plan::PlannerOptions options;
    options.prefix = QDir::cleanPath(QDir(parser.value(prefix)).absolutePath());
    options.mirror = parser.value(mirror);
    // A Dockerfile is planned for the image's toolkit, compiler and python, not this host's.
    const plan::DockerExport docker = fmt == u"dockerfile" ? plan::planDockerfile(machine, selection, options, loaded.value())
                                                            : plan::DockerExport{};
    const plan::PlanOutcome outcome = fmt == u"dockerfile" ? docker.outcome
                                                           : plan::Planner(loaded.value()).plan(machine, selection, options);
    for (const matrix::Finding &f : outcome.findings) {
        if (f.severity != matrix::Severity::Info)
            cli.err() << matrix::severityName(f.severity) << ": " << f.message << (f.remedy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.remedy)) << '\n';
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
    for (const QString &command : outcome.rootCommands)
        cli.err() << Tr::tr("run as root first: %1").arg(command) << '\n';
    if (const QString activate = plan::activationCommand(*outcome.plan); !activate.isEmpty() && fmt != u"dockerfile")
        cli.err() << Tr::tr("once installed, activate it with: %1").arg(activate) << '\n';

    QByteArray bytes;
    if (fmt == u"bash")
        bytes = plan::exportBash(*outcome.plan);
    else if (fmt == u"dockerfile")
        bytes = docker.dockerfile;
    else
        bytes = QJsonDocument(outcome.plan->toJson()).toJson(QJsonDocument::Indented);
    if (parser.isSet(output)) {
        if (auto error = support::writeFileAtomically(parser.value(output), bytes)) {
            cli.err() << error->toText() << '\n';
            return Failed;
        }
    } else {
        cli.out() << QString::fromUtf8(bytes);
    }
    return Ok;
}

} // namespace dlstack::cli
