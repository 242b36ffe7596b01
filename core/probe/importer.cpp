// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/importer.h"

#include "core/probe/importsections.h"
#include "core/probe/osreleaseparser.h"
#include "core/probe/toolparsers.h"
#include "core/support/textutil.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

QList<ImportFormat> baseImportFormats()
{
    return {
        {QStringLiteral("os-release"), QStringLiteral("/etc/os-release"), osrelease::looksLike, osrelease::parse},
        {QStringLiteral("gcc"), QStringLiteral("gcc --version"), toolparsers::looksLikeGcc, toolparsers::parseGcc},
        {QStringLiteral("cmake"), QStringLiteral("cmake --version"), toolparsers::looksLikeCmake,
         toolparsers::parseCmake},
    };
}

Importer::Importer()
{
    // Order matters: composite formats (collect_env) come first in their area's list, and
    // specific formats before generic ones.
    m_formats = envImportFormats() + gpuImportFormats() + baseImportFormats();
}

namespace {

// Name compatibility for GPUs that two outputs of one paste list without bus ids: the same
// text, or one cut with "..." (nvidia-smi's table) being the start of the other.
bool sameGpuName(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    QString x = a.simplified().toLower(), y = b.simplified().toLower();
    if (x.endsWith(u"..."))
        x.chop(3);
    if (y.endsWith(u"..."))
        y.chop(3);
    return x.startsWith(y.trimmed()) || y.startsWith(x.trimmed());
}

void fillGpu(Gpu &into, const Gpu &from)
{
    if (into.name.isEmpty() || (into.name.endsWith(u"...") && !from.name.isEmpty() && !from.name.endsWith(u"...")))
        into.name = from.name;
    if (into.memoryMib == 0)
        into.memoryMib = from.memoryMib;
    if (into.computeCapability.isEmpty())
        into.computeCapability = from.computeCapability;
    if (into.gfxTarget.isEmpty())
        into.gfxTarget = from.gfxTarget;
    if (into.pciBusId.isEmpty())
        into.pciBusId = from.pciBusId;
    if (into.vendor.isEmpty())
        into.vendor = from.vendor;
    into.mig = into.mig || from.mig;
}

// Merges the profile of one output of a paste into the profile of the outputs before it. The
// GPUs of outputs of one machine are the same GPUs: matched by bus id where both have one,
// else by position when the names agree, so that a collect_env list and an nvidia-smi table of
// the same two GPUs give two GPUs, not four.
void mergePart(SystemProfile &into, SystemProfile part)
{
    const auto allHaveBus = [](const QList<Gpu> &gpus) {
        return std::all_of(gpus.begin(), gpus.end(), [](const Gpu &g) { return !g.pciBusId.isEmpty(); });
    };
    if (!into.gpus.isEmpty() && !part.gpus.isEmpty() && !(allHaveBus(into.gpus) && allHaveBus(part.gpus))) {
        bool compatible = true;
        for (qsizetype i = 0; i < std::min(into.gpus.size(), part.gpus.size()); ++i)
            compatible = compatible && sameGpuName(into.gpus[i].name, part.gpus[i].name);
        if (compatible) {
            for (qsizetype i = 0; i < part.gpus.size(); ++i) {
                if (i < into.gpus.size())
                    fillGpu(into.gpus[i], part.gpus[i]);
                else
                    into.gpus.append(part.gpus[i]);
            }
            part.gpus.clear();
        }
    }
    into.merge(part);
}

// What a text read as `format` always shows but this one does not: the words for the user.
// A tool's own failure message (nvidia-smi's "couldn't communicate") is already a problem.
QStringList missingFacts(const QString &format, const SystemProfile &part, const QString &text)
{
    QStringList missing;
    if (!part.problems.isEmpty())
        return missing;
    static const QStringList gpuFormats = {
        QStringLiteral("nvidia-smi"), QStringLiteral("nvidia-smi-q"),  QStringLiteral("nvidia-smi-xml"),
        QStringLiteral("rocminfo"),   QStringLiteral("rocm-smi-json"), QStringLiteral("amd-smi"),
    };
    if (gpuFormats.contains(format) && part.gpus.isEmpty())
        missing << Tr::tr("any GPU");
    if (format.startsWith(u"nvidia-smi") && format != u"nvidia-smi-csv" && !part.nvidiaDriver)
        missing << Tr::tr("the driver version");
    if (format == u"nvidia-smi-q" || format == u"nvidia-smi-xml") {
        static const QRegularExpression attached(
            QStringLiteral("(?:Attached GPUs\\s*:\\s*|<attached_gpus>)(\\d{1,4})"));
        const int count = attached.match(text).captured(1).toInt();
        if (count > part.gpus.size() && !part.gpus.isEmpty())
            missing << Tr::tr("all %1 attached GPUs (it lists %2)").arg(count).arg(part.gpus.size());
    }
    if (format == u"collect-env" && part.pythonEnvs.value(0).packages.value(QStringLiteral("torch")).isEmpty() &&
        !text.contains(QStringLiteral("PyTorch version: N/A")))
        missing << Tr::tr("the PyTorch version");
    if (format == u"nvcc" && part.cudaToolkits.isEmpty())
        missing << Tr::tr("the CUDA release");
    if (format.startsWith(u"conda-info") && part.conda.value(0).version.isEmpty())
        missing << Tr::tr("conda's version");
    return missing;
}

// Lines where a tool reported an error instead of (or beside) its output: conda's "Error
// while loading conda entry point", a compiler's "file:12:3: error:", a crash.
QList<int> errorLines(const QString &text)
{
    static const QRegularExpression error(QStringLiteral(
        "^\\s*(?:Error\\b|ERROR\\b|error:|fatal:|Traceback \\(most recent call last\\))|:\\d+:\\d+: (?:fatal )?error:|"
        "\\bAborted \\(core dumped\\)|\\bSegmentation fault\\b"));
    QList<int> lines;
    const QStringList all = support::splitLines(text);
    for (int i = 0; i < all.size() && lines.size() < 3; ++i)
        if (error.match(all.at(i).left(1000)).hasMatch())
            lines << i + 1;
    return lines;
}

QString lineRange(int first, int last)
{
    return first == last ? Tr::tr("line %1").arg(first) : Tr::tr("lines %1-%2").arg(first).arg(last);
}

} // namespace

