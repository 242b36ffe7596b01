// SPDX-License-Identifier: GPL-3.0-or-later
// MissingTool: the ways a program says that a command it runs is not there, as patterns for one
// tool. A rule names its tools (`"missing_tools": ["nvcc"]` in resources/diagnosis/*.json) instead
// of one pattern per wording: the shells' `nvcc: not found` and zsh's `command not found: nvcc`,
// Windows' `'nvcc' is not recognized ...`, Python's `No such file or directory: '.../nvcc'`,
// distutils' `unable to execute`, build scripts' `nvcc was not found`, `could not find nvcc`,
// `nvcc is not in PATH`, which(1) and node's `spawn nvcc ENOENT`.
#pragma once

#include <QString>
#include <QStringList>

namespace dlstack::log {

// A tool name as a rule may give it: a letter or digit, then letters, digits and `_ . + -`.
bool validToolName(const QString &tool);
// The patterns (case-insensitive, per line, no capture groups) that say `tool` (or `tool.exe`) is
// not installed or not on PATH.
QStringList missingToolPatterns(const QString &tool);

} // namespace dlstack::log
