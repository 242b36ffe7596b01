// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes PatternScanner with the first line of the input as a pattern and the rest as a log:
// whenever the pattern, as a QRegularExpression, matches a cleaned line, the scanner must
// report it for that line (the scanner may report more, never less); no crash on any pattern.
// When the pattern has literal factors, the literal scan of all cleaned lines at once must name
// every such line as a candidate (the factors are a cover: literalFactors()).
// seeds: diagnosis/disk_full diagnosis/near-miss diagnosis/undefined_symbol
#include "core/log/patternscanner.h"
#include "core/log/textcleaner.h"

#include <QRegularExpression>

#include <algorithm>
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
    QByteArray joined;               // the cleaned lines, as one buffer for the literal scan
    std::vector<qsizetype> mustFind; // where the lines the rule matches start in it
    for (qsizetype start = qMin(nl + 1, bytes.size()); start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArray clean = cleanLineBytes(bytes.sliced(start, end - start));
        if (!scanner->scanLine(clean, found))
            abort();
        const bool matches = re.match(QString::fromUtf8(clean)).hasMatch();
        if (matches && found.empty())
            abort(); // a line the rule matches that the scanner missed
        if (start > nl + 1)
            joined += '\n';
        if (matches)
            mustFind.push_back(joined.size());
        joined += clean;
        start = end + 1;
    }
    std::vector<qsizetype> candidates;
    if (scanner->hasLiteralFilter()) {
        if (!scanner->candidateLines(joined, candidates))
            abort();
        for (const qsizetype line : mustFind)
            if (!std::binary_search(candidates.begin(), candidates.end(), line))
                abort(); // a matching line the literal scan did not name
    }
    return 0;
}
