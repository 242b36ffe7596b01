// SPDX-License-Identifier: GPL-3.0-or-later
// Bundler: fills a folder with everything a plan downloads, for a machine without internet
// that then runs the plan with the folder as its offline folder (plan "mirror_dir"). It
// fetches plan::bundleList(): each download step's file under its own name, checksum
// verified (a verified file already there is kept, not fetched again), and the wheels of
// each pip install step through `python3 -m pip download` with the step's own index
// options (python/platform fetch wheels for another Python or machine). Git checkouts and
// conda packages are reported as not bundled. Blocks the calling thread; the runner is the
// injected one (pip), downloads go through net::Downloader.
#pragma once

#include "core/plan/bundlelist.h"
#include "core/plan/plan.h"
#include "core/support/commandrunner.h"
#include "core/support/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dlstack::engine {

struct BundleOptions
{
    QString dir;      // absolute; created when missing
    QString python;   // "3.11": wheels for this Python instead of python3's
    QString platform; // "manylinux_2_28_x86_64": wheels for this platform
};

struct BundleReport
{
    int fetched = 0; // files and pip steps fetched in this run
    int kept = 0;    // verified files already in the folder
    QList<support::Error> failures;
    QList<plan::BundleItem> notBundled; // git checkouts and conda packages

    int failed() const { return static_cast<int>(failures.size()); }
    // The folder holds everything this plan downloads that a bundle can hold.
    bool complete() const { return failures.isEmpty(); }
    // The folder is worth pointing a plan at: complete and not empty.
    bool usableOffline() const { return complete() && fetched + kept > 0; }
};

class Bundler
{
public:
    // One line per action ("download URL", "pip download SPECS") and the output of pip.
    using Say = std::function<void(const QString &line)>;

    explicit Bundler(const support::CommandRunner &runner) : m_runner(runner) {}

    // An error only when the folder cannot be used at all; item failures are in the report.
    support::Result<BundleReport> bundle(const plan::Plan &plan, const BundleOptions &options, const Say &say) const;

private:
    const support::CommandRunner &m_runner;
};

} // namespace dlstack::engine
