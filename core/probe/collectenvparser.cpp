// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/collectenvparser.h"

#include "core/probe/collectenvsentinels.h"
#include "core/probe/cudnnparser.h"
#include "core/probe/pythonenvparsers.h"
#include "core/probe/syclparsers.h"
#include "core/probe/toolparsers.h"
#include "core/support/textutil.h"
#include "core/support/version.h"

#include <QRegularExpression>
#include <QSet>

namespace dlstack::probe::collectenv {

namespace {

QString firstVersion(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"((\d{1,4}\.\d{1,4}(?:\.\d{1,6}){0,2}))"));
    const auto m = re.match(value);
    return m.hasMatch() ? m.captured(1) : QString();
}

struct Report
{
    QMap<QString, QString> fields;     // "pytorch version" -> "2.1.0+cu121"
    QMap<QString, QStringList> blocks; // lines after a field with an empty value
    QStringList pipLines;              // "[pip3] numpy==1.18.0", "[conda] torch 1.6.0 <pip>"
    QString warningText;
};

Report split(const QString &text)
{
    static const QRegularExpression field(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9 _./()-]{1,60}?):\s?(.*)$)"));
    Report r;
    QString open; // field whose value continues on the following lines
    for (const QString &raw : support::splitLines(text.left(2 * 1024 * 1024))) {
        QString line = raw.trimmed();
        // A progress line may run into the first field: "Collecting environment information...   PyTorch version: x"
        const qsizetype glued = line.indexOf(QStringLiteral("PyTorch version:"));
        if (glued > 0)
            line = line.mid(glued);
        if (line.startsWith(u'[')) {
            r.pipLines << line;
            open.clear();
            continue;
        }
        if (line.isEmpty()) {
            open.clear();
            continue;
        }
        // "GPU 0: TITAN Xp", its MIG devices ("MIG 3g.40gb Device 0:") and library paths are
        // block lines, not fields.
        static const QRegularExpression gpuLine(QStringLiteral(R"(^(?:GPU \d+:|MIG \S+\s+Device \d+:))"));
        if (!open.isEmpty() && (gpuLine.match(line).hasMatch() || line.startsWith(u'/'))) {
            r.blocks[open] << line;
            continue;
        }
        const auto m = field.match(line);
        if (m.hasMatch() && !line.startsWith(u'/')) {
            const QString key = m.captured(1).trimmed().toLower();
            const QString value = m.captured(2).trimmed();
            if (!r.fields.contains(key))
                r.fields.insert(key, value);
            open = (value.isEmpty() || isListLeadIn(value)) ? key : QString();
            continue;
        }
        if (!open.isEmpty())
            r.blocks[open] << line;
        else
            r.warningText += line + u'\n';
    }
    return r;
}

void addGpus(SystemProfile &profile, const Report &r, bool rocmBuild, const QString &source)
{
    const QString key = QStringLiteral("gpu models and configuration");
    QStringList lines;
    const QString value = r.fields.value(key);
    if (!isPlaceholder(value))
        lines << value;
    lines += r.blocks.value(key);
    static const QRegularExpression prefix(QStringLiteral(R"(^GPU \d+:\s*)"));
    static const QRegularExpression gfx(QStringLiteral(R"(\s*\((gfx[0-9a-f]{3,4})[^)]*\)\s*$)"));
    static const QRegularExpression capability(QStringLiteral(R"((.+?) with CUDA capability sm_(\d{1,2})(\d)\b)"));
    // nvidia-smi -L's MIG lines under their GPU ("MIG 3g.40gb Device 0:"): that GPU is in MIG mode.
    static const QRegularExpression migDevice(QStringLiteral(R"(^\s*MIG\s+\S+\s+Device\s+\d+\b)"));
    const auto cc = capability.match(r.warningText);
    for (QString name : std::as_const(lines)) {
        if (migDevice.match(name).hasMatch()) {
            if (!profile.gpus.isEmpty())
                profile.gpus.last().mig = true;
            continue;
        }
        name.remove(prefix);
        name = withoutPlaceholderSuffix(name);
        Gpu gpu;
        if (const auto m = gfx.match(name); m.hasMatch()) {
            gpu.gfxTarget = m.captured(1);
            name = name.left(m.capturedStart()).trimmed();
        }
        name = name.trimmed();
        if ((name.isEmpty() && gpu.gfxTarget.isEmpty()) || name.size() > 200)
            continue;
        gpu.name = name;
        const bool amd = rocmBuild || !gpu.gfxTarget.isEmpty() || name.contains(QStringLiteral("AMD")) ||
                         name.contains(QStringLiteral("Radeon")) || name.contains(QStringLiteral("Instinct"));
        gpu.vendor = amd ? QStringLiteral("amd") : QStringLiteral("nvidia");
        if (cc.hasMatch() && cc.captured(1).trimmed() == name)
            gpu.computeCapability = cc.captured(2) + u'.' + cc.captured(3);
        gpu.source = source;
        profile.gpus.append(gpu);
    }
}

