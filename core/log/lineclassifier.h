// SPDX-License-Identifier: GPL-3.0-or-later
// LineClassifier: gives a cleaned log line a class (error, warning, progress, command, note or
// plain) from cheap keyword and shape checks on its first 512 bytes, for colouring and filters.
// Pure and thread-safe; it never runs a regular expression.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace dlstack::log {

enum class LineClass : std::uint8_t
{
    Plain,
    Error,
    Warning,
    Progress,
    Command,
    Note
};

// Bit mask of classes, for filters: mask(LineClass::Error) | mask(LineClass::Warning).
constexpr unsigned classBit(LineClass c)
{
    return 1u << static_cast<unsigned>(c);
}
inline constexpr unsigned kAllClasses = 0x3f;

class LineClassifier
{
public:
    // line: cleaned bytes (see cleanLineBytes()).
    static LineClass classify(QByteArrayView line);
    static QString name(LineClass c); // "error", "warning", ... (stable, not translated)
};

} // namespace dlstack::log
