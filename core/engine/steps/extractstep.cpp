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
    const QString &to = m_step.to;
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
    if (QFileInfo::exists(part))
        QDir(part).removeRecursively();
    QDir().mkpath(QFileInfo(to).path());
    const auto progress = [&context](qint64 done, qint64 total) {
        context.progress(total > 0 ? double(done) / double(total) : -1.0);
    };
    if (auto error = archive::SafeExtractor().extract(m_step.archive, part, m_step.strip, progress, context.cancel)) {
        QDir(part).removeRecursively(); // nothing half-written is left behind
        return error;
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(to).constData()) != 0)
        return support::Error{Tr::tr("Could not move the extracted files to %1.").arg(to),
                              QString::fromLocal8Bit(std::strerror(errno)), Tr::tr("Check the prefix's permissions.")};
    context.progress(1.0);
    return context.done(seq);
}

} // namespace dlstack::engine
