// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileBuilder: runs every probe concurrently over one ProbeContext and merges their
// partial profiles into one SystemProfile. detect() blocks the calling thread (call it
// from a worker in a GUI); its duration is bounded by the probes' command timeouts. The
// merged profile is finalized with the tables given (the data in use: an installed matrix
// bundle's GPU names and driver rows count as much as the built-in ones).
#pragma once

#include "core/probe/detectiontables.h"
#include "core/probe/probe.h"

#include <memory>
#include <vector>

namespace dlstack::probe {

class ProfileBuilder
{
public:
    // The standard set of probes.
    static std::vector<std::unique_ptr<Probe>> defaultProbes();

    explicit ProfileBuilder(DetectionTables tables, std::vector<std::unique_ptr<Probe>> probes = defaultProbes());

    SystemProfile detect(const ProbeContext &context) const;             // concurrent
    SystemProfile detectSequentially(const ProbeContext &context) const; // for benchmarks

private:
    SystemProfile finish(const std::vector<SystemProfile> &parts) const;

    DetectionTables m_tables;
    std::vector<std::unique_ptr<Probe>> m_probes;
};

} // namespace dlstack::probe
