// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/diagnosisrule.h"
#include "core/log/missingtool.h"
#include "core/log/remedyfacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
};

QString lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    const qsizetype line = text.left(offset).count('\n') + 1;
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(offset - lineStart + 1);
}

// Where a rule starts in the file, for messages: the line of its "id" value when it can be found.
QString rulePosition(const QByteArray &text, const QString &fileName, int index, const QString &id)
{
    if (!id.isEmpty()) {
        const qsizetype at = text.indexOf(QByteArray("\"") + id.toUtf8() + '"');
        if (at >= 0)
            return QStringLiteral("%1:%2").arg(fileName, lineColumn(text, at));
    }
    return Tr::tr("%1, rule %2").arg(fileName).arg(index + 1);
}

support::Error malformed(const QString &where, const QString &what)
{
    return {Tr::tr("The diagnosis rules in %1 are malformed: %2").arg(where, what), where,
            Tr::tr("Fix the rule file as described in docs/diagnosis-rules.md, or reinstall dlstack.")};
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

bool validId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    return true;
}

} // namespace

const QStringList &profilePlaceholders()
{
    static const QStringList names{
        QStringLiteral("gcc_version"),   QStringLiteral("cuda_version"),       QStringLiteral("driver_version"),
        QStringLiteral("gpu_name"),      QStringLiteral("compute_capability"), QStringLiteral("python_version"),
        QStringLiteral("torch_version"), QStringLiteral("memory_gib"),         QStringLiteral("cores"),
        QStringLiteral("max_jobs")};
    return names;
}

support::Result<RuleSet> RuleSet::parse(const QByteArray &json, const QString &fileName)
{
    auto set = parseRules(json, fileName);
    if (!set)
        return set;
    if (auto error = set.value().compileScanner())
        return *error;
    return set;
}

std::optional<support::Error> RuleSet::compileScanner()
{
    QList<PatternScanner::Pattern> patterns;
    QList<QPair<int, int>> origin; // flat pattern -> (rule, pattern in rule)
    for (int r = 0; r < m_rules.size(); ++r) {
        for (int p = 0; p < m_rules.at(r).patterns.size(); ++p) {
            patterns.append({m_rules.at(r).patterns.at(p), r});
            origin.append({r, p});
        }
    }
    auto compiled = PatternScanner::compile(patterns);
    if (auto *scanner = std::get_if<PatternScanner>(&compiled)) {
        m_scanner = std::move(*scanner);
        return std::nullopt;
    }
    const auto &refusal = std::get<PatternScanner::Refusal>(compiled);
    if (refusal.pattern < 0 || refusal.pattern >= origin.size()) {
        const QString files = m_rules.isEmpty() ? QString() : m_rules.first().file;
        return malformed(files,
                         Tr::tr("the patterns cannot be compiled for scanning together: %1").arg(refusal.reason));
    }
    const DiagnosisRule &rule = m_rules.at(origin.at(refusal.pattern).first);
    return malformed(rule.file,
                     Tr::tr("pattern \"%1\" of %2 cannot be compiled for scanning, not even as a prefilter: %3")
                         .arg(rule.patterns.at(origin.at(refusal.pattern).second), rule.id, refusal.reason));
}

