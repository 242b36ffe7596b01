// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line options that name a machine (--profile FILE, --import FILE...) and a
// selection (--torch, --cuda | --rocm | --cpu, --python, --route, --env, --extras,
// --arch-list, --max-jobs, --launcher, --toolkit-from, --distcc-hosts, --develop), defined and read in
// one place so that `dlstack check`, `plan` and `recommend` spell and understand them alike.
// Reading gives core values: a probe::SystemProfile and a matrix::Selection.
#pragma once

#include "app/cli/clicontext.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"
#include "core/support/error.h"

#include <QCommandLineParser>

#include <optional>

namespace dlstack::cli {

void addMachineOptions(QCommandLineParser &parser);
// The profile named by --profile FILE, built from --import FILE..., or detected on this
// machine; nullopt after printing why (the caller exits with BadInput).
std::optional<probe::SystemProfile> profileFromOptions(const QCommandLineParser &parser, CliContext &cli);

void addSelectionOptions(QCommandLineParser &parser);
// The selection the options name, with the matrix's names of the versions ("2.4" -> the
// newest 2.4.x, "12.4.1" -> 12.4) and validated against it. Without --cuda, --rocm or --cpu
// it is the release's default wheels, and *note says so. An error names the bad option and
// what to write instead (the caller exits with BadInput).
support::Result<matrix::Selection> selectionFromOptions(const QCommandLineParser &parser, const matrix::Matrix &matrix,
                                                        QString *note = nullptr);

} // namespace dlstack::cli
