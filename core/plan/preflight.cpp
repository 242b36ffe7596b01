// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/preflight.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};

matrix::Finding blocker(const char *id, const QString &message, const QString &remedy)
{
    matrix::Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = matrix::Severity::Blocker;
    f.message = message;
    f.remedy = remedy;
    return f;
}

} // namespace

QMap<QString, QString> installEnvironment()
{
    QMap<QString, QString> out;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        out.insert(name, env.value(name));
    return out;
}

QList<matrix::Finding> preflight(const PreflightInput &input)
{
    const PlanOutcome &outcome = input.outcome;
    QList<matrix::Finding> out;
    for (const matrix::Finding &f : outcome.findings)
        if (f.severity != matrix::Severity::Info)
            out << f;
    if (!outcome.plan) {
        // A blocked selection already says why in its findings; other failures (unknown
        // versions, a plan file that does not load) say it in the error.
        if (!matrix::hasBlocker(out))
            out << blocker("no_plan", outcome.error ? outcome.error->summary : Tr::tr("No plan could be made."),
                           outcome.error ? outcome.error->remedy : QString());
        return out;
    }
    if (!input.plannedFor.isEmpty())
        out << blocker("planned_elsewhere",
                       Tr::tr("This plan is made for another machine (%1), not for this one.").arg(input.plannedFor),
                       Tr::tr("Export it and run it there, or detect this machine again to plan for it."));
    if (const auto problem = checkTarget(*outcome.plan, outcome.neededMib))
        out << blocker("install_target", problem->summary, problem->remedy);
    const QString pythonPath = input.environment.value(QStringLiteral("PYTHONPATH"));
    if (input.plannedFor.isEmpty() && !pythonPath.trimmed().isEmpty()) {
        matrix::Finding f;
        f.id = QStringLiteral("pythonpath_set");
        f.severity = matrix::Severity::Warning;
        f.message = Tr::tr("PYTHONPATH is set (%1): every Python the install starts, and the new environment "
                           "afterwards, also imports the packages found there, so pip may skip packages it sees "
                           "there and torch may be imported from another installation.")
                        .arg(pythonPath);
        f.remedy = Tr::tr("Run `unset PYTHONPATH` before the install, and remove it from ~/.bashrc (or the module "
                          "that sets it) for this environment.");
        f.facts.insert(QStringLiteral("pythonpath"), pythonPath);
        out << f;
    }
    return out;
}

} // namespace dlstack::plan
