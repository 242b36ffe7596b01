// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the diagnoser (all compiled-in rules) and the rule-file parser with arbitrary bytes:
// no crash, no hang, results within the lines seen, and the block scan (addText) finds exactly
// what feeding the same lines one by one (addLine) finds: first line, last line, hit count.
// seeds: diagnosis/host_compiler_unsupported diagnosis/compiler_out_of_memory diagnosis/near-miss diagnosis/nccl_error
#include "core/log/diagnoser.h"

#include <cstdint>
#include <cstdlib>

using namespace dlstack::log;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto rules = RuleSet::builtin();
    if (!rules)
        abort();
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagnoser blocks(rules.value());
    blocks.addText(bytes);
    blocks.finish();
    Diagnoser lines(rules.value());
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        lines.addLine(bytes.sliced(start, end - start));
        start = end + 1;
    }
    if (blocks.linesSeen() != lines.linesSeen())
        abort();
    const QList<Diagnosis> a = blocks.results();
    const QList<Diagnosis> b = lines.results();
    if (a.size() != b.size())
        abort();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Diagnosis &d = a.at(i);
        if (d.line < 1 || d.line > blocks.linesSeen() || d.excerpt.isEmpty() || d.lastLine < d.line)
            abort();
        if (d.id != b.at(i).id || d.line != b.at(i).line || d.lastLine != b.at(i).lastLine || d.hits != b.at(i).hits ||
            d.excerpt != b.at(i).excerpt)
            abort();
    }
    (void)RuleSet::parse(bytes.toByteArray(), QStringLiteral("fuzz.json"));
    return 0;
}
