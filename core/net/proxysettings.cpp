// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/proxysettings.h"

#include <QHostAddress>

namespace dlstack::net {

namespace {

QString variable(const QProcessEnvironment &env, const QString &name)
{
    const QString lower = env.value(name).trimmed();
    return lower.isEmpty() ? env.value(name.toUpper()).trimmed() : lower;
}

} // namespace

ProxySettings ProxySettings::fromEnvironment(const QProcessEnvironment &env)
{
    ProxySettings s;
    s.m_http = variable(env, QStringLiteral("http_proxy"));
    s.m_https = variable(env, QStringLiteral("https_proxy"));
    s.m_all = variable(env, QStringLiteral("all_proxy"));
    for (const QString &entry : variable(env, QStringLiteral("no_proxy")).split(u',', Qt::SkipEmptyParts))
        if (!entry.trimmed().isEmpty())
            s.m_noProxy.append(entry.trimmed().toLower());
    return s;
}

bool ProxySettings::bypassed(const QUrl &url) const
{
    const QString host = url.host().toLower();
    for (QString entry : m_noProxy) {
        if (entry == u"*")
            return true;
        if (const qsizetype colon = entry.lastIndexOf(u':');
            colon > 0 && !entry.contains(u']') && entry.count(u':') == 1)
            entry.truncate(colon); // "host:port": the port is not compared
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (host == entry || host.endsWith(u'.' + entry))
            return true;
        const QHostAddress address(host);
        const auto subnet = QHostAddress::parseSubnet(entry);
        if (!address.isNull() && subnet.second >= 0 && !subnet.first.isNull() && address.isInSubnet(subnet))
            return true;
    }
    return false;
}

QString ProxySettings::proxyUrlFor(const QUrl &url) const
{
    if (bypassed(url))
        return {};
    if (!m_plan.isEmpty())
        return m_plan;
    const QString scheme = url.scheme().toLower();
    QString proxy = scheme == u"https" ? m_https : scheme == u"http" ? m_http : QString();
    if (proxy.isEmpty())
        proxy = m_all;
    if (!proxy.isEmpty() && !proxy.contains(QStringLiteral("://")))
        proxy.prepend(QStringLiteral("http://")); // "proxy:3128", as curl reads it
    return proxy;
}

QNetworkProxy ProxySettings::proxyFor(const QUrl &url) const
{
    const QUrl proxy(proxyUrlFor(url));
    if (proxy.isEmpty() || !proxy.isValid())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const bool socks = proxy.scheme().startsWith(u"socks5");
    QNetworkProxy p(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxy.host(),
                    quint16(proxy.port(socks ? 1080 : 3128)));
    if (!proxy.userName().isEmpty()) {
        p.setUser(proxy.userName(QUrl::FullyDecoded));
        p.setPassword(proxy.password(QUrl::FullyDecoded));
    }
    return p;
}

} // namespace dlstack::net
