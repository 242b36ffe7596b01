# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the plan verbs of the CLI.
set(cli_plan_sources
    cli/planverbs.cpp
    cli/plancommand.h cli/plancommand.cpp
    cli/plandefaults.h cli/plandefaults.cpp
)
