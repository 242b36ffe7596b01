// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace dlstack::cli {

QString verbHelp(const QCommandLineParser &parser, const QString &verb)
{
    QStringList lines = parser.helpText().split(u'\n');
    const QString program = QCoreApplication::arguments().value(0);
    if (!lines.isEmpty() && lines.first().contains(program))
        lines.first().replace(program, QStringLiteral("dlstack ") + verb);
    lines.erase(
        std::remove_if(lines.begin(), lines.end(),
                       [](const QString &line) { return line.trimmed().startsWith(QStringLiteral("--help-all")); }),
        lines.end());
    return lines.join(u'\n');
}

CliContext::CliContext() : m_out(stdout), m_err(stderr), m_terminal(isatty(fileno(stdout)) != 0) {}

QString CliContext::resolvePath(const QString &given, const QString &what)
{
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(given));
    if (!given.isEmpty() && QDir::isRelativePath(given))
        m_err << QCoreApplication::translate("Cli", "%1: %2 (from %3)").arg(what, absolute, given) << '\n';
    return absolute;
}

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

std::optional<int> CliContext::confirm(const QString &question, const QString &noTerminal)
{
    switch (ask(question)) {
    case Answer::Yes:
        return std::nullopt;
    case Answer::No:
        return Failed;
    case Answer::NoTerminal:
        m_err << noTerminal << '\n';
        return BadInput;
    }
    return BadInput;
}

} // namespace dlstack::cli
