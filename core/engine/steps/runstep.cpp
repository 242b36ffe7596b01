// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/steps/runstep.h"

#include "core/engine/progressparser.h"
#include "core/support/processexplainer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunStep)
};

} // namespace

bool RunStep::resumable() const
{
    return true;
}

std::optional<support::Error> RunStep::perform(StepContext &context)
{
    // The working directory and what the step says it creates must lie inside the prefix or
    // the cache once links are followed; what the program itself writes is its own business.
    QString cwd = context.plan->prefix;
    if (!m_step.cwd.isEmpty()) {
        const auto guarded = context.guarded(m_step.cwd, support::PathGuard::Last::Follow);
        if (!guarded.ok())
            return guarded.error();
        cwd = guarded.value();
    }
    Effect effect;
    for (const QString &created : m_step.creates) {
        const auto guarded = context.guarded(created, support::PathGuard::Last::Keep);
        if (!guarded.ok())
            return guarded.error();
        const QString path = guarded.value();
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            effect.creates.append(path); // a path that was there before is never removed
    }
    effect.undoArgv = m_step.undo;
    effect.undoCwd = m_step.cwd.isEmpty() ? QString() : cwd;
    const qint64 seq = context.intent(effect);
    if (seq < 0)
        return context.journalError();
    support::Command command{m_step.argv.first(), m_step.argv.mid(1), context.environment(m_step.env), cwd,
                             std::chrono::milliseconds(0)};
    if (!QFileInfo(command.cwd).isDir())
        return support::Error{Tr::tr("The working directory %1 does not exist.").arg(command.cwd), QString(),
                              Tr::tr("An earlier step should create it; check the plan's order.")};
    QList<QByteArray> tail;
    const QString parser = m_step.progress;
    const auto sink = [&](Stream stream, const QString &text) {
        context.line(stream, text);
        tail.append(text.toUtf8());
        if (tail.size() > 8)
            tail.removeFirst();
        const auto p = parseProgressLine(parser, text);
        context.progress(p ? *p : -1.0);
    };
    const support::CommandResult result = StreamingRunner().run(command, sink, context.cancel, context.pause);
    if (context.cancelled())
        return support::Error{Tr::tr("Cancelled while running %1.").arg(m_step.argv.first()), QString(),
                              Tr::tr("Run the install again to continue.")};
    if (!result.succeeded()) {
        support::CommandResult withTail = result;
        withTail.err = tail.join('\n');
        return support::explainProcessFailure(command, withTail);
    }
    return context.done(seq);
}

} // namespace dlstack::engine
