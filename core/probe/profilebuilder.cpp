// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/profilebuilder.h"

#include "core/probe/probes.h"

#include <QCoreApplication>

#include <exception>
#include <thread>

namespace dlstack::probe {

ProfileBuilder::ProfileBuilder(DetectionTables tables, std::vector<std::unique_ptr<Probe>> probes)
    : m_tables(std::move(tables)), m_probes(std::move(probes))
{
}

namespace {

SystemProfile runGuarded(const Probe &probe, const ProbeContext &context)
{
    try {
        return probe.run(context);
    } catch (const std::exception &e) {
        SystemProfile failed;
        addProblem(
            failed, probe.name(),
            QCoreApplication::translate("ProfileBuilder", "The probe failed: %1").arg(QString::fromUtf8(e.what())));
        return failed;
    }
}

} // namespace

SystemProfile ProfileBuilder::finish(const std::vector<SystemProfile> &parts) const
{
    SystemProfile profile;
    for (const SystemProfile &part : parts)
        profile.merge(part);
    profile.finalize(m_tables);
    return profile;
}

SystemProfile ProfileBuilder::detect(const ProbeContext &context) const
{
    std::vector<SystemProfile> parts(m_probes.size());
    std::vector<std::thread> threads;
    threads.reserve(m_probes.size());
    for (size_t i = 0; i < m_probes.size(); ++i)
        threads.emplace_back([&, i] { parts[i] = runGuarded(*m_probes[i], context); });
    for (std::thread &t : threads)
        t.join();
    return finish(parts);
}

SystemProfile ProfileBuilder::detectSequentially(const ProbeContext &context) const
{
    std::vector<SystemProfile> parts;
    for (const auto &probe : m_probes)
        parts.push_back(runGuarded(*probe, context));
    return finish(parts);
}

} // namespace dlstack::probe

namespace dlstack::probe {

std::vector<std::unique_ptr<Probe>> ProfileBuilder::defaultProbes()
{
    std::vector<std::unique_ptr<Probe>> probes;
    probes.push_back(makeHostProbe());
    probes.push_back(makePackageProbe());
    probes.push_back(makeNvidiaProbe());
    probes.push_back(makePciProbe());
    probes.push_back(makeRocmProbe());
    probes.push_back(makeCudaToolkitProbe());
    probes.push_back(makeCudnnProbe());
    probes.push_back(makeCompilerProbe());
    probes.push_back(makeToolProbe());
    probes.push_back(makePythonProbe());
    probes.push_back(makeCondaProbe());
    probes.push_back(makePythonEnvProbe());
    probes.push_back(makeModulesProbe());
    return probes;
}

} // namespace dlstack::probe
