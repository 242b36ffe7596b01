// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/amdsmiparsers.h"

#include "core/support/textutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace dlstack::probe::amdsmi {

namespace {

// rocm-smi prints PCI ids where it has no name ("Card series": "0x1002").
QString nameOrEmpty(const QString &value)
{
    const QString v = value.trimmed();
    static const QRegularExpression id(QStringLiteral("^(0x[0-9A-Fa-f]+|N/A)$"));
    return id.match(v).hasMatch() ? QString() : v;
}

QString gfxOrEmpty(const QString &value)
{
    static const QRegularExpression gfx(QStringLiteral("^gfx[0-9a-f]{3,5}$"));
    const QString v = value.trimmed().toLower();
    return gfx.match(v).hasMatch() ? v : QString();
}

QString rocmVersionLine(const QString &text)
{
    static const QRegularExpression rocm(QStringLiteral("ROCm version:\\s*(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = rocm.match(text.left(64 * 1024));
    return m.hasMatch() ? m.captured(1) : QString();
}

// The JSON object of a text that may have a prompt or a fence around it.
QJsonObject jsonObject(const QString &text)
{
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open < 0 || close <= open)
        return {};
    return QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8()).object();
}

} // namespace

bool looksLikeRocmSmiJson(const QString &text)
{
    static const QRegularExpression card(QStringLiteral("\"card\\d+\"\\s*:\\s*\\{"));
    const QString head = text.left(8 * 1024);
    return card.match(head).hasMatch() &&
           (head.contains(u"\"PCI Bus\"") || head.contains(u"\"Card series\"", Qt::CaseInsensitive) ||
            head.contains(u"\"GPU ID\"") || head.contains(u"\"Device Name\"") || head.contains(u"\"VRAM Total"));
}

AmdReport parseRocmSmiJson(const QString &text)
{
    AmdReport report;
    const QJsonObject root = jsonObject(text);
    static const QRegularExpression cardKey(QStringLiteral("^card(\\d+)$"));
    QMap<int, QJsonObject> cards; // by number: card10 after card9
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QRegularExpressionMatch m = cardKey.match(it.key());
        if (m.hasMatch() && it->isObject())
            cards.insert(m.captured(1).toInt(), it->toObject());
    }
    if (cards.isEmpty()) {
        // A paste cut before the JSON closes is no document, but its cards' "key": "value"
        // lines still say what they say.
        static const QRegularExpression open(QStringLiteral(R"re(^\s*"card(\d+)"\s*:\s*\{)re"));
        static const QRegularExpression pair(QStringLiteral(R"re(^\s*"([^"]+)"\s*:\s*"([^"]*)"\s*,?\s*$)re"));
        int card = -1;
        for (const QString &line : support::splitLines(text.left(4 * 1024 * 1024))) {
            if (const QRegularExpressionMatch m = open.match(line); m.hasMatch()) {
                card = m.captured(1).toInt();
                cards.insert(card, QJsonObject());
            } else if (const QRegularExpressionMatch f = pair.match(line); f.hasMatch() && card >= 0) {
                cards[card].insert(f.captured(1), f.captured(2));
            }
        }
    }
    for (const QJsonObject &card : std::as_const(cards)) {
        QMap<QString, QString> fields; // keys folded: "Card Series" and "Card series" both appear
        for (auto f = card.begin(); f != card.end(); ++f)
            fields.insert(f.key().toLower(), f->toString());
        AmdGpu gpu;
        gpu.name = nameOrEmpty(fields.value(QStringLiteral("device name")));
        if (gpu.name.isEmpty())
            gpu.name = nameOrEmpty(fields.value(QStringLiteral("card series")));
        const qint64 bytes = fields.value(QStringLiteral("vram total memory (b)")).toLongLong();
        const qint64 mib = fields.value(QStringLiteral("vram total memory (mib)")).toLongLong(); // Hygon DCU builds
        gpu.memoryMib =
            bytes > 0 && bytes < (qint64(1) << 50) ? bytes >> 20 : (mib > 0 && mib < (qint64(1) << 30) ? mib : 0);
        gpu.pciBusId = fields.value(QStringLiteral("pci bus"));
        gpu.gfxTarget = gfxOrEmpty(fields.value(QStringLiteral("gfx version")));
        report.gpus.append(gpu);
    }
    return report;
}

bool looksLikeAmdSmiStatic(const QString &text)
{
    // amd-smi's per-GPU blocks: "GPU: 0" and then an indented section ("ASIC:" of `static`,
    // "MEMORY_PARTITION:" of `partition`, "USAGE:" of `metric`).
    static const QRegularExpression block(QStringLiteral("(?:^|\\n)GPU: \\d+\\s*\\n\\s+[A-Z][A-Z_]*:\\s*\\n"));
    return block.match(text.left(16 * 1024)).hasMatch();
}

bool looksLikeAmdSmiTable(const QString &text)
{
    // amd-smi without arguments (26.x): a boxed table under "AMD-SMI <version> ... ROCm version:".
    static const QRegularExpression banner(QStringLiteral("\\|\\s*AMD-SMI \\S+.*ROCm version:"));
    static const QRegularExpression header(QStringLiteral("\\|\\s*BDF\\s+GPU-Name\\s*\\|"));
    const QString head = text.left(16 * 1024);
    return banner.match(head).hasMatch() && header.match(head).hasMatch();
}

