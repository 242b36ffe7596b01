// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/pciidtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlstack::probe {

PciIdTable PciIdTable::fromJson(const QByteArray &json)
{
    PciIdTable table;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &v : root.value(QStringLiteral("intel")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e{o.value(QStringLiteral("id")).toString().toLower(), o.value(QStringLiteral("name")).toString(),
                o.value(QStringLiteral("product")).toString(), o.value(QStringLiteral("discrete")).toBool()};
        if (e.id.size() == 9 && !e.product.isEmpty())
            table.m_entries.append(e);
    }
    return table;
}

const PciIdTable &PciIdTable::builtin()
{
    static const PciIdTable table = [] {
        QFile file(QStringLiteral(":/probe/pci-intel-gpus.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : PciIdTable{};
    }();
    return table;
}

const PciIdTable::Entry *PciIdTable::find(const QString &pciId) const
{
    const QString id = pciId.trimmed().toLower();
    for (const Entry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace dlstack::probe
