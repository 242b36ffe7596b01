// SPDX-License-Identifier: GPL-3.0-or-later
// GpuNameTable: GPU model name -> NVIDIA compute capability or AMD gfx target, from
// resources/matrix/gpus.json. Used when the driver is too old to report the compute
// capability itself. Immutable after construction; builtin() is loaded once, thread-safe.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dlstack::probe {

class GpuNameTable
{
public:
    struct Entry
    {
        QString name;
        QString match; // lower-case substring that identifies the model in a reported name
        QString value; // "8.6" or "gfx90a"
        QString arch;  // "Ampere", "CDNA2"
    };

    static const GpuNameTable &builtin();
    static GpuNameTable fromJson(const QByteArray &json);

    QString computeCapability(const QString &gpuName) const; // empty when unknown
    QString gfxTarget(const QString &gpuName) const;
    const QList<Entry> &nvidia() const { return m_nvidia; }
    const QList<Entry> &amd() const { return m_amd; }

private:
    static QString lookup(const QList<Entry> &entries, const QString &gpuName);
    QList<Entry> m_nvidia;
    QList<Entry> m_amd;
};

} // namespace dlstack::probe
