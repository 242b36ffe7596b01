// SPDX-License-Identifier: GPL-3.0-or-later
// PythonProbe: the Python interpreters on PATH (python, python3, python3.N) and the versions
// pyenv's shims dispatch to (the shims themselves are skipped), one entry per distinct
// interpreter: /usr/bin/python3 -> python3.11 and python3.11 are one, found by where their
// links lead. The version comes from the installation's patchlevel.h where that file says it
// (interpreterVersionFromFiles); only the others are asked `--version`, concurrently.
#include "core/probe/probes.h"

#include "core/probe/commandfanout.h"
#include "core/probe/pythonversionfile.h"
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
        bool pyenvShims = false;
        const auto consider = [&](const QString &dir, const QString &entry) {
            if (!re.match(entry).hasMatch())
                return;
            const QString path = dir + u'/' + entry;
            if (!context.isExecutable(path))
                return;
            // pyenv's shims are bash scripts that take ~60 ms each to start; the versions
            // they dispatch to are read from pyenv's own directory below instead.
            const QByteArray head = context.readFile(path, 256).value_or(QByteArray());
            if (head.startsWith("#!") && head.contains("pyenv")) {
                pyenvShims = true;
                return;
            }
            // A venv's python links to its base interpreter, yet is a different
            // environment: keep it apart by its directory, not its link target.
            const QString key = context.exists(dir + QStringLiteral("/../pyvenv.cfg")) ? path : context.canonical(path);
            if (canonicals.contains(key))
                return;
            canonicals << key;
            paths << path;
        };
        for (const QString &dir : context.pathDirs()) {
            for (const QString &entry : context.list(dir, {QStringLiteral("python*")}))
                consider(dir, entry);
        }
        if (pyenvShims) {
            QString pyenvRoot = context.env(QStringLiteral("PYENV_ROOT"));
            if (pyenvRoot.isEmpty())
                pyenvRoot = context.home() + QStringLiteral("/.pyenv");
            // A pyenv-virtualenv env (versions/<name> -> <version>/envs/<name>, with pyvenv.cfg)
            // is an environment, listed with the others, not another interpreter.
            for (const QString &version : context.list(pyenvRoot + QStringLiteral("/versions"))) {
                const QString root = pyenvRoot + QStringLiteral("/versions/") + version;
                if (!context.exists(root + QStringLiteral("/pyvenv.cfg")))
                    consider(root + QStringLiteral("/bin"), QStringLiteral("python"));
            }
        }
        // Files first; the interpreters they say nothing about are started, all at once.
        QList<std::optional<InterpreterVersion>> fromFiles;
        QList<ProgramCall> calls;
        for (const QString &path : paths) {
            fromFiles.append(interpreterVersionFromFiles(context, path));
            if (!fromFiles.last())
                calls.append({path, {QStringLiteral("--version")}});
        }
        const auto results = runConcurrently(context, calls);
        SystemProfile profile;
        qsizetype next = 0;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (const auto &file = fromFiles[i]) {
                // The same reading of the same string as below: `--version` prints "Python " + PY_VERSION.
                const QString version = toolparsers::parsePythonVersion(QStringLiteral("Python ") + file->version);
                profile.pythons.append({version, paths[i], file->source});
                continue;
            }
            const support::CommandResult &result = results[next++];
            // A pyenv shim of an uninstalled version exits non-zero: not an interpreter.
            if (!result.succeeded())
                continue;
            const QString version = toolparsers::parsePythonVersion(QString::fromUtf8(result.out + result.err));
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
