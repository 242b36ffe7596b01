// SPDX-License-Identifier: GPL-3.0-or-later
// Facts: the key/value pairs a Finding was based on ("driver": "470.82", "cuda_min":
// "11.4"). Kept as a small list of QVariants because a matrix-wide check emits thousands
// of findings and filling a QJsonObject costs about a microsecond per key in Qt 6.4;
// it becomes JSON only when a finding is printed or saved.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace dlstack::matrix {

class Facts
{
public:
    using Entry = std::pair<QString, QVariant>;

    Facts() = default;
    Facts(std::initializer_list<Entry> entries);

    void insert(const QString &key, const QVariant &value); // replaces an existing key
    QVariant value(QStringView key) const;                  // invalid when absent
    bool isEmpty() const { return m_entries.isEmpty(); }

    QJsonObject toJson() const;
    static Facts fromJson(const QJsonObject &json);

    bool operator==(const Facts &other) const = default;

private:
    QList<Entry> m_entries;
};

} // namespace dlstack::matrix
