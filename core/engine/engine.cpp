// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/engine.h"
#include "core/plan/prefixlayout.h"
#include "core/support/atomicfile.h"
#include "core/support/urlredaction.h"

#include "core/engine/planproxy.h"
#include "core/engine/prefixidentity.h"
#include "core/engine/step.h"
#include "core/engine/undoer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QThread>

#include <algorithm>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

constexpr int kFlushMs = 100;
constexpr int kMaxBatch = 4096;

support::Error noJournal(const QString &prefix)
{
    return support::Error{Tr::tr("There is no install journal in %1.").arg(prefix), QString(),
                          Tr::tr("Check the prefix; only what dlstack installed can be rolled back.")};
}

// The plan kept in the prefix, so the install can be resumed and inspected without the
// file it came from; URLs lose their credentials. A different plan kept before is moved
// aside, never overwritten. Returns where the earlier one went, if it moved.
support::Result<QString> keepPlan(const plan::Plan &plan)
{
    const plan::PrefixLayout layout(plan.prefix);
    const QByteArray bytes =
        support::redactUrls(QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented))).toUtf8();
    QFile kept(layout.plan());
    QString movedTo;
    if (kept.open(QIODevice::ReadOnly)) {
        const QByteArray before = kept.readAll();
        kept.close();
        if (before == bytes)
            return movedTo;
        movedTo = layout.earlierPlan(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        if (!QDir().mkpath(QFileInfo(movedTo).path()) || !QFile::rename(layout.plan(), movedTo))
            return support::Error{Tr::tr("The plan kept in %1 could not be moved aside.").arg(layout.plan()), QString(),
                                  Tr::tr("Check the permissions of %1.").arg(layout.stateDir())};
    }
    if (auto error = support::writeFileAtomically(layout.plan(), bytes))
        return *error;
    return movedTo;
}

} // namespace

Engine::Engine(const secrets::SecretStore *secrets, QObject *parent) : QObject(parent), m_secrets(secrets)
{
    qRegisterMetaType<support::Error>();
    qRegisterMetaType<LogLine>();
    qRegisterMetaType<QList<LogLine>>();
    qRegisterMetaType<ProgressEvent>();
    m_lineClock.start();
    m_progressClock.start();
}

void Engine::addLine(const QString &stage, Stream stream, const QString &text)
{
    const QString shown = m_redactor.apply(text); // known secrets, and every URL's user-info and query
    m_pending.append(LogLine{stage, stream, shown});
    m_progress.lastLine = shown;
    if (m_pending.size() >= kMaxBatch || m_lineClock.elapsed() >= kFlushMs)
        flush(false);
}

void Engine::flush(bool force)
{
    if (!m_pending.isEmpty()) {
        emit linesReady(m_pending);
        m_pending.clear();
    }
    m_lineClock.restart();
    if (force)
        setProgress(m_progress.stepFraction, true);
}

void Engine::setProgress(double stepFraction, bool force)
{
    if (stepFraction >= 0)
        m_progress.stepFraction = std::clamp(stepFraction, 0.0, 1.0);
    else if (force == false && m_progress.stepFraction < 0)
        m_progress.stepFraction = -1;
    const double step = std::max(0.0, m_progress.stepFraction);
    m_progress.stageFraction = std::min(1.0, (std::max(0, m_progress.step) + step) / std::max(1, m_stepCount));
    m_progress.overallFraction = std::min(1.0, (m_stageIndex + m_progress.stageFraction) / std::max(1, m_stageCount));
    if (force || m_progressClock.elapsed() >= kFlushMs) {
        flush(false);
        emit progress(m_progress);
        m_progressClock.restart();
    }
}

void Engine::fail(const QString &stage, const support::Error &error, Journal *journal)
{
    if (journal && journal->isOpen())
        (void)journal->stage(stage, StageRecord::Failed, m_redactor.apply(error.summary));
    // The stage's log says why it stopped: a download's, a move's or the journal's failure is in
    // no program's output, and the diagnosis and the log view read the log.
    if (!stage.isEmpty())
        addLine(stage, Stream::Err, error.summary);
    flush(true);
    emit stageFailed(stage, support::Error{m_redactor.apply(error.summary), m_redactor.apply(error.details),
                                           m_redactor.apply(error.remedy)});
}

