// SPDX-License-Identifier: GPL-3.0-or-later
// explainProcessFailure: the one place that turns a CommandResult that did not succeed
// (missing program, timeout, crash, non-zero exit) into an Error in the user's words.
#pragma once

#include "core/support/commandrunner.h"
#include "core/support/error.h"

namespace dlstack::support {

Error explainProcessFailure(const Command &command, const CommandResult &result);

// The last lines of a program's output, for Error::details (bounded, decoded leniently).
QString tailLines(const QByteArray &output, int lines = 8);

} // namespace dlstack::support
