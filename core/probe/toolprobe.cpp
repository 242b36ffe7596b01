// SPDX-License-Identifier: GPL-3.0-or-later
// ToolProbe: build tools dlstack plans rely on; each is asked `--version` concurrently.
// A tool that is not installed is a null entry, not a problem. pip's cmake and ninja are
// Python scripts (`#!/venv/bin/python3`) that take a Python start to answer; their version
// is read from the environment's cmake-X.dist-info instead.
#include "core/probe/probes.h"

#include "core/probe/commandfanout.h"
#include "core/probe/pythonenvparsers.h"
#include "core/probe/toolparsers.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ToolProbe)
};

QString parentDir(const QString &path)
{
    const qsizetype cut = path.lastIndexOf(u'/');
    return cut <= 0 ? QStringLiteral("/") : path.left(cut);
}

// A pip-installed tool's dist-info when `path` is a Python entry-point script; empty otherwise.
std::optional<Tool> fromPipWheel(const ProbeContext &context, const QString &tool, const QString &path)
{
    const auto head = context.readFile(path, 256);
    if (!head || !head->startsWith("#!") || !head->left(head->indexOf('\n')).contains("python"))
        return std::nullopt;
    const QString lib = parentDir(parentDir(path)) + QStringLiteral("/lib");
    for (const QString &python : context.list(lib, {QStringLiteral("python3*")})) {
        const QString site = lib + u'/' + python + QStringLiteral("/site-packages");
        for (const QString &name : context.list(site, {tool + QStringLiteral("-*.dist-info")})) {
            const auto dist = pythonenvparsers::parseDistributionDir(name);
            if (dist && dist->name == tool && !dist->version.isEmpty())
                return Tool{dist->version, path, site + u'/' + name};
        }
    }
    return std::nullopt;
}

class ToolProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("tools"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        static const QStringList tools{QStringLiteral("cmake"),  QStringLiteral("ninja"),  QStringLiteral("git"),
                                       QStringLiteral("make"),   QStringLiteral("ccache"), QStringLiteral("sccache"),
                                       QStringLiteral("distcc"), QStringLiteral("pkexec"), QStringLiteral("sudo")};
        SystemProfile profile;
        QStringList found;
        QList<ProgramCall> calls;
        for (const QString &tool : tools) {
            const QString path = context.which(tool);
            profile.tools.insert(tool, std::nullopt);
            if (path.isEmpty())
                continue;
            if (const auto wheel = fromPipWheel(context, tool, path)) {
                profile.tools.insert(tool, wheel);
                continue;
            }
            found << tool;
            calls.append({path, {QStringLiteral("--version")}});
        }
        const auto results = runConcurrently(context, calls);
        for (qsizetype i = 0; i < found.size(); ++i) {
            const QString text = QString::fromUtf8(results[i].out + results[i].err);
            const QString version = toolparsers::parseToolVersion(found[i], text);
            if (version.isEmpty() && found[i] != u"pkexec" && found[i] != u"sudo")
                addProblem(profile, name(), Tr::tr("%1 did not report a version.").arg(calls[i].program));
            profile.tools.insert(found[i],
                                 Tool{version, calls[i].program, calls[i].program + QStringLiteral(" --version")});
        }
        return profile;
    }
};

} // namespace

std::unique_ptr<Probe> makeToolProbe()
{
    return std::make_unique<ToolProbe>();
}

} // namespace dlstack::probe
