// SPDX-License-Identifier: GPL-3.0-or-later
// SystemProfile <-> JSON, schema 1 (docs/profile-format.md).
#include "core/probe/systemprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dlstack::probe {

namespace {

using J = QJsonObject;

QJsonValue str(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

J rocmJson(const Rocm &r)
{
    return J{{QStringLiteral("version"), r.version},
             {QStringLiteral("path"), r.path},
             {QStringLiteral("hipcc"), str(r.hipcc)},
             {QStringLiteral("source"), r.source},
             {QStringLiteral("origin"), str(r.origin)}};
}

Rocm rocmFromJson(const J &r)
{
    return Rocm{s(r, "version"), s(r, "path"), s(r, "hipcc"), s(r, "source"), s(r, "origin")};
}

J componentJson(const CudaComponent &c)
{
    return J{{QStringLiteral("component"), c.component},
             {QStringLiteral("version"), str(c.version)},
             {QStringLiteral("package"), c.package},
             {QStringLiteral("origin"), c.origin}};
}

template <typename T, typename F> QJsonArray array(const QList<T> &items, F f)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(f(item));
    return a;
}

template <typename T, typename F> QList<T> list(const QJsonValue &value, F f)
{
    QList<T> out;
    for (const QJsonValue &v : value.toArray())
        out.append(f(v.toObject()));
    return out;
}

} // namespace

