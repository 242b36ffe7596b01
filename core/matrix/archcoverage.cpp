// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/archcoverage.h"

namespace dlstack::matrix {

ComputeCapability ComputeCapability::parse(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"sm_") || text.startsWith(u"SM_")) {
        // "sm_86" / "sm_120": the last digit is the minor.
        text = text.mid(3);
        qsizetype digits = 0;
        while (digits < text.size() && text[digits].isDigit())
            ++digits;
        if (digits < 2)
            return {};
        return {text.left(digits - 1).toInt(), text.mid(digits - 1, 1).toInt()};
    }
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0)
        return {};
    bool ok = false;
    const int major = text.left(dot).toInt(&ok);
    if (!ok)
        return {};
    qsizetype end = dot + 1;
    while (end < text.size() && text[end].isDigit())
        ++end;
    if (end == dot + 1)
        return {};
    return {major, text.mid(dot + 1, end - dot - 1).toInt()};
}

QString ComputeCapability::smName() const
{
    return QStringLiteral("sm_") + QString::number(major) + QString::number(minor);
}

ArchCoverage archCoverage(const ComputeCapability &gpu, const QStringList &archList)
{
    if (!gpu.valid())
        return ArchCoverage::None;
    ArchCoverage best = ArchCoverage::None;
    for (const QString &entry : archList) {
        const ComputeCapability arch = ComputeCapability::parse(entry);
        if (!arch.valid())
            continue;
        if (arch.major == gpu.major && arch.minor == gpu.minor)
            return ArchCoverage::Native;
        if (arch.major == gpu.major && arch.minor < gpu.minor)
            best = std::max(best, ArchCoverage::BinaryCompatible);
        else if (entry.endsWith(QLatin1String("+PTX"), Qt::CaseInsensitive) && arch.value() < gpu.value())
            best = std::max(best, ArchCoverage::PtxOnly);
    }
    return best;
}

QString describeArchRange(const QStringList &archList)
{
    if (archList.isEmpty())
        return QString();
    auto name = [](const QString &entry) {
        QString n = ComputeCapability::parse(entry).smName();
        if (entry.endsWith(QLatin1String("+PTX"), Qt::CaseInsensitive))
            n += QStringLiteral(" (+PTX)");
        return n;
    };
    if (archList.size() == 1)
        return name(archList.constFirst());
    return name(archList.constFirst()) + QStringLiteral(" to ") + name(archList.constLast());
}

} // namespace dlstack::matrix
