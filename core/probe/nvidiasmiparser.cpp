// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/nvidiasmiparser.h"

#include "core/probe/importsections.h"

#include "core/support/textutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dlstack::probe::nvidiasmi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NvidiaSmiParser)
};

QString firstCapture(const QRegularExpression &expression, const QString &text)
{
    const QRegularExpressionMatch m = expression.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "N/A", "[N/A]", "ERR!", "[Not Supported]", "Unknown Error" -> empty.
QString cleanValue(QString value)
{
    value = value.trimmed();
    if (value.startsWith(u'[') && value.endsWith(u']'))
        value = value.mid(1, value.size() - 2).trimmed();
    static const QStringList missing = {QStringLiteral("N/A"), QStringLiteral("ERR!"), QStringLiteral("Not Supported"),
                                        QStringLiteral("Unknown Error"), QStringLiteral("Insufficient Permissions")};
    for (const QString &m : missing) {
        if (value.compare(m, Qt::CaseInsensitive) == 0)
            return {};
    }
    return value;
}

// "24576 MiB", "24576" -> 24576; anything else 0.
qint64 mibValue(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,9})\\s*(MiB|MB)?$"));
    const QRegularExpressionMatch m = number.match(value.trimmed());
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool isEnabled(const QString &value)
{
    return value.trimmed().compare(u"Enabled", Qt::CaseInsensitive) == 0;
}

const QRegularExpression &busIdPattern()
{
    static const QRegularExpression bus(QStringLiteral("^([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.[0-7])"));
    return bus;
}

// Replaces typographic quotes and folds whitespace so pasted messages match.
QString normalizeMessage(const QString &text)
{
    QString s = text.left(64 * 1024);
    s.replace(QChar(0x2018), u'\'').replace(QChar(0x2019), u'\'').replace(QChar(0x00B4), u'\'');
    return s.simplified();
}

void readHeader(const QString &text, SmiReport &report)
{
    static const QRegularExpression smi(QStringLiteral("NVIDIA-SMI\\s+(\\d+(?:\\.\\d+)+)"));
    static const QRegularExpression driver(QStringLiteral("(?:Driver|KMD) Version:\\s*(\\d+(?:\\.\\d+)+)"));
    static const QRegularExpression cuda(QStringLiteral("CUDA (?:UMD )?Version:\\s*(\\d+\\.\\d+)"));
    const QString head = text.left(16 * 1024);
    report.smiVersion = firstCapture(smi, head);
    report.driverVersion = firstCapture(driver, head);
    report.cudaVersion = firstCapture(cuda, head);
    // WSL ships its own nvidia-smi; the driver is the Windows one and has another number.
    report.wsl =
        !report.smiVersion.isEmpty() && !report.driverVersion.isEmpty() && report.smiVersion != report.driverVersion;
}

// "|   0  NVIDIA A100 ...  On  |   00000000:10:1C.0 Off |   0 |" -> the cells between bars.
QStringList tableCells(const QString &line)
{
    const QString t = line.trimmed();
    if (!t.startsWith(u'|'))
        return {};
    QStringList cells = t.split(u'|');
    cells.removeFirst();
    if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
        cells.removeLast();
    return cells;
}

} // namespace

SmiError detectError(const QString &text)
{
    const QString s = normalizeMessage(text);
    if (s.contains(u"Driver/library version mismatch", Qt::CaseInsensitive))
        return SmiError::DriverLibraryMismatch;
    if (s.contains(u"couldn't communicate with the NVIDIA driver", Qt::CaseInsensitive) ||
        s.contains(u"NVIDIA-SMI has failed", Qt::CaseInsensitive) ||
        s.contains(u"NVML: Driver Not Loaded", Qt::CaseInsensitive))
        return SmiError::DriverNotLoaded;
    if (s.contains(u"No devices were found", Qt::CaseInsensitive))
        return SmiError::NoDevices;
    if (s.contains(u"is not a valid field to query", Qt::CaseInsensitive))
        return SmiError::InvalidField;
    return SmiError::None;
}

