// SPDX-License-Identifier: GPL-3.0-or-later
// InstallWizard: dlstack-wizard's main window: Welcome -> System -> Stack -> Options ->
// Review -> Install -> Finish, with the steps numbered in a sidebar (StepSidebar). Owns the WizardContext the pages are
// built with (the state they read and write, the tested matrix, the optional InstallDriver). Geometry is kept in
// QSettings. A profile can be injected (replayed or imported) instead of detecting this machine.
#pragma once

#include "ui/wizard/wizardcontext.h"

#include <QWizard>

namespace dlstack::ui {

class InstallDriver;
class StepSidebar;

class InstallWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        WelcomePageId,
        SystemPageId,
        StackPageId,
        OptionsPageId,
        ReviewPageId,
        InstallPageId,
        FinishPageId
    };

    explicit InstallWizard(QWidget *parent = nullptr);
    ~InstallWizard() override;

    // Use this profile instead of detecting; the System page shows it and Rescan is off.
    void setInjectedProfile(const probe::SystemProfile &profile, const QString &origin);
    bool hasInjectedProfile() const { return m_context.hasInjectedProfile(); }

    // Not owned. Null: the Install page explains that this build cannot run installs.
    void setInstallDriver(InstallDriver *driver) { m_context.setInstallDriver(driver); }
    void setCliProgram(const QString &program) { m_context.setCliProgram(program); }
    InstallDriver *installDriver() const { return m_context.installDriver(); }

    // Opens on the Install page, showing the job the driver follows (a build that kept
    // running after its window closed) or the stages a stopped build left (to resume or
    // roll back). Set the state's planFile first.
    void showRunningInstall();

    WizardState &state() { return m_context.state(); }
    WizardContext &context() { return m_context; }
    StepSidebar *sidebar() const { return m_sidebar; }

public slots:
    void openSettings();

protected:
    void done(int result) override; // a window closed mid-build asks first

private:
    // While a build runs: keep it running in the background, stop it, or stay. False: stay.
    bool confirmLeavingBuild();

    WizardContext m_context;
    StepSidebar *m_sidebar = nullptr;
};

} // namespace dlstack::ui
