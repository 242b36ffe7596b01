// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/archcoverage.h"

#include "core/matrix/versioncompare.h"

namespace dlstack::matrix {

namespace {

// Reads the ASCII digits at text[i...] into value; false when there are none.
bool readNumber(QStringView text, qsizetype &i, int &value)
{
    const qsizetype start = i;
    value = 0;
    while (i < text.size() && isAsciiDigit(text[i].unicode()) && i - start < 6)
        value = value * 10 + (text[i++].unicode() - u'0');
    return i > start;
}

} // namespace

// Parsed by hand: a matrix-wide check parses every wheel's arch list, and
// QStringView::toInt goes through the locale-aware number parser.
ComputeCapability ComputeCapability::parse(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"sm_") || text.startsWith(u"SM_")) {
        // "sm_86" / "sm_120": the last digit is the minor.
        qsizetype i = 3;
        int digits = 0;
        if (!readNumber(text, i, digits) || i - 3 < 2)
            return {};
        return {digits / 10, digits % 10};
    }
    qsizetype i = 0;
    int major = 0;
    int minor = 0;
    if (!readNumber(text, i, major) || i >= text.size() || text[i] != u'.')
        return {};
    ++i;
    if (!readNumber(text, i, minor))
        return {};
    return {major, minor};
}

QString ComputeCapability::smName() const
{
    return QStringLiteral("sm_") + QString::number(major) + QString::number(minor);
}

QList<ArchTarget> parseArchList(const QStringList &archList)
{
    QList<ArchTarget> out;
    out.reserve(archList.size());
    for (const QString &entry : archList) {
        const ComputeCapability cc = ComputeCapability::parse(entry);
        if (cc.valid())
            out.append({cc, entry.endsWith(QLatin1String("+PTX"), Qt::CaseInsensitive)});
    }
    return out;
}

ArchCoverage archCoverage(const ComputeCapability &gpu, const QList<ArchTarget> &archs)
{
    if (!gpu.valid())
        return ArchCoverage::None;
    ArchCoverage best = ArchCoverage::None;
    for (const ArchTarget &arch : archs) {
        if (arch.cc.major == gpu.major && arch.cc.minor == gpu.minor)
            return ArchCoverage::Native;
        if (arch.cc.major == gpu.major && arch.cc.minor < gpu.minor)
            best = std::max(best, ArchCoverage::BinaryCompatible);
        else if (arch.ptx && arch.cc.value() < gpu.value())
            best = std::max(best, ArchCoverage::PtxOnly);
    }
    return best;
}

ArchCoverage archCoverage(const ComputeCapability &gpu, const QStringList &archList)
{
    return archCoverage(gpu, parseArchList(archList));
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
