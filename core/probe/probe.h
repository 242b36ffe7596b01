// SPDX-License-Identifier: GPL-3.0-or-later
// Probe: one source of facts (nvidia-smi, /proc, sysfs, conda files, ...). run() is
// called on a worker thread, must not throw, and returns a partial SystemProfile holding
// only what this probe found plus its problems; ProfileBuilder merges the parts.
// Probes run external programs only through ProbeContext::run (which has a timeout).
#pragma once

#include "core/probe/probecontext.h"
#include "core/probe/systemprofile.h"

#include <QString>

namespace dlstack::probe {

class Probe
{
public:
    virtual ~Probe() = default;
    virtual QString name() const = 0;
    virtual SystemProfile run(const ProbeContext &context) const = 0;
};

// Adds a problem entry for `probe` to a partial profile.
inline void addProblem(SystemProfile &profile, const QString &probe, const QString &message)
{
    profile.problems.append({probe, message});
}

} // namespace dlstack::probe
