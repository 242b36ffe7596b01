// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/matrixcommand.h"

#include "core/matrix/matrix.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
        QString line = QStringLiteral("    %1%2").arg(v.id, -10).arg(v.isDefault ? QStringLiteral("* ") : QStringLiteral("  "));
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
               .arg(r.cmakeMin, r.cmakeMaxExclusive.isEmpty() ? QString() : QStringLiteral(" and < ") + r.cmakeMaxExclusive)
        << '\n';
    if (!r.unverifiedFields.isEmpty())
        out << QStringLiteral("    ") << Tr::tr("not confirmed: %1").arg(r.unverifiedFields.join(QStringLiteral(", "))) << '\n';
}

} // namespace

int runMatrix(const QStringList &args, CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the tested PyTorch releases with their CUDA/ROCm/CPU wheels, "
                                            "Python range, companions and source-build requirements. * marks the "
                                            "variant plain `pip install torch` gets."));
    parser.addHelpOption();
    const QCommandLineOption torch(QStringLiteral("torch"), Tr::tr("Only this release (\"2.4\" means the newest 2.4.x)."),
                                   QStringLiteral("V"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the records as JSON (docs/matrix-format.md)."));
    parser.addOptions({torch, json});
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
    const auto &loaded = matrix::Matrix::builtin();
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
                             .arg(parser.value(torch), m.releases().constFirst().version, m.releases().constLast().version)
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
