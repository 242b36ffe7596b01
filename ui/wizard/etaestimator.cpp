// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/etaestimator.h"

namespace dlstack::ui {

void EtaEstimator::start(qint64 nowMs)
{
    m_startMs = nowMs;
    m_lastAdvanceMs = nowMs;
    m_workedMs = 0;
    m_fraction = 0.0;
}

void EtaEstimator::progress(double fraction, qint64 nowMs)
{
    if (m_startMs < 0)
        start(nowMs);
    if (fraction > m_fraction) {
        m_workedMs += qMin(nowMs - m_lastAdvanceMs, m_stallMs);
        m_fraction = qMin(1.0, fraction);
        m_lastAdvanceMs = nowMs;
    }
}

bool EtaEstimator::stalled(qint64 nowMs) const
{
    return m_startMs >= 0 && m_fraction < 1.0 && nowMs - m_lastAdvanceMs >= m_stallMs;
}

std::optional<qint64> EtaEstimator::secondsLeft(qint64 nowMs) const
{
    if (m_startMs < 0 || m_fraction < 0.02 || m_fraction >= 1.0 || stalled(nowMs))
        return std::nullopt;
    // The pace up to the last advance; the time since then is not counted as work done.
    if (m_workedMs < 5000)
        return std::nullopt;
    const double leftMs = double(m_workedMs) * (1.0 - m_fraction) / m_fraction - double(nowMs - m_lastAdvanceMs);
    return qMax<qint64>(1, qint64(leftMs / 1000.0));
}

} // namespace dlstack::ui
