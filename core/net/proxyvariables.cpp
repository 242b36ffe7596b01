// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/proxyvariables.h"

#include <QUrl>

namespace dlstack::net {

ProxyPassword ProxyPassword::split(const QString &proxyUrl)
{
    QUrl url(proxyUrl.trimmed());
    if (!url.isValid() || url.password().isEmpty())
        return {proxyUrl.trimmed(), QString()};
    ProxyPassword out;
    out.password = url.password(QUrl::FullyDecoded);
    url.setPassword(QString());
    out.url = url.toString();
    return out;
}

QString ProxyPassword::join(const QString &url, const QString &password)
{
    if (url.isEmpty() || password.isEmpty())
        return url;
    QUrl joined(url);
    if (!joined.isValid())
        return url;
    // Every byte but the unreserved ones percent-encoded (":" too), as the bash export does it.
    joined.setPassword(QString::fromLatin1(QUrl::toPercentEncoding(password)), QUrl::StrictMode);
    return joined.toString(QUrl::FullyEncoded);
}

QStringList proxyVariableNames()
{
    return {QStringLiteral("http_proxy"),  QStringLiteral("https_proxy"), QStringLiteral("HTTP_PROXY"),
            QStringLiteral("HTTPS_PROXY"), QStringLiteral("no_proxy"),    QStringLiteral("NO_PROXY")};
}

QMap<QString, QString> proxyVariables(const QString &proxyUrl, const QProcessEnvironment &inherited)
{
    QMap<QString, QString> env;
    if (proxyUrl.isEmpty())
        return env;
    for (const QString &name : {QStringLiteral("http_proxy"), QStringLiteral("https_proxy"),
                                QStringLiteral("HTTP_PROXY"), QStringLiteral("HTTPS_PROXY")})
        env.insert(name, proxyUrl);
    QString noProxy = inherited.value(QStringLiteral("no_proxy")).trimmed();
    if (noProxy.isEmpty())
        noProxy = inherited.value(QStringLiteral("NO_PROXY")).trimmed();
    if (noProxy.isEmpty())
        noProxy = QStringLiteral("localhost,127.0.0.1,::1"); // a local index or mirror goes direct
    env.insert(QStringLiteral("no_proxy"), noProxy);
    env.insert(QStringLiteral("NO_PROXY"), noProxy);
    return env;
}

} // namespace dlstack::net
