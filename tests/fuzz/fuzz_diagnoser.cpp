// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the diagnoser (all compiled-in rules) and the rule-file parser with arbitrary bytes:
// no crash, no hang, results within the lines seen, and the block scan (addText) finds exactly
// what feeding the same lines one by one (addLine) finds: first line, last line, hit count; and
// reading in pieces (addRange) of the input placed across a piece edge finds what addText does.
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
    // The input straddles the first 256 KiB edge by up to 255 bytes (its first byte says how far).
    const qsizetype before = 256 * 1024 - (size > 0 ? qsizetype(data[0]) : 0);
    QByteArray whole;
    while (whole.size() < before)
        whole += "ninja: building\n";
    whole.truncate(before);
    whole.append(bytes);
    Diagnoser texts(rules.value());
    texts.addText(whole);
    texts.finish();
    Diagnoser ranges(rules.value());
    if (!ranges.addRange(0, whole.size(), [&whole](qint64 offset, qint64 length, QByteArray &into) {
            into = whole.mid(offset, length);
            return true;
        }))
        abort();
    ranges.finish();
    if (texts.linesSeen() != ranges.linesSeen())
        abort();
    const QList<Diagnosis> c = texts.results();
    const QList<Diagnosis> d = ranges.results();
    if (c.size() != d.size())
        abort();
    for (qsizetype i = 0; i < c.size(); ++i)
        if (c.at(i).id != d.at(i).id || c.at(i).line != d.at(i).line || c.at(i).hits != d.at(i).hits ||
            c.at(i).excerpt != d.at(i).excerpt || c.at(i).captures != d.at(i).captures)
            abort();
    (void)RuleSet::parse(bytes.toByteArray(), QStringLiteral("fuzz.json"));
    return 0;
}
