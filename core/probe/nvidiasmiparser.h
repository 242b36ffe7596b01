// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parsers for the three nvidia-smi output forms (the default table, --query-gpu csv
// and -q) and for its failure messages. Input may be truncated, indented, pasted from a
// web page or binary garbage: the result is whatever could be read, never a crash.
//   | NVIDIA-SMI 535.129.03             Driver Version: 535.129.03   CUDA Version: 12.2     |
//   index, name, memory.total [MiB], compute_cap, pci.bus_id, driver_version, mig.mode.current
#pragma once

#include "core/probe/systemprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dlstack::probe::nvidiasmi {

enum class SmiError
{
    None,
    DriverNotLoaded,       // "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver"
    NoDevices,             // "No devices were found"
    DriverLibraryMismatch, // "Failed to initialize NVML: Driver/library version mismatch"
    InvalidField,          // "Field "compute_cap" is not a valid field to query." (old drivers)
};

struct SmiGpu
{
    int index = -1;
    QString name;
    qint64 memoryMib = 0;      // 0: unknown
    QString computeCapability; // "8.6"
    QString pciBusId;          // as printed: "00000000:01:00.0"
    bool mig = false;          // MIG mode currently enabled
};

struct SmiReport
{
    QString smiVersion;    // "NVIDIA-SMI 545.46" (differs from the driver on WSL)
    QString driverVersion; // "546.80"
    QString cudaVersion;   // "12.2"; empty for "N/A", "ERR!" or absent
    QList<SmiGpu> gpus;
    int attachedGpus = -1; // "-q": "Attached GPUs : 8" even when the paste holds fewer blocks
    bool wsl = false;      // SMI and driver versions differ, or the driver model is WDDM
    SmiError error = SmiError::None;

    int gpuCount() const { return attachedGpus >= 0 ? attachedGpus : static_cast<int>(gpus.size()); }
};

// The failure message nvidia-smi printed instead of its output, if any.
SmiError detectError(const QString &text);

// The default `nvidia-smi` table, all layouts from 331 to R610.
SmiReport parseTable(const QString &text);

// `--query-gpu=...` csv. `columns` names the queried fields when the output has no header
// (`noheader`); with empty `columns` the first line must be the header.
SmiReport parseCsv(const QString &text, const QStringList &columns = {});

// `nvidia-smi -q` (also `-a`).
SmiReport parseQuery(const QString &text);

bool looksLikeTable(const QString &text);
bool looksLikeCsv(const QString &text); // with a header line naming query fields
bool looksLikeQuery(const QString &text);
bool looksLikeError(const QString &text);

// A partial profile from a report; `source` names where the text came from. Failures
// become problem entries with a remedy.
SystemProfile toProfile(const SmiReport &report, const QString &source);

// One line for the user about a failure, with what to do next.
QString errorMessage(SmiError error);

} // namespace dlstack::probe::nvidiasmi
