// SPDX-License-Identifier: GPL-3.0-or-later
// Error: a failure as a value, in the user's words: what happened (summary), the raw
// evidence (details) and what to do next (remedy). Result<T> carries a value or an Error.
#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace dlstack::support {

struct Error
{
    QString summary; // one line: what happened
    QString details; // evidence: command, exit code, last output lines
    QString remedy;  // what the user can do next; may be empty

    QString toText() const;
    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &o);
};

template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace dlstack::support
