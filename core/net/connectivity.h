// SPDX-License-Identifier: GPL-3.0-or-later
// Connectivity: can this machine reach the hosts a plan downloads from? One HEAD request per
// host (https:// through a proxy is a CONNECT tunnel), all at once, each through the proxy
// ProxySettings names for it and each given `timeout` at most. A host is reachable when it
// answers with any HTTP status; a proxy that refuses the tunnel, answers 403/407/502/503/504
// for it, or cannot be reached itself leaves the host unreachable, and the reason says so.
// Blocks the calling thread for at most about `timeout` (own QNetworkAccessManager and event
// loop; any thread), or until *cancel is set (polled every 100 ms; the hosts not yet
// answered are then unreachable, "not checked"). Nothing is downloaded.
#pragma once

#include "core/net/proxysettings.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>

namespace dlstack::net {

struct HostReach
{
    QUrl host;     // scheme://host[:port]
    QString proxy; // the proxy used ("http://proxy:3128"), empty: direct
    bool reachable = false;
    int httpStatus = 0; // the answer's status, 0: none
    QString why;        // unreachable: Qt's message and name ("Connection refused (ConnectionRefusedError)")
};

struct ConnectivityReport
{
    QList<HostReach> hosts;

    bool allReachable() const;
    bool noneReachable() const;      // and at least one host was asked
    QStringList unreachable() const; // host names
    // One sentence for the user: every host answers; or which do not, why (offline, or the
    // proxy lets nothing through), and what to do without a network (the offline bundle and
    // the mirror folder). Translated.
    QString sentence() const;
};

class ConnectivityCheck
{
public:
    explicit ConnectivityCheck(ProxySettings proxies, std::chrono::milliseconds timeout = std::chrono::seconds(8))
        : m_proxies(std::move(proxies)), m_timeout(timeout)
    {
    }

    ConnectivityReport check(const QList<QUrl> &hosts, const std::atomic_bool *cancel = nullptr) const;

private:
    ProxySettings m_proxies;
    std::chrono::milliseconds m_timeout;
};

} // namespace dlstack::net
