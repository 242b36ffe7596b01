// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes every import format at once: recognisers and parsers must survive any text.
// seeds: probe
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const dlstack::probe::Importer importer;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto outcome = importer.import(bytes, QStringLiteral("fuzz"));
    outcome.profile.finalize(dlstack::probe::DetectionTables::builtin());
    (void)outcome.profile.toJson();
    // Each parser directly too, so a format whose recogniser rejects the text is still exercised.
    const QString text = QString::fromUtf8(bytes);
    for (const auto &format : importer.formats())
        (void)format.parse(text, QStringLiteral("fuzz"));
    return 0;
}
