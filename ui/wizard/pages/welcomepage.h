// SPDX-License-Identifier: GPL-3.0-or-later
// WelcomePage: what dlstack will do, in four sentences, and what it will not touch.
#pragma once

#include <QWizardPage>

namespace dlstack::ui {

class InstallWizard;

class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(InstallWizard *wizard);
};

} // namespace dlstack::ui
