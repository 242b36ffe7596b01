// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/step.h"
#include "core/plan/prefixlayout.h"

#include "core/engine/steps/downloadstep.h"
#include "core/engine/steps/extractstep.h"
#include "core/engine/steps/gitstep.h"
#include "core/engine/steps/runstep.h"
#include "core/engine/steps/writefilestep.h"
#include "core/net/proxyvariables.h"
#include "core/plan/planloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Step)
};

} // namespace

qint64 StepContext::intent(Effect effect) const
{
    effect.stage = stage;
    effect.step = step;
    return journal->intent(effect);
}

std::optional<support::Error> StepContext::done(qint64 seq) const
{
    return journal->done(seq);
}

support::Error StepContext::journalError() const
{
    return journal->lastError();
}

QStringList StepContext::missingDirs(const QString &dir) const
{
    QStringList out;
    QString current = QDir::cleanPath(dir);
    while (!QFileInfo::exists(current) && current != plan->prefix && current != plan->cache && current.size() > 1) {
        out.prepend(current);
        current = QFileInfo(current).path();
    }
    return out;
}

QString StepContext::newBackupPath() const
{
    return plan::PrefixLayout(plan->prefix).backupsDir() +
           QStringLiteral("/%1-%2").arg(journal->nextSeq()).arg(QDateTime::currentMSecsSinceEpoch());
}

QString StepContext::proxyUrl() const
{
    return !proxy.isEmpty() || !plan ? proxy : plan->proxy;
}

QMap<QString, QString> StepContext::environment(const QMap<QString, QString> &overlay) const
{
    // pip, conda, git and curl read the proxy from these; a plan's own env may still set them.
    QMap<QString, QString> env = net::proxyVariables(proxyUrl(), QProcessEnvironment::systemEnvironment());
    for (auto it = plan->env.begin(); it != plan->env.end(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = overlay.begin(); it != overlay.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

std::optional<support::Error> StepContext::moveAside(const QString &path) const
{
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return std::nullopt;
    Effect e;
    e.backupOf = path;
    e.backup = newBackupPath();
    QDir().mkpath(QFileInfo(e.backup).path());
    const qint64 seq = intent(e);
    if (seq < 0)
        return journalError();
    if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(e.backup).constData()) != 0)
        return support::Error{Tr::tr("Could not move %1 aside before replacing it.").arg(path),
                              QString::fromLocal8Bit(std::strerror(errno)), Tr::tr("Check the prefix's permissions.")};
    return done(seq);
}

support::Result<QString> StepContext::guarded(const QString &path, support::PathGuard::Last last) const
{
    const support::PathGuard guard({plan->prefix, plan->cache}, {plan::PrefixLayout(plan->prefix).stateDir()});
    return guard.resolve(path, last);
}

void StepContext::removeScratch(const QString &path) const
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return;
    if (S_ISDIR(st.st_mode))
        QDir(path).removeRecursively(); // links inside are removed, not followed
    else
        ::unlink(QFile::encodeName(path).constData());
}

std::optional<support::Error> StepContext::plainScratch(const QString &path) const
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return std::nullopt;
    return support::Error{Tr::tr("%1 is in the way: it is not a plain file.").arg(path),
                          S_ISLNK(st.st_mode) ? Tr::tr("It is a symbolic link; dlstack would write through it.")
                                              : QString(),
                          Tr::tr("dlstack keeps a partial file there. Remove it, then run the install again.")};
}

std::unique_ptr<Step> Step::create(const plan::Step &step)
{
    switch (step.kind) {
    case plan::Step::Kind::Download:
        return std::make_unique<DownloadStep>(step);
    case plan::Step::Kind::Extract:
        return std::make_unique<ExtractStep>(step);
    case plan::Step::Kind::Git:
        return std::make_unique<GitStep>(step);
    case plan::Step::Kind::Run:
        return std::make_unique<RunStep>(step);
    case plan::Step::Kind::WriteFile:
        return std::make_unique<WriteFileStep>(step);
    }
    return nullptr;
}

} // namespace dlstack::engine
