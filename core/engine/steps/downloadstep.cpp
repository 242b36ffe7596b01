// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/steps/downloadstep.h"

#include "core/net/downloader.h"
#include "core/secrets/redactor.h"
#include "core/secrets/secretstore.h"
#include "core/support/sha256.h"

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

} // namespace

bool DownloadStep::resumable() const
{
    return true;
}

std::optional<support::Error> DownloadStep::perform(StepContext &context)
{
    const QString &to = m_step.to;
    const QString part = to + QStringLiteral(".part");
    if (QFileInfo::exists(to)) {
        if (!m_step.sha256.isEmpty() && support::Sha256::hexOfFile(to) == m_step.sha256) {
            context.line(Stream::Info, Tr::tr("%1 is already there with the right checksum.").arg(to));
            context.progress(1.0);
            return std::nullopt;
        }
        if (auto error = context.moveAside(to))
            return error;
    }
    Effect effect;
    effect.dirs = context.missingDirs(QFileInfo(to).path());
    effect.creates = {to, part};
    const qint64 seq = context.intent(effect);
    if (seq < 0)
        return context.journalError();
    QDir().mkpath(QFileInfo(to).path());

    net::DownloadRequest request;
    const QString fileName = m_step.mirrorFileName();
    if (!context.plan->mirrorDir.isEmpty() && !fileName.isEmpty()
        && QFileInfo::exists(context.plan->mirrorDir + u'/' + fileName))
        request.sources.append(QUrl::fromLocalFile(context.plan->mirrorDir + u'/' + fileName));
    request.sources.append(QUrl(m_step.url));
    for (const QString &mirror : m_step.mirrors)
        request.sources.append(QUrl(mirror));
    request.partPath = part;
    request.sha256 = m_step.sha256;
    request.proxy = context.plan->proxy;
    if (!m_step.credential.isEmpty()) {
        if (!context.secrets)
            return support::Error{Tr::tr("The download needs the secret \"%1\" but no keyring is available.")
                                      .arg(m_step.credential),
                                  QString(), Tr::tr("Start a Secret Service and store the token.")};
        const auto token = context.secrets->read(m_step.credential);
        if (!token.ok())
            return token.error();
        if (context.redactor)
            context.redactor->add(token.value());
        request.authorization = "Bearer " + token.value().toUtf8();
    }
    context.line(Stream::Info, Tr::tr("Downloading %1").arg(QUrl(m_step.url).toDisplayString(QUrl::RemoveUserInfo)));
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
