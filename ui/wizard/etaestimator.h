// SPDX-License-Identifier: GPL-3.0-or-later
// EtaEstimator: the Install page's "about N minutes left", said only while it is honest: from
// the measured pace once some work is done (2 % and 5 s), and only while progress is moving.
// When the fraction has not grown for stallMs (pip retrying an unreachable host, a long
// link step without a counter) there is no estimate until it moves again, and such a pause
// counts as stallMs of work at most. Times are
// milliseconds from any fixed start (a QElapsedTimer); pure, so a test feeds its own clock.
#pragma once

#include <QtGlobal>

#include <optional>

namespace dlstack::ui {

class EtaEstimator
{
public:
    explicit EtaEstimator(qint64 stallMs = 20000) : m_stallMs(stallMs) {}

    void start(qint64 nowMs);
    void progress(double fraction, qint64 nowMs); // 0..1 of the whole install
    // Seconds left, or nothing while the estimate would be a guess.
    std::optional<qint64> secondsLeft(qint64 nowMs) const;
    bool stalled(qint64 nowMs) const; // started, not done, and no progress for stallMs

private:
    qint64 m_stallMs;
    qint64 m_startMs = -1;
    qint64 m_lastAdvanceMs = -1;
    qint64 m_workedMs = 0; // time counted as work: a pause between advances counts as stallMs at most
    double m_fraction = 0.0;
};

} // namespace dlstack::ui
