// SPDX-License-Identifier: GPL-3.0-or-later
// CliContext: what every CLI verb shares: the output streams, whether stdout is a
// terminal (progress bars, colours) or a pipe (plain lines), and the exit codes.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace dlstack::cli {

// Exit codes, documented in docs/cli.md.
enum ExitCode : int
{
    Ok = 0,
    Failed = 1,      // the command ran and the answer is negative (blocked, stage failed)
    BadInput = 2,    // bad arguments, unreadable or unrecognised input
    NothingFound = 3 // e.g. diagnose matched nothing
};

// A verb's --help: "Usage: dlstack VERB [options] ..." (not the binary's path), the verb's
// options without Qt's own --help-all.
QString verbHelp(const QCommandLineParser &parser, const QString &verb);

class CliContext
{
public:
    enum class Answer
    {
        Yes,
        No,
        NoTerminal
    };

    CliContext();
    // Asks a yes/no question on the terminal; without one (stdin piped or closed) nothing is
    // asked and nothing is assumed: NoTerminal, and the caller refuses (exit 2).
    Answer ask(const QString &question);
    // ask(), as the exit code to stop with: Failed for "no", BadInput (with noTerminal on
    // stderr) without a terminal; nothing when the answer is yes.
    std::optional<int> confirm(const QString &question, const QString &noTerminal);
    // A path the user gave (a prefix, a plan, an output file), absolute and clean. A relative
    // one is resolved against the current directory and said on stderr as
    // "<what>: /abs/path (from ./x)", so that no path is silently moved. `what` is translated.
    QString resolvePath(const QString &given, const QString &what);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool isTerminal() const { return m_terminal; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal;
};

} // namespace dlstack::cli
