// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logsearch.h"

#include <QCoreApplication>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogSearch)
};

} // namespace

support::Result<LogSearch> LogSearch::compile(const SearchQuery &query)
{
    LogSearch search;
    search.m_query = query;
    if (query.regex && !query.text.isEmpty()) {
        search.m_regex =
            QRegularExpression(query.text, query.caseSensitive ? QRegularExpression::NoPatternOption
                                                               : QRegularExpression::CaseInsensitiveOption);
        if (!search.m_regex.isValid())
            return support::Error{Tr::tr("The regular expression is not valid: %1 (at character %2).")
                                      .arg(search.m_regex.errorString())
                                      .arg(search.m_regex.patternErrorOffset() + 1),
                                  query.text, Tr::tr("Escape special characters such as ( [ . * with a backslash.")};
        search.m_regex.optimize();
    } else {
        search.m_needle = query.text.toUtf8();
        if (!query.caseSensitive)
            asciiLower(search.m_needle);
    }
    return search;
}

bool LogSearch::matches(QByteArrayView rawLine) const
{
    QByteArray clean = cleanLineBytes(rawLine);
    if (m_query.classes != kAllClasses && !(m_query.classes & classBit(LineClassifier::classify(clean))))
        return false;
    if (m_query.text.isEmpty())
        return true;
    if (m_query.regex)
        return m_regex.match(QString::fromUtf8(clean)).hasMatch();
    if (!m_query.caseSensitive) {
        // Plain search folds ASCII case only, which is what build logs need and keeps it fast;
        // a non-ASCII needle is compared as typed.
        asciiLower(clean);
    }
    return QByteArrayView(clean).contains(QByteArrayView(m_needle));
}

std::vector<qint64> LogSearch::run(const LogFile &file, qint64 first, qint64 last, const std::atomic_bool *cancel,
                                   const std::function<void(qint64, qint64)> &progress) const
{
    std::vector<qint64> hits;
    const qint64 total = qMax<qint64>(0, last - first);
    file.forEachLine(first, last, [&](qint64 line, QByteArrayView raw) {
        if (((line - first) & 0xffff) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            if (progress)
                progress(line - first, total);
        }
        if (matches(raw))
            hits.push_back(line);
        return true;
    });
    return hits;
}

} // namespace dlstack::log
