// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/rocmlocator.h"

#include <QRegularExpression>

#include <algorithm>

namespace dlstack::probe {

namespace {

QString versionFromDirName(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"((?:rocm|core)-(\d{1,2}\.\d{1,2}(?:\.\d{1,3})?)$)"));
    const auto m = re.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QList<Rocm> locateRocmInstalls(const ProbeContext &context)
{
    QStringList candidates;
    if (const QString env = context.env(QStringLiteral("ROCM_PATH")); !env.isEmpty())
        candidates << env;
    for (const QString &dir : context.list(QStringLiteral("/opt"), {QStringLiteral("rocm-*")}))
        candidates << QStringLiteral("/opt/") + dir;
    for (const QString &dir : context.list(QStringLiteral("/opt/rocm"), {QStringLiteral("core-*")}))
        candidates << QStringLiteral("/opt/rocm/") + dir;
    QList<Rocm> found;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!context.isDir(candidate))
            continue;
        const QString canonical = context.canonical(candidate);
        const QString root = canonical.isEmpty() ? candidate : canonical;
        if (std::any_of(found.cbegin(), found.cend(), [&](const Rocm &r) { return r.path == root; }))
            continue;
        Rocm rocm;
        rocm.path = root;
        rocm.origin = root.contains(QStringLiteral("/core-")) ? QStringLiteral("therock") : QStringLiteral("system");
        const QString info = root + QStringLiteral("/.info/version");
        if (const auto bytes = context.readFile(info, 4096)) {
            static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}\.\d{1,2}(?:\.\d{1,3})?))"));
            const auto m = re.match(QString::fromLatin1(*bytes).trimmed());
            if (m.hasMatch()) {
                rocm.version = m.captured(1);
                rocm.source = info;
            }
        }
        if (rocm.version.isEmpty()) {
            rocm.version = versionFromDirName(root);
            rocm.source = root;
        }
        if (context.isExecutable(root + QStringLiteral("/bin/hipcc")))
            rocm.hipcc = root + QStringLiteral("/bin/hipcc");
        if (rocm.version.isEmpty() && rocm.hipcc.isEmpty())
            continue; // a stray directory
        found.append(rocm);
    }
    return found;
}

} // namespace dlstack::probe
