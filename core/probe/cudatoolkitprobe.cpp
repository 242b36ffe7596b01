// SPDX-License-Identifier: GPL-3.0-or-later
// CudaToolkitProbe: every CUDA toolkit found by locateCudaToolkits, with its version read
// from version.json (11.1+), version.txt (older), a pip-assembled toolkit's
// dist-info/nvidia_cuda_nvcc-*.dist-info, a conda env's conda-meta, or as a last resort
// from running `<root>/bin/nvcc --version`; each with its origin (system, distro, conda,
// pip), and which of them the shell reaches through PATH, CUDA_HOME and LD_LIBRARY_PATH.
#include "core/probe/probes.h"

#include "core/probe/condalocator.h"
#include "core/probe/condaparsers.h"
#include "core/probe/cudacomponents.h"
#include "core/probe/cudalocator.h"
#include "core/probe/nvccparser.h"
#include "core/support/processexplainer.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CudaToolkitProbe)
};

using nvccparser::CudaVersion;

class CudaToolkitProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("cudatoolkit"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        const CondaLocation conda = locateConda(context);
        for (const ToolkitLocation &location : locateCudaToolkits(context, condaEnvPaths(conda))) {
            CudaToolkit toolkit;
            toolkit.path = location.path;
            toolkit.aliases = location.aliases;
            const QString nvcc = location.path + QStringLiteral("/bin/nvcc");
            if (context.isExecutable(nvcc))
                toolkit.nvcc = nvcc;
            const auto [version, source] = readVersion(context, location, toolkit.nvcc, profile);
            if (version.isNull()) {
                addProblem(
                    profile, name(),
                    Tr::tr("Found a CUDA toolkit directory at %1 but could not tell its version.").arg(location.path));
                if (toolkit.nvcc.isEmpty())
                    continue; // a directory without nvcc and without a version is not worth listing
            }
            toolkit.version = version.version;
            toolkit.fullVersion = version.fullVersion;
            toolkit.source = source;
            toolkit.origin = toolkitOrigin(context, location.path, location.condaEnv);
            profile.cudaToolkits.append(toolkit);
        }
        profile.shellCuda = shellCudaOf(context, profile.cudaToolkits);
        return profile;
    }

private:
    struct Found
    {
        CudaVersion version;
        QString source;
    };

    std::optional<QString> readText(const ProbeContext &context, const QString &path, SystemProfile &profile) const
    {
        if (!context.exists(path))
            return std::nullopt;
        const auto bytes = context.readFile(path, 1024 * 1024);
        if (!bytes) {
            addProblem(profile, name(), Tr::tr("Could not read %1.").arg(path));
            return std::nullopt;
        }
        return support::decodeToolOutput(*bytes);
    }

    Found readVersion(const ProbeContext &context, const ToolkitLocation &location, const QString &nvcc,
                      SystemProfile &profile) const
    {
        const QString root = location.path;
        const QString json = root + QStringLiteral("/version.json");
        if (const auto text = readText(context, json, profile)) {
            const CudaVersion v = nvccparser::parseVersionJson(text->toUtf8());
            if (!v.isNull())
                return {v, json};
            addProblem(profile, name(), Tr::tr("%1 does not hold a CUDA version.").arg(json));
        }
        const QString txt = root + QStringLiteral("/version.txt");
        if (const auto text = readText(context, txt, profile)) {
            const CudaVersion v = nvccparser::parseVersionTxt(*text);
            if (!v.isNull())
                return {v, txt};
            addProblem(profile, name(), Tr::tr("%1 does not hold a CUDA version.").arg(txt));
        }
        const QString distInfo = root + QStringLiteral("/dist-info");
        for (const QString &entry : context.list(distInfo, {QStringLiteral("nvidia_cuda_nvcc*")})) {
            const CudaVersion v = nvccparser::parseNvccDistInfoName(entry);
            if (!v.isNull())
                return {v, distInfo + u'/' + entry};
        }
        if (location.condaEnv) {
            const QString meta = root + QStringLiteral("/conda-meta");
            const QStringList names =
                context.list(meta, {QStringLiteral("cuda-nvcc-*.json"), QStringLiteral("cudatoolkit-*.json"),
                                    QStringLiteral("cuda-cudart-*.json")});
            for (const QString &package :
                 {QStringLiteral("cuda-nvcc"), QStringLiteral("cudatoolkit"), QStringLiteral("cuda-cudart")}) {
                const QString v = condaparsers::packageVersion(names, package);
                const CudaVersion parsed = nvccparser::parseVersionTxt(QStringLiteral("CUDA Version ") + v);
                if (!parsed.isNull())
                    return {parsed, meta + u'/' + package + QStringLiteral("-") + v + QStringLiteral("-*.json")};
            }
        }
        if (nvcc.isEmpty())
            return {};
        const QStringList args{QStringLiteral("--version")};
        const support::CommandResult result = context.run(nvcc, args);
        const CudaVersion v = nvccparser::parseNvccVersion(support::decodeToolOutput(result.out + result.err));
        if (v.isNull()) {
            support::Command command;
            command.program = nvcc;
            command.args = args;
            const QString why = result.succeeded() ? Tr::tr("unrecognised output")
                                                   : support::explainProcessFailure(command, result).summary;
            addProblem(profile, name(), Tr::tr("%1 --version did not report a version (%2).").arg(nvcc, why));
            return {};
        }
        return {v, nvcc + QStringLiteral(" --version")};
    }
};

} // namespace

std::unique_ptr<Probe> makeCudaToolkitProbe()
{
    return std::make_unique<CudaToolkitProbe>();
}

} // namespace dlstack::probe
