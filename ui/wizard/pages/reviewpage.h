// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewPage: plans the wizard's selection (makePlan()) and keeps it in WizardState::planned,
// the one plan the Install page runs and the exports write. Shows what that plan does: the
// stack, its environment (path, kind, Python), its stages with time and disk estimates and
// every finding; exports it as JSON, a bash script or a Dockerfile. It also asks, on a worker
// thread, whether this machine reaches the plan's hosts (through the proxy of the options or
// the environment) and says the answer in one sentence; offline, it offers to choose an
// offline folder (the plan is made again). Install is offered only
// for a plan that was made and that plan::preflight() finds no blocker in (a prefix that
// cannot take it, ...), and never when planning for another machine.
#pragma once

#include "core/net/connectivity.h"
#include "core/plan/export/dockerfileexporter.h"
#include "core/plan/planner.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace dlstack::ui {

class ConnectivityWatch;
class WizardContext;
struct WizardState;

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    bool isComplete() const override;
    bool validatePage() override;

    // Findings about the plan in words: what check() said when planning, the planner's notes
    // and the options' own pitfalls. Doubts about the version data (matrix::isDataDoubt) are
    // left out for the recommended default (WizardState::isRecommendedStack).
    static QStringList findings(const WizardState &state, const plan::PlanOutcome &planned);
    QString summaryText() const;
    // The Dockerfile export of the selection (plan::planDockerfile), without a file dialog.
    plan::DockerExport dockerExport() const;
    // What plan::preflight() said about the plan; a blocker keeps Install disabled.
    QList<matrix::Finding> preflightFindings() const;
    // The sentence about the network: "Checking …" while the check runs, then its answer.
    QString networkText() const;
    bool networkCheckRunning() const;

signals:
    void networkChecked();

private:
    enum class ExportKind
    {
        Plan,
        Bash,
        Dockerfile
    };
    static QString roughDuration(int minutes); // "about 40 minutes", "about 7 hours"
    void exportAs(ExportKind kind);
    void checkNetwork();
    void showNetwork(const net::ConnectivityReport &report);
    void chooseOfflineFolder();

    WizardContext &m_context;
    plan::PlanOutcome m_plan;
    QList<matrix::Finding> m_preflight;
    QTextBrowser *m_summary;
    QPushButton *m_exportPlan;
    QPushButton *m_exportScript;
    QPushButton *m_exportDocker;
    QLabel *m_network;
    QPushButton *m_useOffline;
    ConnectivityWatch *m_connectivity;
};

} // namespace dlstack::ui
