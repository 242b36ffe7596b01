// SPDX-License-Identifier: GPL-3.0-or-later
// ProxySettings: the proxy a request to a URL goes through, as curl, pip and git read it
// from the environment: https_proxy for https:// URLs, http_proxy for http://, all_proxy
// for both when those are unset (lower case first, then upper case), and no_proxy, a comma
// list of host names, domain suffixes (".example.org" or "example.org" also cover its
// subdomains), IP addresses or "*". A proxy given by the plan ("proxy": "http://host:port")
// overrides the environment but still honours no_proxy. http:// proxies (CONNECT for https)
// and socks5:// proxies are understood. Pure.
#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace dlstack::net {

class ProxySettings
{
public:
    static ProxySettings fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    void setPlanProxy(const QString &proxy) { m_plan = proxy; }

    // "http://proxy:3128" or empty for a direct connection.
    QString proxyUrlFor(const QUrl &url) const;
    QNetworkProxy proxyFor(const QUrl &url) const; // NoProxy for a direct connection
    bool bypassed(const QUrl &url) const;          // no_proxy covers the URL's host

private:
    QString m_http;
    QString m_https;
    QString m_all;
    QString m_plan;
    QStringList m_noProxy;
};

} // namespace dlstack::net
