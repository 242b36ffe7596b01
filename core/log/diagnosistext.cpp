// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/diagnosistext.h"

#include "core/log/diagnosiscatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dlstack::log {

namespace {

// The same context as CauseRanker's title of an unrecognised failure.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)
};

// The translation of a rule text when the diagnosis was made from exactly that text, else the
// diagnosis's own text.
QString localized(const QString &ruleText, const QString &shown, const QMap<QString, QString> &values)
{
    if (ruleText.isEmpty() || DiagnosisText::filled(ruleText, values) != shown)
        return shown;
    return DiagnosisText::filled(DiagnosisText::translated(ruleText), values);
}

} // namespace

QString DiagnosisText::translated(const QString &ruleText)
{
    return QCoreApplication::translate(kDiagnosisRuleContext, ruleText.toUtf8().constData());
}

QString DiagnosisText::filled(const QString &text, const QMap<QString, QString> &values)
{
    if (values.isEmpty())
        return text;
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto value = values.constFind(m.captured(1));
        if (value == values.constEnd())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += *value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

DiagnosisText DiagnosisText::of(const Diagnosis &diagnosis, const RuleSet &rules)
{
    DiagnosisText text{diagnosis.title, diagnosis.explanation, diagnosis.remedy};
    const bool unrecognised = !diagnosis.anchor.isEmpty();
    const DiagnosisRule *rule = rules.find(unrecognised ? diagnosis.anchor : diagnosis.id);
    if (!rule)
        return text;
    const bool sameRule = DiagnosisText::filled(rule->explanation, diagnosis.values) == diagnosis.explanation &&
                          DiagnosisText::filled(rule->remedy, diagnosis.values) == diagnosis.remedy;
    if (!sameRule)
        return text;
    text.explanation = localized(rule->explanation, diagnosis.explanation, diagnosis.values);
    text.remedy = localized(rule->remedy, diagnosis.remedy, diagnosis.values);
    if (unrecognised)
        text.title = Tr::tr("The failure starts at line %1: %2").arg(diagnosis.line).arg(translated(rule->title));
    else
        text.title = localized(rule->title, diagnosis.title, diagnosis.values);
    return text;
}

DiagnosisText DiagnosisText::of(const Diagnosis &diagnosis)
{
    const auto &builtin = RuleSet::builtin();
    return builtin.ok() ? of(diagnosis, builtin.value())
                        : DiagnosisText{diagnosis.title, diagnosis.explanation, diagnosis.remedy};
}

} // namespace dlstack::log
