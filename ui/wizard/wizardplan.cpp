// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizardplan.h"

#include "core/net/proxyvariables.h"
#include "core/plan/planloader.h"

#include <QCoreApplication>

namespace dlstack::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WizardPlan)
};
} // namespace

plan::PlanOutcome makePlan(const WizardState &state)
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
    const auto &matrix = matrix::loadEffective();
    if (!matrix.ok()) {
        outcome.error = matrix.error();
        return outcome;
    }
    if (state.selection.torch.isEmpty() || state.target.prefix.isEmpty()) {
        outcome.error = support::Error{Tr::tr("Choose a stack and an install folder first."), QString(), QString()};
        return outcome;
    }
    plan::PlannerOptions options;
    options.prefix = state.target.prefix;
    options.mirror = !state.target.offlineDir.isEmpty() ? state.target.offlineDir : state.target.mirror;
    // An imported machine is planned for, not installed here: no GPU in its profile is a note.
    options.target = state.planningElsewhere() ? matrix::Target::Profile : matrix::Target::ThisMachine;
    outcome = plan::Planner(matrix.value()).plan(state.profile, state.selection, options);
    if (outcome.plan && !state.target.proxy.isEmpty()) {
        // The password stays out of the plan (it is kept in the prefix and exported): the
        // install the wizard starts gets it in DLSTACK_PROXY_PASSWORD (proxyPassword()).
        const net::ProxyPassword proxy = net::ProxyPassword::split(state.target.proxy);
        outcome.plan->proxy = proxy.url;
        outcome.plan->proxyCredential = proxy.password.isEmpty() ? QString() : QStringLiteral("proxy-password");
    }
    return outcome;
}

QString proxyPassword(const WizardState &state)
{
    return net::ProxyPassword::split(state.target.proxy).password;
}

plan::PlanOutcome planFor(const WizardState &state)
{
    return state.planned ? *state.planned : makePlan(state);
}

QStringList stageTitles(const WizardState &state)
{
    const plan::PlanOutcome outcome = planFor(state);
    QStringList titles;
    if (outcome.plan)
        for (const plan::Stage &stage : outcome.plan->stages)
            titles << stage.title;
    return titles;
}

} // namespace dlstack::ui
