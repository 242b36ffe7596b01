// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/error.h"

namespace dlstack::support {

QString Error::toText() const
{
    QString text = summary;
    if (!details.isEmpty())
        text += u'\n' + details;
    if (!remedy.isEmpty())
        text += u'\n' + remedy;
    return text;
}

QJsonObject Error::toJson() const
{
    return QJsonObject{
        {QStringLiteral("summary"), summary}, {QStringLiteral("details"), details}, {QStringLiteral("remedy"), remedy}};
}

Error Error::fromJson(const QJsonObject &o)
{
    return Error{o.value(QStringLiteral("summary")).toString(), o.value(QStringLiteral("details")).toString(),
                 o.value(QStringLiteral("remedy")).toString()};
}

} // namespace dlstack::support
