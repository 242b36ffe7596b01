// SPDX-License-Identifier: GPL-3.0-or-later
// WelcomePage: what dlstack will do, in four sentences, and what it will not touch; says
// so when the built-in matrix cannot be read.
#pragma once

#include <QWizardPage>

namespace dlstack::ui {

class WizardContext;

class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(const WizardContext &context, QWidget *parent = nullptr);
};

} // namespace dlstack::ui
