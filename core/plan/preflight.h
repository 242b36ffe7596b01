// SPDX-License-Identifier: GPL-3.0-or-later
// preflight: the last look before an install changes anything, the same for
// `dlstack install` and the wizard's Install button. It gathers, as findings with a remedy:
// what check() said about the selection on the machine (carried in the PlanOutcome), a
// plan that could not be made ("no_plan"), a plan made for another machine's profile
// ("planned_elsewhere"), and the install target on this machine's disk ("install_target":
// the prefix writable, enough free space, the mirror directory present), and a set PYTHONPATH in
// the environment the install runs in ("pythonpath_set", a warning: the engine passes the
// environment on to every step, so pip and the verification see the packages it names, and so
// does the new environment afterwards). An install may
// start only when hasBlocker() is false for the result. Reads the file system (checkTarget);
// cheap enough for the GUI thread.
#pragma once

#include "core/matrix/finding.h"
#include "core/plan/planner.h"

#include <QList>
#include <QMap>
#include <QString>

namespace dlstack::plan {

struct PreflightInput
{
    PlanOutcome outcome;
    // Empty: the plan is for this machine. Else the machine whose profile it was made for
    // ("NVIDIA TITAN Xp, driver 450.57"): it may be exported, never installed here.
    QString plannedFor;
    // The environment the install's steps inherit: installEnvironment() for this process. Only
    // PYTHONPATH is read; empty: nothing is checked.
    QMap<QString, QString> environment;
};

QList<matrix::Finding> preflight(const PreflightInput &input);

// This process's environment, as preflight() reads it.
QMap<QString, QString> installEnvironment();

} // namespace dlstack::plan
