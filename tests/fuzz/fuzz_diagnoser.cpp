// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the diagnoser (all compiled-in rules) and the rule-file parser with arbitrary bytes:
// no crash, no hang, results within the lines seen.
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
    Diagnoser diagnoser(rules.value());
    diagnoser.addText(bytes);
    diagnoser.finish();
    for (const Diagnosis &d : diagnoser.results())
        if (d.line < 1 || d.line > diagnoser.linesSeen() || d.excerpt.isEmpty())
            abort();
    (void)RuleSet::parse(bytes.toByteArray(), QStringLiteral("fuzz.json"));
    return 0;
}
