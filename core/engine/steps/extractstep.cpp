// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/steps/extractstep.h"

#include "core/archive/safeextractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExtractStep)
};

} // namespace

bool ExtractStep::resumable() const
{
    return false;
}

std::optional<support::Error> ExtractStep::perform(StepContext &context)
{
    const auto guarded = context.guarded(m_step.to, support::PathGuard::Last::Keep);
    if (!guarded.ok())
        return guarded.error();
    const QString to = guarded.value();
    const QString part = to + QStringLiteral(".dlstack-part");
    if (!QFileInfo::exists(m_step.archive))
        return support::Error{Tr::tr("The archive %1 does not exist.").arg(m_step.archive), QString(),
                              Tr::tr("A download step before this one should fetch it; check the plan.")};
    if (auto error = context.moveAside(to))
        return error;
    Effect effect;
    effect.dirs = context.missingDirs(QFileInfo(to).path());
    effect.creates = {to, part};
    const qint64 seq = context.intent(effect);
    if (seq < 0)
        return context.journalError();
    context.removeScratch(part);
    QDir().mkpath(QFileInfo(to).path());
    const auto progress = [&context](qint64 done, qint64 total) {
        context.progress(total > 0 ? double(done) / double(total) : -1.0);
    };
    archive::SafeExtractor::Limits limits;
    if (m_step.maxEntries > 0)
        limits.entries = m_step.maxEntries;
    if (m_step.maxBytes > 0)
        limits.bytes = m_step.maxBytes;
    if (m_step.maxRatio > 0)
        limits.ratio = m_step.maxRatio;
    const archive::SafeExtractor extractor(limits);
    if (auto error = extractor.extract(m_step.archive, part, m_step.strip, progress, context.cancel)) {
        context.removeScratch(part); // nothing half-written is left behind
        return error;
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(to).constData()) != 0)
        return support::Error{Tr::tr("Could not move the extracted files to %1.").arg(to),
                              QString::fromLocal8Bit(std::strerror(errno)), Tr::tr("Check the prefix's permissions.")};
    context.progress(1.0);
    return context.done(seq);
}

} // namespace dlstack::engine
