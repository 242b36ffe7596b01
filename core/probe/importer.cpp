// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/importer.h"

#include "core/probe/osreleaseparser.h"
#include "core/probe/toolparsers.h"
#include "core/support/textutil.h"

#include <QCoreApplication>
#include <QIODevice>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

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

QByteArray Importer::read(QIODevice &device)
{
    return device.read(kMaxInputBytes + 1);
}

Importer::Outcome Importer::import(const QByteArray &bytes, const QString &name) const
{
    Outcome outcome;
    if (support::looksBinary(bytes))
        return outcome;
    QByteArrayView kept = bytes;
    if (bytes.size() > kMaxInputBytes) {
        // Whole lines only, so that every count below covers exactly the lines before the cut.
        kept = kept.first(kMaxInputBytes);
        kept = kept.first(kept.lastIndexOf('\n') + 1);
        const int mib = int(kMaxInputBytes >> 20);
        outcome.cutNote = Tr::tr("Stopped reading %1 after %2 MiB; the counts cover the first %2 MiB "
                                 "(%3 lines). Send a shorter excerpt to have all of it read.")
                              .arg(name)
                              .arg(mib)
                              .arg(kept.count('\n'));
    }
    QString text = support::decodeToolOutput(QByteArray::fromRawData(kept.data(), kept.size()));
    if (text.contains(u'\x1b'))
        text = support::stripAnsi(text); // a copy: only when there are escapes to remove
    for (const ImportFormat &format : m_formats) {
        if (!format.recognizes(text))
            continue;
        outcome.format = format.id;
        outcome.profile = format.parse(text, QStringLiteral("%1 (%2)").arg(name, format.description));
        if (!outcome.cutNote.isEmpty())
            outcome.profile.problems.append({QStringLiteral("import"), outcome.cutNote});
        return outcome;
    }
    return outcome;
}

} // namespace dlstack::probe
