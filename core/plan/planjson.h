// SPDX-License-Identifier: GPL-3.0-or-later
// PlanJson: a strict JSON reader that also remembers where each value starts, so a plan
// error can name the field and its line and column ("stages[0].steps[2].kind", 14:21).
// Pure function; bounded depth; safe on truncated, binary or non-UTF-8 input.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace dlstack::plan {

struct JsonPosition
{
    int line = 1;   // 1-based
    int column = 1; // 1-based, in bytes
};

struct LocatedJson
{
    QJsonValue root;
    QHash<QString, JsonPosition> positions; // "" for the root, "stages[0].id", ...
    QString error;                          // empty when parsing succeeded
    JsonPosition errorAt;

    JsonPosition at(const QString &field) const; // nearest known ancestor when absent
};

LocatedJson parseLocatedJson(const QByteArray &bytes);

} // namespace dlstack::plan
