// SPDX-License-Identifier: GPL-3.0-or-later
// Redactor: replaces every known secret value in a text with "***" before the text reaches
// a log, the journal or an export, and hides the user-info and query values of every URL
// in it (support::redactUrls). Values shorter than 4 characters are not searched for on
// their own (they would blank out ordinary words); inside a URL they are hidden anyway.
// Not thread-safe for add(); apply() is const.
#pragma once

#include <QString>
#include <QStringList>

namespace dlstack::secrets {

class Redactor
{
public:
    void add(const QString &secret);
    // The password of a URL a step is about to use, and its query values whose key names a
    // secret (token, key, sig, ...), so that a program printing them later shows "***" too.
    void addUrl(const QString &url);
    QString apply(QString text) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QStringList m_secrets;
};

} // namespace dlstack::secrets
