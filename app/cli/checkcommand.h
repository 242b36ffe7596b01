// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack check [--profile FILE | --import FILE...] --torch V [--cuda X | --rocm X | --cpu]
// [--python V] [--route prebuilt|source] [--json]`: the findings of one selection on a
// machine. Exit 0 for ok/warning, 1 for blocked, 2 for bad arguments or input.
#pragma once

#include "app/cli/clicontext.h"
#include "core/probe/systemprofile.h"

#include <QCommandLineParser>

#include <optional>

namespace dlstack::cli {

int runCheck(const QStringList &args, CliContext &cli);

// The profile named by --profile FILE, built from --import FILE..., or detected on this
// machine; nullopt after printing why (the caller exits with BadInput).
std::optional<probe::SystemProfile> profileFromOptions(const QCommandLineParser &parser, CliContext &cli);

} // namespace dlstack::cli
