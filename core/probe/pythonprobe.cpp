// SPDX-License-Identifier: GPL-3.0-or-later
// PythonProbe: the Python interpreters on PATH (python, python3, python3.N), each
// asked `--version` concurrently, one entry per distinct interpreter.
#include "core/probe/probes.h"

#include "core/probe/commandfanout.h"
#include "core/probe/toolparsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PythonProbe)
};

class PythonProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("pythons"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        static const QRegularExpression re(QStringLiteral(R"(^python(\d+(\.\d+)?)?$)"));
        QStringList paths;
        QStringList canonicals;
        for (const QString &dir : context.pathDirs()) {
            for (const QString &entry : context.list(dir, {QStringLiteral("python*")})) {
                if (!re.match(entry).hasMatch())
                    continue;
                const QString path = dir + u'/' + entry;
                if (!context.isExecutable(path))
                    continue;
                // A venv's python links to its base interpreter, yet is a different
                // environment: keep it apart by its directory, not its link target.
                const QString key = context.exists(dir + QStringLiteral("/../pyvenv.cfg")) ? path : context.canonical(path);
                if (canonicals.contains(key))
                    continue;
                canonicals << key;
                paths << path;
            }
        }
        QList<ProgramCall> calls;
        for (const QString &path : paths)
            calls.append({path, {QStringLiteral("--version")}});
        const auto results = runConcurrently(context, calls);
        SystemProfile profile;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            // A pyenv shim of an uninstalled version exits non-zero: not an interpreter.
            if (!results[i].succeeded())
                continue;
            const QString version = toolparsers::parsePythonVersion(QString::fromUtf8(results[i].out + results[i].err));
            if (version.isEmpty()) {
                addProblem(profile, name(), Tr::tr("%1 did not report a version.").arg(paths[i]));
                continue;
            }
            profile.pythons.append({version, paths[i], paths[i] + QStringLiteral(" --version")});
        }
        return profile;
    }
};

} // namespace

std::unique_ptr<Probe> makePythonProbe()
{
    return std::make_unique<PythonProbe>();
}

} // namespace dlstack::probe
