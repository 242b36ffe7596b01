// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/connectivity.h"

#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace dlstack::net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Connectivity)
};

// Qt's own words for the failure (translated with Qt), for the sentence a user reads: the
// enum's name ("ConnectionRefusedError") says nothing more to them.
QString errorText(const QNetworkReply &reply)
{
    return support::redactUrls(reply.errorString());
}

} // namespace

bool ConnectivityReport::allReachable() const
{
    return std::all_of(hosts.cbegin(), hosts.cend(), [](const HostReach &h) { return h.reachable; });
}

bool ConnectivityReport::noneReachable() const
{
    return !hosts.isEmpty() &&
           std::none_of(hosts.cbegin(), hosts.cend(), [](const HostReach &h) { return h.reachable; });
}

QStringList ConnectivityReport::unreachable() const
{
    QStringList names;
    for (const HostReach &h : hosts)
        if (!h.reachable)
            names.append(h.host.host());
    return names;
}

QString ConnectivityReport::sentence() const
{
    if (hosts.isEmpty())
        return Tr::tr("The install downloads nothing, so it needs no internet connection.");
    if (allReachable()) {
        QStringList names;
        for (const HostReach &h : hosts)
            names.append(h.host.host());
        return Tr::tr("Every server the install downloads from answers (%1).").arg(names.join(QStringLiteral(", ")));
    }
    const auto first = std::find_if(hosts.cbegin(), hosts.cend(), [](const HostReach &h) { return !h.reachable; });
    const QString proxy = first->proxy.isEmpty() ? QString() : Tr::tr(" through the proxy %1").arg(first->proxy);
    if (noneReachable() && !first->proxy.isEmpty()) // the proxy is in the way, not necessarily the network
        return Tr::tr("%1 cannot be reached through the proxy %2 (%3): check the proxy (the Options page's, or "
                      "https_proxy, http_proxy and no_proxy), or download everything on a machine with internet "
                      "with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline folder "
                      "(--offline-folder DIR).")
            .arg(unreachable().join(QStringLiteral(", ")), first->proxy, first->why);
    if (noneReachable())
        return Tr::tr("This machine is offline: %1 cannot be reached%2 (%3); download everything on a machine with "
                      "internet with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline "
                      "folder (--offline-folder DIR).")
            .arg(unreachable().join(QStringLiteral(", ")), proxy, first->why);
    return Tr::tr("%1 cannot be reached%2 (%3), so the stages that download from there will fail; check the network "
                  "or proxy, or fill an offline folder with `dlstack bundle PLAN.json DIR` and choose it "
                  "(--offline-folder DIR).")
        .arg(unreachable().join(QStringLiteral(", ")), proxy, first->why);
}

ConnectivityReport ConnectivityCheck::check(const QList<QUrl> &hosts, const std::atomic_bool *cancel) const
{
    ConnectivityReport report;
    if (hosts.isEmpty())
        return report;
    QEventLoop loop;
    // One manager per host: each may need its own proxy.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<QNetworkReply *> replies;
    int pending = 0;
    for (const QUrl &host : hosts) {
        HostReach reach;
        reach.host = host;
        reach.proxy = support::redactedUrl(QUrl(m_proxies.proxyUrlFor(host)));
        if (m_proxies.proxyUrlFor(host).isEmpty())
            reach.proxy.clear();
        report.hosts.append(reach);
        auto manager = std::make_unique<QNetworkAccessManager>();
        manager->setProxy(m_proxies.proxyFor(host));
        QUrl url = host;
        url.setPath(QStringLiteral("/"));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(int(m_timeout.count()));
        QNetworkReply *reply = manager->head(request);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
        replies.push_back(reply);
        managers.push_back(std::move(manager));
    }
    QTimer guard; // transferTimeout covers a silent server; this covers everything else
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(int(m_timeout.count()) + 2000);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [cancel, &loop] {
        if (cancel && cancel->load())
            loop.quit();
    });
    cancelPoll.start(100);
    if (pending > 0 && !(cancel && cancel->load()))
        loop.exec();
    const bool cancelled = cancel && cancel->load();
    for (std::size_t i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i];
        HostReach &reach = report.hosts[qsizetype(i)];
        if (!reply->isFinished()) {
            reply->abort();
            reach.why =
                cancelled ? Tr::tr("not checked") : Tr::tr("no answer within %1 s").arg(m_timeout.count() / 1000);
            continue;
        }
        reach.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        static const QList<int> proxyRefusals{403, 407, 502, 503, 504};
        const bool refusedByProxy = !reach.proxy.isEmpty() && proxyRefusals.contains(reach.httpStatus);
        if (reach.httpStatus > 0 && !refusedByProxy) {
            reach.reachable = true;
        } else if (refusedByProxy) {
            reach.why = Tr::tr("the proxy answered HTTP %1").arg(reach.httpStatus);
        } else {
            reach.why = errorText(*reply);
        }
    }
    for (QNetworkReply *reply : replies)
        reply->deleteLater();
    return report;
}

} // namespace dlstack::net
