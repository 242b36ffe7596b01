# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the engine verbs of the CLI.
set(cli_engine_sources
    cli/engineverbs.cpp
)
