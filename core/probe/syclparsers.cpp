// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/syclparsers.h"

#include "core/probe/pciidtable.h"
#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::sycl {

namespace {

// "[level_zero:gpu][level_zero:0] rest" | "[ext_oneapi_level_zero:gpu:0] rest" | "[opencl:0] GPU : rest"
const QRegularExpression &deviceLine()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*\[(?:ext_oneapi_)?([a-z_0-9]+):(?:([a-z_]+)\](?:\[[a-z_0-9]+:\d+\])?|([a-z_]+):\d+\]|(\d+)\]\s+([A-Z]+)\s*:)\s*(.*)$)"));
    return re;
}

QString normalizedBackend(const QString &backend)
{
    return backend == u"ext_oneapi_level_zero" ? QStringLiteral("level_zero") : backend;
}

// "Intel(R) Arc(TM) A770 Graphics OpenCL 3.0 NEO " -> "Intel(R) Arc(TM) A770 Graphics";
// "Intel(R) Arc(TM) A770 Graphics 1.3" -> the same; "NVIDIA GeForce RTX 4090 8.9" -> the name.
QString withoutApiVersion(QString name)
{
    static const QRegularExpression opencl(QStringLiteral(R"(\s+OpenCL \d+\.\d+(?:\s+NEO)?\s*$)"));
    static const QRegularExpression version(QStringLiteral(R"(\s+\d+(?:\.\d+){1,3}\s*$)"));
    name.remove(opencl);
    name.remove(version);
    return name.trimmed();
}

void addRuntime(SystemProfile &profile, const QString &name, const QString &version, const QString &source)
{
    for (const GpuRuntime &r : std::as_const(profile.gpuRuntimes)) {
        if (r.name == name)
            return;
    }
    profile.gpuRuntimes.append({name, version, QString(), source});
}

} // namespace

QString vendorOf(const QString &name)
{
    if (name.contains(QStringLiteral("Intel"), Qt::CaseInsensitive))
        return QStringLiteral("intel");
    if (name.contains(QStringLiteral("NVIDIA"), Qt::CaseInsensitive))
        return QStringLiteral("nvidia");
    if (name.contains(QStringLiteral("AMD")) || name.contains(QStringLiteral("Radeon")))
        return QStringLiteral("amd");
    return {};
}

void nameFromDeviceId(Gpu &gpu)
{
    // "Intel(R) Graphics [0xe20b]": compute-runtime's name for a device id it has no name for.
    static const QRegularExpression unnamed(QStringLiteral(R"(\[0x([0-9a-fA-F]{4})\]\s*$)"));
    const auto m = unnamed.match(gpu.name);
    if (!m.hasMatch() || gpu.vendor != u"intel")
        return;
    if (gpu.pciId.isEmpty())
        gpu.pciId = QStringLiteral("8086:") + m.captured(1).toLower();
    if (const PciIdTable::Entry *entry = PciIdTable::builtin().find(gpu.pciId))
        gpu.name = entry->product;
}

QList<Device> parseSyclLs(const QString &text)
{
    QList<Device> devices;
    for (const QString &raw : support::splitLines(text)) {
        const auto m = deviceLine().match(support::stripAnsi(raw));
        if (!m.hasMatch())
            continue;
        Device d;
        d.backend = normalizedBackend(m.captured(1));
        QString rest = m.captured(6).trimmed();
        static const QRegularExpression bracket(QStringLiteral(R"(\s*\[([^\[\]]*)\]\s*$)"));
        if (const auto b = bracket.match(rest); b.hasMatch()) {
            d.driver = b.captured(1).trimmed();
            rest.truncate(b.capturedStart());
        }
        if (!m.captured(5).isEmpty()) { // 2021: "[opencl:0] GPU : Intel(R) OpenCL HD Graphics 3.0"
            d.type = m.captured(5).toLower();
            d.platform = withoutApiVersion(rest);
        } else {
            d.type = !m.captured(2).isEmpty() ? m.captured(2) : m.captured(3);
            const qsizetype comma = rest.indexOf(QStringLiteral(", "));
            d.platform = comma > 0 ? rest.left(comma).trimmed() : QString();
            d.name = withoutApiVersion(comma > 0 ? rest.mid(comma + 2) : rest);
        }
        devices.append(d);
    }
    return devices;
}

