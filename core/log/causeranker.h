// SPDX-License-Identifier: GPL-3.0-or-later
// CauseRanker: orders the causes a log showed by where they are. Anchors (rules with role
// "anchor") mark where a tool reported the failure; each anchor line opens a window of its
// rule's lines before and after, and the union of windows is the failure region. Causes with
// a matching line inside the region rank before causes outside it, so an early harmless
// warning never outranks the fatal error; inside each group: weight, then earliest line,
// then id. Without anchors the order is weight, line, id. Last, a cause whose rule outranks
// another that fired later in the log (DiagnosisRule::outranks, looked up in `rules`) moves
// just before it: the evidence came first and explains the later error. Before that, a cause
// whose rule refines another (DiagnosisRule::refines) moves just before it wherever their lines
// are, unless only the other lies in the failure region. When anchors fired but no cause
// did, the result is one "unrecognised" diagnosis at the first failure line, naming the tool.
// Pure functions; thread-safe.
#pragma once

#include "core/log/diagnoser.h"

namespace dlstack::log {

struct AnchorHit
{
    const DiagnosisRule *rule = nullptr;
    qint64 line = 0;     // first line (1-based)
    qint64 lastLine = 0; // last line (0: only the first is known)
    qint64 excerptFirstLine = 0;
    QStringList excerpt;
};

class CauseRanker
{
public:
    static QList<Diagnosis> rank(QList<Diagnosis> causes, const QList<AnchorHit> &anchors,
                                 const RuleSet *rules = nullptr);
    // The result for a log whose failure no cause explains: the earliest anchor, or nothing.
    static std::optional<Diagnosis> unrecognised(const QList<AnchorHit> &anchors);
};

} // namespace dlstack::log
