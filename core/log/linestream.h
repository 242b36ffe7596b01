// SPDX-License-Identifier: GPL-3.0-or-later
// LineStream: where a line of a job's output came from: the program's stdout or stderr, or
// dlstack itself (a step heading, a note). The engine produces it; stage logs keep it.
#pragma once

namespace dlstack::log {

enum class LineStream
{
    Out,
    Err,
    Info
};

} // namespace dlstack::log
