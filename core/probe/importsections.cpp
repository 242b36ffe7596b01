// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/importsections.h"

#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::importsections {

namespace {

// ```text, ~~~ ; a run of # as in capture files' section banners
const QRegularExpression &fence()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(```|~~~)"));
    return re;
}

const QRegularExpression &banner()
{
    static const QRegularExpression re(QStringLiteral("^#{20,}\\s*$"));
    return re;
}

// A prompt, then a command that starts with a letter, a dot or a slash (the match ends where
// the command starts):
//   $ nvidia-smi | ~$ nvcc -V | [user@host ~]$ x | (env) user@host:~/dir$ x | C:\Users\me>conda info
//   ❯ rocminfo | ┖[~]> nvidia-smi | PS C:\> x | **$ nvcc --version** | `$ nvidia-smi.exe
//   bash-5.1$ x | ash-4.4# x (a shell's default prompt, "\s-\v\$")
const QRegularExpression &prompt()
{
    static const QRegularExpression re(QStringLiteral(
        "^[\\s`*]*(?:\\([^()\\s]+\\)\\s*)?"
        "(?:\\[[^\\]]{1,80}\\]|[\\w.-]{1,64}@[\\w.-]{1,64}(?::\\S{0,200})?|~\\S{0,200}|PS [A-Za-z]:\\\\\\S{0,200}|"
        "[A-Za-z]:\\\\\\S{0,200}|\\S{0,3}\\[[^\\]]{0,80}\\]|(?:ba|da|a|k|z|tc)?sh-\\d+(?:\\.\\d+)*)?"
        "\\s?[$#%>\\x{276F}]\\s*(?=[A-Za-z./])"));
    return re;
}

// The command of a tool dlstack reads, echoed without a prompt: "lspci -vvv -k",
// "nvidia-smi.exe --query-gpu=...", "conda info", "rocminfo" alone: options and lower-case
// subcommands only, so that "gcc version 11.4.0" or "nvcc fatal : ..." stay output; piped
// into a filter ("lspci -k | grep -i amd") or not.
const QRegularExpression &bareCommand()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:sudo\\s+)?(?:\\S*[/\\\\])?(nvidia-smi|lspci|rocminfo|rocm-smi|amd-smi|sycl-ls|clinfo|xpu-smi|nvcc|"
        "gcc|g\\+\\+|cmake|conda|mamba)(?:\\.exe)?(?:\\s+(?:-\\S*|[a-z][a-z-]*))*"
        "(?:\\s*\\|\\s*(?:e?grep|head|tail|less|more|sort|uniq|cut|awk|sed|tee|column)\\b.*)*\\s*$"));
    return re;
}

} // namespace

bool isBoundary(const QString &line)
{
    return fence().match(line).hasMatch() || banner().match(line).hasMatch() || prompt().match(line).hasMatch() ||
           bareCommand().match(line).hasMatch();
}

QString echoedCommand(const QString &line)
{
    if (const QRegularExpressionMatch bare = bareCommand().match(line); bare.hasMatch())
        return bare.captured(1);
    const QRegularExpressionMatch prompted = prompt().match(line);
    if (!prompted.hasMatch())
        return {};
    // The first word after the prompt, without sudo, a path or ".exe".
    static const QRegularExpression word(
        QStringLiteral("^(?:sudo\\s+)?(?:\\S*[/\\\\])?([A-Za-z][\\w.+-]*?)(?:\\.exe)?(?:\\s|$|[*`])"));
    const QRegularExpressionMatch m = word.match(QStringView(line).mid(prompted.capturedEnd(0)));
    return m.hasMatch() ? m.captured(1) : QString();
}

QList<Section> split(const QString &text)
{
    QList<Section> sections;
    const QStringList lines = support::splitLines(text);
    static const QRegularExpression onlyMarkup(QStringLiteral("^[\\s`~*#]*$"));
    Section current;
    bool hasContent = false;
    const auto close = [&](int last) {
        if (hasContent) {
            current.lastLine = last;
            sections.append(current);
        }
        current = Section{};
        hasContent = false;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (isBoundary(line))
            close(i);
        // A section starts at its first line of output or prompt, after fences and banners.
        if (current.firstLine == 0 &&
            (fence().match(line).hasMatch() || banner().match(line).hasMatch() || onlyMarkup.match(line).hasMatch()))
            continue;
        if (current.firstLine == 0)
            current.firstLine = i + 1;
        current.text += line;
        current.text += u'\n';
        // A prompt line alone is no output; neither is a fence or a banner.
        if (!hasContent && !isBoundary(line) && !onlyMarkup.match(line).hasMatch())
            hasContent = true;
    }
    close(static_cast<int>(lines.size()));
    return sections;
}

QString unquote(const QString &text)
{
    const QStringList lines = support::splitLines(text);
    int quoted = 0, nonEmpty = 0;
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty())
            continue;
        ++nonEmpty;
        if (l.startsWith(u'>'))
            ++quoted;
    }
    if (nonEmpty < 3 || quoted * 10 < nonEmpty * 8)
        return text;
    QString out;
    out.reserve(text.size());
    for (const QString &l : lines) {
        out += l.startsWith(QStringLiteral("> ")) ? l.mid(2) : l.startsWith(u'>') ? l.mid(1) : l;
        out += u'\n';
    }
    return out;
}

} // namespace dlstack::probe::importsections
