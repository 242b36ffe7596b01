// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/rocmparsers.h"

#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::rocmparsers {

namespace {

// "  Name:                    gfx90a   " -> {"Name", "gfx90a"}, with the indent.
struct Field
{
    int indent = 0;
    QString key;
    QString value;
};

std::optional<Field> field(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^(\\s*)([A-Za-z][^:]{0,60}):\\s*(.*?)\\s*$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return Field{static_cast<int>(m.captured(1).size()), m.captured(2).trimmed(), m.captured(3)};
}

qint64 leadingNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,12})"));
    const QRegularExpressionMatch m = number.match(value.trimmed());
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

QString gfxTargetFromVersion(qint64 version)
{
    if (version <= 0 || version > 999999)
        return {};
    const qint64 major = version / 10000;
    const qint64 minor = (version / 100) % 100;
    const qint64 stepping = version % 100;
    if (major <= 0 || minor > 15 || stepping > 15)
        return {};
    return QStringLiteral("gfx%1%2%3").arg(major).arg(minor, 0, 16).arg(stepping, 0, 16);
}

QString gfxTargetFromIsa(const QString &isa)
{
    static const QRegularExpression gfx(QStringLiteral("(gfx[0-9a-fA-F]{3,4})(?![0-9a-fA-F])"));
    const QRegularExpressionMatch m = gfx.match(isa);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString busIdFromLocation(qint64 location, qint64 domain)
{
    if (location <= 0 || location > 0xffff || domain < 0 || domain > 0xffff)
        return {};
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QChar(u'0'))
        .arg((location >> 8) & 0xff, 2, 16, QChar(u'0'))
        .arg((location >> 3) & 0x1f, 2, 16, QChar(u'0'))
        .arg(location & 0x7);
}

QList<RocmAgent> parseRocminfo(const QString &text)
{
    QList<RocmAgent> agents;
    RocmAgent *current = nullptr;
    static const QRegularExpression agentTitle(QStringLiteral("^Agent\\s+\\d+$"));
    for (const QString &raw : support::splitLines(text)) {
        const QString line = support::stripAnsi(raw);
        if (agentTitle.match(line.trimmed()).hasMatch()) {
            agents.append(RocmAgent{});
            current = &agents.last();
            continue;
        }
        if (!current)
            continue;
        const auto f = field(line);
        if (!f)
            continue;
        if (f->indent <= 2) {
            if (f->key == u"Name")
                current->name = f->value;
            else if (f->key == u"Marketing Name")
                current->marketingName = f->value;
            else if (f->key == u"Device Type")
                current->gpu = f->value.compare(u"GPU", Qt::CaseInsensitive) == 0;
            else if (f->key == u"BDFID")
                current->pciBusId = busIdFromLocation(leadingNumber(f->value));
        } else if (f->key == u"Name" && current->gfxTarget.isEmpty()) {
            current->gfxTarget = gfxTargetFromIsa(f->value); // ISA 1 name
        }
    }
    QList<RocmAgent> result;
    for (RocmAgent &a : agents) {
        if (a.gfxTarget.isEmpty())
            a.gfxTarget = gfxTargetFromIsa(a.name);
        if (a.gpu || (!a.gfxTarget.isEmpty() && a.name.startsWith(u"gfx")))
            result.append(a);
    }
    return result;
}

bool looksLikeRocminfo(const QString &text)
{
    const QString head = text.left(16 * 1024);
    // Also a paste that starts inside the agent list: an "Agent N" title, then its fields.
    static const QRegularExpression agent(QStringLiteral("(?:^|\\n)\\*{7}\\s*\\nAgent \\d+\\s*\\n\\*{7}"));
    return (head.contains(u"HSA Agents") || head.contains(u"HSA System Attributes")) ||
           (head.contains(u"ROCk module") && head.contains(u"Agent ")) ||
           (agent.match(head).hasMatch() && head.contains(u"Marketing Name:") && head.contains(u"Device Type:"));
}