void addCudnn(SystemProfile &profile, const Report &r, const QString &source)
{
    const QString key = QStringLiteral("cudnn version");
    QStringList candidates;
    const QString value = r.fields.value(key);
    if (!isPlaceholder(value) && !isListLeadIn(value))
        candidates << value;
    candidates += r.blocks.value(key);
    QStringList seen;
    for (const QString &c : std::as_const(candidates)) {
        if (isPlaceholder(c))
            continue;
        const QString file = c.mid(c.lastIndexOf(u'/') + 1);
        // Only the main library names the version; libcudnn_ops.so.9.6.0 repeats it.
        if (c.contains(u'/') && !file.startsWith(QStringLiteral("libcudnn.so.")))
            continue;
        const QString version = cudnnparser::versionFromReport(c);
        if (version.isEmpty() || seen.contains(version + c))
            continue;
        seen << version + c;
        profile.cudnn.append({version, c.contains(u'/') ? c : QString(), source});
    }
}

void addPythonEnv(SystemProfile &profile, const Report &r, const QString &torchVersion, const QString &torchCuda,
                  const QString &torchHip, const QString &source)
{
    PythonEnv env;
    env.source = source;
    const QString python = r.fields.value(QStringLiteral("python version"));
    env.pythonVersion = firstVersion(python);
    env.kind = python.contains(QStringLiteral("conda")) || python.contains(QStringLiteral("Anaconda"))
                   ? QStringLiteral("conda")
                   : QStringLiteral("system");
    // A warning from inside site-packages tells where the environment is.
    static const QRegularExpression sitePackages(QStringLiteral(R"((/\S+?)/lib/python\d\.\d+/site-packages/)"));
    if (const auto m = sitePackages.match(r.warningText); m.hasMatch()) {
        env.path = m.captured(1);
        env.python = env.path + QStringLiteral("/bin/python");
        if (env.path.contains(QStringLiteral("conda")) || env.path.contains(QStringLiteral("/envs/")))
            env.kind = QStringLiteral("conda");
    }
    static const QRegularExpression pip(QStringLiteral(R"(^\[(?:pip\d?|conda)\]\s+([A-Za-z0-9_.-]+)(?:==|\s+)(\S+))"));
    for (const QString &line : r.pipLines) {
        const auto m = pip.match(line);
        if (!m.hasMatch())
            continue;
        const QString name = pythonenvparsers::normalizeName(m.captured(1));
        if (pythonenvparsers::isRelevantPackage(name) && !env.packages.contains(name) &&
            m.captured(2).front().isDigit())
            env.packages.insert(name, m.captured(2));
    }
    if (!torchVersion.isEmpty())
        env.packages.insert(QStringLiteral("torch"), torchVersion);
    env.torchCuda = torchCuda;
    env.torchHip = torchHip;
    if (env.pythonVersion.isEmpty() && env.packages.isEmpty())
        return;
    profile.pythonEnvs.append(env);
    if (!env.pythonVersion.isEmpty())
        profile.pythons.append({env.pythonVersion, env.python, source});
}

