// SPDX-License-Identifier: GPL-3.0-or-later
// Planner: turns a Selection and a SystemProfile into a Plan the engine runs, using the
// recipes in core/plan/recipes in stage order (environment, toolkit, compiler, wheels or
// source build, companions, Apex, activation, verify). A selection the matrix blocks gives
// no plan, only the findings. plan() is pure; checkTarget() looks at the file system
// (prefix writable, free space, mirror directory) and is called before any stage runs.
#pragma once

#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/plan/plan.h"
#include "core/probe/systemprofile.h"
#include "core/support/error.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dlstack::plan {

struct PlannerOptions
{
    QString prefix; // absolute install prefix
    QString mirror; // "https://mirror.example/base" or an offline directory; empty: origins
    // What the profile is: this machine (an install here), another machine or an image's base.
    matrix::Target target = matrix::Target::ThisMachine;
};

struct PlanOutcome
{
    std::optional<Plan> plan;            // set when planning succeeded
    std::optional<support::Error> error; // set otherwise (blocked, unknown versions, ...)
    QList<matrix::Finding> findings;     // everything check() said, also on success
    QStringList notes;                   // choices the user should know about
    QStringList rootCommands;            // commands the user runs as root first (never run by dlstack)
    // The environment the plan installs into, as its recipes settled it: where it is, its kind
    // ("venv" | "conda") and its Python ("3.11"; an existing environment's own).
    QString envPath;
    QString envKind;
    QString python;
    qint64 neededMib = 0;            // disk space estimate for the prefix
    QMap<QString, int> stageMinutes; // rough time estimate per stage id (docs/recipes.md)
};

class Planner
{
public:
    explicit Planner(const matrix::Matrix &matrix) : m_matrix(matrix) {}

    PlanOutcome plan(const probe::SystemProfile &profile, const matrix::Selection &selection,
                     const PlannerOptions &options) const;

private:
    const matrix::Matrix &m_matrix;
};

// A CUDA source build for a profile or an image without NVIDIA GPUs has no arch list to
// build for unless --arch-list names one: the problem, naming --arch-list, else nullopt.
// (On this machine the missing GPU is a blocker finding instead.)
std::optional<support::Error> missingArchList(const probe::SystemProfile &profile, const matrix::Selection &selection,
                                              matrix::Target target);

// Before any stage: the prefix (or its nearest existing parent) must be writable and have
// neededMib free, and a mirror directory must exist. nullopt when all is well.
std::optional<support::Error> checkTarget(const Plan &plan, qint64 neededMib);

// With a mirror directory: the file names of download steps it does not hold (the
// install would have to fetch them from their URLs). Empty without a mirror directory.
QStringList missingFromMirror(const Plan &plan);

} // namespace dlstack::plan
