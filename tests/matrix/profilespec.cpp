// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilespec.h"

namespace dlstack::test {

probe::SystemProfile profileFromSpec(const QString &spec)
{
    probe::SystemProfile p;
    p.host.arch = QStringLiteral("x86_64");
    p.host.diskFreeMib = -1;
    probe::PythonEnv env;
    for (const QString &item : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0).trimmed();
        const QString value = item.section(u'=', 1).trimmed();
        if (key == u"gpu" || key == u"amd") {
            int bus = 1;
            for (const QString &g : value.split(u'+')) {
                probe::Gpu gpu;
                gpu.vendor = key == u"gpu" ? QStringLiteral("nvidia") : QStringLiteral("amd");
                gpu.name = (key == u"gpu" ? QStringLiteral("NVIDIA ") : QStringLiteral("AMD ")) + g.section(u':', 0, 0);
                (key == u"gpu" ? gpu.computeCapability : gpu.gfxTarget) = g.section(u':', 1, 1);
                gpu.pciBusId =
                    QStringLiteral("0000:%1:00.0").arg(bus++ + (key == u"amd" ? 0x40 : 0), 2, 16, QLatin1Char('0'));
                p.gpus.append(gpu);
            }
        } else if (key == u"intel") {
            // "Arc B580:8086:e20b": the name, then the PCI id the probe reads from sysfs.
            int bus = 3;
            for (const QString &g : value.split(u'+')) {
                probe::Gpu gpu;
                gpu.vendor = QStringLiteral("intel");
                gpu.name = QStringLiteral("Intel ") + g.section(u':', 0, 0);
                gpu.pciId = g.section(u':', 1);
                gpu.pciBusId = QStringLiteral("0000:%1:00.0").arg(bus++ + 0x80, 2, 16, QLatin1Char('0'));
                p.gpus.append(gpu);
            }
        } else if (key == u"ze") {
            // Level Zero pieces present: "loader", "gpu" (compute-runtime's driver) or both.
            for (const QString &piece : value.split(u',')) {
                if (piece == u"loader")
                    p.gpuRuntimes.append({QStringLiteral("level_zero_loader"), QStringLiteral("1.28.2"),
                                          QStringLiteral("/usr/lib/x86_64-linux-gnu/libze_loader.so.1"),
                                          QStringLiteral("spec")});
                else if (piece == u"gpu")
                    p.gpuRuntimes.append({QStringLiteral("level_zero_intel_gpu"), QStringLiteral("1.15.38308"),
                                          QStringLiteral("/usr/lib/x86_64-linux-gnu/libze_intel_gpu.so.1"),
                                          QStringLiteral("spec")});
            }
        } else if (key == u"modules") {
            p.host.loadedGpuModules = value.split(u',');
        } else if (key == u"driver") {
            p.nvidiaDriver = probe::NvidiaDriver{value, {}, false, QStringLiteral("spec")};
        } else if (key == u"gpustate") {
            for (probe::Gpu &g : p.gpus)
                g.state = value;
        } else if (key == u"wsl") {
            p.host.wsl = value == u"1";
        } else if (key == u"gcc") {
            bool first = true;
            for (const QString &v : value.split(u',')) {
                const QString path =
                    first ? QStringLiteral("/usr/bin/gcc") : QStringLiteral("/usr/bin/gcc-") + v.section(u'.', 0, 0);
                p.compilers.append({QStringLiteral("gcc"), v, path, QStringLiteral("spec")});
                first = false;
            }
        } else if (key == u"python") {
            for (const QString &v : value.split(u','))
                p.pythons.append(
                    {v, QStringLiteral("/usr/bin/python") + v.section(u'.', 0, 1), QStringLiteral("spec")});
        } else if (key == u"mem") {
            p.host.memoryMib = value.toLongLong() * 1024;
        } else if (key == u"cores") {
            p.host.cpuCores = value.toInt();
        } else if (key == u"disk") {
            p.host.diskFreeMib = static_cast<qint64>(value.toDouble() * 1000 / 1.048576);
            p.host.diskPath = QStringLiteral("/home/user");
        } else if (key == u"cmake" || key == u"ninja") {
            p.tools.insert(key, probe::Tool{value == u"1" ? QStringLiteral("1.11.1") : value,
                                            QStringLiteral("/usr/bin/") + key, QStringLiteral("spec")});
        } else if (key == u"hazards") {
            for (const QString &id : value.split(u','))
                p.host.hazards.append({id, id, QStringLiteral("spec")});
        } else if (key == u"cuda") {
            p.cudaToolkits.append({value,
                                   value,
                                   QStringLiteral("/usr/local/cuda-") + value,
                                   QStringLiteral("/usr/local/cuda-") + value + QStringLiteral("/bin/nvcc"),
                                   {},
                                   QStringLiteral("spec")});
        } else if (key == u"rocm") {
            p.rocm = probe::Rocm{value, QStringLiteral("/opt/rocm-") + value, {}, QStringLiteral("spec")};
        } else if (key == u"env") {
            env.path = value;
            env.kind = QStringLiteral("venv");
        } else if (key == u"envpy") {
            env.pythonVersion = value;
        } else if (key == u"envcuda") {
            env.torchCuda = value;
        } else if (key == u"envpkgs") {
            for (const QString &pkg : value.split(u','))
                env.packages.insert(pkg.section(u'=', 0, 0), pkg.section(u'=', 1));
        }
    }
    if (!env.path.isEmpty())
        p.pythonEnvs.append(env);
    return p;
}

matrix::Selection selectionFromSpec(const QString &spec)
{
    matrix::Selection s;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        const QString value = item.section(u'=', 1);
        if (key == u"torch")
            s.torch = value;
        else if (key == u"cuda")
            s.cuda = value;
        else if (key == u"rocm") {
            s.backend = matrix::Backend::Rocm;
            s.rocm = value;
        } else if (key == u"cpu")
            s.backend = matrix::Backend::Cpu;
        else if (key == u"xpu")
            s.backend = matrix::Backend::Xpu;
        else if (key == u"route")
            s.route = matrix::routeFromName(value).value_or(matrix::Route::Prebuilt);
        else if (key == u"python")
            s.python = value;
        else if (key == u"env") {
            s.envKind = matrix::EnvKind::Existing;
            s.envPath = value;
        } else if (key == u"conda")
            s.envKind = matrix::EnvKind::NewConda;
        else if (key == u"maxjobs")
            s.maxJobs = value.toInt();
        else if (key == u"extras")
            s.extras = value.split(u',');
        else if (key == u"arch")
            s.archList = value.split(u',');
    }
    return s;
}

} // namespace dlstack::test
