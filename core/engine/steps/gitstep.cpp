// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/steps/gitstep.h"

#include "core/engine/progressparser.h"
#include "core/support/processexplainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitStep)
};

} // namespace

bool GitStep::resumable() const
{
    return true;
}

std::optional<support::Error> GitStep::perform(StepContext &context)
{
    // git works inside `to` (fetch, checkout, submodules): it must lead, links followed, to a
    // place inside the prefix or the cache, and so must its .git.
    const auto guarded = context.guarded(m_step.to, support::PathGuard::Last::Follow);
    if (!guarded.ok())
        return guarded.error();
    const QString to = guarded.value();
    if (const auto gitDir = context.guarded(to + QStringLiteral("/.git"), support::PathGuard::Last::Follow);
        !gitDir.ok())
        return gitDir.error();
    const QString part = to + QStringLiteral(".dlstack-part");
    // Submodules of a local repository are fetched over the file protocol, which git
    // disables by default; allow it only when the plan itself points at a local path.
    const bool local = QUrl(m_step.url).isLocalFile() || m_step.url.startsWith(u'/');
    QStringList base;
    if (local)
        base << QStringLiteral("-c") << QStringLiteral("protocol.file.allow=always");
    QList<QByteArray> tail;
    auto git = [&](const QStringList &args, const QString &cwd) -> std::optional<support::Error> {
        support::Command command{QStringLiteral("git"), base + args, context.environment({}), cwd,
                                 std::chrono::milliseconds(0)};
        command.env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        const auto sink = [&](Stream stream, const QString &text) {
            context.line(stream, text);
            tail.append(text.toUtf8());
            if (tail.size() > 8)
                tail.removeFirst();
            const auto p = parseGitProgress(text);
            context.progress(p ? *p : -1.0);
        };
        auto result = StreamingRunner().run(command, sink, context.cancel, context.pause);
        if (context.cancelled())
            return support::Error{Tr::tr("Cancelled while running git."), QString(),
                                  Tr::tr("Run the install again to continue.")};
        if (!result.succeeded()) {
            result.err = tail.join('\n');
            return support::explainProcessFailure(command, result);
        }
        return std::nullopt;
    };

    const bool isRepo = QFileInfo::exists(to + QStringLiteral("/.git"));
    if (!isRepo) {
        if (auto error = context.moveAside(to))
            return error;
        Effect effect;
        effect.dirs = context.missingDirs(QFileInfo(to).path());
        effect.creates = {to, part};
        const qint64 seq = context.intent(effect);
        if (seq < 0)
            return context.journalError();
        QDir().mkpath(QFileInfo(to).path());
        context.removeScratch(part); // an interrupted clone cannot be continued
        if (auto error = git({QStringLiteral("clone"), QStringLiteral("--progress"), QStringLiteral("--no-checkout"),
                              QStringLiteral("--"), m_step.url, part},
                             context.plan->prefix))
            return error;
        if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(to).constData()) != 0)
            return support::Error{Tr::tr("Could not move the clone to %1.").arg(to),
                                  QString::fromLocal8Bit(std::strerror(errno)),
                                  Tr::tr("Check the prefix's permissions.")};
        if (auto error = context.done(seq))
            return error;
    } else {
        context.line(Stream::Info, Tr::tr("%1 is already a repository; fetching.").arg(to));
        // A run killed inside git leaves its lock files behind (index.lock, HEAD.lock, ...),
        // and every later git command refuses to work. Only this step's interrupted run can
        // have made them: the engine runs one job per prefix at a time.
        QDirIterator locks(to + QStringLiteral("/.git"), {QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (locks.hasNext()) {
            const QString lock = locks.next();
            if (QFile::remove(lock))
                context.line(Stream::Info, Tr::tr("Removed %1, left by an interrupted git command.").arg(lock));
        }
        if (auto error = git({QStringLiteral("fetch"), QStringLiteral("--progress"), QStringLiteral("--tags"),
                              QStringLiteral("origin")},
                             to))
            return error;
    }
    const QString ref = m_step.ref.isEmpty() ? QStringLiteral("HEAD") : m_step.ref;
    if (auto error = git({QStringLiteral("checkout"), QStringLiteral("--force"), QStringLiteral("--detach"), ref,
                          QStringLiteral("--")},
                         to)) {
        // A branch name only exists as origin/<branch> in a fresh clone.
        if (git({QStringLiteral("checkout"), QStringLiteral("--force"), QStringLiteral("--detach"),
                 QStringLiteral("origin/") + ref, QStringLiteral("--")},
                to))
            return error;
    }
    if (m_step.submodules) {
        // --force: check every submodule out even when it already sits at the recorded commit;
        // a run killed between a submodule's clone and its checkout left its files missing.
        const QStringList update{QStringLiteral("submodule"), QStringLiteral("update"),
                                 QStringLiteral("--init"),    QStringLiteral("--recursive"),
                                 QStringLiteral("--force"),   QStringLiteral("--progress")};
        if (auto error = git(update, to)) {
            if (context.cancelled())
                return error;
            // A clone of a submodule that was killed half-way cannot be continued: drop the
            // submodules' clones (all inside this repository) and fetch them once more.
            context.line(Stream::Info, Tr::tr("Fetching the submodules again after an interrupted update."));
            (void)git({QStringLiteral("submodule"), QStringLiteral("deinit"), QStringLiteral("--force"),
                       QStringLiteral("--all")},
                      to);
            QDir(to + QStringLiteral("/.git/modules")).removeRecursively();
            if (auto again = git(update, to))
                return again;
        }
    }
    context.progress(1.0);
    return std::nullopt;
}

} // namespace dlstack::engine
