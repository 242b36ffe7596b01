// SPDX-License-Identifier: GPL-3.0-or-later
// PrefixIdentity: which directory an install journal belongs to. The journal's paths are
// absolute, so a journal copied (`cp -a`) or moved with its prefix still names the old
// place; acting on them would change another directory. Each prefix carries a random id
// in <prefix>/.dlstack/prefix-id, and the journal records that id with the directory's
// path, device and inode. check() compares them with the directory a command was asked to
// act on and refuses a copy, and a moved prefix unless the caller re-anchors it.
#pragma once

#include "core/support/error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dlstack::engine {

struct JournalState;

struct PrefixIdentity
{
    QString id;      // 32 hex digits, made once per prefix
    quint64 dev = 0; // st_dev and st_ino of the prefix directory
    quint64 ino = 0;

    QJsonObject toJson() const; // {prefix_id, dev, ino}, merged into plan and anchor records
    static PrefixIdentity fromJson(const QJsonObject &record);
};

class PrefixAnchor
{
public:
    // The identity of `prefix` as it is on disk now; makes the id file when it is missing
    // (`create`), otherwise leaves the id empty.
    static support::Result<PrefixIdentity> here(const QString &prefix, bool create);

    enum class Relation
    {
        Fresh, // no journal yet, or the journal was written here
        Copy,  // the journal's recorded prefix still exists and is the same install
        Moved, // the recorded prefix is gone or is another directory: the journal came along
    };
    static Relation relate(const QString &dir, const JournalState &state, const PrefixIdentity &here);

    // An error naming both directories for a copy, or for a move unless `reanchor`; for an
    // allowed move, `movedFrom` receives where the journal's paths were (to re-anchor them).
    static std::optional<support::Error> check(const QString &dir, const JournalState &state,
                                               const PrefixIdentity &here, bool reanchor, QString *movedFrom);
};

} // namespace dlstack::engine
