// SPDX-License-Identifier: GPL-3.0-or-later
// The import formats of the GPU area (nvidia-smi, /proc/driver/nvidia/version, lspci, rocminfo, xpu-smi,
// sycl-ls, ...).
// Order matters: the specific formats (-q, csv with a header) come before the table, and
// the one-line ROCm version file comes last because its recogniser is the weakest.
#include "core/probe/importer.h"

#include "core/probe/amdsmiparsers.h"
#include "core/probe/lspciparser.h"
#include "core/probe/nvidiaprocparser.h"
#include "core/probe/nvidiasmiparser.h"
#include "core/probe/nvidiasmixmlparser.h"
#include "core/probe/rocmparsers.h"
#include "core/probe/syclparsers.h"
#include "core/probe/xpusmiparser.h"

namespace dlstack::probe {

namespace {

SystemProfile rocmProfile(const QString &version, const QString &path, const QString &hipcc, const QString &source)
{
    SystemProfile profile;
    if (version.isEmpty())
        return profile;
    Rocm rocm;
    rocm.version = version;
    rocm.path = path;
    rocm.hipcc = hipcc;
    rocm.source = source;
    profile.rocm = rocm;
    return profile;
}

} // namespace

QList<ImportFormat> gpuImportFormats()
{
    using namespace nvidiasmi;
    return {
        // Intel's listings first: xpu-smi's summary is laid out like nvidia-smi's table.
        {QStringLiteral("xpu-smi-discovery"), QStringLiteral("xpu-smi discovery"), xpusmi::looksLikeDiscovery,
         [](const QString &text, const QString &source) { return xpusmi::toProfile(xpusmi::parse(text), source); }},
        {QStringLiteral("xpu-smi"), QStringLiteral("xpu-smi"), xpusmi::looksLikeSummary,
         [](const QString &text, const QString &source) { return xpusmi::toProfile(xpusmi::parse(text), source); }},
        {QStringLiteral("sycl-ls"), QStringLiteral("sycl-ls"), sycl::looksLikeSyclLs,
         [](const QString &text, const QString &source) {
             return sycl::syclLsProfile(sycl::parseSyclLs(text), source);
         }},
        {QStringLiteral("clinfo-list"), QStringLiteral("clinfo -l"), sycl::looksLikeClinfoList,
         [](const QString &text, const QString &source) {
             return sycl::clinfoListProfile(sycl::parseClinfoList(text), source);
         }},
        {QStringLiteral("nvidia-smi-xml"), QStringLiteral("nvidia-smi -q -x"), looksLikeXml,
         [](const QString &text, const QString &source) { return toProfile(parseXml(text), source); }},
        {QStringLiteral("nvidia-smi-q"), QStringLiteral("nvidia-smi -q"), looksLikeQuery,
         [](const QString &text, const QString &source) { return toProfile(parseQuery(text), source); }},
        {QStringLiteral("nvidia-smi-csv"), QStringLiteral("nvidia-smi --query-gpu csv"), looksLikeCsv,
         [](const QString &text, const QString &source) { return toProfile(parseCsv(text), source); }},
        {QStringLiteral("nvidia-smi"), QStringLiteral("nvidia-smi"),
         [](const QString &text) { return looksLikeTable(text) || looksLikeError(text); },
         [](const QString &text, const QString &source) { return toProfile(parseTable(text), source); }},
        {QStringLiteral("proc-driver-version"), QStringLiteral("/proc/driver/nvidia/version"), nvidiaproc::looksLike,
         [](const QString &text, const QString &source) {
             return nvidiaproc::toProfile(nvidiaproc::parse(text), source);
         }},
        {QStringLiteral("rocminfo"), QStringLiteral("rocminfo"), rocmparsers::looksLikeRocminfo,
         [](const QString &text, const QString &source) {
             return rocmparsers::rocminfoProfile(rocmparsers::parseRocminfo(text), source);
         }},
        {QStringLiteral("rocm-smi-json"), QStringLiteral("rocm-smi --json"), amdsmi::looksLikeRocmSmiJson,
         [](const QString &text, const QString &source) {
             return amdsmi::toProfile(amdsmi::parseRocmSmiJson(text), source);
         }},
        {QStringLiteral("amd-smi"), QStringLiteral("amd-smi"), amdsmi::looksLikeAmdSmiTable,
         [](const QString &text, const QString &source) {
             return amdsmi::toProfile(amdsmi::parseAmdSmiTable(text), source);
         }},
        {QStringLiteral("amd-smi"), QStringLiteral("amd-smi static"), amdsmi::looksLikeAmdSmiStatic,
         [](const QString &text, const QString &source) {
             return amdsmi::toProfile(amdsmi::parseAmdSmiStatic(text), source);
         }},
        {QStringLiteral("amd-smi"), QStringLiteral("amd-smi version"), amdsmi::looksLikeAmdSmiVersion,
         [](const QString &text, const QString &source) {
             return amdsmi::toProfile(amdsmi::parseAmdSmiVersion(text), source);
         }},
        {QStringLiteral("rocm-smi"), QStringLiteral("rocm-smi -i"), amdsmi::looksLikeRocmSmiKeyValue,
         [](const QString &text, const QString &source) {
             return amdsmi::toProfile(amdsmi::parseRocmSmiKeyValue(text), source);
         }},
        {QStringLiteral("rocm-smi"), QStringLiteral("rocm-smi"), rocmparsers::looksLikeRocmSmi,
         [](const QString &text, const QString &source) {
             return rocmparsers::rocmSmiProfile(rocmparsers::parseRocmSmi(text), source);
         }},
        {QStringLiteral("hipcc"), QStringLiteral("hipcc --version"), rocmparsers::looksLikeHipcc,
         [](const QString &text, const QString &source) {
             const rocmparsers::HipccVersion v = rocmparsers::parseHipcc(text);
             QString root = v.installedDir;
             const qsizetype llvm = root.indexOf(QStringLiteral("/lib/llvm"));
             root = llvm > 0 ? root.left(llvm) : QString();
             return rocmProfile(v.rocmVersion, root, root.isEmpty() ? QString() : root + QStringLiteral("/bin/hipcc"),
                                source);
         }},
        {QStringLiteral("lspci"), QStringLiteral("lspci"), lspci::looksLike,
         [](const QString &text, const QString &source) { return lspci::toProfile(lspci::parse(text), source); }},
        {QStringLiteral("rocm-version"), QStringLiteral("ROCm .info/version"), rocmparsers::looksLikeVersionFile,
         [](const QString &text, const QString &source) {
             return rocmProfile(rocmparsers::parseVersionFile(text), {}, {}, source);
         }},
    };
}

} // namespace dlstack::probe
