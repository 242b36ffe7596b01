// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/lineclassifier.h"

#include <QByteArray>

#include <array>
#include <cstring>

namespace dlstack::log {

namespace {

bool contains(const QByteArray &lower, const char *needle)
{
    return lower.contains(needle);
}

bool startsWith(QByteArrayView line, const char *prefix)
{
    return line.startsWith(QByteArrayView(prefix));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// ninja "[12/345] ...", make "[ 45%] ..."
bool looksLikeBuildProgress(QByteArrayView line)
{
    if (line.size() < 4 || line[0] != '[')
        return false;
    qsizetype i = 1;
    while (i < line.size() && line[i] == ' ')
        ++i;
    const qsizetype digits = i;
    while (i < line.size() && isDigit(line[i]))
        ++i;
    if (i == digits || i >= line.size())
        return false;
    return line[i] == '/' || (line[i] == '%' && i + 1 < line.size() && line[i + 1] == ']');
}

} // namespace

LineClass LineClassifier::classify(QByteArrayView line)
{
    qsizetype start = 0;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t'))
        ++start;
    const QByteArrayView head = line.sliced(start, qMin<qsizetype>(line.size() - start, 512));
    if (head.isEmpty())
        return LineClass::Plain;
    QByteArray lower = head.toByteArray();
    for (char &c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);

    // Errors first: a progress line that failed ("FAILED: ...") is an error.
    static constexpr std::array errorWords{"error:",
                                           "error ",
                                           "error]",
                                           "fatal",
                                           "failed",
                                           "traceback (most recent",
                                           "exception",
                                           "killed",
                                           "segmentation fault",
                                           "undefined reference",
                                           "undefined symbol",
                                           "no such file",
                                           "permission denied",
                                           "cannot find",
                                           "errno",
                                           "unsatisfiable",
                                           "out of memory"};
    for (const char *word : errorWords) {
        if (contains(lower, word)) {
            // "-- Performing Test X - Failed" and "0 errors" are CMake/compiler chatter.
            if (lower.startsWith("-- ") || lower.contains(" 0 error"))
                break;
            return LineClass::Error;
        }
    }
    if (contains(lower, "warning") || contains(lower, "deprecat"))
        return LineClass::Warning;
    if (looksLikeBuildProgress(head) || contains(lower, "%|") || startsWith(head, "Downloading ") ||
        startsWith(head, "Collecting ") || startsWith(head, "Building ") || startsWith(head, "Compiling ") ||
        startsWith(head, "Scanning dependencies") || startsWith(head, "Linking "))
        return LineClass::Progress;
    static constexpr std::array commandPrefixes{
        "$ ",      "+ ",       "# ",     "/usr/bin/", "/usr/local/",     "c++ ",  "g++ ",
        "gcc ",    "cc ",      "nvcc ",  "cmake ",    "ninja ",          "make ", "pip ",
        "python ", "python3 ", "conda ", "sudo ",     "running command", "git "};
    for (const char *prefix : commandPrefixes)
        if (lower.startsWith(prefix))
            return LineClass::Command;
    if (contains(lower, "note:") || lower.startsWith("-- ") || lower.startsWith("info") || contains(lower, "[info]") ||
        lower.startsWith("requirement already satisfied"))
        return LineClass::Note;
    return LineClass::Plain;
}

QString LineClassifier::name(LineClass c)
{
    switch (c) {
    case LineClass::Error:
        return QStringLiteral("error");
    case LineClass::Warning:
        return QStringLiteral("warning");
    case LineClass::Progress:
        return QStringLiteral("progress");
    case LineClass::Command:
        return QStringLiteral("command");
    case LineClass::Note:
        return QStringLiteral("note");
    case LineClass::Plain:
        break;
    }
    return QStringLiteral("plain");
}

} // namespace dlstack::log
