// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnoser: runs the diagnosis rules over a log, line by line as a build streams (addLine) or
// in large blocks (addText, diagnoseFile), and ranks the causes found: weight (highest first),
// then the earliest line, then id (docs/diagnosis-rules.md). The rules' PatternScanner looks at
// whole blocks of bytes at once; only lines it reports are cleaned and confirmed with the rule's
// QRegularExpression, so a line that matches nothing costs no per-line work. Each Diagnosis
// carries the first and the last matching line, how many lines matched, a few lines around the
// first and the rule's texts with placeholders filled from a SystemProfile.
// Not thread-safe: feed one Diagnoser from one thread at a time; results() may be called any time.
// A large addText() is scanned by up to four short-lived threads (one per core) in pieces.
#pragma once

#include "core/log/blocklines.h"
#include "core/log/diagnosisrule.h"
#include "core/log/logfile.h"
#include "core/log/parallelfor.h"
#include "core/log/patternscanner.h"
#include "core/probe/systemprofile.h"

#include <QJsonObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace dlstack::log {

struct Diagnosis
{
    QString id;
    QString title;
    int weight = 0;
    qint64 line = 0;              // 1-based line of the first matching line
    qint64 lastLine = 0;          // 1-based line of the last matching line (0: only `line` known)
    qint64 hits = 0;              // how many lines matched (0: not counted)
    bool inFailureRegion = false; // a matching line lies where a tool reported the failure
    qint64 excerptFirstLine = 0;  // 1-based line of excerpt.first()
    QStringList excerpt;          // up to 2 lines before, the line, up to 2 after (cleaned)
    QString explanation;          // placeholders filled
    QString remedy;
    QMap<QString, QString> captures;
    // Every placeholder of the rule's texts with the value it was filled with (captures, lookups
    // and machine facts), so that DiagnosisText can fill a translated text the same way.
    QMap<QString, QString> values;
    QString anchor; // id "unrecognised": the anchor rule whose texts it carries

    QJsonObject toJson() const;
    static Diagnosis fromJson(const QJsonObject &o); // tolerant: missing fields stay empty
};

class Diagnoser
{
public:
    static constexpr int kContextBefore = 2;
    static constexpr int kContextAfter = 2;

    explicit Diagnoser(RuleSet rules, std::optional<probe::SystemProfile> profile = std::nullopt);

    void addLine(QByteArrayView rawLine); // the next line, without '\n'
    // Any piece of the log (a partial last line waits for the next call or finish()). The
    // complete lines are scanned as blocks; pieces of 1 MiB or more are the cheapest.
    void addText(QByteArrayView bytes);
    // Reads bytes [offset, offset + length) of a seekable input into `into` (resized to what
    // was read); false when it cannot. Called on several threads at once.
    using RangeReader = std::function<bool(qint64 offset, qint64 length, QByteArray &into)>;
    // The same as addText() of bytes [from, to) of a seekable input, read by the scanning
    // threads themselves in pieces, so that reading a large file is shared out as well; false
    // when a read failed or *cancel was set (the bytes before were diagnosed).
    bool addRange(qint64 from, qint64 to, const RangeReader &read, const std::atomic_bool *cancel = nullptr);
    void finish(); // takes a pending partial line of addText() or addRange()
    qint64 linesSeen() const { return m_lines; }

    QList<Diagnosis> results() const; // ranked, best first

    // Diagnoses lines [0, lineCount) of a file, reading its bytes in large blocks; stops early
    // when *cancel.
    static QList<Diagnosis> diagnoseFile(const LogFile &file, const RuleSet &rules,
                                         const std::optional<probe::SystemProfile> &profile = std::nullopt,
                                         const std::atomic_bool *cancel = nullptr);
    // The same while another thread's buildIndex() is still indexing the file: follows the
    // indexed bytes as they grow and returns once indexDone is set and every indexed byte is
    // diagnosed, so the diagnosis of a file just opened runs alongside its indexing.
    static QList<Diagnosis> diagnoseWhileIndexing(const LogFile &file, const std::atomic_bool &indexDone,
                                                  const RuleSet &rules,
                                                  const std::optional<probe::SystemProfile> &profile = std::nullopt,
                                                  const std::atomic_bool *cancel = nullptr);

