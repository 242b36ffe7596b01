// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/redactor.h"

#include "core/support/urlredaction.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace dlstack::secrets {

void Redactor::add(const QString &secret)
{
    if (secret.size() < 4 || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    // Longest first, so a secret that contains another one is replaced as a whole.
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addUrl(const QString &url)
{
    // Only values whose key names a secret: "?raw=true" must not blank out "true" everywhere.
    static const QRegularExpression secretKey(QStringLiteral("token|key|sig|secret|pass|auth|credential|session"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QUrl parsed(url);
    const QUrlQuery query(parsed);
    for (const auto form : {QUrl::FullyDecoded, QUrl::FullyEncoded}) {
        add(parsed.password(form));
        for (const auto &[key, value] : query.queryItems(form))
            if (secretKey.match(key).hasMatch())
                add(value);
    }
}

QString Redactor::apply(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("***"));
    return support::redactUrls(text);
}

} // namespace dlstack::secrets
