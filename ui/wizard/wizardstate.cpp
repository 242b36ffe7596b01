// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizardstate.h"

#include <QCoreApplication>

namespace dlstack::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WizardState)
};
} // namespace

QString machineLabel(const probe::SystemProfile &profile)
{
    QStringList parts;
    if (!profile.gpus.isEmpty())
        parts << profile.gpus.constFirst().name;
    if (profile.nvidiaDriver && !profile.nvidiaDriver->version.isEmpty())
        parts << Tr::tr("driver %1").arg(profile.nvidiaDriver->version);
    if (parts.isEmpty() && !profile.host.osName.isEmpty())
        parts << profile.host.osName;
    return parts.isEmpty() ? Tr::tr("another machine") : parts.join(QStringLiteral(", "));
}

} // namespace dlstack::ui
