// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/reviewpage.h"

#include "core/plan/export/ansibleexporter.h"
#include "core/plan/export/bashexporter.h"
#include "core/plan/export/dockerfileexporter.h"
#include "core/plan/networkneeds.h"
#include "core/plan/preflight.h"
#include "core/plan/recipes/recipecontext.h"
#include "core/plan/stagetitle.h"
#include "core/support/amounts.h"
#include "core/support/atomicfile.h"
#include "core/support/urlredaction.h"
#include "ui/style/flowlayout.h"
#include "ui/wizard/connectivitywatch.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/wizardcontext.h"
#include "ui/wizard/wizardplan.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace dlstack::ui {

ReviewPage::ReviewPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_summary(new QTextBrowser),
      m_exportPlan(new QPushButton(tr("Export &plan…"))), m_exportScript(new QPushButton(tr("Export ba&sh script…"))),
      m_exportDocker(new QPushButton(tr("Export &Dockerfile…"))),
      m_exportSbatch(new QPushButton(tr("Export S&lurm job…"))),
      m_exportAnsible(new QPushButton(tr("Export for &Ansible…"))), m_network(new QLabel),
      m_useOffline(new QPushButton(tr("Use an &offline folder…"))),
      m_connectivity(new ConnectivityWatch(std::chrono::seconds(8), this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the summary. Nothing has been changed on this machine yet."));
    m_summary->setAccessibleName(tr("Summary of the install"));
    m_summary->setAccessibleDescription(
        tr("The stack, the options, the stages with their time and downloads, and the findings."));
    m_summary->setOpenExternalLinks(false);
    // Reachable and readable by keyboard: Tab stops here, the arrows move a caret a screen
    // reader follows, and Tab leaves again (the text is not edited, so Tab is not typed). It
    // holds no links, so Enter is not taken for one and still means Install.
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setTabChangesFocus(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_exportPlan, &QPushButton::clicked, this, [this] { exportAs(ExportKind::Plan); });
    connect(m_exportScript, &QPushButton::clicked, this, [this] { exportAs(ExportKind::Bash); });
    connect(m_exportDocker, &QPushButton::clicked, this, [this] { exportAs(ExportKind::Dockerfile); });
    connect(m_exportSbatch, &QPushButton::clicked, this, [this] { exportAs(ExportKind::Sbatch); });
    connect(m_exportAnsible, &QPushButton::clicked, this, &ReviewPage::exportAnsible);
    m_exportPlan->setAccessibleName(tr("Export the plan as JSON"));
    m_exportScript->setAccessibleName(tr("Export the plan as a bash script"));
    m_exportDocker->setAccessibleName(tr("Export the plan as a Dockerfile"));
    m_exportSbatch->setAccessibleName(tr("Export the plan as a Slurm batch job"));
    m_exportAnsible->setAccessibleName(tr("Export the plan as an Ansible playbook for many hosts"));
    auto *buttons = new FlowLayout; // wraps on a small screen instead of widening the window
    buttons->addWidget(m_exportPlan);
    buttons->addWidget(m_exportScript);
    buttons->addWidget(m_exportDocker);
    buttons->addWidget(m_exportSbatch);
    buttons->addWidget(m_exportAnsible);
    m_network->setObjectName(QStringLiteral("networkCheck"));
    m_network->setWordWrap(true);
    m_network->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_network->setAccessibleName(tr("Network check"));
    m_useOffline->setAccessibleName(tr("Choose an offline folder filled by dlstack bundle"));
    m_useOffline->setToolTip(tr("A folder that `dlstack bundle` filled on a machine with internet; the install takes "
                                "its files from there instead of downloading them."));
    m_useOffline->setVisible(false);
    connect(m_useOffline, &QPushButton::clicked, this, &ReviewPage::chooseOfflineFolder);
    connect(m_connectivity, &ConnectivityWatch::finished, this, &ReviewPage::showNetwork);
    auto *network = new QHBoxLayout;
    network->addWidget(m_network, 1);
    network->addWidget(m_useOffline, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addLayout(network);
    layout->addLayout(buttons);
}

QString ReviewPage::networkText() const
{
    return m_network->text();
}

bool ReviewPage::networkCheckRunning() const
{
    return m_connectivity->isRunning();
}

void ReviewPage::checkNetwork()
{
    m_useOffline->setVisible(false);
    const WizardState &s = m_context.state();
    if (!m_plan.plan || s.planningElsewhere()) { // another machine's network is not this one's
        m_connectivity->cancel();
        m_network->clear();
        m_network->setVisible(false);
        return;
    }
    m_network->setVisible(true);
    const QList<QUrl> hosts = plan::networkNeeds(*m_plan.plan).hosts();
    if (hosts.isEmpty()) {
        m_connectivity->cancel();
        showNetwork(net::ConnectivityReport{});
        return;
    }
    QStringList names;
    for (const QUrl &host : hosts)
        names << host.host();
    m_network->setText(tr("Checking whether this machine reaches %1…").arg(names.join(QStringLiteral(", "))));
    // The proxy of the options (or the plan) wins; otherwise the environment's, as the install uses it.
    net::ProxySettings proxies = net::ProxySettings::fromEnvironment();
    // The options' proxy as typed, password included: the plan holds it without one.
    proxies.setPlanProxy(s.planFile.isEmpty() && !s.target.proxy.isEmpty() ? s.target.proxy : m_plan.plan->proxy);
    m_connectivity->start(hosts, proxies);
}

void ReviewPage::showNetwork(const net::ConnectivityReport &report)
{
    m_network->setText(report.sentence());
    // A plan file names its own mirror folder; for the wizard's own plan the folder is an option.
    m_useOffline->setVisible(!report.allReachable() && m_context.state().planFile.isEmpty());
    emit networkChecked();
}

void ReviewPage::chooseOfflineFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Offline folder (filled by dlstack bundle)"),
                                                          m_context.state().target.offlineDir);
    if (dir.isEmpty())
        return;
    m_context.state().target.offlineDir = dir;
    initializePage(); // planned again: what the folder holds is not downloaded
}

