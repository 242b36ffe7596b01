// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/selectionoptions.h"

#include "core/matrix/matrixbundle.h"
#include "core/probe/importer.h"
#include "core/probe/probecontext.h"
#include "core/probe/profilebuilder.h"
#include "core/probe/versioncache.h"
#include "core/support/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SelectionOptions)
};

QStringList splitList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,; ]+")), Qt::SkipEmptyParts);
}

support::Error badOption(const QString &summary, const QString &remedy = {})
{
    return support::Error{summary, {}, remedy};
}

void add(QCommandLineParser &parser, const char *name, const QString &help, const char *valueName = nullptr)
{
    parser.addOption(valueName ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName))
                               : QCommandLineOption(QString::fromLatin1(name), help));
}

QString value(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

} // namespace

void addMachineOptions(QCommandLineParser &parser)
{
    add(parser, "profile", Tr::tr("Use the machine of this profile (written by `dlstack detect --json`)."), "FILE");
    add(parser, "import", Tr::tr("Build the profile from pasted tool output (repeatable)."), "FILE");
}

std::optional<probe::SystemProfile> profileFromOptions(const QCommandLineParser &parser, CliContext &cli)
{
    const QString profileFile = value(parser, "profile");
    const QStringList imports = parser.values(QStringLiteral("import"));
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
        profile.finalize(matrix::effectiveDetectionTables());
        return profile;
    }
    const support::ProcessRunner processRunner;
    const probe::VersionCachingRunner runner(&processRunner, probe::VersionCachingRunner::defaultCacheFile());
    return probe::ProfileBuilder(matrix::effectiveDetectionTables()).detect(probe::ProbeContext::forHost(&runner));
}

void addSelectionOptions(QCommandLineParser &parser)
{
    add(parser, "torch", Tr::tr("PyTorch version (required; see `dlstack matrix`)."), "V");
    add(parser, "cuda", Tr::tr("CUDA version of the build, e.g. 12.4."), "X.Y");
    add(parser, "rocm", Tr::tr("ROCm version of the build, e.g. 6.1."), "X.Y");
    add(parser, "xpu", Tr::tr("PyTorch's XPU wheels for Intel GPUs (Arc, Data Center GPU Max)."));
    add(parser, "cpu", Tr::tr("A CPU-only build."));
    add(parser, "python", Tr::tr("Python version of the environment, e.g. 3.11."), "V");
    add(parser, "route", Tr::tr("prebuilt (wheels, the default) or source."), "ROUTE");
    add(parser, "env", Tr::tr("new-venv (default), new-conda or the path of an existing environment."), "ENV");
    add(parser, "extras",
        Tr::tr("Added to torchvision and torchaudio (installed by default): apex, tensorrt, torchtext (torch 2.3 "
               "and older), opencv (wheel), opencv-cuda (built with CUDA), test-nn (runs PyTorch's test/test_nn.py; "
               "--route source), or torchvision==V / torchaudio==V; comma separated."),
        "LIST");
    add(parser, "no-companions",
        Tr::tr("torch alone, without the torchvision and torchaudio paired with it (installed by default)."));
    add(parser, "arch-list", Tr::tr("TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH instead of the detected GPUs."), "LIST");
    add(parser, "max-jobs", Tr::tr("Parallel compile jobs."), "N");
    // The wizard's "Compiler cache"; --launcher is CMake's word for it. Both names work.
    parser.addOption(QCommandLineOption({QStringLiteral("launcher"), QStringLiteral("compiler-cache")},
                                        Tr::tr("Compiler cache: ccache, sccache or distcc."), QStringLiteral("TOOL")));
    add(parser, "toolkit-from",
        Tr::tr("Where a missing CUDA toolkit comes from: runfile or conda (default: conda in a conda environment on "
               "CUDA 12 and newer)."),
        "SOURCE");
    add(parser, "distcc-hosts", Tr::tr("DISTCC_HOSTS for --launcher distcc (\"10.0.0.5/16 10.0.0.6/16\")."), "HOSTS");
    add(parser, "develop",
        Tr::tr("With --route source: install torch editable from its source tree (pip install -e ., as `python "
               "setup.py develop`), so that `dlstack rebuild PREFIX` rebuilds only what an edit changed."));
    add(parser, "selection",
        Tr::tr("Read the whole selection from this file (selection.json of an Ansible export) instead of the "
               "options above."),
        "FILE");
}

