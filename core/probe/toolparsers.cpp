// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/toolparsers.h"

#include "core/probe/importsections.h"

#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::toolparsers {

namespace {

QString firstNonEmptyLine(const QString &text)
{
    // The first line of the tool's own output: a pasted section may open with its fence or
    // the echoed command ("$ gcc --version", "# cmake --version").
    for (const QString &line : support::splitLines(text)) {
        if (!line.trimmed().isEmpty() && !importsections::isBoundary(line))
            return line.trimmed();
    }
    return {};
}

const QRegularExpression &versionToken()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w.])(\d{1,4}\.\d{1,4}(?:\.\d{1,6})?)(?![\w.]*\d{5}))"));
    return re;
}

} // namespace

CompilerVersion parseCompilerVersion(const QString &text)
{
    const QString first = firstNonEmptyLine(text).left(500);
    static const QRegularExpression clang(QStringLiteral(R"(clang version (\d+\.\d+(?:\.\d+)?))"));
    if (const auto m = clang.match(first); m.hasMatch())
        return {QStringLiteral("clang"), m.captured(1)};
    // gcc prints "<name> (<package info>) <version>"; the package text may hold other numbers.
    static const QRegularExpression gcc(
        QStringLiteral(R"(^(?:\S*(?:gcc|g\+\+|cc|c\+\+)\S*)\s+(?:\(.*\)\s+)?(\d+\.\d+(?:\.\d+)?))"));
    if (const auto m = gcc.match(first); m.hasMatch())
        return {QStringLiteral("gcc"), m.captured(1)};
    return {};
}

QString parseToolVersion(const QString &tool, const QString &text)
{
    for (const QString &line : support::splitLines(text).mid(0, 5)) {
        const QString trimmed = line.trimmed().left(300);
        if (trimmed.isEmpty())
            continue;
        // ninja prints only "1.11.1"; others name themselves first.
        if (!trimmed.contains(tool, Qt::CaseInsensitive) && !trimmed.front().isDigit())
            continue;
        const auto m = versionToken().match(trimmed);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

QString parsePythonVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(Python (\d+\.\d+(?:\.\d+)?))"));
    const auto m = re.match(text.left(500));
    return m.hasMatch() ? m.captured(1) : QString();
}

bool looksLikeGcc(const QString &text)
{
    return parseCompilerVersion(text).kind == u"gcc" && text.contains(QStringLiteral("Free Software Foundation"));
}

SystemProfile parseGcc(const QString &text, const QString &source)
{
    SystemProfile profile;
    const CompilerVersion v = parseCompilerVersion(text);
    if (!v.version.isEmpty())
        profile.compilers.append({v.kind, v.version, QStringLiteral("gcc"), source});
    return profile;
}

bool looksLikeCmake(const QString &text)
{
    // Distributions that ship a second CMake name the binary after its major version (EPEL's
    // cmake3 prints "cmake3 version 3.14.7").
    static const QRegularExpression banner(QStringLiteral(R"(^cmake\d* version \d)"));
    return banner.match(firstNonEmptyLine(text)).hasMatch();
}

SystemProfile parseCmake(const QString &text, const QString &source)
{
    SystemProfile profile;
    const QString version = parseToolVersion(QStringLiteral("cmake"), text);
    if (!version.isEmpty())
        profile.tools.insert(QStringLiteral("cmake"), Tool{version, QStringLiteral("cmake"), source});
    return profile;
}

} // namespace dlstack::probe::toolparsers
