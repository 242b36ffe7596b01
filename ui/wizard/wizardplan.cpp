// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizardplan.h"

#include "core/plan/planloader.h"

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
    matrix::Selection s;
    s.route = state.stack.route;
    s.backend = state.stack.backend;
    s.torch = state.stack.torch;
    if (s.backend == u"cuda")
        s.cuda = state.stack.backendVersion;
    else if (s.backend == u"rocm")
        s.rocm = state.stack.backendVersion;
    s.python = state.stack.python;
    s.envKind = state.options.envKind;
    s.envPath = state.options.envPath;
    s.extras = state.options.extras;
    s.archList = state.options.archList;
    s.maxJobs = state.options.maxJobs;
    s.launcher = state.options.launcher;
    s.distccHosts = state.options.distccHosts;
    return s;
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
    const auto matrix = matrix::Matrix::builtin();
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
