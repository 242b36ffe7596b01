// SPDX-License-Identifier: GPL-3.0-or-later
// WizardState: everything the wizard pages decided so far, owned by InstallWizard. Pages
// read it in initializePage() and write it in validatePage(); they never signal each other.
// Plain values only, GUI thread only.
#pragma once

#include "core/probe/systemprofile.h"

#include <QString>
#include <QStringList>

namespace dlstack::ui {

// The stack picked on the Stack page. Mirrors the fields of matrix::Selection so it can be
// converted one to one once the wizard builds plans through the matrix module.
struct StackChoice
{
    QString torch;          // "2.4.1"
    QString backend;        // "cuda" | "rocm" | "cpu"
    QString backendVersion; // "12.4" / "6.1" / empty for cpu
    QString variantId;      // "cu124", "rocm6.1", "cpu"
    QString python;         // "3.11"
    QString route = QStringLiteral("prebuilt"); // "prebuilt" | "source"
    QString indexUrl;

    bool isValid() const { return !torch.isEmpty() && !backend.isEmpty(); }
    QString label() const;
};

// The Options page.
struct InstallOptions
{
    QString prefix;
    QString envKind = QStringLiteral("new_venv"); // "new_venv" | "new_conda" | "existing"
    QString envPath;                              // existing env, or the new env's path
    QStringList extras;                           // torchvision, torchaudio, apex, opencv
    QStringList archList;
    int maxJobs = 0;
    QString launcher; // "" | "ccache" | "sccache" | "distcc"
    QString distccHosts; // DISTCC_HOSTS when launcher is distcc
    QString mirror;
    QString offlineDir;
    QString proxy;
};

struct WizardState
{
    probe::SystemProfile profile;
    bool haveProfile = false;
    QString profileOrigin; // "detected", "imported: a.txt, b.txt", "replayed"
    StackChoice stack;
    QStringList stackNotes; // warnings about the chosen stack, in words
    InstallOptions options;
    QString planFile; // `dlstack-wizard --plan FILE`: run this plan instead of planning from the choices
    bool installFinished = false;
    QStringList stageLogs; // the log file of each stage of the install, in order (may be empty)
    QString activationCommand;
};

// The shell line that activates the environment the options describe.
QString activationCommandFor(const InstallOptions &options);

} // namespace dlstack::ui
