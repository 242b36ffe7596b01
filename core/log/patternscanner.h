// SPDX-License-Identifier: GPL-3.0-or-later
// PatternScanner: finds where any of many regular expressions (the diagnosis rules' patterns)
// match in a block of log bytes, in one pass, with a Vectorscan block-mode database compiled once
// (caseless, multi-line: ^ and $ at every '\n'; '.' never crosses a '\n'). The database finds a
// superset of the lines the rules' QRegularExpressions match (see bytePattern(); a pattern
// Vectorscan cannot compile exactly is compiled as a prefilter), so every hit is a candidate that
// the caller confirms -- in principle: Debian's Vectorscan 5.4.9 misses some matches (see the
// .cpp and Diagnoser::scanPiece), so where every pattern has literal factors callers exclude
// lines by the literal pass (candidatePatterns(), literalPatterns()) and not by scanLine(). A database compiled once is
// kept in memory (the last few rule sets) and on disk (ScannerCache) for the next process. Threads: the compiled
// database is immutable and shared by copies; each instance has its own scratch space, allocated on its first scan, so
// one instance is used by one thread at a time. Copy the instance for another thread.
#pragma once

#include "core/support/error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <variant>
#include <vector>

struct hs_scratch;

namespace dlstack::log {

class PatternScanner
{
public:
    struct Pattern
    {
        QString expression; // QRegularExpression syntax, matched case-insensitively
        int rule = -1;      // the caller's index, handed back by rule()
    };
    // Why a pattern was refused: its index in the list given to compile(), and Vectorscan's words.
    struct Refusal
    {
        int pattern = -1; // -1: the set as a whole (e.g. too large)
        QString reason;
    };

    // Compiles every pattern into one database: exactly where Vectorscan can, else as a prefilter.
    static std::variant<PatternScanner, Refusal> compile(const QList<Pattern> &patterns);

    PatternScanner();
    PatternScanner(const PatternScanner &other);
    PatternScanner &operator=(const PatternScanner &other);
    PatternScanner(PatternScanner &&other) noexcept;
    PatternScanner &operator=(PatternScanner &&other) noexcept;
    ~PatternScanner();

    bool isValid() const { return m_shared != nullptr; }
    int patternCount() const;
    int rule(int pattern) const;
    bool isPrefilter(int pattern) const; // compiled as a prefilter: hits are looser than the pattern

    // Calls onMatch(pattern, end) for every match in bytes; end is the offset just after the
    // match's last byte; it may be reported twice (bytes are scanned twice, see the .cpp). A
    // match may run over a '\n' (a '\s' or '[^x]' can):
    // the caller confirms per line. Returns false when Vectorscan could not scan (no memory).
    bool scanBuffer(QByteArrayView bytes, const std::function<void(int pattern, qsizetype end)> &onMatch);
    // The patterns that match somewhere in one line, each once, in increasing order.
    bool scanLine(QByteArrayView line, std::vector<int> &patterns);

    // Whether every pattern has literal factors (literalFactors()), so that candidateLines()
    // can stand for a scan of every line.
    bool hasLiteralFilter() const;
    int literalCount() const;
    QList<QByteArray> literals() const; // what candidateLines() looks for (lowercase, caseless)
    // The starts of the lines of bytes (complete lines joined by '\n') that contain a literal
    // factor of some pattern, increasing, and always the first line (no '\n' precedes it, see
    // literalFactors()). Only these lines can match a pattern; scanLine() each of them. One pass
    // of Vectorscan's literal matcher over the whole buffer. False when it could not scan.
    bool candidateLines(QByteArrayView bytes, std::vector<qsizetype> &starts);
    // One of the lines candidateLines() names, with the patterns whose literals it holds.
    struct CandidateLine
    {
        qsizetype start = 0;
        int firstPattern = 0;  // index of its first pattern in the list candidatePatterns() fills
        int patternCount = -1; // -1: not known (the first line, which a '\n' factor cannot name): scan it whole
    };
    // The lines of candidateLines(), each with the patterns one of whose literal factors it holds
    // (increasing): a superset of the patterns that match it, so scanLine() is not needed when
    // the few of them are confirmed directly. False when it could not scan.
    bool candidatePatterns(QByteArrayView bytes, std::vector<CandidateLine> &lines, std::vector<int> &patterns);
    // The patterns one of whose literal factors one line holds (taken as a whole line, so a
    // factor that starts with '\n' matches at its start), increasing: what candidatePatterns()
    // says of the same line inside a block. False when it could not scan.
    bool literalPatterns(QByteArrayView line, std::vector<int> &patterns);

    struct Shared; // the compiled database, shared by copies

private:
    bool ensureScratch();
    bool ensureLiteralScratch();

    std::shared_ptr<const Shared> m_shared;
    hs_scratch *m_scratch = nullptr;
    hs_scratch *m_literalScratch = nullptr;
    std::vector<char> m_shifted;                          // the second pass's copy (see patternscanner.cpp)
    std::vector<std::pair<qsizetype, int>> m_literalHits; // (line start, literal) of a literal pass
    QByteArray m_lineCopy;                                // literalPatterns()'s '\n' + line
    std::vector<CandidateLine> m_lineCandidates;
};

} // namespace dlstack::log
