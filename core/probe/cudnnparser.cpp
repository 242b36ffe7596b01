// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/cudnnparser.h"

#include <QRegularExpression>

namespace dlstack::probe::cudnnparser {

namespace {

int defineValue(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral(R"(^[ \t]*#[ \t]*define[ \t]+%1[ \t]+(\d{1,4})\b)").arg(name),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

QString parseVersionHeader(const QString &text)
{
    const QString head = text.left(256 * 1024);
    const int major = defineValue(head, QStringLiteral("CUDNN_MAJOR"));
    const int minor = defineValue(head, QStringLiteral("CUDNN_MINOR"));
    int patch = defineValue(head, QStringLiteral("CUDNN_PATCHLEVEL"));
    if (major < 1 || major > 99 || minor < 0 || minor > 999)
        return {};
    if (patch < 0)
        patch = 0;
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

QString versionFromLibraryName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral(R"(^libcudnn\.so\.(\d{1,2}(?:\.\d{1,4}){0,2})$)"));
    const auto m = re.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString versionFromDistInfo(const QString &dirName)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^nvidia_cudnn(?:_cu\d+)?-(\d{1,2}\.\d{1,4}\.\d{1,4})(?:\.\d+)*\.dist-info$)"));
    const auto m = re.match(dirName);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString versionFromReport(const QString &value)
{
    const QString v = value.trimmed();
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2}\.\d{1,4}\.\d{1,4})$)"));
    if (const auto m = dotted.match(v); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression number(QStringLiteral(R"(^(\d{4,6})$)"));
    if (const auto m = number.match(v); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        // 8.x and older: MAJOR*1000 + MINOR*100 + PATCH (7605); 9.x: MAJOR*10000 + MINOR*100 + PATCH (90100).
        if (n >= 10000)
            return QStringLiteral("%1.%2.%3").arg(n / 10000).arg((n / 100) % 100).arg(n % 100);
        return QStringLiteral("%1.%2.%3").arg(n / 1000).arg((n / 100) % 10).arg(n % 100);
    }
    const QString name = v.mid(v.lastIndexOf(u'/') + 1);
    const QString fromName = versionFromLibraryName(name);
    return fromName.count(u'.') == 2 ? fromName : QString();
}

bool looksLikeHeader(const QString &text)
{
    return text.contains(QStringLiteral("CUDNN_MAJOR")) && !parseVersionHeader(text).isEmpty();
}

SystemProfile parseHeader(const QString &text, const QString &source)
{
    SystemProfile profile;
    const QString version = parseVersionHeader(text);
    if (!version.isEmpty())
        profile.cudnn.append({version, source, source});
    return profile;
}

} // namespace dlstack::probe::cudnnparser