    // The value of a profile placeholder ("gcc_version", ...) or "unknown".
    static QString profileValue(const std::optional<probe::SystemProfile> &profile, const QString &name);
    // Replaces {name} placeholders the rule may use; unknown values read "unknown". Each
    // placeholder replaced is added to *values with its value.
    static QString fillPlaceholders(const QString &text, const std::optional<probe::SystemProfile> &profile,
                                    const QMap<QString, QString> &captures, QMap<QString, QString> *values = nullptr);

private:
    struct Hit
    {
        int rule = -1;
        qint64 line = 0;
        qint64 lastLine = 0;
        qint64 count = 0;
        qint64 excerptFirstLine = 0;
        QStringList excerpt;
        int afterMissing = kContextAfter;
        QMap<QString, QString> captures;
    };
    // Where a line to confirm lies: inside the block being scanned, or alone (block == nullptr).
    struct Site
    {
        const BlockLines *block = nullptr;
        QByteArrayView bytes; // the block, or the line
        qsizetype start = 0;
        qsizetype end = 0; // of the line, without '\n'
    };
    struct Candidate
    {
        qint64 line; // in the block, 0-based
        int pattern;
        qsizetype start; // of the line
        bool operator<(const Candidate &o) const { return line != o.line ? line < o.line : pattern < o.pattern; }
    };

    // A rule that matched a line, decided where the line was scanned (possibly on a helper
    // thread). Only a rule's first line in a piece keeps its match: a rule's captures come from
    // its first hit.
    struct Matched
    {
        qint64 line; // in the piece, 0-based
        int rule;
        qsizetype start; // of the line
        QRegularExpressionMatch match;
    };
    // The rules one cleaned line matches, with their matches, given the patterns the scanner
    // reported for it (increasing). Reads only the rules: safe on several threads at once.
    using RuleMatches = std::vector<std::pair<int, QRegularExpressionMatch>>;
    void matchRules(QByteArrayView clean, const int *patterns, std::size_t count, RuleMatches &out) const;

    void processLine(QByteArrayView raw);
    // A piece of a block of lines, scanned and matched on its own (possibly on a helper thread).
    struct Piece
    {
        QByteArray buffer;           // what addRange() read for this piece
        bool read = true;            // false: the read failed
        bool hasLines = false;       // addRange(): the buffer holds two '\n' or more (bytes: the lines between)
        qsizetype firstNewline = -1; // addRange(): of the buffer's first and last '\n', -1 without one
        qsizetype lastNewline = -1;
        QByteArrayView bytes;
        BlockLines map;
        std::vector<Candidate> candidates;                // sorted by line, then pattern
        std::vector<PatternScanner::CandidateLine> lines; // the lines the literal scan reported
        std::vector<int> linePatterns;                    // their patterns (PatternScanner::CandidateLine)
        std::vector<Matched> matched;                     // by line
    };

    void processLines(QByteArrayView lines); // complete lines joined by '\n'
    void scanPieces(std::size_t count, const std::function<void(Piece &)> &before = {});
    void appendPartial(QByteArrayView bytes); // to m_partial, within its cap
    // The patterns one cleaned line can match (a superset; confirm() decides).
    static bool linePatterns(PatternScanner &scanner, QByteArrayView clean, std::vector<int> &patterns);
    void scanPiece(Piece &piece, PatternScanner &scanner) const; // candidates, then matched
    void matchPiece(Piece &piece) const;
    void confirmPiece(const Piece &piece);
    void confirm(qint64 number, QByteArrayView clean, const int *patterns, std::size_t count, const Site &site);
    void record(qint64 number, int rule, const QRegularExpressionMatch &match, const Site &site);
    void fillExcerpt(Hit &hit, qint64 number, const Site &site) const;
    void appendAfter(const QString &line);
    void remember(QByteArrayView raw); // the newest line, as context for the next hit

    RuleSet m_rules;
    std::optional<probe::SystemProfile> m_profile;
    PatternScanner m_scanner;
    std::vector<PatternScanner> m_helpers;  // for the helper threads of a large input
    std::unique_ptr<ParallelFor> m_workers; // started at the first block of several pieces
    std::vector<Piece> m_pieces;
    std::vector<int> m_ruleFirstPattern; // rule -> its first pattern in the scanner
    std::vector<int> m_ruleHit;          // rule -> index into m_hits, or -1
    int m_waitingAfter = 0;              // hits whose excerpt still waits for lines after
    std::deque<QByteArray> m_before;     // raw bytes of the last lines, decoded only on a hit
    QList<Hit> m_hits;
    qint64 m_lines = 0;
    QByteArray m_partial; // the start of a line whose end has not come yet (at most kDisplayCap + 1 bytes)
    std::vector<int> m_patterns;
    std::vector<int> m_allPatterns; // when a scan fails, every pattern is a candidate
};

} // namespace dlstack::log
