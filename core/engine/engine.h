// SPDX-License-Identifier: GPL-3.0-or-later
// Engine: runs a Plan's stages in order on the thread it lives on (move it to a worker
// thread; never the GUI thread), journaling every effect first. install() skips finished
// stages and steps and continues an interrupted one; rollback() undoes stages newest
// first from the journal alone. cancel() may be called from any thread. Signals carry
// values only; output lines are batched and progress coalesced to about 10 per second.
#pragma once

#include "core/engine/engineevent.h"
#include "core/engine/journal.h"
#include "core/plan/plan.h"
#include "core/secrets/redactor.h"
#include "core/support/error.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>

namespace dlstack::secrets {
class SecretStore;
}

namespace dlstack::engine {

class Step;
class Undoer;

struct InstallOptions
{
    QString only;          // run just this stage
    QString from;          // start at this stage (earlier ones must be done or are skipped)
    bool reanchor = false; // a prefix moved with its journal: read its recorded paths as paths here
};

class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(const secrets::SecretStore *secrets = nullptr, QObject *parent = nullptr);

    void cancel() { m_cancel = true; }
    // Pausing stops the running program's process group (SIGSTOP) and holds the next step;
    // downloads and extraction run on. Any thread, and async-signal-safe.
    void setPaused(bool paused) { m_pause = paused; }
    bool isPaused() const { return m_pause; }

public slots:
    // Both emit finished() exactly once.
    void install(const dlstack::plan::Plan &plan, const dlstack::engine::InstallOptions &options);
    // Empty list: all stages. `reanchor`: as InstallOptions::reanchor.
    void rollback(const QString &prefix, const QStringList &stageIds, bool reanchor = false);
    // Runs step `step` of stage `stageId` once more, as install ran it (argv, working directory,
    // the plan's and the step's environment, no time limit, cancel and pause): the editable build
    // of a development install (plan::developBuild), which ninja continues incrementally. Refused
    // unless the journal shows the step finished (rebuildRefusal). The stage's and step's records
    // stay as they are; the step journals its effect as any run does. enginerebuild.cpp.
    void rebuild(const dlstack::plan::Plan &plan, const QString &stageId, int step);

public:
    // Why the journal's state does not allow rebuilding that step (never finished, rolled back),
    // or nullopt.
    static std::optional<support::Error> rebuildRefusal(const JournalState &state, const QString &stageId, int step);

signals:
    void stageStarted(const QString &id, const QString &title);
    void stageSkipped(const QString &id);
    void stageFinished(const QString &id);
    void stageFailed(const QString &id, const dlstack::support::Error &error); // redacted
    void stepStarted(const QString &stage, int step, const QString &description);
    void linesReady(const QList<dlstack::engine::LogLine> &lines);
    void progress(const dlstack::engine::ProgressEvent &event);
    void finished(bool ok);

private:
    bool runStage(const plan::Plan &plan, const plan::Stage &stage, const JournalState &state, Journal &journal);
    void addLine(const QString &stage, Stream stream, const QString &text);
    void setProgress(double stepFraction, bool force = false);
    void flush(bool force);
    void fail(const QString &stage, const support::Error &error, Journal *journal);
    // Refuses a copied or moved prefix (re-anchors a moved one when asked); false after fail().
    bool anchorPrefix(const QString &prefix, bool reanchor, Journal &journal);
    // Sets m_proxy to the plan's proxy with its password (from the keyring); false, with the
    // failure reported, when the password cannot be had.
    bool takeProxy(const plan::Plan &plan);
    std::optional<support::Error> undoEffect(const Undoer &undoer, const Effect &effect, Journal &journal);
    // Performs one step of `stage` with this job's cancel/pause flags, proxy, redactor and line sink.
    std::optional<support::Error> performStep(const plan::Plan &plan, const QString &stage, int index, Step &step,
                                              Journal &journal);

    const secrets::SecretStore *m_secrets;
    secrets::Redactor m_redactor; // every secret a step read; applied to lines and errors
    QString m_proxy;              // the plan's proxy with its password, for this install's steps
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_pause{false};
    QList<LogLine> m_pending;
    QElapsedTimer m_lineClock;
    QElapsedTimer m_progressClock;
    ProgressEvent m_progress;
    int m_stageCount = 1;
    int m_stageIndex = 0;
    int m_stepCount = 1;
};

} // namespace dlstack::engine
