// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/missingtool.h"

#include <QRegularExpression>

namespace dlstack::log {

bool validToolName(const QString &tool)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.+-]*$"));
    return name.match(tool).hasMatch();
}

QStringList missingToolPatterns(const QString &tool)
{
    // {t}: the tool, optionally with .exe; {end}: the tool's name ends there (g++ is not g).
    static const QStringList templates{
        // sh, bash, dash: "nvcc: not found", "bash: nvcc: command not found"
        QStringLiteral(R"((?:^|[\s/\\:'"]){t}['"]?: (?:command )?not found)"),
        // zsh
        QStringLiteral(R"(command not found: {t}{end})"),
        // cmd.exe and PowerShell
        QStringLiteral(
            R"(['"]?{t}['"]? is not recognized as (?:an internal or external command|the name of a cmdlet))"),
        // Python's FileNotFoundError / OSError on the program
        QStringLiteral(R"(No such file or directory: ['"](?:[^'"]*[/\\])?{t}['"])"),
        // distutils' spawn
        QStringLiteral(R"(unable to execute ['"]*(?:[^'"\s]*[/\\])?{t}['"]*: No such file or directory)"),
        // exec of a path that is not there: "/usr/local/cuda/bin/nvcc: No such file or directory"
        QStringLiteral(R"((?:^|[\s'"/\\]){t}['"]?: No such file or directory)"),
        // build scripts and CMake modules: "could not find nvcc", "Failed to find nvcc."
        QStringLiteral(R"((?:could not|couldn't|cannot|can't|can not|unable to|failed to) (?:find|locate|detect) )"
                       R"((?:the |a |any )?(?:program |executable |command |compiler |binary )?['"`]?{t}{end})"),
        // "nvcc was not found", "'ninja' is not installed", "nvcc not available"
        QStringLiteral(R"((?:^|[\s'"`(\[]){t}['"`]? (?:was |is |could |can |has |were )?not (?:be )?)"
                       R"((?:found|installed|available|detected)\b)"),
        // "nvcc is not in PATH", "ninja not on your PATH"
        QStringLiteral(R"((?:^|[\s'"`(\[]){t}['"`]? (?:is )?not (?:in|on) (?:the |your )?(?:system )?(?:\$|%)?PATH\b)"),
        // which(1)
        QStringLiteral(R"(which: no {t} in \()"),
        // node's child_process
        QStringLiteral(R"(spawn (?:[^\s'"]*[/\\])?{t} ENOENT)"),
    };
    const QString escaped = QRegularExpression::escape(tool) + QStringLiteral("(?:\\.exe)?");
    QStringList patterns;
    patterns.reserve(templates.size());
    for (const QString &text : templates) {
        QString pattern = text;
        pattern.replace(QStringLiteral("{t}"), escaped);
        pattern.replace(QStringLiteral("{end}"), QStringLiteral("(?:[^\\w+-]|$)"));
        patterns.append(pattern);
    }
    return patterns;
}

} // namespace dlstack::log
