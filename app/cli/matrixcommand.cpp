// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/matrixcommand.h"

#include "core/matrix/matrix.h"
#include "core/matrix/matrixbundle.h"
#include "core/net/downloader.h"
#include "core/support/sha256.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MatrixCommand)
};

void printRelease(const matrix::TorchRelease &r, QTextStream &out)
{
    out << QStringLiteral("torch %1  (%2)  torchvision %3  torchaudio %4")
               .arg(r.version, r.date, r.torchvision, r.torchaudio);
    if (!r.torchtext.isEmpty())
        out << QStringLiteral("  torchtext ") << r.torchtext;
    out << '\n';
    QString python = QStringLiteral("%1-%2").arg(r.pythonMin, r.pythonMax);
    if (!r.pythonExperimental.isEmpty())
        python += Tr::tr(" (experimental: %1)").arg(r.pythonExperimental.join(QStringLiteral(", ")));
    out << QStringLiteral("    ") << Tr::tr("Python %1").arg(python) << '\n';
    for (const matrix::TorchVariant &v : r.variants) {
        QString line =
            QStringLiteral("    %1%2").arg(v.id, -10).arg(v.isDefault ? QStringLiteral("* ") : QStringLiteral("  "));
        if (!v.archList.isEmpty())
            line += Tr::tr("arch %1").arg(v.archList.join(u' '));
        else if (v.gfxKnown)
            line += Tr::tr("gfx %1").arg(v.gfx.join(u' '));
        out << line.trimmed().prepend(QStringLiteral("    ")) << '\n';
    }
    out << QStringLiteral("    ")
        << Tr::tr("source build: gcc >= %1, C++%2, CMake >= %3%4")
               .arg(r.gccMin.isEmpty() ? Tr::tr("(no minimum)") : r.gccMin)
               .arg(r.cxxStd)
               .arg(r.cmakeMin,
                    r.cmakeMaxExclusive.isEmpty() ? QString() : QStringLiteral(" and < ") + r.cmakeMaxExclusive)
        << '\n';
    if (!r.unverifiedFields.isEmpty())
        out << QStringLiteral("    ") << Tr::tr("not confirmed: %1").arg(r.unverifiedFields.join(QStringLiteral(", ")))
            << '\n';
}

// The bundle's bytes from a file or over core/net (http://, https://, file://).
support::Result<QByteArray> readBundle(const QString &where, const QString &pinnedSha256)
{
    if (!where.contains(QStringLiteral("://"))) {
        QFile file(where);
        if (!file.open(QIODevice::ReadOnly))
            return support::Error{Tr::tr("Cannot read the matrix bundle %1: %2").arg(where, file.errorString()),
                                  {},
                                  Tr::tr("The version data in use is unchanged.")};
        return file.readAll();
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return support::Error{Tr::tr("Cannot create a temporary directory: %1").arg(dir.errorString()), {}, {}};
    net::DownloadRequest request;
    request.sources = {QUrl(where)};
    request.partPath = dir.filePath(QStringLiteral("matrix-bundle.json.part"));
    request.sha256 = pinnedSha256.toLower();
    request.attempts = 3;
    const auto fetched = net::Downloader().fetch(request, {}, nullptr);
    if (!fetched) {
        support::Error e = fetched.error();
        e.remedy = Tr::tr("The version data in use is unchanged.") + (e.remedy.isEmpty() ? QString() : u' ' + e.remedy);
        return e;
    }
    QFile file(request.partPath);
    if (!file.open(QIODevice::ReadOnly))
        return support::Error{
            Tr::tr("Cannot read the downloaded bundle %1: %2").arg(file.fileName(), file.errorString()), {}, {}};
    return file.readAll();
}

int runMatrixUpdate(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Installs a newer version matrix bundle (docs/matrix-format.md) from a file or a URL, after checking "
               "it completely; commands then use the newer of the built-in and the installed data. "
               "--revert goes back one step: to the bundle installed before, or to the built-in data."));
    parser.addHelpOption();
    const QCommandLineOption sha256(QStringLiteral("sha256"), Tr::tr("Refuse the bundle unless its sha256 is HEX."),
                                    QStringLiteral("HEX"));
    // --remove: the name of earlier releases.
    const QCommandLineOption remove(
        {QStringLiteral("revert"), QStringLiteral("remove")},
        Tr::tr("Go back one step: to the bundle installed before, else to the built-in data."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the data now in use as JSON."));
    parser.addOptions({sha256, remove, json});
    parser.addPositionalArgument(QStringLiteral("FILE|URL"),
                                 Tr::tr("The bundle: a path, or an http(s):// or file:// URL."));
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("matrix update"));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const auto report = [&](const matrix::MatrixSource &source, const QString &what) {
        if (parser.isSet(json))
            cli.out() << QJsonDocument(source.toJson()).toJson(QJsonDocument::Indented);
        else
            cli.out() << what << '\n';
    };
    if (parser.isSet(remove)) {
        if (!positional.isEmpty() || parser.isSet(sha256)) {
            cli.err() << Tr::tr("matrix update --revert takes no bundle and no --sha256.") << '\n';
            return BadInput;
        }
        const auto reverted = matrix::MatrixBundle::revert();
        if (!reverted) {
            cli.err() << reverted.error().toText() << '\n';
            return Failed;
        }
        const matrix::MatrixSource &now = reverted.value().now;
        QString what;
        if (!reverted.value().changed)
            what = Tr::tr("No bundle was installed; using %1.");
        else if (now.origin == matrix::MatrixOrigin::Installed)
            what = Tr::tr("Went back to the bundle installed before; now using %1.");
        else
            what = Tr::tr("Removed the installed bundle; now using %1.");
        report(now, what.arg(now.describe()));
        return Ok;
    }
    if (positional.size() != 1) {
        cli.err() << Tr::tr("matrix update takes one bundle (a file or a URL), or --revert.") << '\n';
        return BadInput;
    }
    const QString pinned = parser.value(sha256);
    if (!pinned.isEmpty() && !support::Sha256::isHex(pinned.toLower())) {
        cli.err() << Tr::tr("--sha256 takes 64 hex digits.") << '\n';
        return BadInput;
    }
    const auto bytes = readBundle(positional.first(), pinned);
    if (!bytes) {
        cli.err() << bytes.error().toText() << '\n';
        return Failed;
    }
    const auto installed = matrix::MatrixBundle::install(bytes.value(), pinned);
    if (!installed) {
        cli.err() << installed.error().toText() << '\n';
        return Failed;
    }
    report(installed.value(), Tr::tr("Installed; now using %1.").arg(installed.value().describe()));
    return Ok;
}

} // namespace

