// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profilereport.h"

#include "core/matrix/factsheet.h"

namespace dlstack::cli {

namespace {

QString styled(const QString &text, const char *sgr, bool terminal)
{
    return terminal ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(sgr), text) : text;
}

const char *stateStyle(matrix::FactState state)
{
    switch (state) {
    case matrix::FactState::Ok:
        return "32";
    case matrix::FactState::Warn:
        return "33";
    case matrix::FactState::Bad:
        return "1;31";
    case matrix::FactState::Unusable:
    case matrix::FactState::Info:
        break;
    }
    return "2";
}

} // namespace

void printProfileReport(const probe::SystemProfile &profile, QTextStream &out, bool terminal)
{
    const auto &loaded = matrix::loadEffective();
    const matrix::Matrix none{}; // a broken built-in matrix only loses the Python verdicts
    for (const matrix::FactSection &section : matrix::factSheet(profile, loaded ? loaded.value() : none)) {
        out << '\n' << styled(section.title, "1", terminal) << '\n';
        for (const matrix::FactRow &row : section.rows) {
            out << "  " << styled(matrix::factStateName(row.state).leftJustified(4), stateStyle(row.state), terminal)
                << ' ' << row.fact.leftJustified(18) << ' ' << row.value;
            if (row.state == matrix::FactState::Warn || row.state == matrix::FactState::Bad ||
                row.state == matrix::FactState::Unusable)
                out << QStringLiteral(" — ") << row.reason;
            if (!row.source.isEmpty())
                out << "  " << styled(QStringLiteral("(%1)").arg(row.source), "2", terminal);
            out << '\n';
        }
    }
    out.flush();
}

} // namespace dlstack::cli
