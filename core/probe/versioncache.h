// SPDX-License-Identifier: GPL-3.0-or-later
// VersionCachingRunner: a CommandRunner in front of another that remembers what
// `PROGRAM --version` printed, per program file. Compilers and build tools are started
// only to read their version, and on a loaded machine `clang --version` alone takes a
// second; their files rarely change. An answer is reused while the program's file (links
// followed) keeps its size, modification and change times and inode, and only for compiled
// programs (ELF): a script's answer may depend on the environment (pyenv shims, wrappers).
// Only successful answers are kept. The cache is one small JSON file,
// $XDG_CACHE_HOME/dlstack/tool-versions.json, replaced atomically when it grows; a damaged
// or foreign file is ignored and rewritten. Thread-safe: probes ask concurrently.
#pragma once

#include "core/support/commandrunner.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>

namespace dlstack::probe {

class VersionCachingRunner final : public support::CommandRunner
{
public:
    VersionCachingRunner(const support::CommandRunner *inner, QString cacheFile);
    // $XDG_CACHE_HOME/dlstack/tool-versions.json (default ~/.cache/dlstack/).
    static QString defaultCacheFile();

    support::CommandResult run(const support::Command &command) const override;

    // How many answers came from the cache since construction (for tests and `--json` users).
    int hits() const;

private:
    // The file's identity, or empty when it is not a compiled program.
    static QString stampOf(const QString &canonicalPath);
    void load() const;
    void save() const;

    const support::CommandRunner *m_inner;
    QString m_file;
    mutable QMutex m_mutex;
    mutable bool m_loaded = false;
    mutable QJsonObject m_entries; // canonical path -> {stamp, out, err}
    mutable int m_hits = 0;
};

} // namespace dlstack::probe
