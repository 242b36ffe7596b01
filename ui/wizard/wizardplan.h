// SPDX-License-Identifier: GPL-3.0-or-later
// The plan the wizard will run: either the plan file given with `dlstack-wizard --plan FILE`
// (an admin's plan for many machines) or one the Planner makes from the wizard's choices.
// Plain values; the Review and Install pages both ask for it, so they always agree.
#pragma once

#include "core/matrix/selection.h"
#include "core/plan/planner.h"
#include "ui/wizard/wizardstate.h"

namespace dlstack::ui {

matrix::Selection selectionFor(const WizardState &state);
plan::PlanOutcome planFor(const WizardState &state);

} // namespace dlstack::ui
