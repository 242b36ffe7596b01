// SPDX-License-Identifier: GPL-3.0-or-later
// Verb: one `dlstack <verb>` command: its name, a one-line summary (translated where
// printed) and the function that runs it with its arguments (argv[0] is "dlstack <verb>").
#pragma once

#include "app/cli/clicontext.h"

#include <QList>

#include <functional>

namespace dlstack::cli {

struct Verb
{
    const char *name;
    const char *summary; // wrapped in QT_TRANSLATE_NOOP("Cli", ...)
    std::function<int(const QStringList &, CliContext &)> run;
};

// Each area registers its verbs beside its commands.
QList<Verb> probeVerbs();  // detect, import
QList<Verb> matrixVerbs(); // matrix, check, recommend
QList<Verb> planVerbs();   // plan, bundle
QList<Verb> engineVerbs(); // install, resume, status, rollback, rebuild, preflight, bundle
QList<Verb> logVerbs();    // diagnose

} // namespace dlstack::cli
