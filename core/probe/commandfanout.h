// SPDX-License-Identifier: GPL-3.0-or-later
// runConcurrently: runs several commands through a ProbeContext at once and returns
// their results in the same order. Probes use it where they ask many programs for
// their versions, so detection costs one command's time, not the sum.
#pragma once

#include "core/probe/probecontext.h"

#include <QList>
#include <QPair>

namespace dlstack::probe {

struct ProgramCall
{
    QString program;
    QStringList args;
};

QList<support::CommandResult> runConcurrently(const ProbeContext &context, const QList<ProgramCall> &calls);

} // namespace dlstack::probe
