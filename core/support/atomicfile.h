// SPDX-License-Identifier: GPL-3.0-or-later
// writeFileAtomically: writes all bytes to a temporary file beside the target, syncs it
// and renames it over the target, so a reader never sees a half-written file.
#pragma once

#include "core/support/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dlstack::support {

std::optional<Error> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace dlstack::support
