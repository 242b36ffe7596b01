// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/redactor.h"

namespace dlstack::secrets {

void Redactor::add(const QString &secret)
{
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Redactor::apply(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

} // namespace dlstack::secrets
