// SPDX-License-Identifier: GPL-3.0-or-later
// Downloader: fetches one file into a ".part" file, trying sources in order (file://,
// http://, https://), resuming a partial file with an HTTP Range request, retrying with
// exponential backoff, and computing sha256 while receiving. Blocks the calling thread,
// running its own QNetworkAccessManager and event loop there (any thread will do).
// The Authorization value is sent but never appears in errors or logs.
#pragma once

#include "core/support/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace dlstack::net {

struct DownloadRequest
{
    QList<QUrl> sources;      // tried in order
    QString partPath;         // bytes go here; kept between attempts and runs for resuming
    QString sha256;           // expected, lower-case hex; empty: not checked (insecure)
    QByteArray authorization; // e.g. "Bearer <token>"; never logged
    QString proxy;            // "http://host:port"; empty: none
    int attempts = 4;         // per source
    int backoffMs = 500;      // doubled after each failed attempt
    int stallTimeoutMs = 30000; // no byte for this long: the attempt fails
};

class Downloader
{
public:
    using Progress = std::function<void(qint64 received, qint64 total)>; // total -1: unknown

    // On success the part file is complete and verified; returns its sha256 (hex). While
    // *pause is set, no byte is read: a network transfer is dropped (the part file keeps
    // what came) and continues with a Range request once *pause is cleared.
    support::Result<QString> fetch(const DownloadRequest &request, const Progress &progress,
                                   const std::atomic_bool *cancel, const std::atomic_bool *pause = nullptr) const;
};

} // namespace dlstack::net
