# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the engine verbs of the CLI.
set(cli_engine_sources
    cli/engineverbs.cpp
    cli/bundlecommand.h cli/bundlecommand.cpp
    cli/preflightcommand.h cli/preflightcommand.cpp
    cli/installcommand.h cli/installcommand.cpp
    cli/failurereport.h cli/failurereport.cpp
    cli/statuscommand.h cli/statuscommand.cpp
    cli/rollbackcommand.h cli/rollbackcommand.cpp
    cli/rebuildcommand.h cli/rebuildcommand.cpp
)
