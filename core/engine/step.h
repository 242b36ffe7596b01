// SPDX-License-Identifier: GPL-3.0-or-later
// Step: one kind of work in a stage (download, extract, git, run, write_file). perform()
// records each effect in the journal *before* causing it (StepContext::intent) and marks
// it done after; undo is driven by those records alone (see undoer.h), so a rollback
// needs no plan and works after a kill. Steps run on the engine's worker thread.
#pragma once

#include "core/engine/journal.h"
#include "core/engine/streamingrunner.h"
#include "core/plan/plan.h"
#include "core/support/error.h"
#include "core/support/pathguard.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dlstack::secrets {
class SecretStore;
class Redactor;
} // namespace dlstack::secrets

namespace dlstack::engine {

struct StepContext
{
    Journal *journal = nullptr;
    const plan::Plan *plan = nullptr;
    QString stage;
    int step = -1;
    const std::atomic_bool *cancel = nullptr;
    const std::atomic_bool *pause = nullptr; // while set, a running program is stopped (SIGSTOP), a download waits
    std::function<void(Stream, const QString &)> line;
    std::function<void(double)> progress; // 0..1, or -1 for activity without a percentage
    const secrets::SecretStore *secrets = nullptr;
    secrets::Redactor *redactor = nullptr; // a step adds each secret it reads; lines pass through it
    // The plan's proxy with its password (engine::planProxyUrl), set by the engine; empty:
    // the plan's own "proxy" field. Never logged: the redactor knows its password.
    QString proxy;

    bool cancelled() const { return cancel && cancel->load(); }
    // Journals an intent for this stage/step; -1 when the journal could not be written.
    qint64 intent(Effect effect) const;
    std::optional<support::Error> done(qint64 seq) const;
    // Directories from the prefix/cache root down to `dir` that do not exist yet, outermost first.
    QStringList missingDirs(const QString &dir) const;
    QString newBackupPath() const; // <prefix>/.dlstack/backups/<unique>
    // What a program the step starts gets on top of the inherited environment: the proxy's
    // variables (net::proxyVariables) when the plan has a proxy, then the plan's env, then `overlay`.
    QMap<QString, QString> environment(const QMap<QString, QString> &overlay) const;
    QString proxyUrl() const; // `proxy`, else the plan's

    // Moves an existing `path` aside into a journaled backup (restored on rollback); a
    // symlink is moved itself, never what it points at.
    std::optional<support::Error> moveAside(const QString &path) const;
    // Where a path the step writes really lies: resolved beneath the prefix or the cache,
    // never into <prefix>/.dlstack (support::PathGuard). Every step resolves its paths first.
    support::Result<QString> guarded(const QString &path, support::PathGuard::Last last) const;
    // Removes a scratch path of this step (<to>.dlstack-part): a directory tree, or a file
    // or link itself; a link is never followed.
    void removeScratch(const QString &path) const;
    // An Error when the scratch file `path` exists as anything but a plain file (a link there
    // would have the step write through it).
    std::optional<support::Error> plainScratch(const QString &path) const;
    support::Error journalError() const;
};

class Step
{
public:
    virtual ~Step() = default;
    // True: an interrupted attempt is continued (download .part, git repo, build dir);
    // false: its recorded effects are undone before it runs again.
    virtual bool resumable() const = 0;
    virtual std::optional<support::Error> perform(StepContext &context) = 0;

    static std::unique_ptr<Step> create(const plan::Step &step);
};

} // namespace dlstack::engine
