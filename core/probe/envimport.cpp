// SPDX-License-Identifier: GPL-3.0-or-later
// The import formats of the toolkit and environment area. Order matters: collect_env
// embeds nvcc-like and cuDNN lines, so it comes first; conda info --json before the plain
// form; environments.txt (a bare list of paths) last because its recogniser is the weakest.
#include "core/probe/importer.h"

#include "core/probe/checkenvparser.h"
#include "core/probe/collectenvparser.h"
#include "core/probe/condaparsers.h"
#include "core/probe/cudnnparser.h"
#include "core/probe/nvccparser.h"

namespace dlstack::probe {

QList<ImportFormat> envImportFormats()
{
    using namespace condaparsers;
    return {
        {QStringLiteral("collect-env"), QStringLiteral("python -m torch.utils.collect_env"), collectenv::looksLike,
         collectenv::parse},
        {QStringLiteral("sglang-check-env"), QStringLiteral("python3 -m sglang.check_env"), checkenv::looksLike,
         checkenv::parse},
        {QStringLiteral("nvcc"), QStringLiteral("nvcc --version"), nvccparser::looksLikeNvcc, nvccparser::parseNvcc},
        {QStringLiteral("conda-info-json"), QStringLiteral("conda info --json"), looksLikeInfoJson,
         [](const QString &text, const QString &source) { return infoToProfile(parseInfoJson(text), source); }},
        {QStringLiteral("conda-info"), QStringLiteral("conda info"), looksLikeInfo,
         [](const QString &text, const QString &source) { return infoToProfile(parseInfo(text), source); }},
        {QStringLiteral("conda-env-list"), QStringLiteral("conda env list"), looksLikeEnvList,
         [](const QString &text, const QString &source) { return envListToProfile(parseEnvList(text), source); }},
        {QStringLiteral("cudnn-version-h"), QStringLiteral("cudnn_version.h"), cudnnparser::looksLikeHeader,
         cudnnparser::parseHeader},
        {QStringLiteral("environments-txt"), QStringLiteral("~/.conda/environments.txt"), looksLikeEnvironmentsTxt,
         [](const QString &text, const QString &source) {
             return environmentsTxtToProfile(parseEnvironmentsTxt(text), source);
         }},
    };
}

} // namespace dlstack::probe
