// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/commandrunner.h"

namespace dlstack::support {

QString Command::display() const
{
    QStringList parts{program};
    for (const QString &arg : args)
        parts << (arg.contains(u' ') ? u'\'' + arg + u'\'' : arg);
    return parts.join(u' ');
}

} // namespace dlstack::support
