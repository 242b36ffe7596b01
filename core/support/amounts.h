// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts as people read them, in the numbers of their locale: sizes ("850 MiB", "2.8 GiB",
// in German "2,8 GiB"), rough durations ("about 8 minutes", "about 3 hours") and shares
// ("45%", in German and French "45 %"). For human output only; JSON keeps plain numbers.
// Texts are translated (context "Amounts"); the default locale is QLocale(), which follows
// LANG/LC_ALL and what the application set.
#pragma once

#include <QLocale>
#include <QString>

namespace dlstack::support {

QString mibText(qint64 mib, const QLocale &locale = QLocale()); // under 1 GiB in MiB, else GiB with one decimal
QString aboutMinutesText(int minutes);                          // under 90 in minutes, else hours
QString percentText(double fraction, const QLocale &locale = QLocale()); // 0..1 -> "45%"

} // namespace dlstack::support
