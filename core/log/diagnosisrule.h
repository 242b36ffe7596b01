// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosisRule and RuleSet: the knowledge base of build-failure causes, read from JSON files
// (resources/diagnosis/*.json, compiled in under :/diagnosis; format in docs/diagnosis-rules.md).
// Loading validates everything a diagnosis relies on; a malformed file is a support::Error that
// names the file and the position (line:column, or the rule and field). Loading also compiles
// all patterns once into the PatternScanner that every Diagnoser of the set copies.
#pragma once

#include "core/log/patternscanner.h"
#include "core/support/error.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace dlstack::log {

inline constexpr int kRuleSchema = 1;

struct DiagnosisRule
{
    // A cause names why a build failed; an anchor marks where a tool reported the failure
    // (ninja's FAILED:, a Python traceback, pip's subprocess error, CMake Error, apt's E:).
    // Anchors are never shown as causes: they set the failure region that causes are ranked
    // by, and name the failing tool when no cause fits (docs/diagnosis-rules.md). A progress
    // rule marks a tool going on with its work (pip's next "Collecting"): a cause it `clears`
    // whose every line comes before its last line was a problem the tool got over.
    enum class Role
    {
        Cause,
        Anchor,
        Progress
    };

    QString id; // [a-z0-9_]+, unique
    Role role = Role::Cause;
    int windowBefore = 0; // anchors: the region covers these lines before each anchor line ...
    int windowAfter = 0;  // ... and these after it
    QString title;
    QStringList patterns; // regular expressions, case-insensitive, per cleaned line
    QStringList exclude;
    int weight = 0; // 0..100, higher ranks first
    // Causes this one is the reason for when both fire and this one's first line comes first:
    // pip's connection warnings, then its "Could not find a version ... (from versions: none)",
    // are a network failure, not a missing wheel. It then ranks before them whatever the
    // weights and the failure region say.
    QStringList outranks;
    // Causes this one is a more specific reading of, wherever their lines are: uv's "no wheel
    // for the current platform" followed by its hint that the wheels only carry another
    // Python ABI tag is an unsupported Python version, not an unsupported platform. It then
    // ranks just before them, unless only they lie in the failure region.
    QStringList refines;
    QStringList clears; // progress rules: the causes their lines show were got over
    QString explanation;
    QString remedy;
    QMap<QString, int> captures; // placeholder name -> group number of the matching pattern
    // A placeholder computed from a capture through a table in the rule file, e.g. the last
    // CUDA toolkit that still compiles for the architecture the log names.
    struct LookupRow
    {
        int min = 0;
        int max = 0;
        QString value;
    };
    struct Lookup
    {
        QString from; // a capture name
        QList<LookupRow> rows;
    };
    QMap<QString, Lookup> lookups;
    QStringList sources;
    QString file; // where it was loaded from

    QList<QRegularExpression> compiledPatterns;
    QList<QRegularExpression> compiledExclude;
};

class RuleSet
{
public:
    // One rule file; fileName is used in error messages only.
    static support::Result<RuleSet> parse(const QByteArray &json, const QString &fileName);
    // Every *.json of a folder (":/diagnosis" for the compiled-in rules), ids unique across files.
    static support::Result<RuleSet> loadDirectory(const QString &directory);
    static const support::Result<RuleSet> &builtin(); // loadDirectory(":/diagnosis"), read once per process
    // The built-in rules with the user's rule files merged in: every *.json of
    // $XDG_CONFIG_HOME/dlstack/diagnosis (userDirectory()) and of each `extra` folder. A user
    // rule with a built-in id replaces it. A bad file is skipped with an Error in `problems`
    // naming the file, rule and field; the built-in and the other files' rules still apply.
    static support::Result<RuleSet> withUserRules(const QStringList &extra, QList<support::Error> *problems);
    static QString userDirectory();
    const DiagnosisRule *find(const QString &id) const;

    const QList<DiagnosisRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Every rule's patterns, in rule order, each with its rule's index.
    const PatternScanner &scanner() const { return m_scanner; }

private:
    static support::Result<RuleSet> parseRules(const QByteArray &json, const QString &fileName);
    std::optional<support::Error> compileScanner();

    QList<DiagnosisRule> m_rules;
    PatternScanner m_scanner;
};

// Placeholder names a rule's text may use besides its own captures (docs/diagnosis-rules.md).
const QStringList &profilePlaceholders();

} // namespace dlstack::log
