// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicontext.h"

#include <cstdio>
#include <unistd.h>

namespace dlstack::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr), m_terminal(isatty(fileno(stdout)) != 0) {}

} // namespace dlstack::cli