bool looksLikeSyclLs(const QString &text)
{
    int devices = 0;
    int lines = 0;
    for (const QString &line : support::splitLines(text.left(64 * 1024))) {
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        if (deviceLine().match(line).hasMatch())
            ++devices;
    }
    // Loader traces and an echoed command may come first; the device lines are the output.
    return devices > 0 && devices * 4 >= lines;
}

SystemProfile syclLsProfile(const QList<Device> &devices, const QString &source)
{
    SystemProfile profile;
    const auto onLevelZero = [&devices](const QString &name) {
        return std::any_of(devices.cbegin(), devices.cend(), [&name](const Device &d) {
            return d.backend == u"level_zero" && d.type == u"gpu" && d.name == name;
        });
    };
    for (const Device &d : devices) {
        if (d.type != u"gpu")
            continue;
        const bool intelOpenCl = d.backend == u"opencl" && d.platform.contains(QStringLiteral("Intel"));
        if (d.backend == u"level_zero")
            addRuntime(profile, QStringLiteral("level_zero_intel_gpu"), d.driver, source);
        else if (intelOpenCl)
            addRuntime(profile, QStringLiteral("intel_opencl"), d.driver, source);
        // One GPU once: its OpenCL line only when Level Zero does not list it.
        if (d.name.isEmpty() || (d.backend == u"opencl" && onLevelZero(d.name)))
            continue;
        Gpu gpu;
        gpu.name = d.name;
        gpu.vendor = vendorOf(d.name).isEmpty() ? vendorOf(d.platform) : vendorOf(d.name);
        gpu.source = source;
        nameFromDeviceId(gpu);
        profile.gpus.append(gpu);
    }
    return profile;
}

QList<ClPlatform> parseClinfoList(const QString &text)
{
    QList<ClPlatform> platforms;
    static const QRegularExpression platform(QStringLiteral(R"(^Platform #\d+:\s*(.+?)\s*$)"));
    static const QRegularExpression device(QStringLiteral(R"(^\s*[`|+\\]?--\s*Device #\d+:\s*(.+?)\s*$)"));
    for (const QString &raw : support::splitLines(text)) {
        const QString line = support::stripAnsi(raw);
        if (const auto p = platform.match(line); p.hasMatch()) {
            platforms.append({p.captured(1), {}});
        } else if (const auto d = device.match(line); d.hasMatch() && !platforms.isEmpty()) {
            platforms.last().devices << d.captured(1);
        }
    }
    return platforms;
}

bool looksLikeClinfoList(const QString &text)
{
    static const QRegularExpression platform(QStringLiteral(R"((?:^|\n)Platform #\d+: \S)"));
    static const QRegularExpression device(QStringLiteral(R"(\n\s*[`|+\\]?--\s*Device #\d+: \S)"));
    const QString head = text.left(64 * 1024);
    return platform.match(head).hasMatch() && device.match(head).hasMatch();
}

SystemProfile clinfoListProfile(const QList<ClPlatform> &platforms, const QString &source)
{
    SystemProfile profile;
    for (const ClPlatform &p : platforms) {
        // A CPU runtime (Intel's or PoCL's) lists the processor, not a GPU.
        if (p.name.contains(QStringLiteral("Portable Computing Language")) || p.name == u"Intel(R) OpenCL")
            continue;
        const bool intelGpuRuntime =
            p.name.contains(QStringLiteral("Intel")) && p.name.contains(QStringLiteral("Graphics"));
        if (intelGpuRuntime)
            addRuntime(profile, QStringLiteral("intel_opencl"), QString(), source);
        for (const QString &name : p.devices) {
            if (name.contains(QStringLiteral("CPU")) || name.contains(QStringLiteral("FPGA")))
                continue;
            Gpu gpu;
            gpu.name = name;
            gpu.vendor = vendorOf(name).isEmpty() ? vendorOf(p.name) : vendorOf(name);
            gpu.source = source;
            nameFromDeviceId(gpu);
            profile.gpus.append(gpu);
        }
    }
    return profile;
}

} // namespace dlstack::probe::sycl
