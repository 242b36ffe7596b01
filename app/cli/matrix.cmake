# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of the matrix verbs of the CLI.
set(cli_matrix_sources
    cli/matrixverbs.cpp
    cli/matrixcommand.h cli/matrixcommand.cpp
    cli/selectionoptions.h cli/selectionoptions.cpp
    cli/checkcommand.h cli/checkcommand.cpp
    cli/recommendcommand.h cli/recommendcommand.cpp
)
