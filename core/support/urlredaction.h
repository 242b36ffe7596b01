// SPDX-License-Identifier: GPL-3.0-or-later
// URL redaction: the one place where a URL becomes text for a person or a file that
// dlstack writes (terminal, stage logs, events, journal, exports, errors). The user-info
// part and every query value are replaced by "***"; scheme, host, port, path, query keys
// and fragment stay, so the line still says where a file came from:
//   "https://user:pw@host:8443/a/f.tgz?token=abc&x" -> "https://***@host:8443/a/f.tgz?token=***&***"
// Pure functions, thread-safe.
#pragma once

#include <QString>
#include <QUrl>

namespace dlstack::support {

// Every URL in a free text (an error from Qt or git, a log line) redacted; the rest of the
// text is unchanged. A URL ends at white space, a quote or '<', '>'.
QString redactUrls(const QString &text);

// One whole URL (a plan's "url" field) redacted; unlike redactUrls it does not stop at a
// space, so a password with a space in it is still hidden in full.
QString redactedUrl(const QString &url);
QString redactedUrl(const QUrl &url);

// True when the URL text has a user-info part or a query, i.e. redactUrls would change it.
bool hasUrlSecrets(const QString &url);

} // namespace dlstack::support
