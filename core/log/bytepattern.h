// SPDX-License-Identifier: GPL-3.0-or-later
// bytePattern: rewrites a rule pattern (QRegularExpression syntax, matched case-insensitively
// against one decoded line) into a Vectorscan expression over raw bytes whose matches are a
// superset of PCRE2's: every line the pattern matches after UTF-8 decoding, the rewritten
// pattern matches in the line's bytes. PCRE2 runs in UTF mode, where '.', '[^x]' or '\S' is one
// code point (1-4 bytes, and an invalid byte is one U+FFFD), while the scanner sees bytes; so
// each such atom that is not repeated with '*' or '+' becomes "the atom and up to three UTF-8
// continuation bytes". Constructs Vectorscan lacks and that only narrow a match (\K, atomic
// groups, possessive quantifiers, \G) are widened; \A and \z become ^ and $ (the scanner runs in
// multi-line mode). The scanner's hits are candidates: the rule's QRegularExpression decides.
// Pure function, safe from any thread.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dlstack::log {

struct BytePattern
{
    QByteArray expression; // for hs_compile, without HS_FLAG_UTF8
    QString error;         // set when the pattern uses syntax the rewrite cannot keep a superset of
};

BytePattern bytePattern(const QString &pattern);

} // namespace dlstack::log