support::Result<RuleSet> RuleSet::parseRules(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("%1:%2").arg(fileName, lineColumn(json, parseError.offset)),
                         parseError.errorString());
    if (!doc.isObject())
        return malformed(fileName, Tr::tr("the file must hold a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt(-1) != kRuleSchema)
        return malformed(fileName, Tr::tr("\"schema\" must be %1").arg(kRuleSchema));
    if (!root.value(QStringLiteral("rules")).isArray())
        return malformed(fileName, Tr::tr("\"rules\" must be an array"));

    RuleSet set;
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        if (!rules.at(i).isObject())
            return malformed(Tr::tr("%1, rule %2").arg(fileName).arg(i + 1), Tr::tr("a rule must be an object"));
        const QJsonObject o = rules.at(i).toObject();
        DiagnosisRule rule;
        rule.file = fileName;
        rule.id = o.value(QStringLiteral("id")).toString();
        const QString where = rulePosition(json, fileName, i, rule.id);
        if (!validId(rule.id))
            return malformed(where, Tr::tr("\"id\" must be a string of a-z, 0-9 and _"));
        const auto text = [&](const char *field, QString &into) {
            const QJsonValue v = o.value(QLatin1String(field));
            into = v.toString();
            return v.isString() && !into.isEmpty();
        };
        if (!text("title", rule.title) || !text("explanation", rule.explanation) || !text("remedy", rule.remedy))
            return malformed(
                where,
                Tr::tr("rule %1 needs non-empty \"title\", \"explanation\" and \"remedy\" strings").arg(rule.id));
        const QJsonValue weight = o.value(QStringLiteral("weight"));
        if (!weight.isDouble() || weight.toDouble() != double(weight.toInt()) || weight.toInt() < 0 ||
            weight.toInt() > 100)
            return malformed(where, Tr::tr("\"weight\" of %1 must be an integer from 0 to 100").arg(rule.id));
        rule.weight = weight.toInt();
        const auto patterns = stringList(o.value(QStringLiteral("patterns")));
        const bool hasPatterns = o.contains(QStringLiteral("patterns"));
        if (hasPatterns && !patterns)
            return malformed(where, Tr::tr("\"patterns\" of %1 must be a non-empty array of strings").arg(rule.id));
        rule.patterns = patterns.value_or(QStringList());
        if (o.contains(QStringLiteral("missing_tools"))) {
            const auto tools = stringList(o.value(QStringLiteral("missing_tools")));
            if (!tools || tools->isEmpty() || !std::all_of(tools->cbegin(), tools->cend(), validToolName))
                return malformed(where, Tr::tr("\"missing_tools\" of %1 must be a non-empty array of program names "
                                               "(letters, digits and _ . + -)")
                                            .arg(rule.id));
            for (const QString &tool : *tools)
                rule.patterns += missingToolPatterns(tool);
        }
        if (rule.patterns.isEmpty())
            return malformed(where, Tr::tr("\"patterns\" of %1 must be a non-empty array of strings").arg(rule.id));
        if (o.contains(QStringLiteral("exclude"))) {
            const auto exclude = stringList(o.value(QStringLiteral("exclude")));
            if (!exclude)
                return malformed(where, Tr::tr("\"exclude\" of %1 must be an array of strings").arg(rule.id));
            rule.exclude = *exclude;
        }
        rule.sources = stringList(o.value(QStringLiteral("sources"))).value_or(QStringList());
        if (o.contains(QStringLiteral("outranks"))) {
            const auto outranks = stringList(o.value(QStringLiteral("outranks")));
            if (!outranks || std::any_of(outranks->cbegin(), outranks->cend(),
                                         [&](const QString &id) { return !validId(id) || id == rule.id; }))
                return malformed(where, Tr::tr("\"outranks\" of %1 must be an array of other rules' ids").arg(rule.id));
            rule.outranks = *outranks;
        }
        if (o.contains(QStringLiteral("refines"))) {
            const auto refines = stringList(o.value(QStringLiteral("refines")));
            if (!refines || std::any_of(refines->cbegin(), refines->cend(),
                                        [&](const QString &id) { return !validId(id) || id == rule.id; }))
                return malformed(where, Tr::tr("\"refines\" of %1 must be an array of other rules' ids").arg(rule.id));
            rule.refines = *refines;
        }
        const QJsonValue role = o.value(QStringLiteral("role"));
        if (role.isString() && role.toString() == u"anchor") {
            rule.role = DiagnosisRule::Role::Anchor;
            const QJsonArray window = o.value(QStringLiteral("window")).toArray();
            if (window.size() != 2 || !window.at(0).isDouble() || !window.at(1).isDouble() ||
                window.at(0).toInt() < 0 || window.at(1).toInt() < 0)
                return malformed(where, Tr::tr("anchor %1 needs \"window\": [lines before, lines after]").arg(rule.id));
            rule.windowBefore = window.at(0).toInt();
            rule.windowAfter = window.at(1).toInt();
        } else if (role.isString() && role.toString() == u"progress") {
            rule.role = DiagnosisRule::Role::Progress;
            const auto clears = stringList(o.value(QStringLiteral("clears")));
            if (!clears || clears->isEmpty() || std::any_of(clears->cbegin(), clears->cend(), [&](const QString &id) {
                    return !validId(id) || id == rule.id;
                }))
                return malformed(
                    where, Tr::tr("progress rule %1 needs \"clears\": an array of the causes it clears").arg(rule.id));
            rule.clears = *clears;
        } else if (!role.isUndefined() && !(role.isString() && role.toString() == u"cause")) {
            return malformed(where,
                             Tr::tr("\"role\" of %1 must be \"cause\", \"anchor\" or \"progress\"").arg(rule.id));
        }
        int maxGroups = 0;
        for (int k = 0; k < rule.patterns.size() + rule.exclude.size(); ++k) {
            const bool isPattern = k < rule.patterns.size();
            const QString &source = isPattern ? rule.patterns.at(k) : rule.exclude.at(k - rule.patterns.size());
            {
                // Checked with a compiled copy that is dropped: the kept expression compiles (and
                // JITs) at its first match, so only patterns that ever see a candidate line cost
                // memory (all of them compiled at once took about 12 MiB).
                const QRegularExpression check(source, QRegularExpression::CaseInsensitiveOption);
                if (!check.isValid())
                    return malformed(
                        where, Tr::tr("pattern \"%1\" of %2 is not a valid regular expression: %3 at character %4")
                                   .arg(source, rule.id, check.errorString())
                                   .arg(check.patternErrorOffset() + 1));
                if (isPattern)
                    maxGroups = qMax(maxGroups, check.captureCount());
            }
            const QRegularExpression re(source, QRegularExpression::CaseInsensitiveOption);
            if (isPattern)
                rule.compiledPatterns.append(re);
            else
                rule.compiledExclude.append(re);
        }
        const QJsonValue captures = o.value(QStringLiteral("captures"));
        if (!captures.isUndefined()) {
            if (!captures.isObject())
                return malformed(where, Tr::tr("\"captures\" of %1 must be an object").arg(rule.id));
            const QJsonObject map = captures.toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                const int group = it.value().toInt(-1);
                if (group < 1 || group > maxGroups)
                    return malformed(where, Tr::tr("capture \"%1\" of %2 names group %3, which no pattern has")
                                                .arg(it.key(), rule.id, it.value().toVariant().toString()));
                rule.captures.insert(it.key(), group);
            }
        }
        const QJsonObject lookups = o.value(QStringLiteral("lookups")).toObject();
        for (auto it = lookups.begin(); it != lookups.end(); ++it) {
            DiagnosisRule::Lookup lookup;
            lookup.from = it.value().toObject().value(QStringLiteral("from")).toString();
            if (!rule.captures.contains(lookup.from))
                return malformed(
                    where,
                    Tr::tr("lookup \"%1\" of %2 must name one of its captures in \"from\"").arg(it.key(), rule.id));
            for (const QJsonValue &row : it.value().toObject().value(QStringLiteral("table")).toArray()) {
                const QJsonObject r = row.toObject();
                if (!r.value(QStringLiteral("value")).isString())
                    return malformed(
                        where,
                        Tr::tr("every row of lookup \"%1\" of %2 needs a \"value\" string").arg(it.key(), rule.id));
                lookup.rows.append({r.value(QStringLiteral("min")).toInt(0),
                                    r.value(QStringLiteral("max")).toInt(1 << 30),
                                    r.value(QStringLiteral("value")).toString()});
            }
            rule.lookups.insert(it.key(), lookup);
        }
        for (const QString *field : {&rule.explanation, &rule.remedy}) {
            auto matches = placeholder.globalMatch(*field);
            while (matches.hasNext()) {
                const QString name = matches.next().captured(1);
                bool numeric = false;
                const int group = name.toInt(&numeric);
                if (!(profilePlaceholders().contains(name) || RemedyFacts::names().contains(name) ||
                      rule.captures.contains(name) || rule.lookups.contains(name) ||
                      (numeric && group >= 1 && group <= maxGroups)))
                    return malformed(where, Tr::tr("%1 uses the unknown placeholder {%2}").arg(rule.id, name));
            }
        }
        set.m_rules.append(rule);
    }
    return set;
}

