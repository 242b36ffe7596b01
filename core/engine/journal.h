// SPDX-License-Identifier: GPL-3.0-or-later
// Journal: the durable record of one install prefix, <prefix>/.dlstack/journal.jsonl.
// Append-only JSON lines, each written and fsync'ed before append() returns, so a record
// written before an effect (intent) survives a kill -9 during that effect. Reading is
// tolerant: a torn last line (killed mid-write) is ignored. docs/journal-format.md is the
// format. Not thread-safe: one Journal per engine thread.
#pragma once

#include "core/engine/prefixidentity.h"
#include "core/support/error.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace dlstack::engine {

// One effect a step is about to have, as recorded before it happens.
struct Effect
{
    qint64 seq = 0;
    QString stage;
    int step = -1;
    QStringList creates;  // absolute paths removed (recursively) on undo when present
    QStringList dirs;     // directories made on the way, outermost first; removed on undo when empty
    QString backupOf;     // path whose previous content was saved ...
    QString backup;       // ... here (restored on undo when present)
    QStringList undoArgv; // run on undo before removing `creates`
    QString undoCwd;
    bool done = false;    // a "done" record followed
    bool undoing = false; // an "undoing" record followed: its reversal began (and may be partial)
    bool undone = false;  // an "undone" record followed (rollback or a redo of a torn step)
};

enum class StageState
{
    Pending,
    Running,
    Done,
    Failed,
    RolledBack
};

// What a "stage" record says happened to a stage, and a "step" record to a step.
enum class StageRecord
{
    Started,
    Done,
    Failed,
    RollbackStarted,
    RolledBack
};
enum class StepRecord
{
    Started,
    Done,
    Undoing
};

struct StageStatus
{
    QString id;
    QString title;
    StageState state = StageState::Pending;
    int stepsDone = 0; // steps of the current run with a "done" step record
    QString error;
};

struct JournalState
{
    QString prefix;
    QString cache;
    QString planName;
    PrefixIdentity identity;              // as recorded by the last plan or anchor record
    QList<StageStatus> stages;            // in plan order
    QList<Effect> effects;                // in journal order
    QList<QPair<QString, int>> doneSteps; // (stage, step) with a done step record since the stage last started
    int tornLines = 0;                    // unreadable lines skipped

    const StageStatus *stage(const QString &id) const;
    static QString stateName(StageState state);
    QJsonObject toJson() const;
};

class Journal
{
public:
    // Opens (creating the .dlstack directory and the file) for appending and takes the
    // prefix's lock; a second job on the prefix gets an error naming the one that runs. While
    // the lock is held, run.pid reads "<pid> <job>" for this process; the destructor removes it
    // (before the lock goes, and only while it still names this process).
    std::optional<support::Error> open(const QString &prefix, const QString &job = QString());
    bool isOpen() const { return m_fd >= 0; }
    ~Journal();

    // The typed records (docs/journal-format.md); each is appended and synced to disk.
    // The plan an install runs, with where the prefix is (written at each install start).
    std::optional<support::Error> planStarted(const QString &name, const QString &prefix, const QString &cache,
                                              const QList<QPair<QString, QString>> &stages, // (id, title)
                                              const PrefixIdentity &identity);
    // The prefix was moved and re-anchored: paths under `from` are read under `to`.
    std::optional<support::Error> anchored(const QString &from, const QString &to, const PrefixIdentity &identity);
    std::optional<support::Error> stage(const QString &id, StageRecord what, const QString &error = QString());
    std::optional<support::Error> step(const QString &stage, int step, StepRecord what);
    // Records an intent; returns its sequence number (-1 on error, see lastError()).
    qint64 intent(const Effect &effect);
    std::optional<support::Error> done(qint64 seq);
    std::optional<support::Error> undone(qint64 seq);
    std::optional<support::Error> undoing(qint64 seq);
    const support::Error &lastError() const { return m_lastError; }
    qint64 nextSeq() const { return m_nextSeq; }

    // Reads a journal file; a missing file gives an empty state.
    static support::Result<JournalState> read(const QString &prefix);
    static JournalState parse(const QByteArray &bytes); // pure, tolerant

private:
    // Appends one record ("t" is the record type) and syncs it to disk.
    std::optional<support::Error> append(QJsonObject record);

    int m_fd = -1;
    qint64 m_nextSeq = 1;
    QString m_path;
    QString m_pidFile; // written by open() once the lock is held
    support::Error m_lastError;
};

} // namespace dlstack::engine
