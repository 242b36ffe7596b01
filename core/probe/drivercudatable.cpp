// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/drivercudatable.h"

#include "core/support/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlstack::probe {

DriverCudaTable DriverCudaTable::fromJson(const QByteArray &json)
{
    DriverCudaTable table;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &v : root.value(QStringLiteral("toolkits")).toArray()) {
        const QJsonObject o = v.toObject();
        QString driver = o.value(QStringLiteral("driver_bundled_linux")).toString();
        if (driver.isEmpty())
            driver = o.value(QStringLiteral("driver_min_linux")).toString();
        const QString cuda = o.value(QStringLiteral("version")).toString();
        if (!driver.isEmpty() && !cuda.isEmpty())
            table.m_entries.append({cuda, driver});
    }
    return table;
}

const DriverCudaTable &DriverCudaTable::builtin()
{
    static const DriverCudaTable table = [] {
        QFile file(QStringLiteral(":/matrix/cuda.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : DriverCudaTable{};
    }();
    return table;
}

QString DriverCudaTable::highestCuda(const QString &driverVersion) const
{
    const auto driver = support::Version::parse(driverVersion);
    if (!driver)
        return {};
    QString best;
    for (const Entry &e : m_entries) {
        const auto minimum = support::Version::parse(e.driverMinimum);
        if (minimum && *driver >= *minimum && support::compareVersions(e.cuda, best) > 0)
            best = e.cuda;
    }
    return best;
}

} // namespace dlstack::probe
