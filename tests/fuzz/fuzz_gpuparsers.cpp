// SPDX-License-Identifier: GPL-3.0-or-later
// seeds: probe/nvidia-smi probe/nvidia-smi-csv probe/nvidia-smi-q probe/proc-driver-version probe/lspci probe/rocminfo
// probe/rocm-smi Fuzzes the PCI and ROCm parsers: lspci, rocminfo, rocm-smi, KFD topology properties, .info/version and
// hipcc --version. seeds: probe/lspci probe/rocminfo probe/rocm-smi probe/hipcc
#include "core/probe/lspciparser.h"
#include "core/probe/rocmparsers.h"
#include "core/support/textutil.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = dlstack::support::decodeToolOutput(bytes);
    const QString source = QStringLiteral("fuzz");
    (void)lspci::toProfile(lspci::parse(text), source);
    (void)lspci::looksLike(text);
    (void)lspci::isGpuClass(text, QStringLiteral("amd"));
    (void)lspci::vendorFromId(text);
    (void)rocmparsers::rocminfoProfile(rocmparsers::parseRocminfo(text), source);
    (void)rocmparsers::looksLikeRocminfo(text);
    (void)rocmparsers::rocmSmiProfile(rocmparsers::parseRocmSmi(text), source);
    (void)rocmparsers::looksLikeRocmSmi(text);
    (void)rocmparsers::parseKfdProperties(text);
    (void)rocmparsers::parseVersionFile(text);
    (void)rocmparsers::looksLikeVersionFile(text);
    (void)rocmparsers::parseHipcc(text);
    (void)rocmparsers::gfxTargetFromIsa(text);
    if (size >= 8) {
        qint64 n = 0;
        for (int i = 0; i < 8; ++i)
            n = (n << 8) | data[i];
        (void)rocmparsers::gfxTargetFromVersion(n);
        (void)rocmparsers::busIdFromLocation(n, n >> 16);
    }
    return 0;
}
