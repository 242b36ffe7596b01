// SPDX-License-Identifier: GPL-3.0-or-later
// verdictFor(): whether one stack choice can work on a machine, in the words a chooser shows
// beside it: blocked, warned or fine, with the reasons. It is check() over the whole
// selection (so a source build that the CMake or compiler rules block is blocked here as it
// is on review and in `dlstack check`), summed up. Pure, no I/O; cheap enough to call for
// every variant of a release on every edit.
#pragma once

#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"

#include <QList>
#include <QStringList>

namespace dlstack::matrix {

struct StackVerdict
{
    Verdict verdict = Verdict::Ok;
    QStringList blockers;    // each blocker's message, then its remedy
    QStringList warnings;    // each warning's message, data doubts left out
    QStringList doubts;      // each warning that doubts the version data, not the machine (isDataDoubt)
    QList<Finding> findings; // everything check() said, notes included

    bool blocked() const { return verdict == Verdict::Blocked; }
    QString reason() const; // the blockers in one text; empty when not blocked
};

StackVerdict verdictFor(const Matrix &matrix, const probe::SystemProfile &profile, const Selection &selection);

// Whether two selections name the same stack: PyTorch release, route, backend and its version
// (Python, environment, extras and build options aside). The wizard's recommended default is
// the Recommender's first proposal by this measure.
bool sameStack(const Selection &a, const Selection &b);

// `base` with its stack replaced by one wheel variant of a release: torch, backend and the
// CUDA or ROCm version (the matrix's name of it). Route, Python and environment stay.
Selection withStack(const Matrix &matrix, Selection base, const TorchRelease &release, const TorchVariant &variant);

// The environment kind a new install gets when the user has not chosen one: a venv when an
// installed interpreter has this Python ("3.11"), else a conda environment, which brings it.
EnvKind defaultEnvKind(const probe::SystemProfile &profile, const QString &python);

// The Python versions a release supports ("3.13" .. "3.9"), newest first.
QStringList pythonVersions(const TorchRelease &release);

} // namespace dlstack::matrix