int runMatrix(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the tested PyTorch releases with their CUDA/ROCm/CPU wheels, "
                                            "Python range, companions and source-build requirements. * marks the "
                                            "variant plain `pip install torch` gets."));
    parser.addHelpOption();
    const QCommandLineOption torch(QStringLiteral("torch"),
                                   Tr::tr("Only this release (\"2.4\" means the newest 2.4.x)."), QStringLiteral("V"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the records as JSON (docs/matrix-format.md)."));
    const QCommandLineOption source(QStringLiteral("source"),
                                    Tr::tr("Say which data is in use: the built-in data or an installed bundle."));
    parser.addOptions({torch, json, source});
    parser.addPositionalArgument(QStringLiteral("update"),
                                 Tr::tr("`dlstack matrix update --help`: install a newer bundle."));
    if (args.value(1) == u"update")
        return runMatrixUpdate(args.mid(1), cli);
    if (!parser.parse(args)) {
        cli.err() << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out() << verbHelp(parser, QStringLiteral("matrix"));
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.err() << Tr::tr("matrix takes no arguments; use --torch V.") << '\n';
        return BadInput;
    }
    if (parser.isSet(source)) {
        const matrix::MatrixSource &inUse = matrix::effectiveSource();
        if (parser.isSet(json))
            cli.out() << QJsonDocument(inUse.toJson()).toJson(QJsonDocument::Indented);
        else
            cli.out() << Tr::tr("Version data in use: %1").arg(inUse.describe()) << '\n';
        return Ok;
    }
    const auto &loaded = matrix::loadEffective();
    if (!loaded) {
        cli.err() << loaded.error().toText() << '\n';
        return BadInput;
    }
    const matrix::Matrix &m = loaded.value();
    QList<const matrix::TorchRelease *> releases;
    if (parser.isSet(torch)) {
        const matrix::TorchRelease *r = m.release(parser.value(torch));
        if (!r) {
            cli.err() << Tr::tr("PyTorch %1 is not in the tested matrix (%2 to %3).")
                             .arg(parser.value(torch), m.releases().constFirst().version,
                                  m.releases().constLast().version)
                      << '\n';
            return BadInput;
        }
        releases << r;
    } else {
        for (const matrix::TorchRelease &r : m.releases())
            releases << &r;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const matrix::TorchRelease *r : releases)
            list.append(r->raw);
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("releases"), list}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const matrix::TorchRelease *r : releases)
        printRelease(*r, cli.out());
    return Ok;
}

} // namespace dlstack::cli
