// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/steps/downloadstep.h"

#include "core/net/downloader.h"
#include "core/secrets/redactor.h"
#include "core/secrets/secretstore.h"
#include "core/support/sha256.h"
#include "core/support/urlorigin.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DownloadStep)
};

// The step's sources with the credential named beside each one.
QList<plan::Mirror> sourcesOf(const plan::Step &step)
{
    return QList<plan::Mirror>{{step.url, step.credential}} + step.mirrors;
}

// An http:// source that would carry a secret (a named credential or user-info in the URL).
QString plainHttpWithSecret(const plan::Step &step)
{
    for (const plan::Mirror &source : sourcesOf(step)) {
        const QUrl url(source.url);
        if (url.scheme().toLower() == u"http" && (!source.credential.isEmpty() || !url.userInfo().isEmpty()))
            return support::originOf(url);
    }
    return QString();
}

} // namespace

bool DownloadStep::resumable() const
{
    return true;
}

support::Result<QMap<QString, QByteArray>>
DownloadStep::readCredentials(const plan::Step &step, const secrets::SecretStore *secrets, secrets::Redactor *redactor)
{
    QMap<QString, QByteArray> credentials;
    for (const plan::Mirror &source : sourcesOf(step)) {
        if (source.credential.isEmpty())
            continue;
        const QString origin = support::originOf(QUrl(source.url));
        if (!secrets)
            return support::Error{
                Tr::tr("The download needs the secret \"%1\" but no keyring is available.").arg(source.credential),
                Tr::tr("Nothing was changed."),
                Tr::tr("Start a Secret Service (gnome-keyring or KWallet), store the token and "
                       "run the install again.")};
        const auto token = secrets->read(source.credential);
        if (!token.ok()) {
            support::Error error = token.error();
            error.details = Tr::tr("The secret \"%1\" for %2 could not be read; nothing was changed.\n%3")
                                .arg(source.credential, origin, error.details)
                                .trimmed();
            return error;
        }
        if (redactor)
            redactor->add(token.value());
        credentials.insert(origin, "Bearer " + token.value().toUtf8());
    }
    return credentials;
}

std::optional<support::Error> DownloadStep::checkBeforeInstall(const plan::Plan &plan, const QString &only,
                                                               const QString &from, const secrets::SecretStore *secrets,
                                                               bool insecureAuthConfirmed)
{
    const int first = from.isEmpty() ? 0 : std::max(0, plan.stageIndex(from));
    for (int i = first; i < plan.stages.size(); ++i) {
        const plan::Stage &stage = plan.stages[i];
        if (!only.isEmpty() && stage.id != only)
            continue;
        for (const plan::Step &step : stage.steps) {
            if (step.kind != plan::Step::Kind::Download)
                continue;
            const QString origin = plainHttpWithSecret(step);
            if (!origin.isEmpty() && !insecureAuthConfirmed)
                return support::Error{
                    Tr::tr("Stage \"%1\" would send a credential over plain http to %2.").arg(stage.id, origin),
                    Tr::tr("The plan allows it (\"allow_insecure_auth\": true), but anyone on the network path can "
                           "read an http:// request and the token or password in it. Nothing was changed."),
                    Tr::tr("Run again with --allow-insecure-auth if you accept that, or use an https:// URL.")};
            if (auto read = readCredentials(step, secrets); !read.ok())
                return read.error();
        }
    }
    return std::nullopt;
}

std::optional<support::Error> DownloadStep::perform(StepContext &context)
{
    // The keyring first: a locked or missing one stops the step before anything changes.
    const auto credentials = readCredentials(m_step, context.secrets, context.redactor);
    if (!credentials.ok())
        return credentials.error();
    if (context.redactor)
        for (const plan::Mirror &source : sourcesOf(m_step))
            context.redactor->addUrl(source.url);

    // A link as the target is moved aside, never written through; the partial file must be a
    // plain file, since the download appends to it.
    const auto guarded = context.guarded(m_step.to, support::PathGuard::Last::Keep);
    if (!guarded.ok())
        return guarded.error();
    const QString to = guarded.value();
    const QString part = to + QStringLiteral(".part");
    if (auto error = context.plainScratch(part))
        return error;
    const QFileInfo existing(to);
    if (existing.isFile() && !existing.isSymLink() && !m_step.sha256.isEmpty() &&
        support::Sha256::hexOfFile(to) == m_step.sha256) {
        context.line(Stream::Info, Tr::tr("%1 is already there with the right checksum.").arg(to));
        context.progress(1.0);
        return std::nullopt;
    }
    if (auto error = context.moveAside(to))
        return error;
    Effect effect;
    effect.dirs = context.missingDirs(QFileInfo(to).path());
    effect.creates = {to, part};
    const qint64 seq = context.intent(effect);
    if (seq < 0)
        return context.journalError();
    QDir().mkpath(QFileInfo(to).path());

    net::DownloadRequest request;
    const QString fileName = m_step.mirrorFileName();
    if (!context.plan->mirrorDir.isEmpty() && !fileName.isEmpty() &&
        QFileInfo::exists(context.plan->mirrorDir + u'/' + fileName))
        request.sources.append(QUrl::fromLocalFile(context.plan->mirrorDir + u'/' + fileName));
    for (const plan::Mirror &source : sourcesOf(m_step))
        request.sources.append(QUrl(source.url));
    request.partPath = part;
    request.sha256 = m_step.sha256;
    request.proxy = context.proxyUrl();
    request.credentials = credentials.value();
    request.allowInsecureAuth = m_step.allowInsecureAuth;
    request.notice = [&context](const QString &text) { context.line(Stream::Info, text); };
    context.line(Stream::Info, Tr::tr("Downloading %1").arg(support::redactedUrl(m_step.url)));
    const auto progress = [&context](qint64 received, qint64 total) {
        context.progress(total > 0 ? double(received) / double(total) : -1.0);
    };
    const auto result = net::Downloader().fetch(request, progress, context.cancel, context.pause);
    if (!result.ok())
        return result.error();
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(to).constData()) != 0)
        return support::Error{Tr::tr("Could not move the download to %1.").arg(to),
                              QString::fromLocal8Bit(std::strerror(errno)), Tr::tr("Check the prefix's permissions.")};
    return context.done(seq);
}

} // namespace dlstack::engine
