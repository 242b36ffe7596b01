// SPDX-License-Identifier: GPL-3.0-or-later
// PlanLoader: turns plan JSON (schema 1, docs/plan-format.md) into a checked Plan, or an
// Error whose summary names the file, line, column and field ("plan.json:7:18: stages[0].
// steps[1].kind: unknown step kind "copy""). Rejects unknown kinds and fields of the wrong
// type, paths that leave the prefix or the cache, paths with control characters (a NUL
// would name another file) and steps that write into <prefix>/.dlstack (outside the
// default cache), downloads without sha256 unless "insecure": true, and run steps without
// an argv list. Pure function.
#pragma once

#include "core/plan/plan.h"
#include "core/support/error.h"

#include <QByteArray>
#include <QString>

namespace dlstack::plan {

support::Result<Plan> loadPlan(const QByteArray &json, const QString &sourceName);
support::Result<Plan> loadPlanFile(const QString &path);

// Resolves a plan path: relative -> below prefix; "$cache/x" -> below cache; absolute ->
// must already be inside prefix or cache. Empty result when the path escapes both.
QString resolvePlanPath(const QString &path, const QString &prefix, const QString &cache);
bool isInside(const QString &path, const QString &root); // both absolute and cleaned

} // namespace dlstack::plan