QStringList ReviewPage::findings(const WizardState &state, const plan::PlanOutcome &planned)
{
    QStringList out;
    const bool recommended = state.isRecommendedStack();
    for (const matrix::Finding &f : planned.findings) {
        if (recommended && matrix::isDataDoubt(f))
            continue; // the recommended default shows no doubts; Options' Advanced section names them
        const QString severity = f.severity == matrix::Severity::Blocker   ? tr("Blocker")
                                 : f.severity == matrix::Severity::Warning ? tr("Warning")
                                                                           : tr("Note");
        out << (f.remedy.isEmpty() ? tr("%1: %2").arg(severity, f.message)
                                   : tr("%1: %2 — %3").arg(severity, f.message, f.remedy));
    }
    const matrix::Selection &s = state.selection;
    if (s.extras.contains(QStringLiteral("apex")) && !s.isSource())
        out << tr("Apex is compiled from source even with prebuilt PyTorch wheels; it needs a CUDA toolkit matching "
                  "CUDA %1.")
                   .arg(s.cuda);
    if (s.envKind == matrix::EnvKind::Existing)
        out << tr("Installing into an existing environment replaces its torch packages; a rollback restores them.");
    if (!state.target.offlineDir.isEmpty() && !state.target.mirror.isEmpty())
        out << tr("Both an offline folder and a mirror are set; the offline folder is tried first.");
    out += planned.notes;
    return out;
}

void ReviewPage::exportAs(ExportKind kind)
{
    if (!m_plan.plan)
        return;
    const plan::Plan &plan = *m_plan.plan;
    QString partition;
    if (kind == ExportKind::Sbatch) {
        bool ok = false;
        partition = QInputDialog::getText(this, tr("Export Slurm job"),
                                          tr("Slurm partition (sinfo lists them; empty: the cluster's default):"),
                                          QLineEdit::Normal, {}, &ok)
                        .trimmed();
        if (!ok)
            return;
    }
    const QString suggested =
        QDir::home().filePath(kind == ExportKind::Plan     ? QStringLiteral("dlstack-plan.json")
                              : kind == ExportKind::Bash   ? QStringLiteral("dlstack-install.sh")
                              : kind == ExportKind::Sbatch ? QStringLiteral("dlstack-install.sbatch")
                                                           : QStringLiteral("Dockerfile"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested);
    if (path.isEmpty())
        return;
    QByteArray bytes;
    if (kind == ExportKind::Plan) {
        bytes = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    } else if (kind == ExportKind::Bash) {
        bytes = plan::exportBash(plan);
    } else if (kind == ExportKind::Sbatch) {
        const auto script = sbatchExport(partition);
        if (!script) {
            QMessageBox::warning(this, tr("Export"), script.error().summary + u'\n' + script.error().remedy);
            return;
        }
        bytes = script.value();
    } else {
        const plan::DockerExport docker = dockerExport();
        if (!docker.outcome.plan) {
            const support::Error why =
                docker.outcome.error.value_or(support::Error{tr("No Dockerfile could be made."), {}, {}});
            QMessageBox::warning(this, tr("Export"), why.summary + u'\n' + why.remedy);
            return;
        }
        bytes = docker.dockerfile;
    }
    if (const auto error = support::writeFileAtomically(path, bytes))
        QMessageBox::warning(this, tr("Export"), error->summary + u'\n' + error->details);
    else if (kind == ExportKind::Bash || kind == ExportKind::Sbatch)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeUser);
}

