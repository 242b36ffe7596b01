// SPDX-License-Identifier: GPL-3.0-or-later
// PythonEnvProbe: every Python environment locatePythonEnvs finds, described from its
// files by inspectPythonEnv (python version, DL packages, torch's CUDA/HIP).
#include "core/probe/probes.h"

#include "core/probe/condalocator.h"
#include "core/probe/pythonenvinspector.h"

namespace dlstack::probe {

namespace {

class PythonEnvProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("pythonenvs"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        const CondaLocation conda = locateConda(context);
        for (const PythonEnvCandidate &candidate : locatePythonEnvs(context, condaEnvPaths(conda)))
            profile.pythonEnvs.append(inspectPythonEnv(context, candidate, profile.problems, name()));
        return profile;
    }
};

} // namespace

std::unique_ptr<Probe> makePythonEnvProbe()
{
    return std::make_unique<PythonEnvProbe>();
}

} // namespace dlstack::probe
