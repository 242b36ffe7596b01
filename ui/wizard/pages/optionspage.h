// SPDX-License-Identifier: GPL-3.0-or-later
// OptionsPage: where and how to install: prefix (with its free space), a new venv, a new
// conda environment or an existing one from the profile, extras, and for source builds
// the arch list, MAX_JOBS, compiler cache; mirror/offline folder and proxy. Writes
// WizardState::options when left; refuses to leave with a missing or full prefix.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace dlstack::ui {

class InstallWizard;

class OptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(InstallWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    // Free MiB at `path` or at its nearest existing parent; -1 when unknown.
    static qint64 freeMib(const QString &path);
    // GiB the chosen route needs in the prefix (rough, from the size of the wheels/builds).
    qint64 neededMib() const;

private:
    void updateSpace();
    void updateEnvironment();
    void proposeJobs(); // MAX_JOBS: the local value, or the distcc hosts' slots when larger
    void updateDistccHosts(); // enabled only for distcc on a source build

    InstallWizard *m_wizard;
    QLineEdit *m_prefix;
    QLabel *m_space;
    QRadioButton *m_newVenv;
    QRadioButton *m_newConda;
    QRadioButton *m_existing;
    QComboBox *m_existingEnv;
    QLineEdit *m_envName;
    QCheckBox *m_torchvision;
    QCheckBox *m_torchaudio;
    QCheckBox *m_apex;
    QCheckBox *m_opencv;
    QLineEdit *m_archList;
    QSpinBox *m_maxJobs;
    int m_localJobs = 1;       // the MAX_JOBS this machine alone supports
    bool m_jobsEdited = false; // the user set MAX_JOBS: proposals leave it alone
    QComboBox *m_launcher;
    QLineEdit *m_distccHosts;
    QLineEdit *m_mirror;
    QLineEdit *m_offline;
    QLineEdit *m_proxy;
    QLabel *m_problem;
};

} // namespace dlstack::ui
