// SPDX-License-Identifier: GPL-3.0-or-later
// ScannerCache: compiled Vectorscan databases kept on disk ($XDG_CACHE_HOME/dlstack/scanner), so
// a process that loads the same rules skips the compile (about a third of a second for the
// built-in rules, most of the time `dlstack diagnose` takes on a small log). A file is named by a
// SHA-256 of the Vectorscan version, this CPU's platform and the patterns, and its content carries
// its own SHA-256: a damaged or foreign file is ignored and replaced. Failures are silent, the
// cache only saves time. Safe from any thread and process (files are replaced atomically); the
// newest few files are kept (two per rule set: its patterns and their literals).
#pragma once

#include <QByteArray>

#include <vector>

struct hs_database;

namespace dlstack::log::scannercache {

// key: what was compiled (the expressions, their flags and rule numbers). On success *database is
// the caller's to free and prefilter holds the bytes stored with it: which patterns were compiled
// as prefilters, none for a literal database.
bool load(const QByteArray &key, hs_database **database, std::vector<char> &prefilter);
void store(const QByteArray &key, const hs_database *database, const std::vector<char> &prefilter);

} // namespace dlstack::log::scannercache
