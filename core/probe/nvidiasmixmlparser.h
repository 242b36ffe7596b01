// SPDX-License-Identifier: GPL-3.0-or-later
// `nvidia-smi -q -x`: the XML form of -q that monitors and exporters read (DTD nvsmi_device_v10
// to v13). Pure: text in, the same SmiReport as the other nvidia-smi forms out; text before the
// XML (a prompt, a fence) is skipped, a document cut short gives the GPUs read so far.
//   <driver_version>535.54.03</driver_version> ... <gpu id="00000000:01:00.0"><product_name>
#pragma once

#include "core/probe/nvidiasmiparser.h"

namespace dlstack::probe::nvidiasmi {

bool looksLikeXml(const QString &text);
SmiReport parseXml(const QString &text);

} // namespace dlstack::probe::nvidiasmi
