// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/importer.h"

#include "core/probe/osreleaseparser.h"
#include "core/probe/toolparsers.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

namespace dlstack::probe {

QList<ImportFormat> baseImportFormats()
{
    return {
        {QStringLiteral("os-release"), QStringLiteral("/etc/os-release"), osrelease::looksLike, osrelease::parse},
        {QStringLiteral("gcc"), QStringLiteral("gcc --version"), toolparsers::looksLikeGcc, toolparsers::parseGcc},
        {QStringLiteral("cmake"), QStringLiteral("cmake --version"), toolparsers::looksLikeCmake,
         toolparsers::parseCmake},
    };
}

Importer::Importer()
{
    // Order matters: composite formats (collect_env) come first in their area's list, and
    // specific formats before generic ones.
    m_formats = envImportFormats() + gpuImportFormats() + baseImportFormats();
}

QString Importer::recognize(const QString &text) const
{
    for (const ImportFormat &format : m_formats) {
        if (format.recognizes(text))
            return format.id;
    }
    return {};
}

Importer::Outcome Importer::import(const QByteArray &bytes, const QString &name) const
{
    Outcome outcome;
    if (support::looksBinary(bytes))
        return outcome;
    const QString text = support::stripAnsi(support::decodeToolOutput(bytes));
    for (const ImportFormat &format : m_formats) {
        if (!format.recognizes(text))
            continue;
        outcome.format = format.id;
        outcome.profile = format.parse(text, QStringLiteral("%1 (%2)").arg(name, format.description));
        return outcome;
    }
    return outcome;
}

} // namespace dlstack::probe