SmiReport parseTable(const QString &text)
{
    SmiReport report;
    readHeader(text, report);

    static const QRegularExpression gpuCell(
        QStringLiteral("^\\s*(\\d{1,3})\\s+(.*?)(?:\\s+(?:On|Off|N/A|WDDM|TCC))?\\s*$"));
    static const QRegularExpression memory(QStringLiteral("(\\d+)\\s*MiB\\s*/\\s*(\\d+)\\s*MiB"));
    static const QRegularExpression migRow(
        QStringLiteral("^\\s*(\\d{1,3})\\s+(?:\\d+|N/A)\\s+(?:\\d+|N/A)\\s+\\d+\\s*$"));

    enum class Section
    {
        Gpus,
        MigDevices,
        Processes
    };
    Section section = Section::Gpus;
    SmiGpu *current = nullptr;
    const QStringList lines = support::splitLines(text);
    for (const QString &line : lines) {
        if (line.contains(u"MIG devices:")) {
            section = Section::MigDevices;
            current = nullptr;
            continue;
        }
        if (line.contains(u"Processes:")) {
            section = Section::Processes;
            current = nullptr;
            continue;
        }
        const QStringList cells = tableCells(line);
        if (cells.isEmpty()) {
            if (line.trimmed().startsWith(u'+'))
                current = nullptr; // block separator
            continue;
        }
        if (section == Section::MigDevices) {
            const QRegularExpressionMatch m = migRow.match(cells.first());
            if (m.hasMatch()) {
                const int index = m.captured(1).toInt();
                for (SmiGpu &gpu : report.gpus) {
                    if (gpu.index == index)
                        gpu.mig = true;
                }
            }
            continue;
        }
        if (section != Section::Gpus || cells.size() < 2)
            continue;
        const QRegularExpressionMatch bus = busIdPattern().match(cells[1].trimmed());
        const QRegularExpressionMatch first = gpuCell.match(cells[0]);
        // An integrated GPU (Jetson's "Orin (nvgpu)") has no PCI address: its Bus-Id cell says N/A.
        const bool noBus = !bus.hasMatch() && cells[1].trimmed().startsWith(u"N/A");
        if ((bus.hasMatch() || noBus) && first.hasMatch() && !first.captured(2).trimmed().isEmpty()) {
            SmiGpu gpu;
            gpu.index = first.captured(1).toInt();
            gpu.name = first.captured(2).trimmed();
            gpu.pciBusId = noBus ? QString() : bus.captured(1);
            report.gpus.append(gpu);
            current = &report.gpus.last();
            continue;
        }
        if (!current)
            continue;
        const QRegularExpressionMatch mem = memory.match(cells[1]);
        if (mem.hasMatch() && current->memoryMib == 0)
            current->memoryMib = mem.captured(2).toLongLong();
        if (cells.size() >= 3) {
            const QString migCell = cells[2].trimmed();
            if (migCell == u"Enabled" || migCell == u"Disabled")
                current->mig = isEnabled(migCell);
        }
    }
    if (report.gpus.isEmpty())
        report.error = detectError(text);
    return report;
}

namespace {

// What a paste puts around a csv: a markdown fence, or the prompt with the command.
bool isPasteWrapper(const QString &line)
{
    // Fences, prompts, and the command echoed with or without a prompt (importsections::isBoundary).
    const QString t = line.trimmed();
    return t.startsWith(QStringLiteral("```")) || t.startsWith(QStringLiteral("~~~")) ||
           t.startsWith(QStringLiteral("$ ")) || importsections::isBoundary(line);
}

} // namespace

