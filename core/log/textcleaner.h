// SPDX-License-Identifier: GPL-3.0-or-later
// TextCleaner: turns one raw log line (bytes, any encoding, possibly binary) into the text a
// user sees and the rules match: ANSI escapes removed, trailing '\r' dropped, a carriage-return
// progress bar ("10%\r20%\r30%") reduced to its last segment, control bytes replaced.
// Pure functions, safe from any thread.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dlstack::log {

// Longest raw line that is cleaned for display, search and diagnosis (the rest is cut and
// marked with an ellipsis); offsets in the index always stay exact.
inline constexpr qsizetype kDisplayCap = 64 * 1024;

// Cleans at byte level: the result is still bytes (UTF-8 when the input was), at most cap bytes
// of the input are looked at. Removes CSI (ESC [ ... final) and OSC (ESC ] ... BEL/ST) sequences.
QByteArray cleanLineBytes(QByteArrayView raw, qsizetype cap = kDisplayCap);

// cleanLineBytes() decoded as UTF-8 (invalid sequences -> U+FFFD), C0 controls other than tab
// shown as U+FFFD; when the raw line was longer than cap, " …" is appended.
QString cleanLine(QByteArrayView raw, qsizetype cap = kDisplayCap);

// Whether the start of a log looks like binary data rather than text: a NUL byte, or more than
// one character in eight that is not valid UTF-8 or a control character other than whitespace.
bool looksBinary(QByteArrayView head);

// ASCII lower-casing in place (used by the literal prefilters; non-ASCII bytes are kept).
void asciiLower(QByteArray &bytes);

} // namespace dlstack::log
