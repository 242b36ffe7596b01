// SPDX-License-Identifier: GPL-3.0-or-later
// The import formats of the toolkit and environment area (collect_env, nvcc, conda, cudnn_version.h, ...).
#include "core/probe/importer.h"

namespace dlstack::probe {

QList<ImportFormat> envImportFormats()
{
    return {};
}

} // namespace dlstack::probe