// The XPU section of torch 2.6+ (collect_env's get_intel_gpu_* functions):
//   Intel GPU driver version:
//   * intel-opencl-icd:	25.18.33578.15-1146~22.04
//   Intel GPU models onboard:
//   * Intel(R) Data Center GPU Max 1100
//   Intel GPU models detected:
//   * [0] _XpuDeviceProperties(name='Intel(R) Data Center GPU Max 1100', ..., driver_version='1.6.33578+15',
//     total_memory=49136MB, ...)
// The onboard list names every GPU; the detected list (what the XPU backend sees) adds memory.
void addIntelGpus(SystemProfile &profile, const Report &r, const QString &source)
{
    static const QRegularExpression bullet(QStringLiteral(R"(^\*\s*)"));
    static const QRegularExpression package(QStringLiteral(R"(^([a-z0-9][a-z0-9.+-]*):\s*(\d[0-9.]*)\S*)"));
    for (QString line : r.blocks.value(QStringLiteral("intel gpu driver version"))) {
        line.remove(bullet);
        const auto m = package.match(line);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1);
        const QString runtime = name == u"libze1" || name == u"level-zero" ? QStringLiteral("level_zero_loader")
                                : name == u"libze-intel-gpu1" || name == u"intel-level-zero-gpu"
                                    ? QStringLiteral("level_zero_intel_gpu")
                                : name == u"intel-opencl-icd" ? QStringLiteral("intel_opencl")
                                                              : QString();
        if (!runtime.isEmpty())
            profile.gpuRuntimes.append({runtime, m.captured(2), QString(), source});
    }
    struct Detected
    {
        QString name;
        qint64 memoryMib = 0;
    };
    QList<Detected> detected;
    static const QRegularExpression props(QStringLiteral(R"(_XpuDeviceProperties\(name='([^']+)')"));
    static const QRegularExpression memory(QStringLiteral(R"(total_memory=(\d+)MB)"));
    static const QRegularExpression driver(QStringLiteral(R"(driver_version='([^']+)')"));
    for (const QString &line : r.blocks.value(QStringLiteral("intel gpu models detected"))) {
        const auto m = props.match(line);
        if (!m.hasMatch())
            continue;
        detected.append({m.captured(1), memory.match(line).captured(1).toLongLong()});
        const QString version = driver.match(line).captured(1);
        const bool levelZero = line.contains(QStringLiteral("Level-Zero"));
        if (levelZero && std::none_of(profile.gpuRuntimes.cbegin(), profile.gpuRuntimes.cend(),
                                      [](const GpuRuntime &g) { return g.name == u"level_zero_intel_gpu"; }))
            profile.gpuRuntimes.append({QStringLiteral("level_zero_intel_gpu"), version, QString(), source});
    }
    QStringList names;
    for (QString line : r.blocks.value(QStringLiteral("intel gpu models onboard"))) {
        line.remove(bullet);
        if (!isPlaceholder(line) && !line.isEmpty())
            names << line.trimmed();
    }
    if (names.isEmpty()) {
        for (const Detected &d : std::as_const(detected))
            names << d.name;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        Gpu gpu;
        gpu.vendor = QStringLiteral("intel");
        gpu.name = names[i];
        if (i < detected.size() && detected[i].name == gpu.name)
            gpu.memoryMib = detected[i].memoryMib;
        gpu.source = source;
        sycl::nameFromDeviceId(gpu);
        profile.gpus.append(gpu);
    }
}

} // namespace

OsName parseOsName(const QString &text)
{
    OsName os;
    QString t = text.trimmed();
    static const QRegularExpression arch(
        QStringLiteral(R"(\s*\((x86_64|aarch64|arm64|ppc64le|s390x|AMD64|i686)\)\s*$)"));
    if (const auto m = arch.match(t); m.hasMatch()) {
        os.arch = m.captured(1);
        t = t.left(m.capturedStart());
    }
    struct Known
    {
        const char *prefix;
        const char *id;
    };
    static const Known known[] = {
        {"Ubuntu", "ubuntu"},
        {"Debian", "debian"},
        {"Red Hat", "rhel"},
        {"CentOS", "centos"},
        {"Rocky", "rocky"},
        {"AlmaLinux", "almalinux"},
        {"Fedora", "fedora"},
        {"openSUSE", "opensuse"},
        {"SUSE", "sles"},
        {"Arch", "arch"},
        {"Manjaro", "manjaro"},
        {"Gentoo", "gentoo"},
        {"Linux Mint", "linuxmint"},
        {"Pop!_OS", "pop"},
        {"Amazon Linux", "amzn"},
        {"Oracle", "ol"},
        {"Microsoft Windows", "windows"},
        {"macOS", "macos"},
        {"Mac OSX", "macos"},
        {"NixOS", "nixos"},
    };
    for (const Known &k : known) {
        if (t.startsWith(QLatin1String(k.prefix))) {
            os.id = QLatin1String(k.id);
            break;
        }
    }
    if (os.id.isEmpty())
        return os;
    // "18.04.2" -> "18.04" for Ubuntu (os-release VERSION_ID has two parts); others keep what they say.
    static const QRegularExpression version(QStringLiteral(R"(\b(\d{1,4}(?:\.\d{1,4})?)(?:\.\d+)?\b)"));
    if (const auto m = version.match(t); m.hasMatch() && os.id != u"windows")
        os.version = m.captured(1);
    return os;
}

