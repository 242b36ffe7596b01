// SPDX-License-Identifier: GPL-3.0-or-later
// Parser for /etc/os-release (freedesktop.org format):
//   ID=ubuntu
//   VERSION_ID="22.04"
//   PRETTY_NAME="Ubuntu 22.04.4 LTS"
#pragma once

#include "core/probe/probe.h"

namespace dlstack::probe::osrelease {

bool looksLike(const QString &text);
SystemProfile parse(const QString &text, const QString &source);

} // namespace dlstack::probe::osrelease
