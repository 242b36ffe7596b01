// SPDX-License-Identifier: GPL-3.0-or-later
// seeds: probe/nvidia-smi probe/nvidia-smi-csv probe/nvidia-smi-q probe/proc-driver-version probe/lspci probe/rocminfo
// probe/rocm-smi Fuzzes the nvidia-smi parsers (table, csv with and without header, -q, failure messages) and
// /proc/driver/nvidia/version. seeds: probe/nvidia-smi probe/nvidia-smi-csv probe/nvidia-smi-q
#include "core/probe/nvidiaprocparser.h"
#include "core/probe/nvidiasmiparser.h"
#include "core/support/textutil.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = dlstack::support::decodeToolOutput(bytes);
    const QString source = QStringLiteral("fuzz");
    (void)nvidiasmi::toProfile(nvidiasmi::parseTable(text), source);
    (void)nvidiasmi::toProfile(nvidiasmi::parseCsv(text), source);
    (void)nvidiasmi::parseCsv(text, {QStringLiteral("index"), QStringLiteral("name"), QStringLiteral("memory.total"),
                                     QStringLiteral("compute_cap"), QStringLiteral("pci.bus_id"),
                                     QStringLiteral("driver_version"), QStringLiteral("mig.mode.current")});
    (void)nvidiasmi::toProfile(nvidiasmi::parseQuery(text), source);
    (void)nvidiasmi::looksLikeTable(text);
    (void)nvidiasmi::looksLikeCsv(text);
    (void)nvidiasmi::looksLikeQuery(text);
    (void)nvidiasmi::looksLikeError(text);
    (void)nvidiaproc::toProfile(nvidiaproc::parse(text), source);
    (void)nvidiaproc::looksLike(text);
    return 0;
}