bool looksLike(const QString &text)
{
    // PyTorch's layout ("PyTorch version: 2.1.0"), the banner layout of the scripts derived
    // from it (vLLM's "PyTorch version              : 2.8.0+cu128" under "PyTorch Info"), keys
    // that derived scripts qualify with their framework ("Is CUDA available (PyTorch): No"), and
    // a paste cut before its first lines: four of collect_env's own field names at line starts.
    static const QRegularExpression key(QStringLiteral(
        R"((?:^|\n)[ \t]*(PyTorch version|Is debug build|CUDA used to build PyTorch|ROCM used to build PyTorch|)"
        R"(OS|GCC version|Clang version|CMake version|Libc version|Python version|Python platform|)"
        R"(Is CUDA available|CUDA runtime version|CUDA_MODULE_LOADING set to|GPU models and configuration|)"
        R"(Nvidia driver version|cuDNN version|HIP runtime version|MIOpen runtime version|Is XNNPACK available|)"
        R"(Is XPU available|XPU used to build PyTorch)(?: \([A-Za-z]+\))?[ \t]*:)"));
    const QString head = text.left(16 * 1024);
    QSet<QString> seen;
    for (auto it = key.globalMatch(head); it.hasNext();)
        seen.insert(it.next().captured(1));
    return seen.size() >= 4 || (seen.contains(QStringLiteral("PyTorch version")) && seen.size() >= 2);
}

SystemProfile parse(const QString &text, const QString &source)
{
    SystemProfile profile;
    const Report r = split(text);
    // collect_env's placeholders ("Could not collect", "No CUDA", "N/A", ...) say nothing.
    const auto value = [&r](const char *key) {
        const QString v = r.fields.value(QLatin1String(key));
        return isPlaceholder(v) ? QString() : v;
    };

    const QString torchVersion = value("pytorch version").section(u' ', 0, 0);
    QString torchCuda;
    if (const auto v = support::Version::parse(firstVersion(value("cuda used to build pytorch"))); v && v->size() >= 2)
        torchCuda = v->majorMinor();
    const QString torchHip = value("rocm used to build pytorch").section(u' ', 0, 0);
    addPythonEnv(profile, r, torchVersion, torchCuda, torchHip, source);

    const OsName os = parseOsName(value("os"));
    profile.host.osId = os.id;
    profile.host.osVersion = os.version;
    profile.host.osName = value("os").remove(QRegularExpression(QStringLiteral(R"(\s*\([^)]*\)\s*$)")));
    profile.host.arch = os.arch;
    const QString platform = value("python platform"); // Linux-6.2.0-32-generic-x86_64-with-glibc2.35
    static const QRegularExpression kernel(QStringLiteral(R"(^Linux-(.+?)-(?:x86_64|aarch64|ppc64le|s390x)-)"));
    if (const auto m = kernel.match(platform); m.hasMatch())
        profile.host.kernel = m.captured(1);
    profile.host.wsl =
        platform.contains(QStringLiteral("microsoft"), Qt::CaseInsensitive) || platform.contains(QStringLiteral("WSL"));
    if (!os.id.isEmpty() || !platform.isEmpty())
        profile.host.source = source;

    if (const QString gcc = value("gcc version"); !gcc.isEmpty()) {
        const auto v = toolparsers::parseCompilerVersion(QStringLiteral("gcc ") + gcc);
        if (!v.version.isEmpty())
            profile.compilers.append({QStringLiteral("gcc"), v.version, QStringLiteral("gcc"), source});
    }
    if (const QString clang = firstVersion(value("clang version")); !clang.isEmpty())
        profile.compilers.append({QStringLiteral("clang"), clang, QStringLiteral("clang"), source});
    if (const QString cmake = firstVersion(value("cmake version")); !cmake.isEmpty())
        profile.tools.insert(QStringLiteral("cmake"), Tool{cmake, QStringLiteral("cmake"), source});

    if (const auto v = support::Version::parse(firstVersion(value("cuda runtime version"))); v && v->size() >= 2) {
        CudaToolkit toolkit;
        toolkit.version = v->majorMinor();
        toolkit.fullVersion = v->truncated(3).toString();
        toolkit.nvcc = QStringLiteral("nvcc");
        toolkit.source = source;
        profile.cudaToolkits.append(toolkit);
    }
    if (const QString driver = firstVersion(value("nvidia driver version")); !driver.isEmpty())
        profile.nvidiaDriver = NvidiaDriver{driver, QString(), false, source};
    if (const QString hip = firstVersion(value("hip runtime version")); !hip.isEmpty()) {
        Rocm rocm;
        rocm.version = hip;
        rocm.source = source + QStringLiteral(": HIP runtime version");
        profile.rocm = rocm;
    }
    addGpus(profile, r, !torchHip.isEmpty(), source);
    addIntelGpus(profile, r, source);
    addCudnn(profile, r, source);
    return profile;
}

} // namespace dlstack::probe::collectenv
