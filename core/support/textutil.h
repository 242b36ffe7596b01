// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers shared by parsers: lenient decoding of tool output that may be
// truncated, binary or not UTF-8, and ANSI escape removal.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dlstack::support {

// Decodes UTF-8; invalid sequences become U+FFFD; NUL bytes become spaces; CRLF -> LF.
QString decodeToolOutput(const QByteArray &bytes);

// Removes ANSI CSI/OSC escape sequences ("\x1b[31m") from a line.
QString stripAnsi(QStringView line);

// True when more than a tenth of the first 4 KiB are control bytes: not a text file.
bool looksBinary(const QByteArray &bytes);

// Lines of text without trailing '\r', for line-oriented parsers.
QStringList splitLines(const QString &text);

} // namespace dlstack::support
