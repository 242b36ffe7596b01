// SPDX-License-Identifier: GPL-3.0-or-later
// The origin of a URL, "scheme://host:port" with the scheme's default port filled in and
// the host in lower case: the unit a download credential is bound to (docs/plan-format.md,
// "Credentials"). Pure function.
#pragma once

#include <QString>
#include <QUrl>

namespace dlstack::support {

// "https://Example.org/a" -> "https://example.org:443"; empty for a URL without a host (file://).
QString originOf(const QUrl &url);

} // namespace dlstack::support
