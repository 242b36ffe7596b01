// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/intelruntime.h"

namespace dlstack::probe {

namespace {

QStringList libraryDirs(const ProbeContext &context)
{
    QStringList dirs;
    for (const QString &dir : context.env(QStringLiteral("LD_LIBRARY_PATH")).split(u':', Qt::SkipEmptyParts))
        dirs << dir;
    dirs << QStringLiteral("/usr/lib/x86_64-linux-gnu") << QStringLiteral("/lib/x86_64-linux-gnu")
         << QStringLiteral("/usr/lib64") << QStringLiteral("/usr/lib") << QStringLiteral("/usr/local/lib")
         << QStringLiteral("/opt/intel/oneapi/redist/lib");
    dirs.removeDuplicates();
    return dirs;
}

} // namespace

QString versionFromSharedLibraryName(const QString &fileName, const QString &soname)
{
    if (!fileName.startsWith(soname + u'.'))
        return {};
    const QString rest = fileName.mid(soname.size() + 1);
    for (const QChar c : rest) {
        if (!c.isDigit() && c != u'.')
            return {};
    }
    return rest;
}

QList<GpuRuntime> findIntelRuntimes(const ProbeContext &context)
{
    QList<GpuRuntime> found;
    const struct
    {
        const char *name;
        const char *soname; // libze_loader.so.1: its full name carries the version
        const char *stem;   // libze_loader.so: the version is counted from here
    } libraries[] = {{"level_zero_loader", "libze_loader.so.1", "libze_loader.so"},
                     {"level_zero_intel_gpu", "libze_intel_gpu.so.1", "libze_intel_gpu.so"}};
    for (const auto &library : libraries) {
        for (const QString &dir : libraryDirs(context)) {
            const QString soname = QLatin1String(library.soname);
            const QString path = dir + u'/' + soname;
            if (!context.exists(path))
                continue;
            GpuRuntime runtime{QLatin1String(library.name), {}, path, path};
            // The file the soname link leads to names the release: libze_loader.so.1.28.2.
            const QString real = context.canonical(path);
            const QString realName = real.mid(real.lastIndexOf(u'/') + 1);
            runtime.version = versionFromSharedLibraryName(realName, QLatin1String(library.stem));
            if (runtime.version.isEmpty()) {
                for (const QString &name : context.list(dir, {soname + QStringLiteral(".*")})) {
                    runtime.version = versionFromSharedLibraryName(name, QLatin1String(library.stem));
                    if (!runtime.version.isEmpty())
                        break;
                }
            }
            if (!real.isEmpty() && real != path)
                runtime.source = path + QStringLiteral(" -> ") + real;
            found.append(runtime);
            break; // the first directory is the one the dynamic loader takes
        }
    }
    const QString icd = QStringLiteral("/etc/OpenCL/vendors/intel.icd");
    if (context.exists(icd)) {
        const auto bytes = context.readFile(icd, 4096);
        const QString library = bytes ? QString::fromUtf8(*bytes).trimmed() : QString();
        found.append({QStringLiteral("intel_opencl"), {}, library.isEmpty() ? icd : library, icd});
    }
    return found;
}

} // namespace dlstack::probe