void Engine::install(const plan::Plan &plan, const InstallOptions &options)
{
    m_cancel = false;
    Journal journal;
    if (auto error = journal.open(plan.prefix, QStringLiteral("install"))) {
        fail(QString(), *error, nullptr);
        emit finished(false);
        return;
    }
    if (!anchorPrefix(plan.prefix, options.reanchor, journal)) {
        emit finished(false);
        return;
    }
    const auto identity = PrefixAnchor::here(plan.prefix, true);
    if (!identity.ok()) {
        fail(QString(), identity.error(), nullptr);
        emit finished(false);
        return;
    }
    // The proxy's password first: a locked keyring stops the install before anything changes.
    if (!takeProxy(plan)) {
        emit finished(false);
        return;
    }
    QList<QPair<QString, QString>> stages;
    for (const plan::Stage &stage : plan.stages)
        stages.append({stage.id, stage.title});
    if (auto error = journal.planStarted(plan.name, plan.prefix, plan.cache, stages, identity.value())) {
        fail(QString(), *error, nullptr);
        emit finished(false);
        return;
    }
    const auto read = Journal::read(plan.prefix);
    if (!read.ok()) {
        fail(QString(), read.error(), nullptr);
        emit finished(false);
        return;
    }
    // Keeping the plan is for resuming without its file: when it cannot be written (a full
    // disk), the install still runs and says so.
    const auto kept = keepPlan(plan);
    if (!kept.ok())
        addLine(QString(), Stream::Info,
                Tr::tr("The plan could not be kept in the prefix (%1); to resume, give its file again.")
                    .arg(kept.error().summary));
    else if (!kept.value().isEmpty())
        addLine(QString(), Stream::Info,
                Tr::tr("This prefix ran another plan before; it is kept as %1.").arg(kept.value()));
    QList<const plan::Stage *> selected;
    const int from = options.from.isEmpty() ? 0 : std::max(0, plan.stageIndex(options.from));
    for (int i = from; i < plan.stages.size(); ++i)
        if (options.only.isEmpty() || plan.stages[i].id == options.only)
            selected.append(&plan.stages[i]);
    m_stageCount = int(selected.size());
    for (m_stageIndex = 0; m_stageIndex < selected.size(); ++m_stageIndex) {
        const plan::Stage &stage = *selected[m_stageIndex];
        const StageStatus *status = read.value().stage(stage.id);
        if (status && status->state == StageState::Done) {
            emit stageSkipped(stage.id);
            continue;
        }
        if (!runStage(plan, stage, read.value(), journal)) {
            emit finished(false);
            return;
        }
    }
    m_progress.overallFraction = 1;
    flush(true);
    emit finished(true);
}

bool Engine::runStage(const plan::Plan &plan, const plan::Stage &stage, const JournalState &state, Journal &journal)
{
    emit stageStarted(stage.id, stage.title);
    if (auto error = journal.stage(stage.id, StageRecord::Started)) {
        fail(stage.id, *error, nullptr);
        return false;
    }
    m_stepCount = int(stage.steps.size());
    m_progress = ProgressEvent{stage.id, 0, -1, 0, 0, QString()};
    const auto sink = [this, &stage](Stream stream, const QString &text) { addLine(stage.id, stream, text); };
    const Undoer undoer(plan.prefix, plan.cache, sink);
    for (int i = 0; i < stage.steps.size(); ++i) {
        m_progress.step = i;
        m_progress.stepFraction = -1;
        if (state.doneSteps.contains(qMakePair(stage.id, i)))
            continue;
        while (m_pause && !m_cancel) // paused between steps: the next one waits
            QThread::msleep(100);
        std::unique_ptr<Step> step = Step::create(stage.steps[i]);
        // What an interrupted attempt of this step left behind, newest first: a step that
        // cannot continue starts clean, and so does any effect a rollback began to reverse
        // (a half-removed clone or build directory cannot be continued either).
        for (auto it = state.effects.crbegin(); it != state.effects.crend(); ++it) {
            if (it->stage != stage.id || it->step != i || it->undone || (step->resumable() && !it->undoing))
                continue;
            if (auto error = undoEffect(undoer, *it, journal)) {
                fail(stage.id, *error, &journal);
                return false;
            }
        }
        emit stepStarted(stage.id, i, stage.steps[i].describe());
        addLine(stage.id, Stream::Info, QStringLiteral("==> ") + stage.steps[i].describe());
        (void)journal.step(stage.id, i, StepRecord::Started);
        std::optional<support::Error> error = performStep(plan, stage.id, i, *step, journal);
        if (!error && m_cancel)
            error = support::Error{Tr::tr("The install was cancelled."), QString(),
                                   Tr::tr("Run the install again to continue where it stopped.")};
        if (!error)
            error = journal.step(stage.id, i, StepRecord::Done);
        if (error) {
            fail(stage.id, *error, &journal);
            return false;
        }
        setProgress(1.0, true);
    }
    if (auto error = journal.stage(stage.id, StageRecord::Done)) {
        fail(stage.id, *error, nullptr);
        return false;
    }
    m_progress.step = m_stepCount;
    setProgress(1.0, true);
    emit stageFinished(stage.id);
    return true;
}

std::optional<support::Error> Engine::performStep(const plan::Plan &plan, const QString &stage, int index, Step &step,
                                                  Journal &journal)
{
    StepContext context;
    context.journal = &journal;
    context.plan = &plan;
    context.stage = stage;
    context.step = index;
    context.cancel = &m_cancel;
    context.pause = &m_pause;
    context.secrets = m_secrets;
    context.redactor = &m_redactor;
    context.proxy = m_proxy;
    context.line = [this, stage](Stream stream, const QString &text) { addLine(stage, stream, text); };
    context.progress = [this](double fraction) { setProgress(fraction); };
    return step.perform(context);
}

