// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/sysfspci.h"

#include "core/probe/lspciparser.h"

namespace dlstack::probe {

namespace {

QString readTrimmed(const ProbeContext &context, const QString &path)
{
    const auto bytes = context.readFile(path, 4096);
    return bytes ? QString::fromLatin1(*bytes).trimmed() : QString();
}

QString hexId(const QString &sysfs) // "0x10de" -> "10de"
{
    QString v = sysfs.toLower();
    return v.startsWith(u"0x") ? v.mid(2) : v;
}

} // namespace

QList<SysfsPciDevice> readSysfsDisplayDevices(const ProbeContext &context)
{
    QList<SysfsPciDevice> devices;
    const QString base = QStringLiteral("/sys/bus/pci/devices/");
    for (const QString &entry : context.list(base)) {
        const QString dir = base + entry;
        if (!lspci::isDisplayClass(readTrimmed(context, dir + QStringLiteral("/class"))))
            continue;
        SysfsPciDevice device;
        device.busId = entry;
        const QString vendor = readTrimmed(context, dir + QStringLiteral("/vendor"));
        const QString id = readTrimmed(context, dir + QStringLiteral("/device"));
        device.vendor = lspci::vendorFromId(vendor);
        if (!vendor.isEmpty() && !id.isEmpty())
            device.pciId = hexId(vendor) + u':' + hexId(id);
        const QString driver = context.canonical(dir + QStringLiteral("/driver"));
        if (!driver.isEmpty() && driver != dir + QStringLiteral("/driver"))
            device.driver = driver.section(u'/', -1);
        bool ok = false;
        const qint64 vram = readTrimmed(context, dir + QStringLiteral("/mem_info_vram_total")).toLongLong(&ok);
        if (ok && vram > 0)
            device.vramMib = vram / (1024 * 1024);
        devices.append(device);
    }
    return devices;
}

bool nvidiaModuleLoaded(const ProbeContext &context)
{
    if (context.exists(QStringLiteral("/sys/module/nvidia")))
        return true;
    const auto modules = context.readFile(QStringLiteral("/proc/modules"));
    if (!modules)
        return false;
    for (const QByteArray &line : modules->split('\n')) {
        if (line.startsWith("nvidia "))
            return true;
    }
    return false;
}

} // namespace dlstack::probe
