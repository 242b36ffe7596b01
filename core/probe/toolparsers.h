// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the `--version` output of compilers and build tools:
//   gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0
//   Ubuntu clang version 14.0.0-1ubuntu1.1
//   cmake version 3.22.1
//   git version 2.34.1 | GNU Make 4.3 | ccache version 4.5.1 | sccache 0.7.4 | distcc 3.4 x86_64-pc-linux-gnu
//   Python 3.10.12
#pragma once

#include "core/probe/systemprofile.h"

namespace dlstack::probe::toolparsers {

// The compiler kind ("gcc" | "clang") and version from `<cc> --version`, or empty.
struct CompilerVersion
{
    QString kind;
    QString version;
};
CompilerVersion parseCompilerVersion(const QString &text);

// The first version in the first line that names the tool; empty if none.
QString parseToolVersion(const QString &tool, const QString &text);

// "Python 3.10.12" -> "3.10.12"
QString parsePythonVersion(const QString &text);

// For `dlstack import`: recognisers and partial profiles for pasted outputs.
bool looksLikeGcc(const QString &text);
SystemProfile parseGcc(const QString &text, const QString &source);
bool looksLikeCmake(const QString &text);
SystemProfile parseCmake(const QString &text, const QString &source);

} // namespace dlstack::probe::toolparsers
