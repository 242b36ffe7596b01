// SPDX-License-Identifier: GPL-3.0-or-later
// OptionsPage: where and how to install: prefix (with its free space), a new venv, a new
// conda environment or an existing one from the profile, extras and the offline folder; behind
// "Advanced options" (closed until opened, WizardState::showAdvanced) the source build's arch
// list, MAX_JOBS and compiler cache, the mirror, the proxy and the version data no primary
// source confirms. A field that does not apply is off with the reason in view. Writes the rest
// of WizardState::selection and WizardState::target when left; refuses to leave with a missing
// or full prefix.
#pragma once

#include "core/matrix/selection.h"
#include "core/plan/builddefaults.h"
#include "core/probe/systemprofile.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace dlstack::ui {

class WizardContext;
struct WizardState;

class OptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    // Free MiB at `path` or at its nearest existing parent; -1 when unknown.
    static qint64 freeMib(const QString &path);
    // MiB the prefix needs for the plan of the choices on the page: the planner's estimate,
    // the figure Review shows; -1 while the choices make no plan.
    qint64 neededMib() const;
    // An environment the detection did not find (a folder the user picks with "Look in a
    // folder…"): read from its files, added to the machine's environments and chosen.
    // An error text when the folder holds no venv or conda environment, else empty.
    QString addEnvironment(const QString &path);

private:
    // Writes the page's choices into `state` (the selection's environment, extras and build
    // options, and the install target), unchecked.
    void apply(WizardState &state) const;
    void updateSpace();
    void updateEnvironment();
    void proposeJobs();       // MAX_JOBS: the local value, or the distcc hosts' slots when larger
    void updateDistccHosts(); // enabled only for distcc on a source build
    void updateUnconfirmed(); // the stack's version data that no primary source confirms
    // plan::buildDefaults of the selection with these launcher settings and the build
    // options left open: the arch list and MAX_JOBS the page proposes.
    static plan::BuildDefaults buildDefaultsFor(const probe::SystemProfile &profile, matrix::Selection selection,
                                                matrix::Launcher launcher, const QString &distccHosts);
    matrix::Launcher chosenLauncher() const;

    WizardContext &m_context;
    QLineEdit *m_prefix;
    QLabel *m_space;
    QRadioButton *m_newVenv;
    QRadioButton *m_newConda;
    QRadioButton *m_existing;
    QComboBox *m_existingEnv;
    QLabel *m_existingReason;
    QLineEdit *m_envName;
    QCheckBox *m_torchvision;
    QCheckBox *m_torchaudio;
    QCheckBox *m_apex;
    QCheckBox *m_opencv;
    QLabel *m_apexReason;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_archList;
    QCheckBox *m_develop; // an editable install that `dlstack rebuild` builds again
    QSpinBox *m_maxJobs;
    int m_localJobs = 1;       // the MAX_JOBS this machine alone supports
    bool m_jobsEdited = false; // the user set MAX_JOBS: proposals leave it alone
    QComboBox *m_launcher;
    QLineEdit *m_distccHosts;
    QLabel *m_buildReason;
    QLabel *m_distccReason;
    QLineEdit *m_mirror;
    QLineEdit *m_offline;
    QLineEdit *m_proxy;
    QLabel *m_unconfirmed;
    QLabel *m_problem;
};

} // namespace dlstack::ui
