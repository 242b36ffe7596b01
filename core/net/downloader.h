// SPDX-License-Identifier: GPL-3.0-or-later
// Downloader: fetches one file into a ".part" file, trying sources in order (file://,
// http://, https://), resuming a partial file with an HTTP Range request, retrying with
// exponential backoff, and computing sha256 while receiving. Blocks the calling thread,
// running its own QNetworkAccessManager and event loop there (any thread will do).
// Credentials are bound to origins (scheme, host, port): a request carries the
// Authorization stored for its own origin and no other, redirects are followed by hand so
// a hop to another origin drops it, and none goes over plain http:// unless the request
// allows it. A URL's user-info becomes such a credential (Basic) for that URL's origin and
// is never handed to Qt. Secrets never appear in errors or notices; URLs in them are
// redacted (support::redactedUrl). Each http(s) hop goes through the proxy ProxySettings
// names for its URL (a redirect to a host in no_proxy goes direct). file:// reads only
// regular files: a FIFO, a device or a socket is refused at once instead of blocking.
#pragma once

#include "core/net/proxysettings.h"
#include "core/support/error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace dlstack::net {

struct DownloadRequest
{
    QList<QUrl> sources; // tried in order
    QString partPath;    // bytes go here; kept between attempts and runs for resuming
    QString sha256;      // expected, lower-case hex; empty: not checked (insecure)
    // Authorization header values by origin ("https://host:443", support::originOf), e.g.
    // "Bearer <token>"; a request to any other origin carries none. Never logged.
    QMap<QString, QByteArray> credentials;
    bool allowInsecureAuth = false; // a credential may go to an http:// origin (the user confirmed)
    // The options' or plan's proxy ("http://host:port", "socks5://host:port"); empty: the
    // one the environment names for each URL (https_proxy, http_proxy, all_proxy, upper
    // case too), as curl and pip read it. no_proxy is honoured either way.
    QString proxy;
    std::optional<ProxySettings> environment; // unset: this process's environment (a test gives its own)
    int attempts = 4;                         // per source
    int backoffMs = 500;                      // doubled after each failed attempt
    int stallTimeoutMs = 30000;               // no byte for this long: the attempt fails
    int maxRedirects = 10;
    std::function<void(const QString &)> notice; // lines for the log, e.g. a credential left out after a redirect
};

class Downloader
{
public:
    using Progress = std::function<void(qint64 received, qint64 total)>; // total -1: unknown

    // On success the part file is complete and verified; returns its sha256 (hex). While
    // *pause is set, no byte is read: a network transfer is dropped (the part file keeps
    // what came) and continues with a Range request once *pause is cleared. A credential
    // for an http:// origin without allowInsecureAuth is an error before any request.
    support::Result<QString> fetch(const DownloadRequest &request, const Progress &progress,
                                   const std::atomic_bool *cancel, const std::atomic_bool *pause = nullptr) const;
};

} // namespace dlstack::net
