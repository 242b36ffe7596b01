// SPDX-License-Identifier: GPL-3.0-or-later
// CudnnProbe: cuDNN next to each CUDA toolkit, in the system directories (Debian/Ubuntu
// packages: /usr/include/x86_64-linux-gnu/cudnn_version_v9.h, libcudnn.so.9.1.0 in
// /usr/lib/x86_64-linux-gnu), in conda envs, and as pip wheels in Python envs
// (site-packages/nvidia/cudnn + nvidia_cudnn_cu12-9.1.0.70.dist-info). One entry per
// version and install location; the header wins over library names.
#include "core/probe/probes.h"

#include "core/probe/condalocator.h"
#include "core/probe/cudalocator.h"
#include "core/probe/cudnnparser.h"
#include "core/probe/pythonenvinspector.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CudnnProbe)
};

class CudnnProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("cudnn"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        QStringList keys; // version + install location
        const auto add = [&](const QString &version, const QString &location, const QString &file) {
            if (version.isEmpty())
                return;
            // "9" from libcudnn.so.9 adds nothing when 9.x.y is known for the same place.
            for (const QString &key : std::as_const(keys)) {
                if (key.endsWith(u'|' + location) && key.startsWith(version + u'.'))
                    return;
            }
            const QString key = version + u'|' + location;
            if (keys.contains(key))
                return;
            keys << key;
            profile.cudnn.append({version, file, file});
        };

        const CondaLocation conda = locateConda(context);
        const QStringList condaEnvs = condaEnvPaths(conda);
        QStringList roots;
        for (const ToolkitLocation &t : locateCudaToolkits(context, condaEnvs))
            roots << t.path;
        for (const QString &env : condaEnvs) {
            if (!roots.contains(env))
                roots << env;
        }
        if (!roots.contains(QStringLiteral("/usr")))
            roots << QStringLiteral("/usr");

        for (const QString &root : std::as_const(roots)) {
            for (const QString &header : headers(context, root)) {
                const auto bytes = context.readFile(header, 1024 * 1024);
                if (!bytes) {
                    addProblem(profile, name(), Tr::tr("Could not read %1.").arg(header));
                    continue;
                }
                const QString version = cudnnparser::parseVersionHeader(support::decodeToolOutput(*bytes));
                if (version.isEmpty() && header.contains(QStringLiteral("cudnn_version")))
                    addProblem(profile, name(), Tr::tr("%1 does not state a cuDNN version.").arg(header));
                add(version, root, header);
            }
            for (const QString &dir : libraryDirs(root))
                addLibraries(context, dir, root, add);
            // pip-assembled toolkits carry the wheel's dist-info
            for (const QString &entry :
                 context.list(root + QStringLiteral("/dist-info"), {QStringLiteral("nvidia_cudnn*")}))
                add(cudnnparser::versionFromDistInfo(entry), root, root + QStringLiteral("/dist-info/") + entry);
        }

        for (const PythonEnvCandidate &env : locatePythonEnvs(context, condaEnvs)) {
            for (const QString &site : sitePackagesDirs(context, env)) {
                const QString package = site + QStringLiteral("/nvidia/cudnn");
                if (!context.isDir(package))
                    continue;
                for (const QString &entry : context.list(site, {QStringLiteral("nvidia_cudnn*.dist-info")}))
                    add(cudnnparser::versionFromDistInfo(entry), package, site + u'/' + entry);
                for (const QString &header : headers(context, package)) {
                    if (const auto bytes = context.readFile(header, 1024 * 1024))
                        add(cudnnparser::parseVersionHeader(support::decodeToolOutput(*bytes)), package, header);
                }
                addLibraries(context, package + QStringLiteral("/lib"), package, add);
            }
        }
        return profile;
    }

private:
    static QStringList headers(const ProbeContext &context, const QString &root)
    {
        QStringList found;
        QStringList dirs{root + QStringLiteral("/include"), root + QStringLiteral("/targets/x86_64-linux/include")};
        if (root == u"/usr")
            dirs << QStringLiteral("/usr/include/x86_64-linux-gnu");
        for (const QString &dir : dirs) {
            QStringList names =
                context.list(dir, {QStringLiteral("cudnn_version.h"), QStringLiteral("cudnn_version_v*.h")});
            if (names.isEmpty()) // cuDNN 7 kept the version in cudnn.h
                names = context.list(dir, {QStringLiteral("cudnn.h"), QStringLiteral("cudnn_v*.h")});
            for (const QString &name : std::as_const(names))
                found << dir + u'/' + name;
        }
        return found;
    }

    static QStringList libraryDirs(const QString &root)
    {
        if (root == u"/usr")
            return {QStringLiteral("/usr/lib/x86_64-linux-gnu"), QStringLiteral("/usr/lib64"),
                    QStringLiteral("/usr/lib")};
        return {root + QStringLiteral("/lib64"), root + QStringLiteral("/lib"),
                root + QStringLiteral("/targets/x86_64-linux/lib")};
    }

    template <typename Add>
    static void addLibraries(const ProbeContext &context, const QString &dir, const QString &location, const Add &add)
    {
        QStringList versions;
        QStringList files;
        for (const QString &name : context.list(dir, {QStringLiteral("libcudnn.so.*")})) {
            const QString v = cudnnparser::versionFromLibraryName(name);
            if (!v.isEmpty()) {
                versions << v;
                files << dir + u'/' + name;
            }
        }
        // Full versions first, so that a bare "libcudnn.so.9" is dropped beside "libcudnn.so.9.1.0".
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype i = 0; i < versions.size(); ++i) {
                if ((versions[i].count(u'.') == 2) == (pass == 0))
                    add(versions[i], location, files[i]);
            }
        }
    }
};

} // namespace

std::unique_ptr<Probe> makeCudnnProbe()
{
    return std::make_unique<CudnnProbe>();
}

} // namespace dlstack::probe
