// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/positionalread.h"

#include <cerrno>
#include <unistd.h>

namespace dlstack::support {

bool readAt(int fd, qint64 offset, qint64 length, QByteArray &into)
{
    into.resize(length);
    qint64 done = 0;
    while (done < length) {
        const ssize_t got = ::pread(fd, into.data() + done, static_cast<size_t>(length - done), offset + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            into.resize(done);
            return false;
        }
        done += got;
    }
    return true;
}

} // namespace dlstack::support