QJsonObject SystemProfile::toJson() const
{
    J hostJson{{QStringLiteral("os_id"), str(host.osId)},
               {QStringLiteral("os_version"), str(host.osVersion)},
               {QStringLiteral("os_name"), str(host.osName)},
               {QStringLiteral("kernel"), str(host.kernel)},
               {QStringLiteral("arch"), str(host.arch)},
               {QStringLiteral("wsl"), host.wsl},
               {QStringLiteral("cpu_cores"), host.cpuCores},
               {QStringLiteral("memory_mib"), host.memoryMib},
               {QStringLiteral("disk_path"), str(host.diskPath)},
               {QStringLiteral("disk_free_mib"), host.diskFreeMib < 0 ? QJsonValue() : QJsonValue(host.diskFreeMib)},
               {QStringLiteral("secure_boot"), str(host.secureBoot)},
               {QStringLiteral("gpu_kernel_modules"), QJsonArray::fromStringList(host.loadedGpuModules)},
               {QStringLiteral("kernel_headers"), host.kernelHeaders},
               {QStringLiteral("hazards"), array(host.hazards,
                                                 [](const Hazard &h) {
                                                     return J{{QStringLiteral("id"), h.id},
                                                              {QStringLiteral("message"), h.message},
                                                              {QStringLiteral("source"), h.source}};
                                                 })},
               {QStringLiteral("source"), host.source}};

    J toolsJson;
    for (auto it = tools.cbegin(); it != tools.cend(); ++it) {
        toolsJson.insert(it.key(), it.value() ? QJsonValue(J{{QStringLiteral("version"), str(it.value()->version)},
                                                             {QStringLiteral("path"), it.value()->path},
                                                             {QStringLiteral("source"), it.value()->source}})
                                              : QJsonValue(QJsonValue::Null));
    }

    return J{
        {QStringLiteral("schema"), schema},
        {QStringLiteral("generated_by"), generatedBy},
        {QStringLiteral("host"), hostJson},
        {QStringLiteral("gpus"),
         array(gpus,
               [](const Gpu &g) {
                   return J{{QStringLiteral("vendor"), g.vendor},
                            {QStringLiteral("name"), g.name},
                            {QStringLiteral("memory_mib"), g.memoryMib > 0 ? QJsonValue(g.memoryMib) : QJsonValue()},
                            {QStringLiteral("compute_capability"), str(g.computeCapability)},
                            {QStringLiteral("gfx_target"), str(g.gfxTarget)},
                            {QStringLiteral("pci_bus_id"), str(g.pciBusId)},
                            {QStringLiteral("pci_id"), str(g.pciId)},
                            {QStringLiteral("driver"), str(g.driver)},
                            {QStringLiteral("mig"), g.mig},
                            {QStringLiteral("state"), g.state.isEmpty() ? QStringLiteral("ok") : g.state},
                            {QStringLiteral("source"), g.source}};
               })},
        {QStringLiteral("nvidia_driver"),
         nvidiaDriver ? QJsonValue(J{{QStringLiteral("version"), nvidiaDriver->version},
                                     {QStringLiteral("cuda_version"), str(nvidiaDriver->cudaVersion)},
                                     {QStringLiteral("open_kernel_module"), nvidiaDriver->openKernelModule},
                                     {QStringLiteral("source"), nvidiaDriver->source}})
                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cuda_toolkits"), array(cudaToolkits,
                                                [](const CudaToolkit &t) {
                                                    return J{{QStringLiteral("version"), t.version},
                                                             {QStringLiteral("full_version"), str(t.fullVersion)},
                                                             {QStringLiteral("path"), t.path},
                                                             {QStringLiteral("nvcc"), str(t.nvcc)},
                                                             {QStringLiteral("aliases"),
                                                              QJsonArray::fromStringList(t.aliases)},
                                                             {QStringLiteral("source"), t.source},
                                                             {QStringLiteral("origin"), str(t.origin)}};
                                                })},
        {QStringLiteral("cudnn"), array(cudnn,
                                        [](const Cudnn &c) {
                                            return J{{QStringLiteral("version"), c.version},
                                                     {QStringLiteral("path"), c.path},
                                                     {QStringLiteral("source"), c.source}};
                                        })},
        {QStringLiteral("rocm"), rocm ? QJsonValue(rocmJson(*rocm)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rocm_installs"), array(rocmInstalls, rocmJson)},
        {QStringLiteral("shell_cuda"),
         J{{QStringLiteral("choices"), array(shellCuda.choices,
                                             [](const CudaShellChoice &c) {
                                                 return J{{QStringLiteral("via"), c.via},
                                                          {QStringLiteral("path"), c.path},
                                                          {QStringLiteral("version"), str(c.version)}};
                                             })},
           {QStringLiteral("conflicts"), QJsonArray::fromStringList(shellCuda.conflicts)}}},
        {QStringLiteral("compilers"), array(compilers,
                                            [](const Compiler &c) {
                                                return J{{QStringLiteral("kind"), c.kind},
                                                         {QStringLiteral("version"), c.version},
                                                         {QStringLiteral("path"), c.path},
                                                         {QStringLiteral("source"), c.source}};
                                            })},
        {QStringLiteral("tools"), toolsJson},
        {QStringLiteral("pythons"), array(pythons,
                                          [](const PythonInterpreter &p) {
                                              return J{{QStringLiteral("version"), p.version},
                                                       {QStringLiteral("path"), p.path},
                                                       {QStringLiteral("source"), p.source}};
                                          })},
        {QStringLiteral("conda"),
         array(conda,
               [](const CondaInstall &c) {
                   return J{{QStringLiteral("root"), c.root},
                            {QStringLiteral("flavour"), c.flavour},
                            {QStringLiteral("version"), str(c.version)},
                            {QStringLiteral("envs"),
                             array(c.envs,
                                   [](const CondaEnv &e) {
                                       return J{{QStringLiteral("name"), e.name}, {QStringLiteral("path"), e.path}};
                                   })},
                            {QStringLiteral("source"), c.source}};
               })},
        {QStringLiteral("gpu_runtimes"), array(gpuRuntimes,
                                               [](const GpuRuntime &r) {
                                                   return J{{QStringLiteral("name"), r.name},
                                                            {QStringLiteral("version"), str(r.version)},
                                                            {QStringLiteral("path"), r.path},
                                                            {QStringLiteral("source"), r.source}};
                                               })},
        {QStringLiteral("python_envs"),
         array(pythonEnvs,
               [](const PythonEnv &e) {
                   J packages;
                   for (auto it = e.packages.cbegin(); it != e.packages.cend(); ++it)
                       packages.insert(it.key(), it.value());
                   return J{{QStringLiteral("kind"), e.kind},
                            {QStringLiteral("path"), e.path},
                            {QStringLiteral("python"), str(e.python)},
                            {QStringLiteral("python_version"), str(e.pythonVersion)},
                            {QStringLiteral("packages"), packages},
                            {QStringLiteral("torch_cuda"), str(e.torchCuda)},
                            {QStringLiteral("torch_hip"), str(e.torchHip)},
                            {QStringLiteral("torch_install"), str(torchInstallKindName(e.torchInstall))},
                            {QStringLiteral("torch_location"), str(e.torchLocation)},
                            {QStringLiteral("cuda_components"), array(e.cudaComponents, componentJson)},
                            {QStringLiteral("active"), e.active},
                            {QStringLiteral("source"), e.source}};
               })},
        {QStringLiteral("modules"), array(modules,
                                          [](const EnvModule &m) {
                                              return J{{QStringLiteral("name"), m.name},
                                                       {QStringLiteral("family"), m.family},
                                                       {QStringLiteral("version"), str(m.version)},
                                                       {QStringLiteral("format"), m.format},
                                                       {QStringLiteral("provides"), str(m.provides)},
                                                       {QStringLiteral("root"), str(m.root)},
                                                       {QStringLiteral("path"), m.path},
                                                       {QStringLiteral("source"), m.source}};
                                          })},
        {QStringLiteral("problems"),
         array(problems,
               [](const Problem &p) {
                   return J{{QStringLiteral("probe"), p.probe}, {QStringLiteral("message"), p.message}};
               })},
    };
}

support::Result<SystemProfile> SystemProfile::fromJson(const QJsonObject &json)
{
    const QJsonValue schemaValue = json.value(QStringLiteral("schema"));
    if (!schemaValue.isDouble()) {
        return support::Error{
            QCoreApplication::translate("SystemProfile", "This is not a dlstack profile."),
            QCoreApplication::translate("SystemProfile", "The field \"schema\" is missing."),
            QCoreApplication::translate("SystemProfile", "Create a profile with `dlstack detect --json`.")};
    }
    const int schemaNumber = schemaValue.toInt();
    if (schemaNumber > kProfileSchema || schemaNumber < 1) {
        return support::Error{
            QCoreApplication::translate("SystemProfile", "The profile uses schema %1; this dlstack reads schema %2.")
                .arg(schemaNumber)
                .arg(kProfileSchema),
            {},
            QCoreApplication::translate("SystemProfile",
                                        "Update dlstack, or detect the profile again with this version.")};
    }
    SystemProfile p;
    p.generatedBy = s(json, "generated_by");
    const J h = json.value(QStringLiteral("host")).toObject();
    p.host.osId = s(h, "os_id");
    p.host.osVersion = s(h, "os_version");
    p.host.osName = s(h, "os_name");
    p.host.kernel = s(h, "kernel");
    p.host.arch = s(h, "arch");
    p.host.wsl = h.value(QStringLiteral("wsl")).toBool();
    p.host.cpuCores = h.value(QStringLiteral("cpu_cores")).toInt();
    p.host.memoryMib = static_cast<qint64>(h.value(QStringLiteral("memory_mib")).toDouble());
    p.host.diskPath = s(h, "disk_path");
    p.host.diskFreeMib = static_cast<qint64>(h.value(QStringLiteral("disk_free_mib")).toDouble(-1));
    p.host.secureBoot = s(h, "secure_boot");
    for (const QJsonValue &m : h.value(QStringLiteral("gpu_kernel_modules")).toArray())
        p.host.loadedGpuModules << m.toString();
    p.host.kernelHeaders = h.value(QStringLiteral("kernel_headers")).toBool();
    p.host.hazards = list<Hazard>(h.value(QStringLiteral("hazards")), [](const J &o) {
        return Hazard{s(o, "id"), s(o, "message"), s(o, "source")};
    });
    p.host.source = s(h, "source");
    p.gpus = list<Gpu>(json.value(QStringLiteral("gpus")), [](const J &o) {
        Gpu g;
        g.vendor = s(o, "vendor");
        g.name = s(o, "name");
        g.memoryMib = static_cast<qint64>(o.value(QStringLiteral("memory_mib")).toDouble());
        g.computeCapability = s(o, "compute_capability");
        g.gfxTarget = s(o, "gfx_target");
        g.pciBusId = s(o, "pci_bus_id");
        g.pciId = s(o, "pci_id");
        g.driver = s(o, "driver");
        g.mig = o.value(QStringLiteral("mig")).toBool();
        g.state = s(o, "state") == u"ok" ? QString() : s(o, "state");
        g.source = s(o, "source");
        return g;
    });
    if (const J d = json.value(QStringLiteral("nvidia_driver")).toObject(); !d.isEmpty())
        p.nvidiaDriver = NvidiaDriver{s(d, "version"), s(d, "cuda_version"),
                                      d.value(QStringLiteral("open_kernel_module")).toBool(), s(d, "source")};
    p.cudaToolkits = list<CudaToolkit>(json.value(QStringLiteral("cuda_toolkits")), [](const J &o) {
        CudaToolkit t{s(o, "version"), s(o, "full_version"), s(o, "path"), s(o, "nvcc"), {},
                      s(o, "source"),  s(o, "origin")};
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            t.aliases << a.toString();
        return t;
    });
    p.cudnn = list<Cudnn>(json.value(QStringLiteral("cudnn")), [](const J &o) {
        return Cudnn{s(o, "version"), s(o, "path"), s(o, "source")};
    });
    if (const J r = json.value(QStringLiteral("rocm")).toObject(); !r.isEmpty())
        p.rocm = rocmFromJson(r);
    p.rocmInstalls = list<Rocm>(json.value(QStringLiteral("rocm_installs")), rocmFromJson);
    const J shell = json.value(QStringLiteral("shell_cuda")).toObject();
    p.shellCuda.choices = list<CudaShellChoice>(shell.value(QStringLiteral("choices")), [](const J &o) {
        return CudaShellChoice{s(o, "via"), s(o, "path"), s(o, "version")};
    });
    for (const QJsonValue &c : shell.value(QStringLiteral("conflicts")).toArray())
        p.shellCuda.conflicts << c.toString();
    p.compilers = list<Compiler>(json.value(QStringLiteral("compilers")), [](const J &o) {
        return Compiler{s(o, "kind"), s(o, "version"), s(o, "path"), s(o, "source")};
    });
    const J t = json.value(QStringLiteral("tools")).toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        if (it.value().isObject()) {
            const J o = it.value().toObject();
            p.tools.insert(it.key(), Tool{s(o, "version"), s(o, "path"), s(o, "source")});
        } else {
            p.tools.insert(it.key(), std::nullopt);
        }
    }
    p.pythons = list<PythonInterpreter>(json.value(QStringLiteral("pythons")), [](const J &o) {
        return PythonInterpreter{s(o, "version"), s(o, "path"), s(o, "source")};
    });
    p.conda = list<CondaInstall>(json.value(QStringLiteral("conda")), [](const J &o) {
        CondaInstall c;
        c.root = s(o, "root");
        c.flavour = s(o, "flavour");
        c.version = s(o, "version");
        c.envs = list<CondaEnv>(o.value(QStringLiteral("envs")), [](const J &e) {
            return CondaEnv{s(e, "name"), s(e, "path")};
        });
        c.source = s(o, "source");
        return c;
    });
    p.gpuRuntimes = list<GpuRuntime>(json.value(QStringLiteral("gpu_runtimes")), [](const J &o) {
        return GpuRuntime{s(o, "name"), s(o, "version"), s(o, "path"), s(o, "source")};
    });
    p.pythonEnvs = list<PythonEnv>(json.value(QStringLiteral("python_envs")), [](const J &o) {
        PythonEnv e;
        e.kind = s(o, "kind");
        e.path = s(o, "path");
        e.python = s(o, "python");
        e.pythonVersion = s(o, "python_version");
        const J packages = o.value(QStringLiteral("packages")).toObject();
        for (auto it = packages.begin(); it != packages.end(); ++it)
            e.packages.insert(it.key(), it.value().toString());
        e.torchCuda = s(o, "torch_cuda");
        e.torchHip = s(o, "torch_hip");
        e.torchInstall = torchInstallKindFromName(s(o, "torch_install"));
        e.torchLocation = s(o, "torch_location");
        e.cudaComponents = list<CudaComponent>(o.value(QStringLiteral("cuda_components")), [](const J &c) {
            return CudaComponent{s(c, "component"), s(c, "version"), s(c, "package"), s(c, "origin")};
        });
        e.active = o.value(QStringLiteral("active")).toBool();
        e.source = s(o, "source");
        return e;
    });
    p.modules = list<EnvModule>(json.value(QStringLiteral("modules")), [](const J &o) {
        return EnvModule{s(o, "name"),     s(o, "family"), s(o, "version"), s(o, "format"),
                         s(o, "provides"), s(o, "root"),   s(o, "path"),    s(o, "source")};
    });
    p.problems = list<Problem>(json.value(QStringLiteral("problems")), [](const J &o) {
        return Problem{s(o, "probe"), s(o, "message")};
    });
    return p;
}

support::Result<SystemProfile> SystemProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return support::Error{
            QCoreApplication::translate("SystemProfile", "%1: cannot be read: %2").arg(path, file.errorString()),
            {},
            {}};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return support::Error{
            QCoreApplication::translate("SystemProfile",
                                        "%1: not a profile written by `dlstack detect --json` (%2 at byte %3).")
                .arg(path, error.errorString())
                .arg(error.offset),
            {},
            {}};
    }
    auto profile = fromJson(doc.object());
    if (!profile) {
        support::Error e = profile.error();
        e.summary = path + QStringLiteral(": ") + e.summary;
        return e;
    }
    return profile;
}

} // namespace dlstack::probe
