// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnoser: runs the diagnosis rules over a log, line by line as a build streams (addLine) or
// over a whole LogFile, and ranks the causes found: weight (highest first), then the earliest
// line, then id (docs/diagnosis-rules.md). Each Diagnosis carries the first matching line, a few
// lines around it and the rule's texts with placeholders filled from a SystemProfile.
// Not thread-safe: feed one Diagnoser from one thread at a time; results() may be called any time.
#pragma once

#include "core/log/diagnosisrule.h"
#include "core/log/literalfilter.h"
#include "core/log/logfile.h"
#include "core/probe/systemprofile.h"

#include <QJsonObject>

#include <deque>
#include <optional>

namespace dlstack::log {

struct Diagnosis
{
    QString id;
    QString title;
    int weight = 0;
    qint64 line = 0;              // 1-based line of the first matching line
    qint64 lastLine = 0;          // 1-based line of the last matching line (0: only `line` known)
    bool inFailureRegion = false; // a matching line lies where a tool reported the failure
    qint64 excerptFirstLine = 0;  // 1-based line of excerpt.first()
    QStringList excerpt;          // up to 2 lines before, the line, up to 2 after (cleaned)
    QString explanation;          // placeholders filled
    QString remedy;
    QMap<QString, QString> captures;

    QJsonObject toJson() const;
};

class Diagnoser
{
public:
    static constexpr int kContextBefore = 2;
    static constexpr int kContextAfter = 2;

    explicit Diagnoser(RuleSet rules, std::optional<probe::SystemProfile> profile = std::nullopt);

    void addLine(QByteArrayView rawLine); // the next line, without '\n'
    // Splits bytes into lines (a partial last line waits for the next call or finish()).
    void addText(QByteArrayView bytes);
    void finish(); // takes a pending partial line of addText()
    qint64 linesSeen() const { return m_lines; }
    bool allRulesFired() const { return m_fired == m_rules.rules().size(); }

    QList<Diagnosis> results() const; // ranked, best first

    // Convenience: diagnoses lines [0, lineCount) of a file; stops early when *cancel.
    static QList<Diagnosis> diagnoseFile(const LogFile &file, const RuleSet &rules,
                                         const std::optional<probe::SystemProfile> &profile = std::nullopt,
                                         const std::atomic_bool *cancel = nullptr);

    // The value of a profile placeholder ("gcc_version", ...) or "unknown".
    static QString profileValue(const std::optional<probe::SystemProfile> &profile, const QString &name);
    // Replaces {name} placeholders the rule may use; unknown values read "unknown".
    static QString fillPlaceholders(const QString &text, const std::optional<probe::SystemProfile> &profile,
                                    const QMap<QString, QString> &captures);

private:
    struct Hit
    {
        int rule = -1;
        qint64 line = 0;
        qint64 excerptFirstLine = 0;
        QStringList excerpt;
        qint64 lastLine = 0; // the last confirmed matching line, when the scan records it
        int afterMissing = kContextAfter;
        QMap<QString, QString> captures;
    };
    RuleSet m_rules;
    std::optional<probe::SystemProfile> m_profile;
    LiteralFilter m_filter;
    std::vector<int> m_patternRule;   // flat pattern index -> rule
    std::vector<int> m_patternInRule; // flat pattern index -> index inside the rule
    std::vector<int> m_ruleFirstPattern;
    std::vector<char> m_ruleFired;
    qsizetype m_fired = 0;
    std::vector<char> m_possible;
    std::deque<QByteArray> m_before; // raw bytes of the last lines, decoded only on a hit
    QList<Hit> m_hits;
    qint64 m_lines = 0;
    QByteArray m_partial;
};

} // namespace dlstack::log
