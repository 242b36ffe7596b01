// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/gpunametable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace dlstack::probe {

namespace {

QString simplify(const QString &name)
{
    QString n = name.toLower();
    for (const char *noise : {"nvidia ", "amd ", "geforce ", "(tm)", "(r)", "corporation "})
        n.remove(QLatin1String(noise));
    n.replace(u'-', u' ');
    return n.simplified();
}

QList<GpuNameTable::Entry> readEntries(const QJsonArray &array, const char *valueKey)
{
    QList<GpuNameTable::Entry> entries;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        GpuNameTable::Entry e;
        e.name = o.value(QStringLiteral("name")).toString();
        e.match = simplify(o.value(QStringLiteral("match")).toString());
        if (e.match.isEmpty())
            e.match = simplify(e.name);
        e.value = o.value(QLatin1String(valueKey)).toString();
        e.arch = o.value(QStringLiteral("arch")).toString();
        if (!e.match.isEmpty() && !e.value.isEmpty())
            entries.append(e);
    }
    // The most specific match wins: "rtx 3090 ti" before "rtx 3090".
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.match.size() > b.match.size(); });
    return entries;
}

} // namespace

GpuNameTable GpuNameTable::fromJson(const QByteArray &json)
{
    GpuNameTable table;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    table.m_nvidia = readEntries(root.value(QStringLiteral("nvidia")).toArray(), "cc");
    table.m_amd = readEntries(root.value(QStringLiteral("amd")).toArray(), "gfx");
    return table;
}

const GpuNameTable &GpuNameTable::builtin()
{
    static const GpuNameTable table = [] {
        QFile file(QStringLiteral(":/matrix/gpus.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : GpuNameTable{};
    }();
    return table;
}

QString GpuNameTable::lookup(const QList<Entry> &entries, const QString &gpuName)
{
    const QString name = u' ' + simplify(gpuName) + u' ';
    for (const Entry &e : entries) {
        // whole-word match so "a10" does not match "a100"
        const qsizetype at = name.indexOf(e.match);
        if (at < 0)
            continue;
        const QChar before = name.at(at - 1 < 0 ? 0 : at - 1);
        const qsizetype end = at + e.match.size();
        const QChar after = end < name.size() ? name.at(end) : QChar(u' ');
        if (!before.isLetterOrNumber() && !after.isLetterOrNumber())
            return e.value;
    }
    return {};
}

QString GpuNameTable::computeCapability(const QString &gpuName) const
{
    return lookup(m_nvidia, gpuName);
}

QString GpuNameTable::gfxTarget(const QString &gpuName) const
{
    return lookup(m_amd, gpuName);
}

} // namespace dlstack::probe
