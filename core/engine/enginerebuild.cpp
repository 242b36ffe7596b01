// SPDX-License-Identifier: GPL-3.0-or-later
// Engine::rebuild: `dlstack rebuild`, one finished build step of a development install run again.
#include "core/engine/engine.h"

#include "core/engine/planproxy.h"
#include "core/engine/step.h"
#include "core/plan/recipes/recipecontext.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

} // namespace

std::optional<support::Error> Engine::rebuildRefusal(const JournalState &state, const QString &stageId, int step)
{
    const StageStatus *stage = state.stage(stageId);
    const QString install = QStringLiteral("dlstack install --prefix %1").arg(plan::shellQuote(state.prefix));
    if (state.prefix.isEmpty() || !stage)
        return support::Error{Tr::tr("Nothing of stage %1 was installed in this prefix yet.").arg(stageId), QString(),
                              Tr::tr("Install the plan first; rebuild runs its build again after an edit.")};
    if (stage->state == StageState::RolledBack)
        return support::Error{Tr::tr("Stage %1 was rolled back: its build is no longer installed.").arg(stageId),
                              QString(), Tr::tr("Install it again first: %1").arg(install)};
    if (stage->state != StageState::Done && !state.doneSteps.contains(qMakePair(stageId, step)))
        return support::Error{
            Tr::tr("The build of stage %1 has not finished yet (the stage is %2).")
                .arg(stageId, JournalState::stateName(stage->state)),
            QString(), Tr::tr("Finish the install first: %1 continues the build where it stopped.").arg(install)};
    return std::nullopt;
}

void Engine::rebuild(const plan::Plan &plan, const QString &stageId, int step)
{
    m_cancel = false;
    const int at = plan.stageIndex(stageId);
    if (at < 0 || step < 0 || step >= plan.stages.at(at).steps.size()) {
        fail(QString(),
             support::Error{Tr::tr("The plan has no step %1 in stage \"%2\".").arg(step).arg(stageId), QString(), {}},
             nullptr);
        emit finished(false);
        return;
    }
    const plan::Stage &stage = plan.stages.at(at);
    // The prefix's lock first: no install or rollback changes the tree or the journal meanwhile.
    Journal journal;
    if (auto error = journal.open(plan.prefix, QStringLiteral("rebuild"))) {
        fail(QString(), *error, nullptr);
        emit finished(false);
        return;
    }
    if (!anchorPrefix(plan.prefix, false, journal)) {
        emit finished(false);
        return;
    }
    const auto read = Journal::read(plan.prefix);
    if (!read.ok()) {
        fail(QString(), read.error(), nullptr);
        emit finished(false);
        return;
    }
    if (auto refused = rebuildRefusal(read.value(), stageId, step)) {
        fail(QString(), *refused, nullptr);
        emit finished(false);
        return;
    }
    if (!takeProxy(plan)) {
        emit finished(false);
        return;
    }
    m_stageCount = 1;
    m_stageIndex = 0;
    m_stepCount = 1;
    m_progress = ProgressEvent{stage.id, 0, -1, 0, 0, QString()};
    emit stageStarted(stage.id, stage.title);
    const plan::Step &planned = stage.steps.at(step);
    emit stepStarted(stage.id, step, planned.describe());
    addLine(stage.id, Stream::Info, QStringLiteral("==> rebuild: ") + planned.describe());
    std::unique_ptr<Step> runner = Step::create(planned);
    std::optional<support::Error> error = performStep(plan, stage.id, step, *runner, journal);
    if (m_cancel) // the run step's own words speak of the install
        error = support::Error{Tr::tr("The rebuild was cancelled."), QString(),
                               Tr::tr("Run dlstack rebuild again; the build goes on from what it had compiled.")};
    if (error) {
        // No stage record: the stage stays as the install left it (a failed rebuild is no failed
        // install, and resuming must not check the edited tree out again).
        fail(stage.id, *error, nullptr);
        emit finished(false);
        return;
    }
    m_progress.step = 0;
    m_progress.overallFraction = 1;
    setProgress(1.0, true);
    emit stageFinished(stage.id);
    emit finished(true);
}

} // namespace dlstack::engine
