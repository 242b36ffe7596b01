// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewPage: the chosen stack and options in one summary, every finding about them, the
// stages of the plan the install will run (planFor(), the same plan the Install page runs)
// with the disk space they need, and export of that plan as JSON, a bash script or a
// Dockerfile.
#pragma once

#include "ui/wizard/wizardplan.h"

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
    enum class ExportKind { Plan, Bash, Dockerfile };
    static QString roughDuration(int minutes); // "about 40 minutes", "about 7 hours"
    void exportAs(ExportKind kind);

    InstallWizard *m_wizard;
    plan::PlanOutcome m_plan;
    QTextBrowser *m_summary;
    QPushButton *m_exportPlan;
    QPushButton *m_exportScript;
    QPushButton *m_exportDocker;
};

} // namespace dlstack::ui
