// SPDX-License-Identifier: GPL-3.0-or-later
// addEnvFolder: a folder the user chose as a Python environment (the System page's "Add
// environment…", the Options page's "Look in a folder…"), read from its files by
// probe::inspectChosenEnv (its Python is not started, so this is quick on the GUI thread)
// and added to the profile's environments once; the error says why a folder is none.
#pragma once

#include "core/probe/systemprofile.h"
#include "core/support/error.h"

namespace dlstack::ui {

support::Result<probe::PythonEnv> addEnvFolder(probe::SystemProfile &profile, const QString &path,
                                               const QString &source);

} // namespace dlstack::ui
