// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation programs' `--only FILE` option: score only the fixtures a list names (one
// path per line), such as a fresh batch scored on its own.
#pragma once

#include <QFile>
#include <QSet>
#include <QStringList>

#include <optional>

namespace dlstack::bench {

struct OnlyListed
{
    std::optional<QSet<QString>> paths; // none: no --only, every fixture counts
    QString error;                      // the list could not be read
};

inline OnlyListed onlyListed(const QStringList &args)
{
    OnlyListed only;
    const qsizetype at = args.indexOf(QStringLiteral("--only"));
    if (at < 0)
        return only;
    QFile list(args.value(at + 1));
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text)) {
        only.error = QStringLiteral("--only: cannot read ") + args.value(at + 1);
        return only;
    }
    only.paths.emplace();
    for (const QByteArray &line : list.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            only.paths->insert(QString::fromUtf8(line.trimmed()));
    return only;
}

} // namespace dlstack::bench
