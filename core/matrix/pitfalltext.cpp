// SPDX-License-Identifier: GPL-3.0-or-later
// pitfallText() of toolscatalogue.h (the catalogue itself is generated).
#include "core/matrix/toolscatalogue.h"

#include <QCoreApplication>

namespace dlstack::matrix {

QString pitfallText(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(kToolPitfallContext, text.toUtf8().constData());
}

} // namespace dlstack::matrix
