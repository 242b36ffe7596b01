// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/progressparser.h"

#include <QRegularExpression>

namespace dlstack::engine {

namespace {

std::optional<double> fraction(double done, double total)
{
    if (!(total > 0) || done < 0 || done > total)
        return std::nullopt;
    return done / total;
}

} // namespace

std::optional<double> parseNinjaProgress(QStringView line)
{
    // "[57/1203] Building CXX object c10/CMakeFiles/c10.dir/core/Allocator.cpp.o"
    static const QRegularExpression re(QStringLiteral("^\\s*\\[(\\d{1,9})/(\\d{1,9})\\]"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return fraction(m.capturedView(1).toDouble(), m.capturedView(2).toDouble());
}

std::optional<double> parseMakeProgress(QStringView line)
{
    // "[ 45%] Building CXX object src/CMakeFiles/demo.dir/main.cpp.o"
    static const QRegularExpression re(QStringLiteral("^\\s*\\[\\s*(\\d{1,3})%\\]"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return fraction(m.capturedView(1).toDouble(), 100);
}

std::optional<double> parseGitProgress(QStringView line)
{
    // "Receiving objects:  45% (450/1000), 1.20 MiB | 2.00 MiB/s" then "Resolving deltas: 100% (80/80)"
    static const QRegularExpression re(QStringLiteral("(Receiving objects|Resolving deltas):\\s+(\\d{1,3})%"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const auto p = fraction(m.capturedView(2).toDouble(), 100);
    if (!p)
        return std::nullopt;
    return m.capturedView(1) == u"Receiving objects" ? *p * 0.9 : 0.9 + *p * 0.1;
}

std::optional<double> parsePipProgress(QStringView line)
{
    // "   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 5.2/10.0 MB 3.1 MB/s eta 0:00:02"
    static const QRegularExpression bytes(
        QStringLiteral("(\\d{1,9}(?:\\.\\d+)?)/(\\d{1,9}(?:\\.\\d+)?)\\s+([kMG]?i?B)\\b"));
    const auto m = bytes.match(line);
    if (m.hasMatch())
        return fraction(m.capturedView(1).toDouble(), m.capturedView(2).toDouble());
    if (line.startsWith(u"Successfully installed"))
        return 1.0;
    return std::nullopt;
}

std::optional<double> parseCondaProgress(QStringView line)
{
    // conda: "pytorch-2.4.1        | 1.2 GB    | #####5     |  55%"; mamba: "pytorch  1.2GB  [===>   ] 45%"
    static const QRegularExpression re(QStringLiteral("[|\\]]\\s*(\\d{1,3})%\\s*$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return fraction(m.capturedView(1).toDouble(), 100);
}

std::optional<double> parseProgressLine(const QString &parser, QStringView line)
{
    if (line.size() > 4096)
        line = line.left(4096);
    if (parser == u"ninja")
        return parseNinjaProgress(line);
    if (parser == u"make")
        return parseMakeProgress(line);
    if (parser == u"cmake") {
        // cmake --build prints the underlying generator's lines.
        if (auto p = parseNinjaProgress(line))
            return p;
        return parseMakeProgress(line);
    }
    if (parser == u"pip")
        return parsePipProgress(line);
    if (parser == u"git")
        return parseGitProgress(line);
    if (parser == u"conda" || parser == u"mamba")
        return parseCondaProgress(line);
    return std::nullopt;
}

bool isProgressLine(QStringView line)
{
    return parseNinjaProgress(line) || parseMakeProgress(line) || parseGitProgress(line) || parsePipProgress(line) ||
           parseCondaProgress(line);
}

} // namespace dlstack::engine
