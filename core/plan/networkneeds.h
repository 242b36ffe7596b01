// SPDX-License-Identifier: GPL-3.0-or-later
// networkNeeds: what a plan fetches from the internet before it runs: per stage about how
// many MiB it downloads and from which hosts (download steps, git remotes, pip indexes,
// conda channels), and in all. A download found in the plan's mirror directory, and a pip
// install from it (--no-index), fetch nothing. Sizes are estimates from typical files
// (docs/recipes.md, "Estimates", each figure with its source), not from the servers. Pure.
#pragma once

#include "core/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dlstack::plan {

struct StageNeeds
{
    QString stage; // id
    QString title;
    qint64 downloadMib = 0; // about; 0: nothing from the internet
    QList<QUrl> hosts;      // scheme://host[:port] of each source, in plan order, once each
};

struct NetworkNeeds
{
    QList<StageNeeds> stages; // every stage of the plan, in order
    qint64 totalMib() const;
    QList<QUrl> hosts() const; // all stages' hosts, once each
    bool needsInternet() const { return !hosts().isEmpty(); }
};

NetworkNeeds networkNeeds(const Plan &plan);

} // namespace dlstack::plan
