// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicontext.h"

#include <cstdio>
#include <unistd.h>

namespace dlstack::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr), m_terminal(isatty(fileno(stdout)) != 0) {}

CliContext::Answer CliContext::ask(const QString &question)
{
    if (!isatty(fileno(stdin)))
        return Answer::NoTerminal;
    m_out << question << " [y/N] " << Qt::flush;
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return Answer::No;
    return answer[0] == 'y' || answer[0] == 'Y' ? Answer::Yes : Answer::No;
}

} // namespace dlstack::cli
