// SPDX-License-Identifier: GPL-3.0-or-later
// DriverCudaTable: NVIDIA Linux driver version -> the highest CUDA version it supports,
// from the toolkit/driver table in resources/matrix/cuda.json. Used when nvidia-smi does
// not print "CUDA Version" (old drivers, or only /proc/driver/nvidia/version is readable).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dlstack::probe {

class DriverCudaTable
{
public:
    struct Entry
    {
        QString cuda;          // "12.2"
        QString driverMinimum; // "535.54.03": the driver bundled with that toolkit
    };

    static const DriverCudaTable &builtin();
    static DriverCudaTable fromJson(const QByteArray &json);

    QString highestCuda(const QString &driverVersion) const; // empty when unknown
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace dlstack::probe
