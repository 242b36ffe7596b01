// SPDX-License-Identifier: GPL-3.0-or-later
// LogSearch: finds the lines of a LogFile that contain a text or match a regular expression
// and/or belong to some line classes (the "errors and warnings" filter). Lines are matched
// cleaned (see TextCleaner), so colour codes and progress-bar redraws never hide a match.
// A compiled search is immutable; run() is meant for a worker and can be cancelled.
#pragma once

#include "core/log/logfile.h"

#include <QRegularExpression>

#include <vector>

namespace dlstack::log {

struct SearchQuery
{
    QString text;       // empty: every line (of the chosen classes)
    bool regex = false; // QRegularExpression syntax
    bool caseSensitive = false;
    unsigned classes = kAllClasses; // classBit(LineClass::Error) | ...
};

class LogSearch
{
public:
    // An invalid regular expression is an error naming the position.
    static support::Result<LogSearch> compile(const SearchQuery &query);

    bool matches(QByteArrayView rawLine) const;
    // 0-based numbers of the matching lines in [first, last); stops (returning what it found)
    // when *cancel becomes true; progress(linesDone, linesTotal) about every 64k lines.
    std::vector<qint64> run(const LogFile &file, qint64 first, qint64 last, const std::atomic_bool *cancel = nullptr,
                            const std::function<void(qint64, qint64)> &progress = {}) const;

private:
    SearchQuery m_query;
    QByteArray m_needle; // UTF-8, lower-cased when not case-sensitive
    QRegularExpression m_regex;
};

} // namespace dlstack::log
