// SPDX-License-Identifier: GPL-3.0-or-later
// PrefixLayout: every path dlstack keeps under <prefix>/.dlstack, in one place. The engine,
// the CLI, the wizard and the exporters ask it instead of spelling a path;
// docs/journal-format.md lists the files.
#pragma once

#include <QString>

namespace dlstack::plan {

class PrefixLayout
{
public:
    explicit PrefixLayout(QString prefix);

    static QString stateDirName() { return QStringLiteral(".dlstack"); }

    const QString &prefix() const { return m_prefix; }
    QString stateDir() const;                         // <prefix>/.dlstack (fenced: plan steps never write here)
    QString journal() const;                          // journal.jsonl: the durable record (journal-format.md)
    QString runPid() const;                           // run.pid: "<pid> <job>" of the job holding the lock
    QString prefixId() const;                         // prefix-id: this prefix's identity
    QString plan() const;                             // plan.json: the plan the last install ran
    QString earlierPlan(const QString &stamp) const;  // plans/<stamp>.json: one it ran before that
    QString handedPlan() const;                       // plans/next.json: the plan the wizard hands to `dlstack install`
    QString events() const;                           // events.jsonl: the typed event log of every job
    QString logsDir() const;                          // logs/
    QString stageLog(const QString &stage) const;     // logs/<stage>.log: a stage's output
    QString stageStreams(const QString &stage) const; // logs/<stage>.streams: which lines were stderr
    QString backupsDir() const;                       // backups/: what steps replaced, until rolled back
    QString defaultCache() const;                     // cache/: downloads, unless the plan names a cache
    QString tmpDir() const;                           // tmp/: scratch space of installers
    QString bashStateDir() const;                     // bash/: the uninstallers of an exported bash script
    QString processOutput() const; // output.log: stdout/stderr of an install process the wizard started

private:
    QString m_prefix;
};

} // namespace dlstack::plan
