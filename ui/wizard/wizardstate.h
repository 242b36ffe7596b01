// SPDX-License-Identifier: GPL-3.0-or-later
// WizardState: everything the wizard pages decided so far, as the core's own values: the
// machine's SystemProfile, the matrix::Selection the pages build up, where to install, and
// from Review on the PlanOutcome that Review shows, Install runs and the exports write.
// Owned by InstallWizard (through its WizardContext). Pages read it in initializePage() and
// write it in validatePage(); they never signal each other. Plain values, GUI thread only.
#pragma once

#include "core/matrix/selection.h"
#include "core/matrix/stackverdict.h"
#include "core/plan/planner.h"
#include "core/probe/systemprofile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dlstack::ui {

// Where the plan installs to and how it reaches the network: the Options page's fields that
// are not part of the selection.
struct InstallTarget
{
    QString prefix;
    QString mirror;
    QString offlineDir;
    QString proxy;
};

struct WizardState
{
    probe::SystemProfile profile;
    bool haveProfile = false;
    QString profileOrigin; // "detected", "imported from a.txt (nvidia-smi)", "replayed"
    // Empty: the profile is this machine's. Else the profile came from another machine's
    // output and names it ("NVIDIA TITAN Xp, driver 450.57"): the wizard plans and exports for
    // that machine and never offers to install here.
    QString plannedMachine;
    matrix::Selection selection; // the Stack page fills the stack, the Options page the rest
    // The Stack page's recommended default (matrix::Recommender's first proposal, as `dlstack
    // recommend` prints it); none when nothing fits. A selection of the same stack
    // (matrix::sameStack) is shown without doubts about the version data.
    std::optional<matrix::Selection> recommended;
    bool showAdvanced = false;  // the Options page's Advanced section is open (it starts closed)
    bool optionsChosen = false; // the Options page was left once: its choices are the user's
    InstallTarget target;
    // From Review on: the plan of the selection (or of planFile). Cleared when a page before
    // Review changes what it was made from.
    std::optional<plan::PlanOutcome> planned;
    QString planFile; // `dlstack-wizard --plan FILE`: run this plan instead of planning from the choices
    bool installFinished = false;
    QStringList stageLogs; // the log file of each stage of the install, in order (may be empty)
    QString activationCommand;

    bool planningElsewhere() const { return !plannedMachine.isEmpty(); }
    // The selection is the recommended default's stack: data doubts stay in the Options page's
    // Advanced section and in `dlstack matrix`, off the Stack and Review pages.
    bool isRecommendedStack() const { return recommended && matrix::sameStack(*recommended, selection); }
};

// A short name of the machine a profile describes, for "Planning for <machine>".
QString machineLabel(const probe::SystemProfile &profile);

} // namespace dlstack::ui
