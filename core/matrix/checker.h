// SPDX-License-Identifier: GPL-3.0-or-later
// check(): the compatibility verdict of one Selection on one machine. Pure and fast (no I/O,
// no allocation beyond the findings): the wizard calls it on every edit, the benchmark
// calls it for every combination of the matrix. A selection naming versions the matrix does
// not know gives one blocker finding ("selection_unknown"), never a guess.
#pragma once

#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"

namespace dlstack::matrix {

// `target` says what the profile is: this machine (an install here), another machine's
// profile, or the base of an image; a missing GPU or driver blocks only Target::ThisMachine.
QList<Finding> check(const probe::SystemProfile &profile, const Selection &selection, const Matrix &matrix,
                     Target target = Target::ThisMachine);

// The Python a new environment would get when the selection leaves it open: the newest
// interpreter on the machine inside the release's range, else the release's newest. A new
// venv and a new conda environment get the same one (conda could bring any, but switching
// the environment kind must not change the Python); an existing one keeps its own.
QString effectivePython(const probe::SystemProfile &profile, const Selection &selection, const TorchRelease &release);

} // namespace dlstack::matrix
