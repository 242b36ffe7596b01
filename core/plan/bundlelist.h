// SPDX-License-Identifier: GPL-3.0-or-later
// bundleList: what an offline bundle of a plan holds, read from its steps: every download
// step's file (under its mirror file name, checksum known), the packages of every
// `<python> -m pip install` step with the options that say where they come from, and what
// a bundle cannot hold, named rather than left out: git checkouts and conda packages.
// engine::Bundler fetches the list; `dlstack bundle` prints it. Pure.
#pragma once

#include "core/plan/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dlstack::plan {

struct BundleItem
{
    enum class Kind
    {
        Download,      // step: fetched into the bundle as step.mirrorFileName()
        PipPackages,   // specs + sourceOptions: `pip download` into the bundle
        GitCheckout,   // not bundled: what names the repository (URL redacted)
        CondaPackages, // not bundled: the conda command
    };
    Kind kind = Kind::Download;
    Step step;                 // Download: the plan's step
    QStringList specs;         // PipPackages: "torch==2.4.1", "-r", "req.txt"
    QStringList sourceOptions; // PipPackages: "--index-url", URL, "--no-index", ...
    QString what;              // GitCheckout / CondaPackages: for the user, redacted

    bool bundled() const { return kind == Kind::Download || kind == Kind::PipPackages; }
};

QList<BundleItem> bundleList(const Plan &plan);

} // namespace dlstack::plan
