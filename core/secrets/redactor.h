// SPDX-License-Identifier: GPL-3.0-or-later
// Redactor: replaces every known secret value in a text with "***" before the text reaches
// a log, the journal or an export. Values shorter than 4 characters are ignored (they
// would blank out ordinary words). Not thread-safe for add(); apply() is const.
#pragma once

#include <QString>
#include <QStringList>

namespace dlstack::secrets {

class Redactor
{
public:
    void add(const QString &secret);
    QString apply(QString text) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QStringList m_secrets;
};

} // namespace dlstack::secrets
