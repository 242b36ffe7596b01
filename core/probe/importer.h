// SPDX-License-Identifier: GPL-3.0-or-later
// Importer: builds a partial SystemProfile of another machine from text someone pasted
// or sent (nvidia-smi, collect_env, conda info, ...). Each known format has a recogniser
// and a parser; several texts merge into one profile, and so do several outputs pasted in
// one text (cut at prompts, fences and banners, each recognised on its own). Every fact's
// source names the text, its line range and the format it was read as; a text that is not
// read, or read but missing what its format always shows, says so in the profile's problems.
// No files, no programs: callers read the text (read() bounds it). At most kMaxInputBytes of
// a text are parsed, and a longer one says so in its profile's problems; parsing is linear in
// the text's length.
#pragma once

#include "core/probe/systemprofile.h"

#include <functional>

class QIODevice;

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

    static constexpr qint64 kMaxInputBytes = qint64(32) << 20;
    // Reads at most kMaxInputBytes + 1 bytes: enough for import() to tell that there was more.
    static QByteArray read(QIODevice &device);

    // The id of the first format that recognises the text, or empty.
    QString recognize(const QString &text) const;

    // One output found in a text: lines [firstLine, lastLine] read as format.
    struct Part
    {
        QString format;
        QString description;
        int firstLine = 0;
        int lastLine = 0;
    };

    struct Outcome
    {
        QString format;        // of the first part; empty: not recognised
        QList<Part> parts;     // every output read, in text order
        SystemProfile profile; // partial
        // Non-empty when the text was longer than kMaxInputBytes: "Stopped reading NAME after
        // 32 MiB; ...". Then only the lines before that point were parsed, and the profile's
        // problems carry the same sentence.
        QString cutNote;
    };
    // Parses one text (the name is used as the facts' source and in the cut note).
    Outcome import(const QByteArray &bytes, const QString &name) const;

    const QList<ImportFormat> &formats() const { return m_formats; }

private:
    const ImportFormat *formatOf(const QString &text) const;

    QList<ImportFormat> m_formats;
};

} // namespace dlstack::probe
