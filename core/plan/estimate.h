// SPDX-License-Identifier: GPL-3.0-or-later
// Rough estimates of a plan before it runs: disk space for the prefix and minutes per
// stage. Heuristics from typical sizes and build work (docs/recipes.md, "Estimates"),
// scaled by this machine's MAX_JOBS and arch list; the Install page replaces the time
// estimate with the live pace once a stage runs.
#pragma once

#include "core/plan/plan.h"
#include "core/plan/recipes/recipecontext.h"

#include <QMap>

namespace dlstack::plan {

qint64 estimateMib(const RecipeContext &ctx, const QList<Stage> &stages);
QMap<QString, int> estimateMinutes(const RecipeContext &ctx, const QList<Stage> &stages); // stage id -> minutes

} // namespace dlstack::plan
