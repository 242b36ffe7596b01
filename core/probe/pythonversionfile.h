// SPDX-License-Identifier: GPL-3.0-or-later
// The version of a CPython interpreter read from its installation instead of starting it:
// the interpreter's real file is <prefix>/bin/pythonX.Y (symlinks resolved, so a venv's
// python leads to its base), and the same prefix's include/pythonX.Y<abiflags>/patchlevel.h
// holds PY_VERSION, the string `pythonX.Y --version` prints. One `make install`, distro
// package set (python3.11-minimal and libpython3.11-dev are held at one version) or conda
// package writes both. Nothing is guessed: a binary not named pythonX.Y (a venv made with
// --copies, a wrapper), a prefix without headers, or a header whose major.minor is not the
// binary's gives nullopt and the caller starts the interpreter. pyvenv.cfg's `version` is not
// used: it records the base interpreter at the venv's creation and does not follow the
// base's updates. Reentrant.
#pragma once

#include "core/probe/probecontext.h"

#include <optional>

namespace dlstack::probe {

struct InterpreterVersion
{
    QString version; // PY_VERSION: "3.11.2", "3.13.0rc1"
    QString source;  // the patchlevel.h it came from
};

std::optional<InterpreterVersion> interpreterVersionFromFiles(const ProbeContext &context, const QString &interpreter);

} // namespace dlstack::probe
