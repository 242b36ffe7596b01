// SPDX-License-Identifier: GPL-3.0-or-later
// Importer: builds a partial SystemProfile of another machine from text someone pasted
// or sent (nvidia-smi, collect_env, conda info, ...). Each known format has a recogniser
// and a parser; several texts merge into one profile. Pure: no files, no programs.
#pragma once

#include "core/probe/systemprofile.h"

#include <functional>

namespace dlstack::probe {

struct ImportFormat
{
    QString id;          // "nvidia-smi", "collect-env", ...
    QString description; // for messages: "nvidia-smi table"
    std::function<bool(const QString &)> recognizes;
    std::function<SystemProfile(const QString &text, const QString &source)> parse;
};

// The formats of each area, defined beside their parsers.
QList<ImportFormat> baseImportFormats();
QList<ImportFormat> gpuImportFormats();
QList<ImportFormat> envImportFormats();

class Importer
{
public:
    Importer();

    // The id of the first format that recognises the text, or empty.
    QString recognize(const QString &text) const;

    struct Outcome
    {
        QString format;        // empty: not recognised
        SystemProfile profile; // partial
    };
    // Parses one text (the name is used as the facts' source).
    Outcome import(const QByteArray &bytes, const QString &name) const;

    const QList<ImportFormat> &formats() const { return m_formats; }

private:
    QList<ImportFormat> m_formats;
};

} // namespace dlstack::probe