support::Result<RuleSet> RuleSet::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return support::Error{Tr::tr("No diagnosis rules were found in %1.").arg(directory), QString(),
                              Tr::tr("Reinstall dlstack; the rules are part of the program.")};
    RuleSet all;
    QSet<QString> ids;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return support::Error{Tr::tr("The rule file %1 could not be read.").arg(file.fileName()),
                                  file.errorString(), QString()};
        auto parsed = parseRules(file.readAll(), file.fileName());
        if (!parsed)
            return parsed.error();
        for (const DiagnosisRule &rule : parsed.value().rules()) {
            if (ids.contains(rule.id))
                return malformed(file.fileName(), Tr::tr("the rule id %1 is used twice").arg(rule.id));
            ids.insert(rule.id);
            all.m_rules.append(rule);
        }
    }
    if (auto error = all.compileScanner())
        return *error;
    return all;
}

QString RuleSet::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/dlstack/diagnosis");
}

const DiagnosisRule *RuleSet::find(const QString &id) const
{
    for (const DiagnosisRule &rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

support::Result<RuleSet> RuleSet::withUserRules(const QStringList &extra, QList<support::Error> *problems)
{
    const auto &base = builtin();
    if (!base.ok())
        return base.error();
    RuleSet all = base.value();
    QStringList folders{userDirectory()};
    folders += extra;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists()) {
            if (folder != folders.first() && problems)
                problems->append(support::Error{Tr::tr("The rule folder %1 does not exist.").arg(folder), QString(),
                                                Tr::tr("Check the path given to --rules.")});
            continue;
        }
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
                if (problems)
                    problems->append(support::Error{Tr::tr("The rule file %1 could not be read.").arg(file.fileName()),
                                                    file.errorString(),
                                                    Tr::tr("Rule files are JSON of at most 16 MiB.")});
                continue;
            }
            auto parsed = parse(file.readAll(), file.fileName()); // its patterns checked for scanning too
            if (!parsed.ok()) {
                if (problems)
                    problems->append(parsed.error());
                continue;
            }
            for (const DiagnosisRule &rule : parsed.value().rules()) {
                const auto same = std::find_if(all.m_rules.begin(), all.m_rules.end(),
                                               [&](const DiagnosisRule &r) { return r.id == rule.id; });
                if (same != all.m_rules.end())
                    *same = rule;
                else
                    all.m_rules.append(rule);
            }
        }
    }
    if (auto error = all.compileScanner())
        return *error;
    return all;
}

const support::Result<RuleSet> &RuleSet::builtin()
{
    static const support::Result<RuleSet> rules = loadDirectory(QStringLiteral(":/diagnosis"));
    return rules;
}

} // namespace dlstack::log