QString Importer::recognize(const QString &text) const
{
    for (const ImportFormat &format : m_formats) {
        if (format.recognizes(text))
            return format.id;
    }
    return {};
}

QByteArray Importer::read(QIODevice &device)
{
    return device.read(kMaxInputBytes + 1);
}

Importer::Outcome Importer::import(const QByteArray &bytes, const QString &name) const
{
    Outcome outcome;
    if (support::looksBinary(bytes)) {
        outcome.profile.problems.append(
            {QStringLiteral("import"),
             Tr::tr("%1 is not text (it holds control bytes that no tool output has); nothing was read from it. "
                    "Send the output as plain text.")
                 .arg(name)});
        return outcome;
    }
    QByteArrayView kept = bytes;
    if (bytes.size() > kMaxInputBytes) {
        // Whole lines only, so that every count below covers exactly the lines before the cut.
        kept = kept.first(kMaxInputBytes);
        kept = kept.first(kept.lastIndexOf('\n') + 1);
        const int mib = int(kMaxInputBytes >> 20);
        outcome.cutNote = Tr::tr("Stopped reading %1 after %2 MiB; the counts cover the first %2 MiB "
                                 "(%3 lines). Send a shorter excerpt to have all of it read.")
                              .arg(name)
                              .arg(mib)
                              .arg(kept.count('\n'));
    }
    QString text = support::decodeToolOutput(QByteArray::fromRawData(kept.data(), kept.size()));
    if (text.contains(u'\x1b'))
        text = support::stripAnsi(text); // a copy: only when there are escapes to remove
    text = importsections::unquote(text);
    const int lineCount = static_cast<int>(text.count(u'\n') + (text.endsWith(u'\n') ? 0 : 1));

    // Each output on its own when the text holds several; the whole text as one otherwise.
    struct Found
    {
        const ImportFormat *format;
        importsections::Section section;
    };
    QList<Found> found;
    const QList<importsections::Section> sections = importsections::split(text);
    if (sections.size() > 1) {
        for (const importsections::Section &section : sections) {
            if (const ImportFormat *format = formatOf(section.text))
                found.append({format, section});
        }
    }
    if (found.size() < 2) {
        if (const ImportFormat *format = formatOf(text))
            found = {{format, importsections::Section{1, lineCount, text}}};
    }
    // A tool that was run (its command echoed) but printed an error instead of its output.
    QList<int> failedRuns; // first lines of their sections
    if (found.isEmpty()) {
        for (const importsections::Section &section : sections) {
            const QString first = support::splitLines(section.text).value(0);
            const QString tool = importsections::echoedCommand(first);
            if (tool.isEmpty() || errorLines(section.text).isEmpty())
                continue;
            // The format named after the tool itself ("rocm-smi", not "rocm-smi-json"), else the
            // first whose description starts with it.
            const ImportFormat *named = nullptr;
            for (const ImportFormat &format : m_formats)
                if (format.description.section(u' ', 0, 0) == tool && (!named || format.id == tool))
                    named = &format;
            if (named) {
                found.append({named, section});
                failedRuns << section.firstLine;
            }
        }
    }
    if (found.isEmpty()) {
        outcome.profile.problems.append(
            {QStringLiteral("import"),
             Tr::tr("%1: no part of it is in a format dlstack reads (collect_env, nvidia-smi, nvcc, rocminfo, "
                    "rocm-smi, amd-smi, conda info, os-release and the others `dlstack import --help` lists).")
                 .arg(name)});
    }
    for (const Found &f : std::as_const(found)) {
        const QString where = QStringLiteral("%1, %2 (%3)")
                                  .arg(name, lineRange(f.section.firstLine, f.section.lastLine), f.format->description);
        const bool failedRun = failedRuns.contains(f.section.firstLine);
        const SystemProfile part = failedRun ? SystemProfile{} : f.format->parse(f.section.text, where);
        const QStringList missing = failedRun ? QStringList() : missingFacts(f.format->id, part, f.section.text);
        mergePart(outcome.profile, part);
        if (!missing.isEmpty())
            outcome.profile.problems.append(
                {QStringLiteral("import"),
                 Tr::tr("%1 is read as %2 but does not show %3; the text may have been cut short.")
                     .arg(where.section(QStringLiteral(" ("), 0, 0), f.format->description,
                          missing.join(QStringLiteral(", ")))});
        outcome.parts.append({f.format->id, f.format->description, f.section.firstLine, f.section.lastLine});
    }
    // Error messages anywhere in the text, said with their line: the facts around them may be
    // what a failing tool printed before it stopped.
    const QStringList allLines = support::splitLines(text);
    for (const int line : errorLines(text))
        outcome.profile.problems.append(
            {QStringLiteral("import"), Tr::tr("%1, line %2 is an error message: %3")
                                           .arg(name)
                                           .arg(line)
                                           .arg(allLines.value(line - 1).trimmed().left(300))});
    outcome.format = outcome.parts.isEmpty() ? QString() : outcome.parts.first().format;
    if (!outcome.cutNote.isEmpty())
        outcome.profile.problems.append({QStringLiteral("import"), outcome.cutNote});
    return outcome;
}

const ImportFormat *Importer::formatOf(const QString &text) const
{
    for (const ImportFormat &format : m_formats) {
        if (format.recognizes(text))
            return &format;
    }
    return nullptr;
}

} // namespace dlstack::probe
