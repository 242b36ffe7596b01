// SPDX-License-Identifier: GPL-3.0-or-later
// WizardContext: all a wizard page may use: the WizardState it reads and writes, the tested
// matrix it chooses from, the InstallDriver that runs installs (may be null) and whether the
// profile was given instead of detected, and the `dlstack` command-line program that exports
// name (a Slurm job runs it on the compute node). InstallWizard owns one and hands it to every page,
// so a page needs neither the wizard nor another page. GUI thread only; not copyable.
#pragma once

#include "core/matrix/matrix.h"
#include "ui/wizard/wizardstate.h"

#include <QString>

namespace dlstack::ui {

class InstallDriver;

class WizardContext
{
public:
    WizardContext() = default;
    WizardContext(const WizardContext &) = delete;
    WizardContext &operator=(const WizardContext &) = delete;

    WizardState &state() { return m_state; }
    const WizardState &state() const { return m_state; }

    // The tested matrix compiled into the program; null when it does not load (a packaging
    // defect, then matrixError() says what is wrong).
    const matrix::Matrix *matrix() const;
    QString matrixError() const;

    InstallDriver *installDriver() const { return m_driver; }
    void setInstallDriver(InstallDriver *driver) { m_driver = driver; }

    // A profile replayed or imported at start-up instead of detected (Rescan is off).
    bool hasInjectedProfile() const { return m_injected; }
    void setInjectedProfile(const probe::SystemProfile &profile, const QString &origin);

    // The dlstack CLI: the one beside dlstack-wizard (wizardmain sets it); "dlstack" from PATH
    // until set.
    QString cliProgram() const { return m_cliProgram; }
    void setCliProgram(const QString &program) { m_cliProgram = program; }

private:
    WizardState m_state;
    QString m_cliProgram = QStringLiteral("dlstack");
    InstallDriver *m_driver = nullptr;
    bool m_injected = false;
};

} // namespace dlstack::ui
