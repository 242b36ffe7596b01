// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/osreleaseparser.h"

#include "core/support/textutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dlstack::probe::osrelease {

namespace {

QMap<QString, QString> keyValues(const QString &text)
{
    QMap<QString, QString> values;
    static const QRegularExpression line(QStringLiteral(R"(^\s*([A-Z_][A-Z0-9_]*)=(.*)$)"));
    for (const QString &l : support::splitLines(text)) {
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        QString value = m.captured(2).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        value.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        values.insert(m.captured(1), value.left(200));
    }
    return values;
}

} // namespace

bool looksLike(const QString &text)
{
    // Two of the fields os-release(5) defines: a paste cut before (or after) the ID= line is
    // still os-release, and parse() names what it lacks.
    static const QStringList fields = {
        QStringLiteral("NAME"),
        QStringLiteral("VERSION"),
        QStringLiteral("ID"),
        QStringLiteral("ID_LIKE"),
        QStringLiteral("VERSION_ID"),
        QStringLiteral("PRETTY_NAME"),
        QStringLiteral("VERSION_CODENAME"),
        QStringLiteral("BUILD_ID"),
        QStringLiteral("HOME_URL"),
        QStringLiteral("SUPPORT_URL"),
        QStringLiteral("BUG_REPORT_URL"),
        QStringLiteral("CPE_NAME"),
        QStringLiteral("PLATFORM_ID"),
        QStringLiteral("ANSI_COLOR"),
        QStringLiteral("UBUNTU_CODENAME"),
    };
    const auto values = keyValues(text);
    const auto known =
        std::count_if(fields.begin(), fields.end(), [&](const QString &f) { return values.contains(f); });
    return known >= 2 && (values.contains(QStringLiteral("ID")) || values.contains(QStringLiteral("VERSION_ID")) ||
                          values.contains(QStringLiteral("NAME")) || values.contains(QStringLiteral("PRETTY_NAME")));
}

SystemProfile parse(const QString &text, const QString &source)
{
    SystemProfile profile;
    const auto values = keyValues(text);
    profile.host.osId = values.value(QStringLiteral("ID")).toLower();
    profile.host.osVersion = values.value(QStringLiteral("VERSION_ID"));
    profile.host.osName = values.value(QStringLiteral("PRETTY_NAME"), values.value(QStringLiteral("NAME")));
    profile.host.source = source;
    if (profile.host.osId.isEmpty())
        addProblem(
            profile, QStringLiteral("host"),
            QCoreApplication::translate("OsRelease", "%1 has no ID= line; the distribution is unknown.").arg(source));
    return profile;
}

} // namespace dlstack::probe::osrelease