void ReviewPage::exportAnsible()
{
    const auto files = ansibleExport();
    if (!files) {
        QMessageBox::warning(this, tr("Export"), files.error().summary + u'\n' + files.error().remedy);
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Export for Ansible: the directory for %1").arg(files.value().keys().join(QStringLiteral(", "))),
        QDir::homePath());
    if (dir.isEmpty())
        return;
    if (const auto error = plan::writeAnsibleExport(dir, files.value())) {
        QMessageBox::warning(this, tr("Export"), error->summary + u'\n' + error->details);
        return;
    }
    QMessageBox::information(this, tr("Export"),
                             tr("Wrote %1 into %2. List the hosts in inventory.ini, then run:\n"
                                "ansible-playbook -i %3 %4")
                                 .arg(files.value().keys().join(QStringLiteral(", ")), dir,
                                      plan::shellQuote(QDir(dir).filePath(QStringLiteral("inventory.ini"))),
                                      plan::shellQuote(QDir(dir).filePath(QStringLiteral("site.yml")))));
}

support::Result<QByteArray> ReviewPage::sbatchExport(const QString &partition) const
{
    const WizardState &s = m_context.state();
    if (!m_plan.plan || !m_context.matrix())
        return support::Error{tr("There is no plan to export for these choices."), {}, {}};
    const plan::SlurmJob job =
        plan::slurmJobFor(m_plan, s.profile, s.selection, *m_context.matrix(), {partition, m_context.cliProgram()});
    return plan::exportSbatch(*m_plan.plan, job);
}

support::Result<QMap<QString, QByteArray>> ReviewPage::ansibleExport() const
{
    const WizardState &s = m_context.state();
    if (!m_plan.plan)
        return support::Error{tr("There is no plan to export for these choices."), {}, {}};
    plan::AnsibleExport options;
    // A plan file is installed as it is on every host; a selection lets each host plan for itself.
    if (s.planFile.isEmpty())
        options.selection = s.selection.toJson();
    return plan::exportAnsible(*m_plan.plan, options);
}

plan::DockerExport ReviewPage::dockerExport() const
{
    // The image gets a plan of its own, for its toolkit and Python: the one
    // `dlstack plan --format dockerfile` makes of the same selection.
    const WizardState &s = m_context.state();
    plan::PlannerOptions options;
    options.prefix = m_plan.plan ? m_plan.plan->prefix : s.target.prefix;
    options.mirror = s.target.mirror;
    if (!m_context.matrix()) {
        plan::DockerExport none;
        none.outcome.error = support::Error{tr("The version matrix is not loaded."), {}, {}};
        return none;
    }
    return plan::planDockerfile(s.profile, s.selection, options, *m_context.matrix());
}

QList<matrix::Finding> ReviewPage::preflightFindings() const
{
    return m_preflight;
}

QString ReviewPage::summaryText() const
{
    return m_summary->toPlainText();
}

QString ReviewPage::roughDuration(int minutes)
{
    if (minutes < 90)
        return tr("about %n minute(s)", "", minutes);
    const int hours = (minutes + 30) / 60;
    return tr("about %n hour(s)", "", hours);
}

int ReviewPage::nextId() const
{
    // Planning for another machine: the plan is exported, never installed here.
    return m_context.state().planningElsewhere() ? -1 : QWizardPage::nextId();
}

bool ReviewPage::isComplete() const
{
    // Install starts only what preflight lets through: a plan, no blocker, a usable prefix.
    return m_context.state().planningElsewhere() || (m_plan.plan.has_value() && !matrix::hasBlocker(m_preflight));
}

