// SPDX-License-Identifier: GPL-3.0-or-later
// CompilerProbe: every gcc / clang on PATH (gcc, gcc-9 ... gcc-14, clang-15 ...), each
// asked for its version concurrently; a gcc without the matching g++ is noted.
#include "core/probe/probes.h"

#include "core/probe/commandfanout.h"
#include "core/probe/toolparsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompilerProbe)
};

class CompilerProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("compilers"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        static const QRegularExpression cc(QStringLiteral(R"(^(gcc|clang)(-\d+(\.\d+)*)?$)"));
        QStringList paths;
        QStringList canonicals;
        for (const QString &dir : context.pathDirs()) {
            for (const QString &entry : context.list(dir, {QStringLiteral("gcc*"), QStringLiteral("clang*")})) {
                if (!cc.match(entry).hasMatch())
                    continue;
                const QString path = dir + u'/' + entry;
                if (!context.isExecutable(path))
                    continue;
                const QString canonical = context.canonical(path);
                if (canonicals.contains(canonical))
                    continue;
                canonicals << canonical;
                paths << path;
            }
        }
        QList<ProgramCall> calls;
        for (const QString &path : paths)
            calls.append({path, {QStringLiteral("--version")}});
        const auto results = runConcurrently(context, calls);

        SystemProfile profile;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const auto &result = results[i];
            const auto version = toolparsers::parseCompilerVersion(QString::fromUtf8(result.out));
            if (!result.succeeded() || version.version.isEmpty()) {
                addProblem(profile, name(), Tr::tr("%1 did not report a version.").arg(paths[i]));
                continue;
            }
            profile.compilers.append(
                {version.kind, version.version, paths[i], paths[i] + QStringLiteral(" --version")});
        }
        return profile;
    }
};

} // namespace

std::unique_ptr<Probe> makeCompilerProbe()
{
    return std::make_unique<CompilerProbe>();
}

} // namespace dlstack::probe
