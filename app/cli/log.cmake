# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the log verbs of the CLI.
set(cli_log_sources
    cli/logverbs.cpp
    cli/diagnosecommand.h cli/diagnosecommand.cpp
)
