// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/packageparsers.h"

#include <QRegularExpression>

namespace dlstack::probe::packageparsers {

QStringList installedDpkgPackages(const QByteArray &status)
{
    QStringList installed;
    QByteArray package;
    qsizetype pos = 0;
    while (pos < status.size()) {
        qsizetype end = status.indexOf('\n', pos);
        if (end < 0)
            end = status.size();
        const QByteArray line = status.mid(pos, end - pos);
        pos = end + 1;
        if (line.startsWith("Package: "))
            package = line.mid(9).trimmed();
        else if (line.startsWith("Status: ") && line.contains("installed") && !line.contains("not-installed") &&
                 !line.contains("config-files") && !package.isEmpty())
            installed << QString::fromUtf8(package);
        else if (line.isEmpty())
            package.clear();
    }
    return installed;
}

NvidiaPackages classify(const QStringList &packages)
{
    NvidiaPackages result;
    static const QRegularExpression driver(QStringLiteral(
        R"(^(nvidia-driver-\d+.*|nvidia-kernel-dkms|nvidia-dkms-\d+.*|cuda-drivers(-\d+)?|nvidia-driver)$)"));
    static const QRegularExpression toolkit(QStringLiteral(R"(^cuda-(?:toolkit|nvcc|cudart|compiler)-(\d+)-(\d+)$)"));
    for (const QString &p : packages) {
        if (driver.match(p).hasMatch())
            result.drivers << p;
        if (const auto m = toolkit.match(p); m.hasMatch()) {
            const QString version = m.captured(1) + u'.' + m.captured(2);
            if (!result.toolkitVersions.contains(version))
                result.toolkitVersions << version;
        }
    }
    return result;
}

} // namespace dlstack::probe::packageparsers
