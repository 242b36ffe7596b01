// SPDX-License-Identifier: GPL-3.0-or-later
// What `dlstack plan` and `recommend` fill in when the user names less than a whole stack:
// without any selection option the recommended stack for the machine (the wizard's default),
// without --prefix the folder ~/dlstack/<name> ("torch-2.4.1-cu124"), and the other way
// round the `dlstack plan ...` options that name a selection, so that `recommend` can print
// the command that realises each proposal. Option names are those of selectionoptions.h.
#pragma once

#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace dlstack::cli {

// Whether any option that names a part of the selection was given.
bool namesASelection(const QCommandLineParser &parser);
// The first proposal of the Recommender for the machine; nullopt when it has none.
std::optional<matrix::Selection> recommendedSelection(const probe::SystemProfile &machine,
                                                      const matrix::Matrix &matrix);
// "torch-2.4.1-cu124", "torch-2.5.1-rocm6.2-source": the folder name of a default prefix.
QString stackFolderName(const matrix::Selection &selection);
QString defaultPrefix(const matrix::Selection &selection); // ~/dlstack/<stackFolderName>
// The options of `dlstack plan` that give this selection back ("--torch", "2.4.1", "--cuda",
// "12.4", ...); only what differs from the options' defaults.
QStringList selectionArguments(const matrix::Selection &selection);
// selectionArguments as one line a shell reads back ("dlstack plan --torch 2.4.1 ...").
QString planCommand(const matrix::Selection &selection);

} // namespace dlstack::cli
