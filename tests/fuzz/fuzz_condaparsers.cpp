// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the conda parsers (conda info, --json, env list, environments.txt, conda-meta names).
// seeds: probe/conda-info probe/conda-info-json probe/conda-env-list probe/environments-txt
#include "core/probe/condaparsers.h"

#include <cstddef>
#include <cstdint>

using namespace dlstack::probe::condaparsers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    (void)infoToProfile(parseInfo(text), QStringLiteral("fuzz"));
    (void)infoToProfile(parseInfoJson(text), QStringLiteral("fuzz"));
    (void)envListToProfile(parseEnvList(text), QStringLiteral("fuzz"));
    (void)environmentsTxtToProfile(parseEnvironmentsTxt(text), QStringLiteral("fuzz"));
    (void)looksLikeInfo(text);
    (void)looksLikeInfoJson(text);
    (void)looksLikeEnvList(text);
    (void)looksLikeEnvironmentsTxt(text);
    const QStringList names = text.split(u'\n');
    (void)packageVersion(names, QStringLiteral("conda"));
    (void)flavour(names, bytes, text.left(20), size % 2 == 0);
    (void)rootOfEnvPath(text);
    (void)envName(text.left(10), text);
    return 0;
}