std::optional<support::Error> Engine::undoEffect(const Undoer &undoer, const Effect &effect, Journal &journal)
{
    if (!effect.undoing)
        if (auto error = journal.undoing(effect.seq))
            return error;
    if (auto error = undoer.undo(effect))
        return error;
    return journal.undone(effect.seq);
}

bool Engine::takeProxy(const plan::Plan &plan)
{
    const auto proxy = planProxyUrl(plan, m_secrets, QProcessEnvironment::systemEnvironment(), &m_redactor);
    if (!proxy.ok()) {
        fail(QString(), proxy.error(), nullptr);
        return false;
    }
    m_proxy = proxy.value();
    return true;
}

bool Engine::anchorPrefix(const QString &prefix, bool reanchor, Journal &journal)
{
    const auto read = Journal::read(prefix);
    if (!read.ok()) {
        fail(QString(), read.error(), nullptr);
        return false;
    }
    const auto here = PrefixAnchor::here(prefix, false);
    if (!here.ok()) {
        fail(QString(), here.error(), nullptr);
        return false;
    }
    QString movedFrom;
    if (auto error = PrefixAnchor::check(prefix, read.value(), here.value(), reanchor, &movedFrom)) {
        fail(QString(), *error, nullptr);
        return false;
    }
    if (movedFrom.isEmpty())
        return true;
    addLine(QString(), Stream::Info,
            Tr::tr("The journal's paths under %1 are now read as paths under %2.").arg(movedFrom, prefix));
    if (auto error = journal.anchored(movedFrom, prefix, here.value())) {
        fail(QString(), *error, nullptr);
        return false;
    }
    return true;
}

void Engine::rollback(const QString &prefix, const QStringList &stageIds, bool reanchor)
{
    m_cancel = false;
    if (!QFileInfo::exists(plan::PrefixLayout(prefix).journal())) {
        fail(QString(), noJournal(prefix), nullptr);
        emit finished(false);
        return;
    }
    Journal journal;
    if (auto error = journal.open(prefix, QStringLiteral("rollback"))) {
        fail(QString(), *error, nullptr);
        emit finished(false);
        return;
    }
    if (!anchorPrefix(prefix, reanchor, journal)) {
        emit finished(false);
        return;
    }
    const auto read = Journal::read(prefix);
    if (!read.ok()) {
        fail(QString(), read.error(), nullptr);
        emit finished(false);
        return;
    }
    const JournalState &state = read.value();
    if (state.prefix.isEmpty()) {
        fail(QString(), noJournal(prefix), nullptr);
        emit finished(false);
        return;
    }
    QStringList order; // newest first: reverse plan order
    for (auto it = state.stages.crbegin(); it != state.stages.crend(); ++it)
        if (stageIds.isEmpty() || stageIds.contains(it->id))
            order.append(it->id);
    for (const QString &id : stageIds)
        if (!state.stage(id)) {
            fail(id,
                 support::Error{Tr::tr("The journal has no stage \"%1\".").arg(id), QString(),
                                Tr::tr("Run `dlstack status --prefix %1` to see the stages.").arg(prefix)},
                 nullptr);
            emit finished(false);
            return;
        }
    const auto sink = [this](Stream stream, const QString &text) { addLine(QString(), stream, text); };
    const Undoer undoer(state.prefix, state.cache, sink);
    m_stageCount = int(order.size());
    for (m_stageIndex = 0; m_stageIndex < order.size(); ++m_stageIndex) {
        const QString &id = order[m_stageIndex];
        const StageStatus *status = state.stage(id);
        bool any = false;
        for (const Effect &e : state.effects)
            any = any || (e.stage == id && !e.undone);
        if (!any && status && (status->state == StageState::Pending || status->state == StageState::RolledBack))
            continue;
        emit stageStarted(id, status ? status->title : id);
        (void)journal.stage(id, StageRecord::RollbackStarted);
        QList<int> stepsUndoing;
        for (auto it = state.effects.crbegin(); it != state.effects.crend(); ++it) {
            if (it->stage != id || it->undone)
                continue;
            // The step stops being done before its first effect is reversed: an install
            // after this rollback is interrupted runs it again instead of skipping it.
            std::optional<support::Error> error;
            if (!stepsUndoing.contains(it->step)) {
                stepsUndoing.append(it->step);
                error = journal.step(id, it->step, StepRecord::Undoing);
            }
            if (!error)
                error = undoEffect(undoer, *it, journal);
            if (error) {
                fail(id, *error, &journal);
                emit finished(false);
                return;
            }
        }
        (void)journal.stage(id, StageRecord::RolledBack);
        flush(true);
        emit stageFinished(id);
    }
    flush(true);
    emit finished(true);
}

} // namespace dlstack::engine
