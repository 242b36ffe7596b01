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

qint64 bytesIn(const ProbeContext &context, const QString &path)
{
    bool ok = false;
    const qint64 bytes = readTrimmed(context, path).toLongLong(&ok, 0); // decimal, or 0x... hex
    return ok && bytes > 0 ? bytes : 0;
}

// Intel's device-local memory: xe publishes each tile's physical VRAM
// (<dev>/tile0/physical_vram_size_bytes, drivers/gpu/drm/xe/xe_tile_sysfs.c, kernel 6.8); the
// out-of-tree i915 publishes lmem_total_bytes on the DRM card (<dev>/drm/card1/); mainline i915
// publishes nothing, and an integrated GPU has no memory of its own: 0 then.
void readIntelMemory(const ProbeContext &context, const QString &dir, SysfsPciDevice &device)
{
    qint64 total = 0;
    QStringList files;
    for (const QString &tile : context.list(dir, {QStringLiteral("tile*")})) {
        const QString file = dir + u'/' + tile + QStringLiteral("/physical_vram_size_bytes");
        if (const qint64 bytes = bytesIn(context, file); bytes > 0) {
            total += bytes;
            files << file;
        }
    }
    if (total == 0) {
        QStringList candidates{dir + QStringLiteral("/lmem_total_bytes")};
        for (const QString &card : context.list(dir + QStringLiteral("/drm"), {QStringLiteral("card*")}))
            candidates << dir + QStringLiteral("/drm/") + card + QStringLiteral("/lmem_total_bytes");
        for (const QString &file : std::as_const(candidates)) {
            if (const qint64 bytes = bytesIn(context, file); bytes > 0) {
                total = bytes;
                files = {file};
                break;
            }
        }
    }
    // More than 1 TiB on one card is not a real reading.
    if (total > 0 && total < (qint64(1) << 40)) {
        device.vramMib = total / (1024 * 1024);
        device.vramSource = files.join(QStringLiteral(", "));
    }
}

} // namespace

QList<SysfsPciDevice> readSysfsDisplayDevices(const ProbeContext &context)
{
    QList<SysfsPciDevice> devices;
    const QString base = QStringLiteral("/sys/bus/pci/devices/");
    for (const QString &entry : context.list(base)) {
        const QString dir = base + entry;
        const QString vendor = readTrimmed(context, dir + QStringLiteral("/vendor"));
        if (!lspci::isGpuClass(readTrimmed(context, dir + QStringLiteral("/class")), lspci::vendorFromId(vendor)))
            continue;
        SysfsPciDevice device;
        device.busId = entry;
        const QString id = readTrimmed(context, dir + QStringLiteral("/device"));
        device.vendor = lspci::vendorFromId(vendor);
        if (!vendor.isEmpty() && !id.isEmpty())
            device.pciId = hexId(vendor) + u':' + hexId(id);
        const QString driver = context.canonical(dir + QStringLiteral("/driver"));
        if (!driver.isEmpty() && driver != dir + QStringLiteral("/driver"))
            device.driver = driver.section(u'/', -1);
        bool ok = false;
        const qint64 vram = readTrimmed(context, dir + QStringLiteral("/mem_info_vram_total")).toLongLong(&ok);
        if (ok && vram > 0) {
            device.vramMib = vram / (1024 * 1024);
            device.vramSource = dir + QStringLiteral("/mem_info_vram_total");
        }
        if (device.vendor == u"intel")
            readIntelMemory(context, dir, device);
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
