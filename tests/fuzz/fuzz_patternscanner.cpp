// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes PatternScanner with the first line of the input as a pattern and the rest as a log:
// whenever the pattern, as a QRegularExpression, matches a cleaned line, the scanner must
// report it for that line (the scanner may report more, never less); no crash on any pattern.
// seeds: diagnosis/disk_full diagnosis/near-miss diagnosis/undefined_symbol
#include "core/log/patternscanner.h"
#include "core/log/textcleaner.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

using namespace dlstack::log;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype nl = bytes.indexOf('\n');
    if (nl < 0)
        nl = bytes.size();
    const QString pattern = QString::fromUtf8(bytes.first(nl));
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (pattern.isEmpty() || !re.isValid())
        return 0;
    auto compiled = PatternScanner::compile({{pattern, 0}});
    auto *scanner = std::get_if<PatternScanner>(&compiled);
    if (!scanner)
        return 0; // refused (e.g. it can match an empty line): RuleSet reports that as an error
    std::vector<int> found;
    for (qsizetype start = qMin(nl + 1, bytes.size()); start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArray clean = cleanLineBytes(bytes.sliced(start, end - start));
        if (!scanner->scanLine(clean, found))
            abort();
        if (re.match(QString::fromUtf8(clean)).hasMatch() && found.empty())
            abort(); // a line the rule matches that the scanner missed
        start = end + 1;
    }
    return 0;
}
