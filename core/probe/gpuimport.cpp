// SPDX-License-Identifier: GPL-3.0-or-later
// The import formats of the GPU area (nvidia-smi, /proc/driver/nvidia/version, lspci, rocminfo, ...).
#include "core/probe/importer.h"

namespace dlstack::probe {

QList<ImportFormat> gpuImportFormats()
{
    return {};
}

} // namespace dlstack::probe
