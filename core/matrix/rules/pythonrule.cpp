// SPDX-License-Identifier: GPL-3.0-or-later
// Python rule: the Python of the environment must be inside the release's wheel range
// (torch.json python.min..max; "experimental" entries are warnings) and, for a source
// build, at least source_build.python_min. A new venv needs that interpreter installed.
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PythonRule)
};

QString newestReleaseFor(const Matrix &matrix, const QString &python)
{
    const auto &releases = matrix.releases();
    for (auto it = releases.crbegin(); it != releases.crend(); ++it) {
        bool experimental = false;
        if (pythonInRange(python, *it, &experimental) && !experimental)
            return it->version;
    }
    return {};
}

} // namespace

void checkPython(const RuleInput &in, Findings &out)
{
    const TorchRelease &r = *in.release;
    if (in.python.isEmpty()) {
        if (in.selection.envKind == EnvKind::NewVenv && in.profile.pythons.isEmpty())
            out.append(makeFinding("python_missing", Severity::Warning,
                                   Tr::tr("No Python interpreter was found for a new venv."),
                                   Tr::tr("Install python3 and python3-venv, or use a new conda environment.")));
        return;
    }
    // Facts are built only for findings that are emitted, not for every combination checked.
    const auto facts = [&] {
        return Facts{{QStringLiteral("python"), in.python},
                     {QStringLiteral("min"), r.pythonMin},
                     {QStringLiteral("max"), r.pythonMax},
                     {QStringLiteral("source"), r.source}};
    };
    bool experimental = false;
    if (!pythonInRange(in.python, r, &experimental)) {
        const QString other = newestReleaseFor(in.matrix, in.python);
        QString remedy =
            in.selection.envKind == EnvKind::Existing
                ? Tr::tr("Create a new environment with Python %1 to %2").arg(r.pythonMin, r.pythonMax)
                : Tr::tr("Use Python %1 to %2 (a new conda environment can install it)").arg(r.pythonMin, r.pythonMax);
        remedy += other.isEmpty() ? Tr::tr(".")
                                  : Tr::tr(", or pick torch %1, which supports Python %2.").arg(other, in.python);
        out.append(makeFinding("python_out_of_range", Severity::Blocker,
                               Tr::tr("PyTorch %1 has Linux wheels for Python %2 to %3, not for %4.")
                                   .arg(r.version, r.pythonMin, r.pythonMax, in.python),
                               remedy, facts()));
        return;
    }
    if (experimental) {
        out.append(makeFinding("python_experimental", Severity::Warning,
                               Tr::tr("Python %1 support in PyTorch %2 is experimental.").arg(in.python, r.version),
                               Tr::tr("Use Python %1 for a supported setup.").arg(r.pythonMax), facts()));
    }
    if (in.selection.isSource() && compareVersion(in.python, r.buildPythonMin) < 0) {
        out.append(
            makeFinding("python_too_old_for_build", Severity::Blocker,
                        Tr::tr("Building PyTorch %1 from source needs Python %2 or newer; the environment has %3.")
                            .arg(r.version, r.buildPythonMin, in.python),
                        Tr::tr("Use Python %1 or newer.").arg(r.buildPythonMin), facts()));
    }
    if (in.selection.envKind == EnvKind::NewVenv && !in.selection.python.isEmpty()) {
        bool installed = false;
        const QString wanted = in.python.endsWith(u't') ? in.python.chopped(1) : in.python;
        for (const probe::PythonInterpreter &p : in.profile.pythons) {
            const auto v = support::Version::parse(p.version);
            installed = installed || (v && v->majorMinor() == wanted);
        }
        if (!installed && !in.profile.pythons.isEmpty()) {
            out.append(
                makeFinding("python_not_installed", Severity::Warning,
                            Tr::tr("Python %1 is not installed on this machine, and a venv needs it.").arg(wanted),
                            Tr::tr("Use a new conda environment (it installs Python %1), or install "
                                   "python%1 and python%1-venv.")
                                .arg(wanted),
                            facts()));
        }
    }
}

} // namespace dlstack::matrix::rules
