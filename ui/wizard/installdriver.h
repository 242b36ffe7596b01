// SPDX-License-Identifier: GPL-3.0-or-later
// InstallDriver: what the Install page needs from whatever runs an install: start the
// stages the wizard state describes, cancel, roll a stage back, and report stage states,
// output and overall progress as signals on the GUI thread. ProcessInstallDriver runs the
// install as its own `dlstack install` process; tests plug in small drivers of their own.
#pragma once

#include "core/log/diagnoser.h"
#include "ui/wizard/wizardstate.h"

#include <QObject>
#include <QStringList>

namespace dlstack::ui {

class InstallDriver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The stage names start() will run, in order, for this state.
    virtual QStringList stages(const WizardState &state) const = 0;
    virtual void start(const WizardState &state) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const { return false; }

    // A file the stage's output is appended to while it runs (followed by the page's log
    // inspector); empty when the driver reports lines through outputLine() instead.
    virtual QString stageLogPath(int index) const
    {
        Q_UNUSED(index);
        return QString();
    }
    // Pausing: the running program is stopped and no new step starts until setPaused(false).
    virtual bool canPause() const { return false; }
    virtual void setPaused(bool paused) { Q_UNUSED(paused); }

    // What an earlier run left, per stage in order: "pending", "interrupted", "done",
    // "failed" or "rolled-back" (the journal's words); empty when nothing ran yet.
    virtual QStringList recordedStates(const WizardState &state) const
    {
        Q_UNUSED(state);
        return {};
    }
    // Before the page shows what an earlier run of this state's plan left: learn its prefix
    // and stages (their logs, rolling them back) without running anything.
    virtual void prepare(const WizardState &state) { Q_UNUSED(state); }
    // Rolling a finished stage back: what it would remove or restore, in words, and doing it.
    virtual bool canRollBack() const { return false; }
    virtual QStringList rollbackPreview(int index) const
    {
        Q_UNUSED(index);
        return {};
    }
    virtual void rollBack(int index) { Q_UNUSED(index); }

signals:
    void stageStarted(int index);
    void stageFinished(int index);
    void stageFailed(int index, const QString &reason);
    // The root cause the install found in a failed stage's log (with the plan's machine facts).
    void diagnosed(int index, const dlstack::log::Diagnosis &diagnosis);
    void stageRolledBack(int index, bool ok, const QString &message);
    void outputLine(const QString &line);
    void progress(double fraction); // 0..1 of the whole install
    void finished(bool ok);
};

} // namespace dlstack::ui
