// SPDX-License-Identifier: GPL-3.0-or-later
// FinishPage: how to use what was installed: the activation command with a Copy button
// and a one-line check that torch sees the GPU.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dlstack::ui {

class WizardContext;

class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(WizardContext &context, QWidget *parent = nullptr);
    void initializePage() override;
    QString activationCommand() const;
    QString verificationText() const; // the verification stage's last lines

private:
    WizardContext &m_context;
    QLabel *m_intro;
    QLineEdit *m_command;
    QLineEdit *m_check;
    QPlainTextEdit *m_verification;
    QPushButton *m_openLog;
    QString m_logPath;
};

} // namespace dlstack::ui
