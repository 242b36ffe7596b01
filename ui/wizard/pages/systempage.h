// SPDX-License-Identifier: GPL-3.0-or-later
// SystemPage: detects this machine on a worker thread (or shows an injected/imported
// profile) and lists every fact with a green/amber/red state and a one-line why. Rescan,
// Import (someone else's nvidia-smi / collect_env text), Add environment (a venv or conda
// folder detection did not find; the Options page then offers it) and Save support bundle
// (profile JSON + the raw outputs detection used). Writes WizardState::profile; an imported profile
// marks the state as planning for that machine (WizardState::plannedMachine).
#pragma once

#include "core/probe/rawrecorder.h"
#include "core/probe/systemprofile.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QLabel;
class QPushButton;
class QTreeView;

namespace dlstack::ui {

class WizardContext;
class ProfileModel;

class SystemPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SystemPage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Shows a profile; also used by Import. `origin` says where it came from.
    void showProfile(const probe::SystemProfile &profile, const QString &origin);
    // Imports texts (nvidia-smi, collect_env, ...) into one profile; returns a message.
    QString importTexts(const QList<QPair<QString, QByteArray>> &texts);
    // Writes DIR/profile.json and DIR/raw/ (when detection ran here); an error text or empty.
    QString saveBundle(const QString &dir) const;
    // Reads a venv or conda environment folder into the profile and shows it; the status
    // line's text (what was added, or why the folder is no environment).
    QString addEnvironment(const QString &path);

public slots:
    void rescan();

signals:
    void detectionFinished();

private:
    struct Detection
    {
        probe::SystemProfile profile;
        std::shared_ptr<probe::RawRecorder> recorder;
    };
    // A new profile replaces the old one: what was chosen for the old one is proposed again.
    // plannedMachine: empty for this machine, else the name of the machine the profile describes.
    void startOver(const QString &plannedMachine);
    void import();
    void saveBundleInteractive();
    void addEnvironmentInteractive();

    WizardContext &m_context;
    ProfileModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_rescan;
    QPushButton *m_import;
    QPushButton *m_addEnv;
    QPushButton *m_bundle;
    QFutureWatcher<Detection> m_watcher;
    std::shared_ptr<probe::RawRecorder> m_recorder;
    bool m_started = false;
};

} // namespace dlstack::ui
