// SPDX-License-Identifier: GPL-3.0-or-later
// PathGuard: says where a path really leads before anything is written there. Each root (an
// install prefix, a download cache, an extraction directory) is canonicalised once, so a
// root may itself lie below symlinked directories; below a root each component is resolved
// by the filesystem: a link that stays beneath a root is followed, one that leads out is
// refused, and so is a path into a fenced directory (the prefix's .dlstack). It guards
// against links that are there, not against another process changing the tree meanwhile.
// Const after construction, so usable from any thread; blocking filesystem calls only.
#pragma once

#include "core/support/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dlstack::support {

class PathGuard
{
public:
    // Keep: a link as the last component is itself the target (it is replaced or removed,
    // never written through). Follow: the last component is resolved like the others.
    enum class Last
    {
        Follow,
        Keep
    };
    // Kernel: openat2(RESOLVE_BENEATH) answers first; the walk (openat with O_NOFOLLOW, one
    // component at a time, links read and followed here) where the kernel lacks it or
    // refuses, since the walk also admits an absolute link whose target lies in a root and
    // names the link that leads out. Walk: the walk alone (tests prove both agree).
    enum class Method
    {
        Kernel,
        Walk
    };

    // roots and fences: absolute paths. A fence does not apply to a root that lies inside it
    // (the default download cache is <prefix>/.dlstack/cache).
    explicit PathGuard(const QStringList &roots, const QStringList &fences = {}, Method method = Method::Kernel);

    // `path` is absolute and starts with a root, spelled as given or canonically; what
    // follows is taken as it comes ("..", links). Returns the same place spelled with the
    // root as given and real components below it (no links; a missing tail as written), or
    // an Error naming the link that leads out, the fence, or the file that is no directory.
    Result<QString> resolve(const QString &path, Last last = Last::Follow) const;

    // U+0000-U+001F and U+007F: never part of a path dlstack writes (a NUL cuts it short).
    static bool hasControlCharacter(const QString &path, QChar *found = nullptr);

private:
    struct Root
    {
        QString given;
        QString real;
    };
    std::optional<QString> kernelResolve(int root, const QStringList &components, Last last) const;
    Result<QString> walk(int root, QStringList components, Last last) const;
    std::optional<Error> fenced(const QString &resolved) const;
    int rootOf(const QString &path, QStringList *rest) const; // -1: in no root
    int rootNamed(const QString &spelled) const;              // a root given exactly so, or -1

    QList<Root> m_roots;
    QStringList m_fences;
    Method m_method;
};

} // namespace dlstack::support
