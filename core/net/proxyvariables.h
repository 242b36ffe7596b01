// SPDX-License-Identifier: GPL-3.0-or-later
// The proxy of a plan as the programs a step starts read it: pip, conda, git and curl take
// http_proxy / https_proxy (and the upper-case forms some of them prefer) from their
// environment, and skip it for the hosts of no_proxy / NO_PROXY. A password never sits in
// a plan: ProxyPassword splits it off a URL typed with one ("http://alice:s3cret@proxy:3128")
// and puts it back for the running install only. Pure functions, any thread.
#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>

namespace dlstack::net {

struct ProxyPassword
{
    QString url;      // the proxy without its password: "http://alice@proxy:3128"
    QString password; // percent-decoded; empty when the URL had none

    static ProxyPassword split(const QString &proxyUrl);
    // `url` with `password` as the password of its user-info; `url` itself when either is empty.
    static QString join(const QString &url, const QString &password);
};

// http_proxy, https_proxy, HTTP_PROXY and HTTPS_PROXY set to `proxyUrl`, and no_proxy /
// NO_PROXY: the list `inherited` names (lower case first), else the local addresses
// "localhost,127.0.0.1,::1". Empty for an empty `proxyUrl`.
QMap<QString, QString> proxyVariables(const QString &proxyUrl, const QProcessEnvironment &inherited);

// The names proxyVariables() sets, for a redactor or a check.
QStringList proxyVariableNames();

} // namespace dlstack::net
