// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/xpusmiparser.h"

#include "core/probe/syclparsers.h"
#include "core/support/textutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlstack::probe::xpusmi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(XpuSmiParser)
};

void setField(Device &d, const QString &key, const QString &value)
{
    if (key == u"Device Name")
        d.name = value;
    else if (key == u"PCI Device ID" && value.startsWith(u"0x") && value.size() == 6)
        d.pciId = QStringLiteral("8086:") + value.mid(2).toLower();
    else if (key == u"PCI BDF Address")
        d.pciBusId = value;
    else if (key == u"Device State")
        d.state = value;
    else if (key == u"Memory Physical Size") { // "16288.00 MiB"
        static const QRegularExpression mib(QStringLiteral(R"(^(\d{1,9})(?:\.\d+)?\s*MiB)"));
        if (const auto m = mib.match(value); m.hasMatch())
            d.memoryMib = m.captured(1).toLongLong();
    }
}

// One "Key: Value" row of discovery into the device list; a row whose first column holds a
// number starts a device.
void discoveryRow(Report &r, const QString &id, const QString &info)
{
    if (!id.isEmpty()) {
        bool ok = false;
        id.toInt(&ok);
        if (!ok)
            return; // the "Device ID | Device Information" header
        r.devices.append(Device{});
    }
    const qsizetype colon = info.indexOf(QStringLiteral(": "));
    if (r.devices.isEmpty() || colon <= 0)
        return;
    setField(r.devices.last(), info.left(colon).trimmed(), info.mid(colon + 2).trimmed());
}

// The summary's rows of one GPU: "|   0  Intel(R) Arc(TM) A770   Off | 0000:03:00.0  Off | ... |",
// a name that did not fit continues in the next row's first cell, memory in "3642MiB / 16288MiB".
void summaryRow(Report &r, const QStringList &cells, bool &nameOpen)
{
    static const QRegularExpression first(QStringLiteral(R"(^\s*(\d{1,3})\s+(.+?)\s+(?:On|Off|N/A)\s*$)"));
    static const QRegularExpression bus(QStringLiteral(R"(([0-9a-fA-F]{4,8}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7]))"));
    static const QRegularExpression memory(QStringLiteral(R"((\d+)MiB\s*/\s*(\d+)MiB)"));
    if (const auto m = first.match(cells.value(0)); m.hasMatch()) {
        Device d;
        d.name = m.captured(2).trimmed();
        d.pciBusId = bus.match(cells.value(1)).captured(1);
        r.devices.append(d);
        nameOpen = true;
        return;
    }
    if (r.devices.isEmpty())
        return;
    Device &d = r.devices.last();
    if (const auto m = memory.match(cells.value(1)); m.hasMatch()) {
        d.memoryMib = m.captured(2).toLongLong();
        nameOpen = false;
        return;
    }
    const QString more = cells.value(0).trimmed();
    if (nameOpen && !more.isEmpty() && cells.value(1).trimmed().isEmpty())
        d.name += u' ' + more;
    nameOpen = false;
}

} // namespace

bool looksLikeDiscovery(const QString &text)
{
    static const QRegularExpression header(QStringLiteral(R"(Device ID\s*\|?\s+Device Information)"));
    static const QRegularExpression key(QStringLiteral(R"(Device (?:Name|Type|State): \S)"));
    const QString head = text.left(64 * 1024);
    return header.match(head).hasMatch() && key.match(head).hasMatch();
}

bool looksLikeSummary(const QString &text)
{
    static const QRegularExpression title(QStringLiteral(R"(Intel XPU-SMI v\d)"));
    static const QRegularExpression none(QStringLiteral(R"((?:^|\n)\s*No GPU devices found\.\s*(?:\n|$))"));
    const QString head = text.left(64 * 1024);
    return title.match(head).hasMatch() || none.match(head).hasMatch();
}

Report parse(const QString &text)
{
    Report r;
    static const QRegularExpression levelZero(QStringLiteral(R"(Level Zero:\s*(\d+(?:\.\d+){1,3}))"));
    static const QRegularExpression borderlessStart(QStringLiteral(R"(^\s{0,4}(\d{1,3})\s{3,}(\S.*?)\s*$)"));
    static const QRegularExpression borderlessMore(QStringLiteral(R"(^\s{8,}(\S.*?)\s*$)"));
    bool discovery = false, summary = false, nameOpen = false;
    for (const QString &raw : support::splitLines(text)) {
        const QString line = support::stripAnsi(raw);
        const QString trimmed = line.trimmed();
        if (trimmed == u"No GPU devices found.") {
            r.noDevices = true;
            continue;
        }
        if (line.contains(QStringLiteral("Intel XPU-SMI"))) {
            summary = true;
            r.levelZeroVersion = levelZero.match(line).captured(1);
            continue;
        }
        if (line.contains(QStringLiteral("Device ID")) && line.contains(QStringLiteral("Device Information"))) {
            discovery = true;
            continue;
        }
        if (trimmed.startsWith(u'+') || trimmed.startsWith(u'=')) {
            nameOpen = false;
            continue;
        }
        if (trimmed.startsWith(u'|')) {
            QStringList cells = trimmed.split(u'|');
            cells = cells.mid(1, cells.size() - 2); // the text between the first and last bar
            if (discovery && cells.size() >= 2)
                discoveryRow(r, cells[0].trimmed(), cells[1].trimmed());
            else if (summary && cells.size() >= 3)
                summaryRow(r, cells, nameOpen);
            continue;
        }
        if (!discovery)
            continue;
        if (const auto m = borderlessStart.match(line); m.hasMatch())
            discoveryRow(r, m.captured(1), m.captured(2));
        else if (const auto more = borderlessMore.match(line); more.hasMatch())
            discoveryRow(r, QString(), more.captured(1));
    }
    return r;
}

SystemProfile toProfile(const Report &report, const QString &source)
{
    SystemProfile profile;
    for (const Device &d : report.devices) {
        if (!d.state.isEmpty() && d.state != u"normal") {
            profile.problems.append(
                {QStringLiteral("xpu-smi"),
                 Tr::tr("xpu-smi lists a GPU in the state \"%1\": it cannot run work until that is resolved "
                        "(for survivability mode, xpu-smi's Recovery Action row says what to do, usually a firmware "
                        "update).")
                     .arg(d.state)});
        }
        if (d.name.isEmpty() && d.pciId.isEmpty())
            continue;
        Gpu gpu;
        gpu.vendor = QStringLiteral("intel");
        gpu.name = d.name;
        gpu.pciId = d.pciId;
        gpu.pciBusId = d.pciBusId;
        gpu.memoryMib = d.memoryMib;
        gpu.source = source;
        sycl::nameFromDeviceId(gpu);
        profile.gpus.append(gpu);
    }
    if (report.noDevices)
        profile.problems.append(
            {QStringLiteral("xpu-smi"), Tr::tr("xpu-smi found no GPU: the xe or i915 driver has not taken the card, or "
                                               "Level Zero's GPU driver (libze-intel-gpu1) is missing.")});
    if (!report.levelZeroVersion.isEmpty())
        profile.gpuRuntimes.append({QStringLiteral("level_zero_loader"), report.levelZeroVersion, QString(), source});
    return profile;
}

} // namespace dlstack::probe::xpusmi
