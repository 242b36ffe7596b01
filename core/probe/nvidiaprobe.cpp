// SPDX-License-Identifier: GPL-3.0-or-later
// NvidiaProbe: the NVIDIA driver and its GPUs from NVML (libnvidia-ml.so.1 loaded at run
// time, on the real machine and when no raw outputs are being saved), else from nvidia-smi
// (csv query and the plain table, run at once), /proc/driver/nvidia/version when nvidia-smi
// is missing or broken, and sysfs for the cards nvidia-smi could not reach (driver not
// loaded, mismatch). A failing NVML falls back to nvidia-smi, which then says why.
#include "core/probe/probes.h"

#include "core/probe/commandfanout.h"
#include "core/probe/nvidiaprocparser.h"
#include "core/probe/nvidiasmiparser.h"
#include "core/probe/nvml.h"
#include "core/probe/sysfspci.h"
#include "core/support/textutil.h"

#include <QCoreApplication>

namespace dlstack::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NvidiaProbe)
};

using support::CommandResult;
using namespace nvidiasmi;

const QString kSmi = QStringLiteral("nvidia-smi");
const QString kProcVersion = QStringLiteral("/proc/driver/nvidia/version");

QStringList queryFields(bool withComputeCap)
{
    QStringList fields = {QStringLiteral("index"), QStringLiteral("name"), QStringLiteral("memory.total")};
    if (withComputeCap)
        fields << QStringLiteral("compute_cap");
    fields << QStringLiteral("pci.bus_id") << QStringLiteral("driver_version") << QStringLiteral("mig.mode.current");
    return fields;
}

QStringList queryArgs(const QStringList &fields)
{
    return {QStringLiteral("--query-gpu=") + fields.join(u','), QStringLiteral("--format=csv,noheader,nounits")};
}

QString outputOf(const CommandResult &result)
{
    return support::decodeToolOutput(result.out + '\n' + result.err);
}

bool missing(const CommandResult &result)
{
    return !result.started();
}

class NvidiaProbe final : public Probe
{
public:
    QString name() const override { return QStringLiteral("nvidia"); }

    SystemProfile run(const ProbeContext &context) const override
    {
        SystemProfile profile;
        if (context.hostLibraries() && !context.recording()) {
            QString why;
            if (const auto report = nvml::query(&why); report && !report->devices.isEmpty()) {
                profile = nvml::toProfile(*report);
                if (const auto proc = readProcVersion(context); proc && profile.nvidiaDriver)
                    profile.nvidiaDriver->openKernelModule = proc->openKernelModule;
                return profile;
            }
        }
        QStringList fields = queryFields(true);
        const QList<CommandResult> results = runConcurrently(context, {{kSmi, queryArgs(fields)}, {kSmi, {}}});
        CommandResult csv = results[0];
        const CommandResult &table = results[1];
        const std::optional<nvidiaproc::ProcDriverVersion> proc = readProcVersion(context);

        if (missing(csv) && missing(table)) {
            // No nvidia-smi: the kernel module may still tell its version.
            if (proc)
                profile.merge(nvidiaproc::toProfile(*proc, kProcVersion));
            addJetsonNote(profile, proc);
            return profile;
        }
        if (csv.status == CommandResult::Status::Finished && detectError(outputOf(csv)) == SmiError::InvalidField) {
            fields = queryFields(false); // drivers before 510 do not know compute_cap
            csv = context.run(kSmi, queryArgs(fields));
        }

        const QString csvSource = kSmi + u' ' + queryArgs(fields).join(u' ');
        SmiReport csvReport;
        if (csv.status == CommandResult::Status::Finished)
            csvReport = parseCsv(outputOf(csv), fields);
        SmiReport tableReport;
        if (table.status == CommandResult::Status::Finished)
            tableReport = parseTable(outputOf(table));

        SystemProfile fromCsv = toProfile(csvReport, csvSource);
        SystemProfile fromTable = toProfile(tableReport, kSmi);
        fromCsv.problems.clear();
        fromTable.problems.clear();
        profile.merge(fromCsv);
        profile.merge(fromTable);
        if (profile.nvidiaDriver && proc)
            profile.nvidiaDriver->openKernelModule = proc->openKernelModule;

        if (csv.status == CommandResult::Status::TimedOut || table.status == CommandResult::Status::TimedOut) {
            addProblem(profile, name(),
                       Tr::tr("nvidia-smi did not answer within %1 seconds; the driver or a GPU may be hung. "
                              "Check `sudo dmesg | grep -i -e nvrm -e xid`; a reboot usually clears it.")
                           .arg(context.commandTimeout().count() / 1000.0));
        }
        SmiError error = tableReport.error != SmiError::None ? tableReport.error : csvReport.error;
        if (error == SmiError::InvalidField)
            error = SmiError::None;
        if (error == SmiError::None && profile.gpus.isEmpty() && !missing(table)) {
            const QString text = outputOf(table) + u'\n' + outputOf(csv);
            error = detectError(text);
            if (error == SmiError::None && table.status == CommandResult::Status::Finished && table.exitCode != 0)
                addProblem(profile, name(),
                           Tr::tr("nvidia-smi failed (exit code %1) and printed no GPU: %2")
                               .arg(table.exitCode)
                               .arg(text.simplified().left(200)));
        }
        if (error != SmiError::None)
            reportFailure(context, error, proc, profile);
        return profile;
    }

private:
    static std::optional<nvidiaproc::ProcDriverVersion> readProcVersion(const ProbeContext &context)
    {
        const auto bytes = context.readFile(kProcVersion, 64 * 1024);
        if (!bytes)
            return std::nullopt;
        nvidiaproc::ProcDriverVersion version = nvidiaproc::parse(support::decodeToolOutput(*bytes));
        if (version.version.isEmpty())
            return std::nullopt;
        return version;
    }

    void addJetsonNote(SystemProfile &profile, const std::optional<nvidiaproc::ProcDriverVersion> &proc) const
    {
        if (proc && proc->jetson)
            addProblem(profile, name(),
                       Tr::tr("This looks like a Jetson board: %1 is an L4T release, not a desktop driver "
                              "version. Use NVIDIA JetPack to install CUDA on it.")
                           .arg(proc->version));
    }

    // nvidia-smi ran but could not report: mark the NVIDIA cards sysfs shows, and say why.
    void reportFailure(const ProbeContext &context, SmiError error,
                       const std::optional<nvidiaproc::ProcDriverVersion> &proc, SystemProfile &profile) const
    {
        addProblem(profile, name(), errorMessage(error));
        if (proc && error == SmiError::DriverLibraryMismatch) // the version of the module still loaded
            profile.merge(nvidiaproc::toProfile(*proc, kProcVersion));
        const QString state =
            error == SmiError::DriverNotLoaded ? QStringLiteral("driver_not_loaded") : QStringLiteral("error");
        for (const SysfsPciDevice &device : readSysfsDisplayDevices(context)) {
            if (device.vendor != u"nvidia")
                continue;
            Gpu gpu;
            gpu.vendor = device.vendor;
            gpu.pciBusId = device.busId;
            gpu.pciId = device.pciId;
            gpu.state = state;
            gpu.source = QStringLiteral("/sys/bus/pci/devices/%1 (nvidia-smi failed)").arg(device.busId);
            SystemProfile part;
            part.gpus.append(gpu);
            profile.merge(part);
        }
    }
};

} // namespace

std::unique_ptr<Probe> makeNvidiaProbe()
{
    return std::make_unique<NvidiaProbe>();
}

} // namespace dlstack::probe
