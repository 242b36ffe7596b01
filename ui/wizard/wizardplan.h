// SPDX-License-Identifier: GPL-3.0-or-later
// The plan the wizard will run: either the plan file given with `dlstack-wizard --plan FILE`
// (an admin's plan for many machines) or one the Planner makes from the wizard's selection.
// Review makes it once (makePlan) and keeps it in WizardState::planned; Install, the exports
// and the install driver read that one plan through planFor(), so they always agree.
#pragma once

#include "core/plan/planner.h"
#include "ui/wizard/wizardstate.h"

namespace dlstack::ui {

// The options' proxy goes into the plan without its password; a password names the keyring
// entry "proxy-password" as the plan's proxy_credential.
plan::PlanOutcome makePlan(const WizardState &state);
// The password of the options' proxy (empty when none), for the install process's
// DLSTACK_PROXY_PASSWORD only.
QString proxyPassword(const WizardState &state);
// WizardState::planned when Review made it, else makePlan().
plan::PlanOutcome planFor(const WizardState &state);
// The titles of planFor()'s stages, in order; empty when the state makes no plan.
QStringList stageTitles(const WizardState &state);

} // namespace dlstack::ui
