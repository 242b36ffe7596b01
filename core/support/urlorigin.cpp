// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/urlorigin.h"

namespace dlstack::support {

QString originOf(const QUrl &url)
{
    if (url.host().isEmpty())
        return QString();
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host(QUrl::FullyEncoded).toLower()).arg(url.port(defaultPort));
}

} // namespace dlstack::support