SmiReport parseCsv(const QString &text, const QStringList &columns)
{
    SmiReport report;
    QStringList lines = support::splitLines(text);
    lines.removeIf([](const QString &l) { return l.trimmed().isEmpty() || isPasteWrapper(l); });
    QStringList fields = columns;
    if (fields.isEmpty() && !lines.isEmpty()) {
        // "memory.total [MiB]" -> "memory.total"
        for (const QString &h : lines.takeFirst().split(u','))
            fields << h.section(u'[', 0, 0).trimmed().toLower();
    }
    const auto column = [&](const char *name) { return fields.indexOf(QLatin1String(name)); };
    const qsizetype iIndex = column("index"), iName = column("name"), iMemory = column("memory.total"),
                    iCc = column("compute_cap"), iBus = column("pci.bus_id"), iDriver = column("driver_version"),
                    iMig = column("mig.mode.current");
    for (const QString &line : lines) {
        if (detectError(line) != SmiError::None) {
            report.error = detectError(text);
            break;
        }
        QStringList values = line.split(u',');
        if (values.size() < fields.size() || fields.isEmpty())
            continue;
        // A name holding commas: fold the extra values back into it.
        while (values.size() > fields.size() && iName >= 0 && iName + 1 < values.size()) {
            values[iName] += u',' + values[iName + 1];
            values.removeAt(iName + 1);
        }
        if (values.size() != fields.size())
            continue;
        const auto value = [&](qsizetype i) { return i >= 0 ? cleanValue(values[i]) : QString(); };
        SmiGpu gpu;
        bool ok = false;
        const int index = value(iIndex).toInt(&ok);
        // A query run in a loop (-l, watch) repeats each GPU: a later sample of the same index
        // is the same GPU.
        if (ok && std::any_of(report.gpus.cbegin(), report.gpus.cend(),
                              [index](const SmiGpu &g) { return g.index == index; }))
            continue;
        gpu.index = ok ? index : static_cast<int>(report.gpus.size());
        gpu.name = value(iName);
        gpu.memoryMib = mibValue(value(iMemory));
        static const QRegularExpression cc(QStringLiteral("^\\d{1,2}\\.\\d{1,2}$"));
        if (cc.match(value(iCc)).hasMatch())
            gpu.computeCapability = value(iCc);
        if (busIdPattern().match(value(iBus)).hasMatch())
            gpu.pciBusId = value(iBus);
        gpu.mig = isEnabled(value(iMig));
        if (report.driverVersion.isEmpty())
            report.driverVersion = value(iDriver);
        report.gpus.append(gpu);
    }
    if (report.gpus.isEmpty() && report.error == SmiError::None)
        report.error = detectError(text);
    return report;
}

SmiReport parseQuery(const QString &text)
{
    SmiReport report;
    static const QRegularExpression keyValue(QStringLiteral("^(\\s*)([^:]+?)\\s*:\\s*(.*?)\\s*$"));
    static const QRegularExpression gpuHeader(
        QStringLiteral("^GPU\\s+([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.[0-7])\\s*$"));
    QString section; // "MIG Mode", "FB Memory Usage", "Driver Model" ...
    SmiGpu *current = nullptr;
    const QStringList lines = support::splitLines(text);
    for (const QString &raw : lines) {
        const QString line = support::stripAnsi(raw);
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch header = gpuHeader.match(line.trimmed());
        if (header.hasMatch() && !line.startsWith(u"    ")) {
            SmiGpu gpu;
            gpu.index = static_cast<int>(report.gpus.size());
            gpu.pciBusId = header.captured(1);
            report.gpus.append(gpu);
            current = &report.gpus.last();
            section.clear();
            continue;
        }
        const QRegularExpressionMatch kv = keyValue.match(line);
        if (!kv.hasMatch()) {
            // A section title alone on its line: "    MIG Mode"
            const int indent = static_cast<int>(line.size() - QStringView(line).trimmed().size());
            if (indent <= 4 && indent > 0)
                section = line.trimmed();
            continue;
        }
        const int indent = static_cast<int>(kv.captured(1).size());
        const QString key = kv.captured(2);
        const QString value = cleanValue(kv.captured(3));
        if (indent == 0) {
            if (key == u"Driver Version")
                report.driverVersion = value;
            else if (key == u"CUDA Version")
                report.cudaVersion = value;
            else if (key == u"Attached GPUs")
                report.attachedGpus = value.toInt();
            continue;
        }
        if (!current)
            continue;
        if (indent <= 4) {
            section.clear();
            if (key == u"Product Name")
                current->name = value;
            continue;
        }
        if (section == u"MIG Mode" && key == u"Current")
            current->mig = isEnabled(value);
        else if (section == u"FB Memory Usage" && key == u"Total")
            current->memoryMib = mibValue(value);
        else if (section == u"Driver Model" && key == u"Current" && value == u"WDDM")
            report.wsl = true;
    }
    if (report.gpus.isEmpty())
        report.error = detectError(text);
    return report;
}

bool looksLikeTable(const QString &text)
{
    const QString head = text.left(8 * 1024);
    static const QRegularExpression header(QStringLiteral("NVIDIA-SMI\\s+\\d+\\.\\d+.*(?:Driver|KMD) Version:"));
    static const QRegularExpression gpuRow(QStringLiteral("\\|\\s+GPU\\s+Name\\s"));
    return header.match(head).hasMatch() || gpuRow.match(head).hasMatch();
}

