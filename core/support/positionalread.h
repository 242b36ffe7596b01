// SPDX-License-Identifier: GPL-3.0-or-later
// Reads bytes at an offset of an open file without moving its position (pread), so that
// several threads can read one file descriptor at once: the log file's index reads and the
// diagnosis's pieces.
#pragma once

#include <QByteArray>

namespace dlstack::support {

// Bytes [offset, offset + length) of fd into `into`, resized to what was read; false when
// fewer could be read (end of file, an error). Retries reads that a signal interrupted.
bool readAt(int fd, qint64 offset, qint64 length, QByteArray &into);

} // namespace dlstack::support