AmdReport parseAmdSmiTable(const QString &text)
{
    AmdReport report;
    report.rocmVersion = rocmVersionLine(text);
    // "| 0000:63:00.0 AMD Radeon RX 7900 XTX | 0 %  29 °C ..." opens each GPU's two rows. Its
    // memory ("27/24560 MB" on the second row) is left out: the unit is not said to be MiB.
    static const QRegularExpression row(
        QStringLiteral("^\\|\\s*([0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s+(\\S.*?)\\s*\\|"));
    for (const QString &line : support::splitLines(text.left(2 * 1024 * 1024))) {
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        AmdGpu gpu;
        gpu.pciBusId = m.captured(1).toLower();
        gpu.name = m.captured(2);
        report.gpus.append(gpu);
    }
    return report;
}

bool looksLikeAmdSmiVersion(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("AMDSMI Tool:\\s*\\S+\\s*\\|\\s*AMDSMI Library version:"));
    return line.match(text.left(16 * 1024)).hasMatch();
}

AmdReport parseAmdSmiVersion(const QString &text)
{
    AmdReport report;
    report.rocmVersion = rocmVersionLine(text);
    return report;
}

AmdReport parseAmdSmiStatic(const QString &text)
{
    AmdReport report;
    report.rocmVersion = rocmVersionLine(text);
    // "GPU: N" may come more than once (`amd-smi list`, then `static`): one GPU per index. A
    // block of another device ("AI_NIC: 0") ends the GPU's.
    static const QRegularExpression gpuLine(QStringLiteral("^GPU: (\\d+)\\s*$"));
    static const QRegularExpression otherDevice(QStringLiteral("^[A-Z][A-Z_]*: \\d+\\s*$"));
    static const QRegularExpression field(QStringLiteral("^\\s+([A-Z_]+):\\s*(.*?)\\s*$"));
    QMap<int, AmdGpu> gpus;
    AmdGpu *gpu = nullptr;
    const auto fill = [](QString &into, const QString &value) {
        if (into.isEmpty())
            into = value;
    };
    for (const QString &line : support::splitLines(text)) {
        if (const QRegularExpressionMatch g = gpuLine.match(line); g.hasMatch()) {
            gpu = &gpus[g.captured(1).toInt()];
            continue;
        }
        if (otherDevice.match(line).hasMatch()) {
            gpu = nullptr;
            continue;
        }
        const QRegularExpressionMatch m = field.match(line);
        if (!gpu || !m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const QString value = m.captured(2);
        if (key == u"MARKET_NAME")
            fill(gpu->name, nameOrEmpty(value));
        else if (key == u"TARGET_GRAPHICS_VERSION")
            fill(gpu->gfxTarget, gfxOrEmpty(value));
        else if (key == u"BDF")
            fill(gpu->pciBusId, value);
        else if (key == u"SIZE" && gpu->memoryMib == 0) {
            static const QRegularExpression mb(QStringLiteral("^(\\d{1,9})\\s*MB$"));
            const QRegularExpressionMatch size = mb.match(value);
            gpu->memoryMib = size.hasMatch() ? size.captured(1).toLongLong() : 0;
        }
    }
    report.gpus = gpus.values();
    return report;
}

bool looksLikeRocmSmiKeyValue(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("(?:^|\\n)GPU\\[\\d+\\]\\s*:\\s"));
    const QString head = text.left(16 * 1024);
    return line.match(head).hasMatch() && head.contains(u"ROCm System Management Interface");
}

AmdReport parseRocmSmiKeyValue(const QString &text)
{
    AmdReport report;
    report.rocmVersion = rocmVersionLine(text);
    static const QRegularExpression line(QStringLiteral("^GPU\\[(\\d+)\\]\\s*:\\s*([^:]+?)\\s*:\\s*(.*?)\\s*$"));
    QMap<int, AmdGpu> gpus;
    for (const QString &l : support::splitLines(text)) {
        const QRegularExpressionMatch m = line.match(l);
        if (!m.hasMatch())
            continue;
        AmdGpu &gpu = gpus[m.captured(1).toInt()];
        const QString key = m.captured(2).toLower();
        if (key == u"device name" || key == u"card series" || key == u"card model")
            gpu.name = gpu.name.isEmpty() ? nameOrEmpty(m.captured(3)) : gpu.name;
        else if (key == u"gfx version")
            gpu.gfxTarget = gfxOrEmpty(m.captured(3));
        else if (key == u"pci bus")
            gpu.pciBusId = m.captured(3);
    }
    report.gpus = gpus.values();
    return report;
}

SystemProfile toProfile(const AmdReport &report, const QString &source)
{
    SystemProfile profile;
    for (const AmdGpu &g : report.gpus) {
        Gpu gpu;
        gpu.vendor = QStringLiteral("amd");
        gpu.name = g.name;
        gpu.memoryMib = g.memoryMib;
        gpu.pciBusId = g.pciBusId;
        gpu.gfxTarget = g.gfxTarget;
        gpu.source = source;
        profile.gpus.append(gpu);
    }
    if (!report.rocmVersion.isEmpty()) {
        Rocm rocm;
        rocm.version = report.rocmVersion;
        rocm.source = source + QStringLiteral(": ROCm version");
        profile.rocm = rocm;
    }
    return profile;
}

} // namespace dlstack::probe::amdsmi
