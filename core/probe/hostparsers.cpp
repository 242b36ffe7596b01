// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/hostparsers.h"

#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::hostparsers {

int cpuCount(const QString &cpuinfo)
{
    int count = 0;
    for (const QString &line : support::splitLines(cpuinfo)) {
        if (line.startsWith(QStringLiteral("processor")) && line.contains(u':'))
            ++count;
    }
    return count;
}

qint64 memTotalMib(const QString &meminfo)
{
    static const QRegularExpression re(QStringLiteral(R"(^MemTotal:\s+(\d{1,15})\s*kB)"),
                                       QRegularExpression::MultilineOption);
    const auto m = re.match(meminfo);
    return m.hasMatch() ? m.captured(1).toLongLong() / 1024 : 0;
}

bool isWsl(const QString &kernelRelease, const QString &procVersion)
{
    const QString text = kernelRelease + u' ' + procVersion;
    return text.contains(QStringLiteral("microsoft"), Qt::CaseInsensitive) ||
           text.contains(QStringLiteral("WSL"), Qt::CaseSensitive);
}

QStringList gpuModules(const QString &procModules)
{
    static const QStringList known{QStringLiteral("nvidia"),     QStringLiteral("nouveau"),   QStringLiteral("amdgpu"),
                                   QStringLiteral("radeon"),     QStringLiteral("i915"),      QStringLiteral("xe"),
                                   QStringLiteral("nvidia_uvm"), QStringLiteral("nvidia_drm")};
    QStringList found;
    for (const QString &line : support::splitLines(procModules)) {
        const QString name = line.section(u' ', 0, 0);
        if (known.contains(name) && !found.contains(name))
            found << name;
    }
    return found;
}

QString secureBootFromEfiVar(const QByteArray &bytes)
{
    if (bytes.size() < 5)
        return {};
    return bytes.at(4) == 1 ? QStringLiteral("enabled") : QStringLiteral("disabled");
}

QString secureBootFromMokutil(const QString &text)
{
    if (text.contains(QStringLiteral("SecureBoot enabled"), Qt::CaseInsensitive))
        return QStringLiteral("enabled");
    if (text.contains(QStringLiteral("SecureBoot disabled"), Qt::CaseInsensitive))
        return QStringLiteral("disabled");
    if (text.contains(QStringLiteral("not supported"), Qt::CaseInsensitive))
        return QStringLiteral("unsupported");
    return {};
}

QStringList cudaRoots(const QString &pathList)
{
    static const QRegularExpression tail(
        QStringLiteral(R"((/(bin|lib64|lib|nvvm/bin|extras/CUPTI/lib64|targets/[^/]+/lib))+/?$)"));
    QStringList roots;
    for (const QString &entry : pathList.split(u':', Qt::SkipEmptyParts)) {
        if (!entry.contains(QStringLiteral("cuda"), Qt::CaseInsensitive))
            continue;
        QString root = entry;
        root.remove(tail);
        // Only directories that name a toolkit: .../cuda or .../cuda-12.1
        static const QRegularExpression toolkit(QStringLiteral(R"(/cuda(-\d+(\.\d+)*)?$)"));
        if (!toolkit.match(root).hasMatch())
            continue;
        if (!roots.contains(root))
            roots << root;
    }
    return roots;
}

} // namespace dlstack::probe::hostparsers
