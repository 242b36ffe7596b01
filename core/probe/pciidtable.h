// SPDX-License-Identifier: GPL-3.0-or-later
// PciIdTable: PCI vendor:device id -> product name for GPUs whose driver does not name
// them (Intel's i915 and xe), from resources/probe/pci-intel-gpus.json, copied from the PCI
// ID Repository's pci.ids. Used when lspci is missing. Immutable; builtin() is loaded once,
// thread-safe.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dlstack::probe {

class PciIdTable
{
public:
    struct Entry
    {
        QString id;            // "8086:56a0"
        QString name;          // as pci.ids writes it: "DG2 [Arc A770]"
        QString product;       // "Intel Arc A770"
        bool discrete = false; // its own memory (DG1, DG2, ATS-M, Ponte Vecchio, Battlemage)
    };

    static const PciIdTable &builtin();
    static PciIdTable fromJson(const QByteArray &json);

    // "8086:56a0" (any case) -> the entry, or nullptr when the id is not in the table.
    const Entry *find(const QString &pciId) const;
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace dlstack::probe
