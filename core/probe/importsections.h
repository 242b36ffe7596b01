// SPDX-License-Identifier: GPL-3.0-or-later
// Cuts a pasted text into the outputs it may hold, before each is recognised on its own: a
// paste often carries several commands' outputs (`$ nvidia-smi`, then `$ nvcc --version`),
// markdown fences, shell prompts, or a monitoring tool's capture file with `####` banners.
// Pure and linear in the text's length. Lines are numbered from 1.
//   (base) user@host:~$ nvidia-smi          <- a prompt starts a new section
//   ```text                                 <- so does a fence line
#pragma once

#include <QList>
#include <QString>

namespace dlstack::probe::importsections {

struct Section
{
    int firstLine = 0; // 1-based, inclusive
    int lastLine = 0;
    QString text;
};

// The text in sections; a text without boundaries is one section. Sections holding only
// boundary lines (a fence, a bare prompt) are left out.
QList<Section> split(const QString &text);

// A markdown quote ("> " before most lines, as when a paste is quoted in a reply) without its
// markers; other texts unchanged.
QString unquote(const QString &text);

// Whether this line starts a new output: a fence, a shell prompt with a command, a banner of #.
bool isBoundary(const QString &line);

// The tool a boundary line runs, as its first word after the prompt without sudo, a path or
// ".exe" ("PS C:\\> nvidia-smi.exe -q" gives nvidia-smi; a bare "rocminfo" gives rocminfo); empty
// for any other line.
QString echoedCommand(const QString &line);

} // namespace dlstack::probe::importsections
