// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizardplan.h"

#include "core/plan/planloader.h"
#include "ui/wizard/stackcatalog.h"

#include <QCoreApplication>

namespace dlstack::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WizardPlan)
};
} // namespace

matrix::Selection selectionFor(const WizardState &state)
{
    return selectionOf(state.stack, state.options);
}

plan::PlanOutcome planFor(const WizardState &state)
{
    plan::PlanOutcome outcome;
    if (!state.planFile.isEmpty()) {
        auto loaded = plan::loadPlanFile(state.planFile);
        if (!loaded.ok())
            outcome.error = loaded.error();
        else
            outcome.plan = std::move(loaded).value();
        return outcome;
    }
    const auto &matrix = matrix::Matrix::builtin();
    if (!matrix.ok()) {
        outcome.error = matrix.error();
        return outcome;
    }
    if (!state.stack.isValid() || state.options.prefix.isEmpty()) {
        outcome.error = support::Error{Tr::tr("Choose a stack and an install folder first."), QString(), QString()};
        return outcome;
    }
    plan::PlannerOptions options;
    options.prefix = state.options.prefix;
    options.mirror = !state.options.offlineDir.isEmpty() ? state.options.offlineDir : state.options.mirror;
    outcome = plan::Planner(matrix.value()).plan(state.profile, selectionFor(state), options);
    if (outcome.plan && !state.options.proxy.isEmpty())
        outcome.plan->proxy = state.options.proxy;
    return outcome;
}

} // namespace dlstack::ui
