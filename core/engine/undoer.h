// SPDX-License-Identifier: GPL-3.0-or-later
// Undoer: reverses one journaled Effect: runs its undo argv, removes what it created,
// removes directories it made when they are empty, and puts its backup back. Every
// action is idempotent, so an undo interrupted by a kill can simply be run again. It
// never touches a path outside the prefix or the cache, nor the roots themselves.
#pragma once

#include "core/engine/journal.h"
#include "core/engine/streamingrunner.h"

#include <optional>

namespace dlstack::engine {

class Undoer
{
public:
    Undoer(QString prefix, QString cache, StreamingRunner::LineSink sink)
        : m_prefix(std::move(prefix)), m_cache(std::move(cache)), m_sink(std::move(sink))
    {
    }

    std::optional<support::Error> undo(const Effect &effect) const;
    bool allowed(const QString &path) const; // inside prefix or cache, not a root, not the journal

private:
    std::optional<support::Error> removePath(const QString &path) const;
    QString m_prefix;
    QString m_cache;
    StreamingRunner::LineSink m_sink;
};

} // namespace dlstack::engine
