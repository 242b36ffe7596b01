// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/bundlecommand.h"
#include "app/cli/installcommand.h"
#include "app/cli/preflightcommand.h"
#include "app/cli/rebuildcommand.h"
#include "app/cli/rollbackcommand.h"
#include "app/cli/statuscommand.h"
#include "app/cli/verb.h"

#include <QCoreApplication>

namespace dlstack::cli {

QList<Verb> engineVerbs()
{
    return {
        {"install", QT_TRANSLATE_NOOP("Cli", "Run a plan's stages; running it again resumes"), runInstall},
        {"resume", QT_TRANSLATE_NOOP("Cli", "Continue the install in a prefix with the plan it keeps"), runResume},
        {"status", QT_TRANSLATE_NOOP("Cli", "Show the state of each stage installed into a prefix"), runStatus},
        {"rollback", QT_TRANSLATE_NOOP("Cli", "Undo installed stages, newest first"), runRollback},
        {"rebuild",
         QT_TRANSLATE_NOOP("Cli", "Build a development install again after an edit; only what changed is compiled"),
         runRebuild},
        {"preflight",
         QT_TRANSLATE_NOOP("Cli", "Say what a plan downloads and whether its servers answer from this machine"),
         runPreflight},
        {"bundle", QT_TRANSLATE_NOOP("Cli", "Fetch everything a plan downloads into a folder for an offline machine"),
         runBundle},
    };
}

} // namespace dlstack::cli
