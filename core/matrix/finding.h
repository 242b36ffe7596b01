// SPDX-License-Identifier: GPL-3.0-or-later
// Finding: one result of a compatibility rule: a stable id, a severity, what is wrong in
// the user's words, what to do about it, and the facts it was based on. Verdict sums up a
// list of findings: blocked when any finding is a blocker, warning when any is a warning.
#pragma once

#include "core/matrix/facts.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dlstack::matrix {

enum class Severity
{
    Info,
    Warning,
    Blocker
};

QString severityName(Severity severity); // "info" | "warning" | "blocker"

struct Finding
{
    QString id; // "driver_too_old", "gpu_arch_not_in_wheels", ...
    Severity severity = Severity::Info;
    QString message; // what is wrong, with the numbers
    QString remedy;  // what to do; may be empty for info
    Facts facts;

    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject &json);
};

enum class Verdict
{
    Ok,
    Warning,
    Blocked
};

Verdict verdictOf(const QList<Finding> &findings);
QString verdictName(Verdict verdict); // "ok" | "warning" | "blocked"
bool hasBlocker(const QList<Finding> &findings);
const Finding *findById(const QList<Finding> &findings, const QString &id);
// Whether a finding doubts the version data rather than the machine: a pairing or fact the
// matrix marks as not confirmed by a primary source ("companion_unverified"). `dlstack check`
// and `dlstack matrix` report them as they are; the wizard keeps them off its recommended default.
bool isDataDoubt(const Finding &finding);

} // namespace dlstack::matrix
