// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/lspciparser.h"

#include "core/probe/importsections.h"
#include "core/probe/pciidtable.h"
#include "core/support/textutil.h"

#include <QMap>
#include <QRegularExpression>

namespace dlstack::probe::lspci {

namespace {

struct VendorPrefix
{
    const char16_t *text;
    const char *vendor;
};

// Longest first: "Advanced Micro Devices, Inc. [AMD/ATI]" before "Advanced Micro Devices, Inc.".
constexpr VendorPrefix kVendors[] = {
    {u"NVIDIA Corporation", "nvidia"},
    {u"Advanced Micro Devices, Inc. [AMD/ATI]", "amd"},
    {u"Advanced Micro Devices, Inc. [AMD]", "amd"},
    {u"Advanced Micro Devices, Inc.", "amd"},
    {u"ATI Technologies Inc", "amd"},
    {u"Intel Corporation", "intel"},
};

QString vendorFromPciId(const QString &pciId)
{
    return vendorFromId(pciId.section(u':', 0, 0));
}

// The display classes by their code, as lspci -n prints them.
QString displayClassName(const QString &code)
{
    const QString c = code.toLower();
    if (c == u"0300")
        return QStringLiteral("VGA compatible controller");
    if (c == u"0302")
        return QStringLiteral("3D controller");
    if (c == u"0380")
        return QStringLiteral("Display controller");
    if (c == u"1200")
        return QStringLiteral("Processing accelerators");
    return {};
}

// A display controller of any vendor, or a processing accelerator of AMD's: the Instinct MI300
// series presents itself as class 1200. Other vendors' accelerators of that class are NPUs and
// inference cards (Intel's NPU and GNA), not GPUs.
bool isGpu(const QString &className, const QString &vendor)
{
    if (className.isEmpty())
        return false;
    return className != u"Processing accelerators" || vendor == u"amd";
}

// A value of lspci -vmm: "NVIDIA Corporation [10de]" (with -nn), "10de" (with -n) or the name
// alone; the four-digit id and the text before it.
void splitIdValue(const QString &value, QString *text, QString *id)
{
    static const QRegularExpression withId(QStringLiteral("^(.*?)\\s*\\[([0-9a-fA-F]{4})\\]\\s*$"));
    static const QRegularExpression idOnly(QStringLiteral("^([0-9a-fA-F]{4})$"));
    if (const QRegularExpressionMatch m = withId.match(value); m.hasMatch()) {
        *text = m.captured(1).trimmed();
        *id = m.captured(2).toLower();
    } else if (const QRegularExpressionMatch n = idOnly.match(value.trimmed()); n.hasMatch()) {
        *id = n.captured(1).toLower();
    } else {
        *text = value.trimmed();
    }
}

// lspci -vmm (lspci(8), "machine readable"): records of "Tag:<tab>value" lines, one blank line
// between devices: Slot, Class, Vendor, Device, SVendor, SDevice, Rev, ProgIf, Driver, Module.
QList<PciDisplay> parseRecords(const QStringList &lines)
{
    QList<PciDisplay> devices;
    static const QRegularExpression tag(QStringLiteral("^([A-Za-z]+):\\s+(.*?)\\s*$"));
    static const QRegularExpression lastBracket(QStringLiteral("\\[([^\\[\\]]+)\\]\\s*$"));
    QMap<QString, QString> record;
    const auto close = [&] {
        QString className, classCode;
        splitIdValue(record.value(QStringLiteral("Class")), &className, &classCode);
        if (!classCode.isEmpty() && className.isEmpty())
            className = displayClassName(classCode);
        const QString knownClass = !classCode.isEmpty() ? displayClassName(classCode)
                                   : className == u"VGA compatible controller" || className == u"3D controller" ||
                                           className == u"Display controller" || className == u"Processing accelerators"
                                       ? className
                                       : QString();
        if (!record.isEmpty() && !knownClass.isEmpty() && record.contains(QStringLiteral("Slot"))) {
            PciDisplay device;
            device.busId = record.value(QStringLiteral("Slot"));
            device.className = className;
            QString vendorName, vendorId, deviceName, deviceId;
            splitIdValue(record.value(QStringLiteral("Vendor")), &vendorName, &vendorId);
            splitIdValue(record.value(QStringLiteral("Device")), &deviceName, &deviceId);
            if (!vendorId.isEmpty() && !deviceId.isEmpty())
                device.pciId = vendorId + u':' + deviceId;
            device.vendor = vendorFromId(vendorId);
            for (const VendorPrefix &v : kVendors)
                if (device.vendor.isEmpty() && vendorName.startsWith(QString::fromUtf16(v.text)))
                    device.vendor = QLatin1String(v.vendor);
            if (!isGpu(knownClass, device.vendor)) {
                record.clear();
                return;
            }
            // "GA102 [GeForce RTX 3090]": the marketing name in brackets, as in the plain layout.
            const QRegularExpressionMatch bracket = lastBracket.match(deviceName);
            device.name = bracket.hasMatch() ? bracket.captured(1).trimmed() : deviceName;
            if (device.name.startsWith(u"Device ") || device.name == u"Device")
                device.name.clear();
            device.driver = record.value(QStringLiteral("Driver"));
            devices.append(device);
        }
        record.clear();
    };
    for (const QString &raw : lines) {
        const QString line = support::stripAnsi(raw);
        if (line.trimmed().isEmpty()) {
            close();
            continue;
        }
        if (const QRegularExpressionMatch m = tag.match(line); m.hasMatch()) {
            if (m.captured(1) == u"Slot")
                close(); // records pasted without their blank line
            record.insert(m.captured(1), m.captured(2));
        }
    }
    close();
    return devices;
}

bool isRecordLayout(const QStringList &lines)
{
    static const QRegularExpression slot(
        QStringLiteral("^Slot:\\s+(?:[0-9a-fA-F]{4,8}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]\\s*$"));
    for (const QString &line : lines)
        if (slot.match(line).hasMatch())
            return true;
    return false;
}

} // namespace

bool isGpuClass(const QString &sysfsClass, const QString &vendor)
{
    QString c = sysfsClass.trimmed().toLower();
    if (c.startsWith(u"0x"))
        c = c.mid(2);
    return isGpu(displayClassName(c.left(4)), vendor);
}

QString vendorFromId(const QString &sysfsVendor)
{
    QString v = sysfsVendor.trimmed().toLower();
    if (v.startsWith(u"0x"))
        v = v.mid(2);
    if (v == u"10de")
        return QStringLiteral("nvidia");
    if (v == u"1002")
        return QStringLiteral("amd");
    if (v == u"8086")
        return QStringLiteral("intel");
    return {};
}

QList<PciDisplay> parse(const QString &text)
{
    QList<PciDisplay> devices;
    static const QRegularExpression head(
        QStringLiteral("^((?:[0-9a-fA-F]{4,8}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s+"
                       "(VGA compatible controller|3D controller|Display controller|Processing accelerators)"
                       "(?:\\s*\\[((?:03|12)[0-9a-fA-F]{2})\\])?:\\s*(.*)$"));
    static const QRegularExpression trailer(QStringLiteral("\\s*\\((?:rev [0-9a-fA-F]+|prog-if [^)]*\\])\\)\\s*$"));
    static const QRegularExpression ids(QStringLiteral("\\s*\\[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\]\\s*$"));
    static const QRegularExpression lastBracket(QStringLiteral("\\[([^\\[\\]]+)\\]\\s*$"));
    // pci.ids older than the card: "Device 0bda", or with -nn just "Device" before "[8086:0bda]".
    static const QRegularExpression unknownDevice(QStringLiteral("^Device(?: ([0-9a-fA-F]{4}))?$"));
    static const QRegularExpression kernelDriver(QStringLiteral("^\\s+Kernel driver in use:\\s*(\\S+)"));

    const QStringList lines = support::splitLines(text);
    if (isRecordLayout(lines))
        return parseRecords(lines);
    // lspci -n: "01:00.0 0300: 10de:2204 (rev a1)", numbers only.
    static const QRegularExpression numeric(QStringLiteral(
        "^((?:[0-9a-fA-F]{4,8}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s+((?:03|12)[0-9a-fA-F]{2}):\\s+"
        "([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\b"));
    PciDisplay *current = nullptr;
    for (const QString &raw : lines) {
        const QString line = support::stripAnsi(raw);
        if (current) {
            const QRegularExpressionMatch k = kernelDriver.match(line);
            if (k.hasMatch()) {
                current->driver = k.captured(1);
                continue;
            }
            if (!line.isEmpty() && line.at(0).isSpace())
                continue; // details of the current device
        }
        current = nullptr;
        if (const QRegularExpressionMatch n = numeric.match(line.trimmed()); n.hasMatch()) {
            PciDisplay device;
            device.busId = n.captured(1);
            device.className = displayClassName(n.captured(2));
            device.pciId = (n.captured(3) + u':' + n.captured(4)).toLower();
            device.vendor = vendorFromPciId(device.pciId);
            if (!isGpu(device.className, device.vendor))
                continue;
            devices.append(device);
            current = &devices.last();
            continue;
        }
        const QRegularExpressionMatch m = head.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        PciDisplay device;
        device.busId = m.captured(1);
        device.className = m.captured(2);
        QString rest = m.captured(4).trimmed();
        // Strip "(prog-if 00 [VGA controller])" and "(rev a1)" in any order.
        for (int i = 0; i < 3; ++i)
            rest.remove(trailer);
        const QRegularExpressionMatch idMatch = ids.match(rest);
        if (idMatch.hasMatch()) {
            device.pciId = (idMatch.captured(1) + u':' + idMatch.captured(2)).toLower();
            rest.truncate(idMatch.capturedStart(0));
            device.vendor = vendorFromPciId(device.pciId);
        }
        for (const VendorPrefix &v : kVendors) {
            const QString prefix = QString::fromUtf16(v.text);
            if (rest.startsWith(prefix)) {
                rest = rest.mid(prefix.size()).trimmed();
                if (device.vendor.isEmpty())
                    device.vendor = QLatin1String(v.vendor);
                break;
            }
        }
        if (!isGpu(device.className, device.vendor))
            continue;
        const QRegularExpressionMatch bracket = lastBracket.match(rest);
        if (bracket.hasMatch())
            device.name = bracket.captured(1).trimmed();
        else if (const auto unknown = unknownDevice.match(rest); !unknown.hasMatch())
            device.name = rest.trimmed();
        else if (device.pciId.isEmpty() && device.vendor == u"intel" &&
                 !unknown.captured(1).isEmpty()) // "Intel Corporation Device 0bda"
            device.pciId = QStringLiteral("8086:") + unknown.captured(1).toLower();
        devices.append(device);
        current = &devices.last();
    }
    return devices;
}

bool looksLike(const QString &text)
{
    const QStringList lines = support::splitLines(text.left(64 * 1024));
    static const QRegularExpression pciLine(
        QStringLiteral("^(?:[0-9a-fA-F]{4,8}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7] \\S"));
    // A paste around the output is not output: fences, the prompt with the command, sudo's
    // password prompt, a "..." where lines were left out, grep's "--" between groups of
    // context lines (`lspci -nnk | grep -A3 -i nvidia`).
    static const QRegularExpression wrapper(QStringLiteral(R"(^(?:```|~~~|\[sudo[^\]]*\]|\.\.\.\s*$|--\s*$))"));
    if (isRecordLayout(lines)) { // lspci -vmm: every line a "Tag:<tab>value" or blank
        static const QRegularExpression tag(QStringLiteral("^[A-Za-z]+:\\s"));
        for (const QString &l : lines)
            if (!l.trimmed().isEmpty() && !tag.match(l).hasMatch() && !wrapper.match(l).hasMatch() &&
                !importsections::isBoundary(l))
                return false;
        return !parse(text).isEmpty();
    }
    int pci = 0, other = 0;
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty() || l.at(0).isSpace() || wrapper.match(l).hasMatch() || importsections::isBoundary(l))
            continue;
        (pciLine.match(l).hasMatch() ? pci : other)++;
    }
    return pci > 0 && other == 0 && !parse(text).isEmpty();
}

SystemProfile toProfile(const QList<PciDisplay> &devices, const QString &source)
{
    SystemProfile profile;
    for (const PciDisplay &d : devices) {
        Gpu gpu;
        gpu.vendor = d.vendor;
        gpu.name = d.name;
        gpu.pciBusId = d.busId;
        gpu.pciId = d.pciId;
        gpu.driver = d.driver;
        gpu.source = source;
        // pci.ids older than the card: "Device 0bda" is named from the table (Intel only).
        if (gpu.name.isEmpty() && gpu.vendor == u"intel") {
            if (const PciIdTable::Entry *entry = PciIdTable::builtin().find(gpu.pciId))
                gpu.name = entry->product;
        }
        profile.gpus.append(gpu);
    }
    return profile;
}

} // namespace dlstack::probe::lspci
