// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/facts.h"

#include <QJsonValue>

namespace dlstack::matrix {

Facts::Facts(std::initializer_list<Entry> entries) : m_entries(entries) // literal lists name each key once
{
}

void Facts::insert(const QString &key, const QVariant &value)
{
    for (Entry &e : m_entries) {
        if (e.first == key) {
            e.second = value;
            return;
        }
    }
    m_entries.append({key, value});
}

QVariant Facts::value(QStringView key) const
{
    for (const Entry &e : m_entries) {
        if (e.first == key)
            return e.second;
    }
    return {};
}

QJsonObject Facts::toJson() const
{
    QJsonObject json;
    for (const Entry &e : m_entries)
        json.insert(e.first, QJsonValue::fromVariant(e.second));
    return json;
}

Facts Facts::fromJson(const QJsonObject &json)
{
    Facts facts;
    for (auto it = json.begin(); it != json.end(); ++it)
        facts.m_entries.append({it.key(), it.value().toVariant()});
    return facts;
}

} // namespace dlstack::matrix