namespace {

// --selection FILE: a Selection's JSON, validated against the matrix like the options.
support::Result<matrix::Selection> selectionFromFile(const QCommandLineParser &parser, const matrix::Matrix &matrix)
{
    for (const char *other : {"torch", "cuda", "rocm", "xpu", "cpu", "python", "route", "env", "extras", "arch-list",
                              "max-jobs", "launcher", "toolkit-from", "distcc-hosts", "develop"}) {
        if (isSet(parser, other))
            return badOption(Tr::tr("--selection and --%1 contradict each other.").arg(QLatin1String(other)),
                             Tr::tr("Name the selection either in a file or with options."));
    }
    const QString name = value(parser, "selection");
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        return badOption(Tr::tr("%1: cannot be read: %2").arg(name, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return badOption(Tr::tr("%1 is not a selection: %2").arg(name, parseError.errorString()),
                         Tr::tr("Use the selection.json that `dlstack plan --format ansible` wrote."));
    auto selection = matrix::Selection::fromJson(doc.object());
    if (!selection)
        return support::Error{Tr::tr("%1 is not a selection: %2").arg(name, selection.error().summary),
                              selection.error().details, selection.error().remedy};
    if (auto error = selection.value().validate(matrix))
        return *error;
    return selection;
}

} // namespace

support::Result<matrix::Selection> selectionFromOptions(const QCommandLineParser &parser, const matrix::Matrix &matrix,
                                                        QString *note)
{
    if (isSet(parser, "selection"))
        return selectionFromFile(parser, matrix);
    const int backends =
        int(isSet(parser, "cuda")) + int(isSet(parser, "rocm")) + int(isSet(parser, "xpu")) + int(isSet(parser, "cpu"));
    if (backends > 1)
        return badOption(Tr::tr("--cuda, --rocm, --xpu and --cpu contradict each other."),
                         Tr::tr("Give exactly one of them."));
    if (!isSet(parser, "torch"))
        return badOption(Tr::tr("No PyTorch version was named."),
                         Tr::tr("Name one with --torch (see `dlstack matrix`)."));

    matrix::Selection s;
    s.torch = value(parser, "torch");
    if (const matrix::TorchRelease *r = matrix.release(s.torch))
        s.torch = r->version; // "2.4" -> the newest 2.4.x
    if (isSet(parser, "cpu")) {
        s.backend = matrix::Backend::Cpu;
    } else if (isSet(parser, "xpu")) {
        s.backend = matrix::Backend::Xpu;
    } else if (isSet(parser, "rocm")) {
        s.backend = matrix::Backend::Rocm;
        s.rocm = value(parser, "rocm");
    } else if (isSet(parser, "cuda")) {
        s.cuda = value(parser, "cuda");
        if (const matrix::CudaRelease *cuda = matrix.cuda(s.cuda))
            s.cuda = cuda->version; // "12.4.1" -> 12.4
    } else if (const matrix::TorchRelease *r = matrix.release(s.torch)) {
        // No backend named: the variant plain `pip install torch` gets.
        if (const matrix::TorchVariant *v = r->defaultVariant()) {
            s.backend = v->backend;
            (v->backend == matrix::Backend::Rocm ? s.rocm : s.cuda) = v->version;
            if (note)
                *note = Tr::tr("No backend given: the default %1 wheels of torch %2.").arg(v->id, r->version);
        }
    }
    s.python = value(parser, "python");
    if (isSet(parser, "route")) {
        const auto route = matrix::routeFromName(value(parser, "route"));
        if (!route)
            return badOption(Tr::tr("Unknown --route %1.").arg(value(parser, "route")),
                             Tr::tr("Use prebuilt or source."));
        s.route = *route;
    }
    const QString env = isSet(parser, "env") ? value(parser, "env") : QStringLiteral("new-venv");
    if (env == u"new-venv" || env == u"new-conda") {
        s.envKind = *matrix::envKindFromName(env);
    } else {
        s.envKind = matrix::EnvKind::Existing;
        s.envPath = QDir::cleanPath(QDir(env).absolutePath());
    }
    s.extras = splitList(value(parser, "extras"));
    // As PyTorch's own selector: torchvision and torchaudio at the versions paired with the
    // release come along unless --no-companions; --extras adds to them.
    if (const matrix::TorchRelease *r = matrix.release(s.torch); r && !isSet(parser, "no-companions")) {
        QStringList companions;
        for (const auto &[name, paired] : {std::pair{QStringLiteral("torchvision"), r->torchvision},
                                           std::pair{QStringLiteral("torchaudio"), r->torchaudio}}) {
            const bool named = std::any_of(s.extras.cbegin(), s.extras.cend(), [&](const QString &e) {
                return e == name || e.startsWith(name + QStringLiteral("=="));
            });
            if (!paired.isEmpty() && !named)
                companions << name;
        }
        s.extras = companions + s.extras;
    }
    s.archList = splitList(value(parser, "arch-list"));
    if (isSet(parser, "max-jobs")) {
        bool ok = false;
        s.maxJobs = value(parser, "max-jobs").toInt(&ok);
        if (!ok || s.maxJobs < 1)
            return badOption(Tr::tr("--max-jobs needs a positive number, not \"%1\".").arg(value(parser, "max-jobs")));
    }
    if (const auto launcher = matrix::launcherFromName(value(parser, "launcher")))
        s.launcher = *launcher;
    else
        return badOption(Tr::tr("Unknown --launcher %1.").arg(value(parser, "launcher")),
                         Tr::tr("Use ccache, sccache or distcc."));
    s.distccHosts = value(parser, "distcc-hosts").simplified();
    s.develop = isSet(parser, "develop");
    if (const auto from = matrix::toolkitSourceFromName(value(parser, "toolkit-from")))
        s.toolkitFrom = *from;
    else
        return badOption(Tr::tr("Unknown --toolkit-from %1.").arg(value(parser, "toolkit-from")),
                         Tr::tr("Use runfile or conda."));
    if (auto error = s.validate(matrix))
        return *error;
    return s;
}

} // namespace dlstack::cli
