// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/causeranker.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)
};

struct Window
{
    qint64 first = 0;
    qint64 last = 0;
};

QList<Window> regionOf(const QList<AnchorHit> &anchors)
{
    QList<Window> windows;
    for (const AnchorHit &a : anchors)
        for (const qint64 line : {a.line, a.lastLine})
            if (line > 0)
                windows.append(Window{line - a.rule->windowBefore, line + a.rule->windowAfter});
    return windows;
}

bool inside(const QList<Window> &region, qint64 line)
{
    return line > 0 && std::any_of(region.begin(), region.end(),
                                   [line](const Window &w) { return line >= w.first && line <= w.last; });
}

// A cause moves just before the first cause it outranks that is ranked above it and whose
// first line comes after its own. Each move is forward only, so this ends.
void applyOutranks(QList<Diagnosis> &causes, const RuleSet &rules)
{
    for (qsizetype i = 0; i < causes.size(); ++i) {
        const DiagnosisRule *rule = rules.find(causes.at(i).id);
        if (!rule || rule->outranks.isEmpty())
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (rule->outranks.contains(causes.at(j).id) && causes.at(i).line > 0 &&
                causes.at(i).line < causes.at(j).line) {
                causes.move(i, j);
                break;
            }
        }
    }
}

// A cause moves just before the first cause it refines that is ranked above it, unless that
// one lies in the failure region and this one does not. Forward moves only, so this ends.
void applyRefines(QList<Diagnosis> &causes, const RuleSet &rules)
{
    for (qsizetype i = 0; i < causes.size(); ++i) {
        const DiagnosisRule *rule = rules.find(causes.at(i).id);
        if (!rule || rule->refines.isEmpty())
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (rule->refines.contains(causes.at(j).id) &&
                (causes.at(i).inFailureRegion || !causes.at(j).inFailureRegion)) {
                causes.move(i, j);
                break;
            }
        }
    }
}

} // namespace

QList<Diagnosis> CauseRanker::rank(QList<Diagnosis> causes, const QList<AnchorHit> &anchors, const RuleSet *rules)
{
    const QList<Window> region = regionOf(anchors);
    for (Diagnosis &d : causes)
        d.inFailureRegion = inside(region, d.line) || inside(region, d.lastLine);
    std::sort(causes.begin(), causes.end(), [](const Diagnosis &a, const Diagnosis &b) {
        if (a.inFailureRegion != b.inFailureRegion)
            return a.inFailureRegion;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.line != b.line)
            return a.line < b.line;
        return a.id < b.id;
    });
    if (rules) {
        applyRefines(causes, *rules);
        applyOutranks(causes, *rules);
    }
    return causes;
}

std::optional<Diagnosis> CauseRanker::unrecognised(const QList<AnchorHit> &anchors)
{
    const AnchorHit *first = nullptr;
    for (const AnchorHit &a : anchors)
        if (a.rule->weight > 0 && (!first || a.line < first->line))
            first = &a;
    if (!first)
        return std::nullopt;
    Diagnosis d;
    d.id = QStringLiteral("unrecognised");
    d.anchor = first->rule->id;
    d.title = Tr::tr("The failure starts at line %1: %2").arg(first->line).arg(first->rule->title);
    d.line = first->line;
    d.lastLine = first->lastLine;
    d.excerptFirstLine = first->excerptFirstLine;
    d.excerpt = first->excerpt;
    d.inFailureRegion = true;
    d.explanation = first->rule->explanation;
    d.remedy = first->rule->remedy;
    return d;
}

} // namespace dlstack::log
