// SPDX-License-Identifier: GPL-3.0-or-later
// Engine events: plain values the engine sends over queued connections. Lines arrive in
// batches (never one signal per line); progress is coalesced to about ten per second.
#pragma once

#include "core/engine/streamingrunner.h"
#include "core/support/error.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace dlstack::engine {

struct LogLine
{
    QString stage;
    Stream stream = Stream::Out;
    QString text;
};

struct ProgressEvent
{
    QString stage;
    int step = -1;
    double stepFraction = -1; // -1: activity without a percentage
    double stageFraction = 0;
    double overallFraction = 0;
    QString lastLine;
};

} // namespace dlstack::engine

Q_DECLARE_METATYPE(dlstack::support::Error)
Q_DECLARE_METATYPE(dlstack::engine::LogLine)
Q_DECLARE_METATYPE(dlstack::engine::ProgressEvent)
