// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the log index and the line cleaner/classifier: any bytes, appended in two pieces,
// must index to the same lines as a fresh open of the file, and every line must clean.
// seeds: diagnosis/host_compiler_unsupported diagnosis/near-miss diagnosis/disk_full
#include "core/log/logfile.h"
#include "core/log/logsearch.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace dlstack::log;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = dir.filePath(QStringLiteral("fuzz.log"));
    auto created = LogFile::create(path);
    if (!created)
        return 0;
    const auto file = created.value();
    const qsizetype half = bytes.size() / 2;
    file->append(bytes.first(half));
    file->append(bytes.sliced(half));
    auto opened = LogFile::open(path);
    if (!opened || opened.value()->buildIndex())
        abort();
    const auto reread = opened.value();
    if (reread->lineCount() != file->lineCount() || reread->size() != qint64(size))
        abort();
    qint64 total = 0;
    reread->forEachLine(0, reread->lineCount(), [&](qint64 line, QByteArrayView raw) {
        if (raw != QByteArrayView(file->rawLine(line)))
            abort();
        total += raw.size();
        (void)LineClassifier::classify(cleanLineBytes(raw));
        (void)cleanLine(raw, 64);
        return true;
    });
    // every byte is in a line or is one of the '\n' separators
    if (total + reread->lineCount() < qint64(size) - 1 - reread->lineCount())
        abort();
    const auto search = LogSearch::compile({QStringLiteral("error"), false, false, kAllClasses});
    (void)search.value().run(*reread, 0, reread->lineCount());
    return 0;
}
