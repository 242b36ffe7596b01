// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/collectenvsentinels.h"

#include <QLatin1StringView>

namespace dlstack::probe::collectenv {

namespace {

// Every whole-value placeholder collect_env.py writes (see the header for where each comes from).
constexpr QLatin1StringView kPlaceholders[] = {
    QLatin1StringView("Could not collect"),
    QLatin1StringView("No CUDA"),
    QLatin1StringView("None"),
    QLatin1StringView("N/A"),
    QLatin1StringView("No"),
    QLatin1StringView("No relevant packages"),
};

constexpr QLatin1StringView kGcnSuffix("NoGCNArchNameOnOldPyTorch");
constexpr QLatin1StringView kListLeadIn("Probably one of the following");

} // namespace

bool isPlaceholder(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return true;
    for (const QLatin1StringView placeholder : kPlaceholders) {
        if (v.compare(placeholder, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString withoutPlaceholderSuffix(const QString &name)
{
    QString n = name.trimmed();
    if (n.endsWith(kGcnSuffix))
        n.chop(kGcnSuffix.size());
    n = n.trimmed();
    return isPlaceholder(n) ? QString() : n;
}

bool isListLeadIn(const QString &value)
{
    return value.trimmed().startsWith(kListLeadIn);
}

} // namespace dlstack::probe::collectenv
