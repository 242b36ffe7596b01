// SPDX-License-Identifier: GPL-3.0-or-later
// One attempt at one source for net::Downloader (internal to core/net): the local file
// reader and the HTTP exchange append to the part file and the running hash and say how
// the attempt ended. Both poll *cancel and *pause at least every 100 ms.
#pragma once

#include "core/net/downloader.h"
#include "core/support/sha256.h"

#include <QFile>

namespace dlstack::net {

enum class Outcome
{
    Complete,
    Retry,
    GiveUp,
    Cancelled,
    Paused
};

struct Attempt
{
    Outcome outcome = Outcome::Retry;
    QString why;             // for the error's details; URLs in it are redacted
    bool localWrite = false; // the part file could not be written (a full disk): no other source helps
};

inline bool isSet(const std::atomic_bool *flag)
{
    return flag && flag->load();
}

// A file:// source. Only a regular file is read; anything else is refused at once.
Attempt readLocalFile(const QUrl &url, QFile &part, support::Sha256 &hash, const Downloader::Progress &progress,
                      const std::atomic_bool *cancel, const std::atomic_bool *pause);

// An http(s):// source, following redirects by hand (each hop carries only the credential
// of its own origin). `url` has no user-info.
Attempt fetchHttp(const QUrl &url, const DownloadRequest &request, QFile &part, support::Sha256 &hash,
                  const Downloader::Progress &progress, const std::atomic_bool *cancel, const std::atomic_bool *pause);

} // namespace dlstack::net
