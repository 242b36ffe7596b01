// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/amounts.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace dlstack::support {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Amounts)
};

} // namespace

QString mibText(qint64 mib, const QLocale &locale)
{
    if (mib < 1024)
        return Tr::tr("%1 MiB").arg(locale.toString(mib));
    return Tr::tr("%1 GiB").arg(locale.toString(double(mib) / 1024.0, 'f', 1));
}

QString aboutMinutesText(int minutes)
{
    // Without %n plurals: they need a translation even in English. From 90 minutes on there
    // are at least 2 hours.
    if (minutes <= 1)
        return Tr::tr("about 1 minute");
    if (minutes < 90)
        return Tr::tr("about %1 minutes").arg(minutes);
    return Tr::tr("about %1 hours").arg((minutes + 30) / 60);
}

QString percentText(double fraction, const QLocale &locale)
{
    const QString number = locale.toString(int(std::lround(fraction * 100)));
    // English writes "45%"; German and French put a (no-break) space before the sign.
    return locale.language() == QLocale::English || locale.language() == QLocale::C ? number + u'%'
                                                                                    : number + QChar(0x00a0) + u'%';
}

} // namespace dlstack::support
