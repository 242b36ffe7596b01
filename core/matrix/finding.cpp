// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/finding.h"

namespace dlstack::matrix {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return QStringLiteral("blocker");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QJsonObject Finding::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("message"), message},
            {QStringLiteral("remedy"), remedy},
            {QStringLiteral("facts"), facts.toJson()}};
}

Finding Finding::fromJson(const QJsonObject &json)
{
    Finding f;
    f.id = json.value(QStringLiteral("id")).toString();
    const QString s = json.value(QStringLiteral("severity")).toString();
    f.severity = s == u"blocker" ? Severity::Blocker : s == u"warning" ? Severity::Warning : Severity::Info;
    f.message = json.value(QStringLiteral("message")).toString();
    f.remedy = json.value(QStringLiteral("remedy")).toString();
    f.facts = Facts::fromJson(json.value(QStringLiteral("facts")).toObject());
    return f;
}

Verdict verdictOf(const QList<Finding> &findings)
{
    Verdict v = Verdict::Ok;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Blocker)
            return Verdict::Blocked;
        if (f.severity == Severity::Warning)
            v = Verdict::Warning;
    }
    return v;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Blocked:
        return QStringLiteral("blocked");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Ok:
        break;
    }
    return QStringLiteral("ok");
}

bool hasBlocker(const QList<Finding> &findings)
{
    return verdictOf(findings) == Verdict::Blocked;
}

const Finding *findById(const QList<Finding> &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

bool isDataDoubt(const Finding &finding)
{
    return finding.id == u"companion_unverified";
}

} // namespace dlstack::matrix
