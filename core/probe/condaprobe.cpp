// SPDX-License-Identifier: GPL-3.0-or-later
// CondaProbe: conda installations (root, flavour, conda's version, envs) from files, via
// locateConda; conda itself is never started.
#include "core/probe/probes.h"

#include "core/probe/condalocator.h"

namespace dlstack::probe {

namespace {

class CondaProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("conda"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        const CondaLocation location = locateConda(context);
        SystemProfile profile;
        profile.conda = location.installs;
        profile.problems = location.problems;
        return profile;
    }
};

} // namespace

std::unique_ptr<Probe> makeCondaProbe()
{
    return std::make_unique<CondaProbe>();
}

} // namespace dlstack::probe