bool looksLikeCsv(const QString &text)
{
    QStringList lines = support::splitLines(text.left(4096).trimmed());
    // The echoed command names the tool, so a header of fields outside the list below (clocks,
    // power, temperatures) still reads as nvidia-smi's.
    static const QRegularExpression queryCommand(QStringLiteral("\\bnvidia-smi\\b.*--query-gpu[= ]"));
    const bool echoedQuery = std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        return isPasteWrapper(l) && queryCommand.match(l).hasMatch();
    });
    lines.removeIf([](const QString &l) { return l.trimmed().isEmpty() || isPasteWrapper(l); });
    const QString first = lines.value(0);
    // Field names of R590+ have capitals and digits: "vgpu_driver_capability.heterogenous_multivGPU".
    static const QRegularExpression field(
        QStringLiteral("^[a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*(?: \\[[A-Za-z%/]+\\])?$"));
    static const QStringList known = {QStringLiteral("index"),
                                      QStringLiteral("name"),
                                      QStringLiteral("memory.total"),
                                      QStringLiteral("compute_cap"),
                                      QStringLiteral("pci.bus_id"),
                                      QStringLiteral("driver_version"),
                                      QStringLiteral("mig.mode.current"),
                                      QStringLiteral("uuid")};
    bool anyKnown = false;
    const QStringList headers = first.split(u',');
    for (const QString &h : headers) {
        const QString t = h.trimmed();
        if (!field.match(t).hasMatch())
            return false;
        anyKnown = anyKnown || known.contains(t.section(u' ', 0, 0));
    }
    return anyKnown || echoedQuery;
}

bool looksLikeQuery(const QString &text)
{
    const QString head = text.left(8 * 1024);
    if (head.contains(u"==============NVSMI LOG=============="))
        return true;
    static const QRegularExpression driver(QStringLiteral("(?:^|\\n)Driver Version\\s+:\\s"));
    static const QRegularExpression attached(QStringLiteral("(?:^|\\n)Attached GPUs\\s+:\\s"));
    return driver.match(head).hasMatch() && attached.match(head).hasMatch();
}

bool looksLikeError(const QString &text)
{
    const SmiError e = detectError(text.left(4096));
    return e != SmiError::None && e != SmiError::InvalidField && text.size() < 4096;
}

QString errorMessage(SmiError error)
{
    switch (error) {
    case SmiError::None:
        return {};
    case SmiError::DriverNotLoaded:
        return Tr::tr("nvidia-smi cannot talk to the NVIDIA driver: the kernel module is not loaded. "
                      "Install the NVIDIA driver (or reinstall it for the running kernel) and reboot; "
                      "inside a container, start it with the NVIDIA container runtime (--gpus all).");
    case SmiError::NoDevices:
        return Tr::tr("nvidia-smi found no NVIDIA GPU. The driver is loaded but did not take the card: "
                      "check `sudo dmesg | grep -i nvrm` (a driver too old for the GPU, or an open-module "
                      "requirement) and install a driver that supports this GPU.");
    case SmiError::DriverLibraryMismatch:
        return Tr::tr("The NVIDIA driver was updated but the old kernel module is still loaded "
                      "(driver/library version mismatch). Reboot to load the new driver.");
    case SmiError::InvalidField:
        return Tr::tr("This nvidia-smi is too old to report some fields (such as the compute capability).");
    }
    return {};
}

SystemProfile toProfile(const SmiReport &report, const QString &source)
{
    SystemProfile profile;
    for (const SmiGpu &g : report.gpus) {
        Gpu gpu;
        gpu.vendor = QStringLiteral("nvidia");
        gpu.name = g.name;
        gpu.memoryMib = g.memoryMib;
        gpu.computeCapability = g.computeCapability;
        gpu.pciBusId = g.pciBusId;
        gpu.mig = g.mig;
        gpu.source = source;
        profile.gpus.append(gpu);
    }
    if (!report.driverVersion.isEmpty()) {
        NvidiaDriver driver;
        driver.version = report.driverVersion;
        driver.cudaVersion = report.cudaVersion;
        driver.source = source;
        profile.nvidiaDriver = driver;
    }
    profile.host.wsl = report.wsl;
    if (report.error != SmiError::None)
        profile.problems.append({QStringLiteral("nvidia"), errorMessage(report.error)});
    return profile;
}

} // namespace dlstack::probe::nvidiasmi