QList<RocmSmiGpu> parseRocmSmi(const QString &text)
{
    QList<RocmSmiGpu> gpus;
    // "0       [0x74a1 : 0x00]       35.0°C ..." then "        AMD Instinct MI300X"
    static const QRegularExpression deviceRow(QStringLiteral("^(\\d{1,3})\\s+(?:\\[|0x|\\S)"));
    static const QRegularExpression hexOnly(QStringLiteral("^0x[0-9a-fA-F]+$"));
    bool inTable = false;
    bool expectName = false;
    for (const QString &raw : support::splitLines(text)) {
        const QString line = support::stripAnsi(raw);
        const QString t = line.trimmed();
        if ((t.startsWith(u"Device") || t.startsWith(u"GPU")) && (t.contains(u"Temp") || t.contains(u"Model"))) {
            inTable = true;
            continue;
        }
        if (!inTable || t.isEmpty())
            continue;
        if (t.startsWith(u"====")) {
            if (!gpus.isEmpty())
                inTable = t.contains(u"End of ROCm SMI Log") ? false : inTable;
            expectName = false;
            continue;
        }
        if (!line.at(0).isSpace() && deviceRow.match(line).hasMatch()) {
            RocmSmiGpu gpu;
            gpu.index = deviceRow.match(line).captured(1).toInt();
            gpus.append(gpu);
            expectName = true;
            continue;
        }
        if (expectName && line.at(0).isSpace() && !gpus.isEmpty()) {
            if (!hexOnly.match(t).hasMatch() && !t.startsWith(u"Name ("))
                gpus.last().name = t;
            expectName = false;
        }
    }
    return gpus;
}

bool looksLikeRocmSmi(const QString &text)
{
    return text.left(8192).contains(u"ROCm System Management Interface");
}

KfdNode parseKfdProperties(const QString &text)
{
    KfdNode node;
    qint64 location = -1, domain = 0, simd = 0;
    for (const QString &line : support::splitLines(text)) {
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() != 2)
            continue;
        bool ok = false;
        const qint64 value = parts[1].toLongLong(&ok);
        if (!ok)
            continue;
        if (parts[0] == u"gfx_target_version")
            node.gfxTarget = gfxTargetFromVersion(value);
        else if (parts[0] == u"location_id")
            location = value;
        else if (parts[0] == u"domain")
            domain = value;
        else if (parts[0] == u"simd_count")
            simd = value;
    }
    node.gpu = simd > 0 && !node.gfxTarget.isEmpty();
    if (node.gpu)
        node.pciBusId = busIdFromLocation(location, domain);
    return node;
}

QString parseVersionFile(const QString &text)
{
    static const QRegularExpression version(QStringLiteral("^(\\d{1,2}\\.\\d{1,3}\\.\\d{1,5})(?:-\\d+)?$"));
    const QRegularExpressionMatch m = version.match(text.left(256).trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

bool looksLikeVersionFile(const QString &text)
{
    // Strict: exactly one line, "6.0.2-115" or "7.14.0" with a major ROCm has had (1..19).
    const QString t = text.trimmed();
    if (t.contains(u'\n') || t.size() > 32)
        return false;
    const QString v = parseVersionFile(t);
    return !v.isEmpty() && v.section(u'.', 0, 0).toInt() >= 1 && v.section(u'.', 0, 0).toInt() < 20;
}

HipccVersion parseHipcc(const QString &text)
{
    HipccVersion result;
    const QString head = text.left(16 * 1024);
    static const QRegularExpression hip(QStringLiteral("HIP version:\\s*(\\S+)"));
    static const QRegularExpression rocTag(QStringLiteral("\\broc-(\\d+\\.\\d+\\.\\d+)"));
    static const QRegularExpression rocmPath(QStringLiteral("/opt/rocm-(\\d+\\.\\d+\\.\\d+)"));
    static const QRegularExpression installed(QStringLiteral("InstalledDir:\\s*(\\S+)"));
    QRegularExpressionMatch m = hip.match(head);
    if (m.hasMatch())
        result.hipVersion = m.captured(1);
    m = rocTag.match(head);
    if (!m.hasMatch())
        m = rocmPath.match(head);
    if (m.hasMatch())
        result.rocmVersion = m.captured(1);
    m = installed.match(head);
    if (m.hasMatch())
        result.installedDir = m.captured(1);
    return result;
}

bool looksLikeHipcc(const QString &text)
{
    return text.left(4096).contains(u"HIP version:");
}

SystemProfile rocminfoProfile(const QList<RocmAgent> &agents, const QString &source)
{
    SystemProfile profile;
    for (const RocmAgent &a : agents) {
        Gpu gpu;
        gpu.vendor = QStringLiteral("amd");
        gpu.name = a.marketingName.isEmpty() ? a.name : a.marketingName;
        gpu.gfxTarget = a.gfxTarget;
        gpu.pciBusId = a.pciBusId;
        gpu.source = source;
        profile.gpus.append(gpu);
    }
    return profile;
}

SystemProfile rocmSmiProfile(const QList<RocmSmiGpu> &gpus, const QString &source)
{
    SystemProfile profile;
    for (const RocmSmiGpu &g : gpus) {
        Gpu gpu;
        gpu.vendor = QStringLiteral("amd");
        gpu.name = g.name;
        gpu.source = source;
        profile.gpus.append(gpu);
    }
    return profile;
}

} // namespace dlstack::probe::rocmparsers
