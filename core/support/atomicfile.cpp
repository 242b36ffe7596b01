// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dlstack::support {

std::optional<Error> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QCoreApplication::translate("AtomicFile", "Could not write %1.").arg(path), file.errorString(),
                     QCoreApplication::translate("AtomicFile",
                                                 "Check that the directory exists, is writable and has free space.")};
    }
    return std::nullopt;
}

} // namespace dlstack::support