bool ReviewPage::validatePage()
{
    return isComplete(); // also when asked without the button: a blocked plan never reaches Install
}

void ReviewPage::initializePage()
{
    WizardState &state = m_context.state();
    state.planned = makePlan(state);
    m_plan = *state.planned;
    m_preflight = plan::preflight({m_plan, {}, plan::installEnvironment()});
    const WizardState &s = state;
    const matrix::Selection &sel = s.selection;
    const bool planFile = !s.planFile.isEmpty();
    const InstallDriver *driver = m_context.installDriver();
    const bool started =
        driver && !s.planningElsewhere() && (driver->isRunning() || !driver->recordedStates(s).isEmpty());
    setSubTitle(s.planningElsewhere()
                    ? tr("Planning for %1. Nothing is installed here: export the plan, the script or the Dockerfile "
                         "and run it on that machine.")
                          .arg(s.plannedMachine)
                : started
                    ? tr("An install of this plan has already started in %1; the Install page shows where it stands.")
                          .arg(s.target.prefix)
                    : tr("Check the summary. Nothing has been changed on this machine yet."));
    auto row = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html;
    if (s.planningElsewhere())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Planning for %1 — not this machine.").arg(s.plannedMachine).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(tr("Stack").toHtmlEscaped());
    if (planFile && m_plan.plan) {
        html += row(tr("Plan"), m_plan.plan->name);
    } else {
        html += row(tr("PyTorch"), sel.torch);
        html += row(tr("Backend"), sel.backend == matrix::Backend::Cpu
                                       ? tr("CPU only")
                                       : matrix::backendTitle(sel.backend) + u' ' + sel.backendVersion());
        html += row(tr("Python"), m_plan.python.isEmpty() ? sel.python : m_plan.python);
        html += row(tr("Route"), sel.isSource() ? tr("build from source") : tr("prebuilt wheels"));
        const matrix::Matrix *matrix = m_context.matrix();
        const matrix::TorchRelease *release = matrix ? matrix->release(sel.torch) : nullptr;
        const matrix::TorchVariant *variant = release ? release->variant(sel.variantId()) : nullptr;
        if (variant && !sel.isSource() && !variant->indexUrl.isEmpty())
            html += row(tr("Package index"), support::redactUrls(variant->indexUrl));
    }
    html += QStringLiteral("</table><h3>%1</h3><table cellspacing=4>").arg(tr("Options").toHtmlEscaped());
    html += row(tr("Install folder"), m_plan.plan ? m_plan.plan->prefix : s.target.prefix);
    if (!m_plan.envPath.isEmpty())
        html += row(tr("Environment"), sel.envKind == matrix::EnvKind::Existing ? tr("existing: %1").arg(m_plan.envPath)
                                       : m_plan.envKind == u"conda" ? tr("new conda environment %1").arg(m_plan.envPath)
                                                                    : tr("new venv %1").arg(m_plan.envPath));
    if (!planFile) {
        html += row(tr("Extras"), sel.extras.isEmpty() ? tr("none") : sel.extras.join(QStringLiteral(", ")));
        if (sel.isSource()) {
            html += row(tr("Arch list"), sel.archList.join(u';'));
            html += row(tr("MAX_JOBS"), QString::number(sel.maxJobs));
            const QString launcher = matrix::launcherName(sel.launcher);
            html += row(tr("Compiler cache"), sel.launcher == matrix::Launcher::None ? tr("none")
                                              : sel.distccHosts.isEmpty()
                                                  ? launcher
                                                  : QStringLiteral("%1 (%2)").arg(launcher, sel.distccHosts));
            if (sel.develop)
                html += row(tr("Development install"),
                            tr("editable; after an edit, dlstack rebuild %1").arg(s.target.prefix));
        }
        if (!s.target.mirror.isEmpty())
            html += row(tr("Mirror"), support::redactUrls(s.target.mirror));
        if (!s.target.offlineDir.isEmpty())
            html += row(tr("Offline folder"), s.target.offlineDir);
        if (!s.target.proxy.isEmpty())
            html += row(tr("Proxy"), support::redactUrls(s.target.proxy));
    }
    for (QPushButton *b : {m_exportPlan, m_exportScript, m_exportDocker, m_exportSbatch, m_exportAnsible}) {
        b->setEnabled(m_plan.plan.has_value());
        b->setToolTip(m_plan.plan ? QString() : tr("There is no plan to export for these choices."));
    }
    // Both are made from the selection (the image's own plan; the job's cores and GPU), which
    // a plan file does not carry.
    for (QPushButton *b : {m_exportDocker, m_exportSbatch}) {
        b->setEnabled(m_plan.plan.has_value() && !planFile);
        if (m_plan.plan && planFile)
            b->setToolTip(tr("Made from a chosen stack, not from a plan file."));
    }
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Stages").toHtmlEscaped());
    if (m_plan.plan) {
        html += QStringLiteral("<ol>");
        int total = 0;
        const plan::NetworkNeeds needs = plan::networkNeeds(*m_plan.plan);
        for (const plan::Stage &stage : m_plan.plan->stages) {
            const int minutes = m_plan.stageMinutes.value(stage.id);
            total += minutes;
            QString detail = tr("%n step(s)", "", int(stage.steps.size()));
            if (minutes > 0)
                detail += QStringLiteral(", ") + roughDuration(minutes);
            const auto need = std::find_if(needs.stages.cbegin(), needs.stages.cend(),
                                           [&](const plan::StageNeeds &n) { return n.stage == stage.id; });
            if (need != needs.stages.cend() && need->downloadMib > 0)
                detail += QStringLiteral(", ") + tr("about %1 to download").arg(support::mibText(need->downloadMib));
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                        .arg(plan::localizedStageTitle(stage.title).toHtmlEscaped(), detail.toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
        if (total > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Time: %1 in all on this machine. A rough estimate from typical build work "
                                "and MAX_JOBS; the Install page measures the real pace.")
                                 .arg(roughDuration(total))
                                 .toHtmlEscaped());
        // What the install needs from the network, before anything runs (estimates).
        QStringList hosts;
        for (const QUrl &host : needs.hosts())
            hosts << host.host();
        html += QStringLiteral("<p>%1</p>")
                    .arg((needs.needsInternet()
                              ? tr("Downloads: about %1 in all, from %2; an internet connection is needed. Without "
                                   "one, fill an offline folder elsewhere with `dlstack bundle` and choose it on the "
                                   "Options page.")
                                    .arg(support::mibText(needs.totalMib()), hosts.join(QStringLiteral(", ")))
                              : tr("Downloads: nothing from the internet; the offline folder holds everything."))
                             .toHtmlEscaped());
        if (m_plan.neededMib > 0) // in the locale's numbers, as the Options page says it
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Disk space needed in %1: about %2.")
                                 .arg(m_plan.plan->prefix, support::mibText(m_plan.neededMib))
                                 .toHtmlEscaped());
        if (!m_plan.rootCommands.isEmpty()) {
            html += QStringLiteral("<p>%1</p><pre>")
                        .arg(tr("Run these as root first (dlstack never does):").toHtmlEscaped());
            html += m_plan.rootCommands.join(u'\n').toHtmlEscaped() + QStringLiteral("</pre>");
        }
    } else {
        html +=
            QStringLiteral("<p>%1</p>")
                .arg((m_plan.error ? m_plan.error->summary + u' ' + m_plan.error->remedy : tr("No plan could be made."))
                         .toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Findings").toHtmlEscaped());
    QStringList found = findings(s, m_plan);
    for (const matrix::Finding &f : std::as_const(m_preflight)) // what preflight adds to the planner's findings
        if (f.severity == matrix::Severity::Blocker && !matrix::findById(m_plan.findings, f.id) && m_plan.plan)
            found.prepend(f.remedy.isEmpty() ? tr("Blocker: %1").arg(f.message)
                                             : tr("Blocker: %1 — %2").arg(f.message, f.remedy));
    if (m_plan.plan)
        for (const QString &file : plan::missingFromMirror(*m_plan.plan))
            found << tr("The offline folder has no %1; the install will try to download it.").arg(file);
    if (found.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No problems found.").toHtmlEscaped());
    else {
        html += QStringLiteral("<ul>");
        for (const QString &f : found)
            html += QStringLiteral("<li>%1</li>").arg(f.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_summary->setHtml(html);
    setButtonText(QWizard::NextButton, tr("&Install"));
    checkNetwork();
    emit completeChanged();
}

} // namespace dlstack::ui
