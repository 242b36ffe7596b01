// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewPage: the chosen stack and options in one summary, every finding about them, the
// stages the install will run, and the export buttons. Export stays disabled, with the
// reason, until the planner and its exporters are part of the build.
#pragma once

#include <QWizardPage>

class QPushButton;
class QTextBrowser;

namespace dlstack::ui {

class InstallWizard;
class StackCatalog;
struct WizardState;

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(InstallWizard *wizard);

    void initializePage() override;

    // Findings about the state in words: matrix::check() over the whole selection, and the
    // options' own pitfalls.
    static QStringList findings(const WizardState &state, const StackCatalog &catalog);
    // The stages an install of this state runs, in order (names for the user).
    static QStringList stageNames(const WizardState &state);
    QString summaryText() const;

private:
    InstallWizard *m_wizard;
    QTextBrowser *m_summary;
    QPushButton *m_exportPlan;
    QPushButton *m_exportScript;
    QPushButton *m_exportDocker;
};

} // namespace dlstack::ui
