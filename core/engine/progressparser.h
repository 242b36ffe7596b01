// SPDX-License-Identifier: GPL-3.0-or-later
// Progress parsers: read one line of a tool's output and return how far the tool is, as
// a fraction 0..1, or nothing when the line says nothing measurable (the engine then shows
// activity without a made-up percentage). Pure functions; any input is safe.
// Examples: ninja "[57/1203] Building CXX object ...", make "[ 45%] Linking ...",
// git "Receiving objects:  45% (450/1000)", pip "   ━━━━━━ 5.2/10.0 MB 3.1 MB/s",
// conda "pytorch-2.4.1  | 1.2 GB  | ####5  |  45%".
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dlstack::engine {

// Known names: ninja, make, cmake, pip, git, conda (mamba too); anything else: nullopt always.
std::optional<double> parseProgressLine(const QString &parser, QStringView line);

// Whether any of the parsers below reads a fraction from the line (a progress line of some tool).
bool isProgressLine(QStringView line);

std::optional<double> parseNinjaProgress(QStringView line);
std::optional<double> parseMakeProgress(QStringView line);
std::optional<double> parseGitProgress(QStringView line);
std::optional<double> parsePipProgress(QStringView line);
std::optional<double> parseCondaProgress(QStringView line);

} // namespace dlstack::engine
