// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/reviewpage.h"

#include "core/plan/export/bashexporter.h"
#include "core/plan/export/dockerfileexporter.h"
#include "core/support/atomicfile.h"
#include "core/support/urlredaction.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dlstack::ui {

ReviewPage::ReviewPage(InstallWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QTextBrowser),
      m_exportPlan(new QPushButton(tr("Export &plan…"))), m_exportScript(new QPushButton(tr("Export &bash script…"))),
      m_exportDocker(new QPushButton(tr("Export &Dockerfile…")))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the summary. Nothing has been changed on this machine yet."));
    m_summary->setAccessibleName(tr("Summary of the install"));
    m_summary->setOpenExternalLinks(false);
    connect(m_exportPlan, &QPushButton::clicked, this, [this] { exportAs(ExportKind::Plan); });
    connect(m_exportScript, &QPushButton::clicked, this, [this] { exportAs(ExportKind::Bash); });
    connect(m_exportDocker, &QPushButton::clicked, this, [this] { exportAs(ExportKind::Dockerfile); });
    m_exportPlan->setAccessibleName(tr("Export the plan as JSON"));
    m_exportScript->setAccessibleName(tr("Export the plan as a bash script"));
    m_exportDocker->setAccessibleName(tr("Export the plan as a Dockerfile"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportPlan);
    buttons->addWidget(m_exportScript);
    buttons->addWidget(m_exportDocker);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
}

QStringList ReviewPage::findings(const WizardState &state, const StackCatalog &catalog)
{
    QStringList out;
    const InstallOptions &o = state.options;
    if (catalog.usesMatrixRules()) {
        for (const matrix::Finding &f : catalog.findings(state.profile, selectionOf(state.stack, o))) {
            const QString severity = f.severity == matrix::Severity::Blocker ? tr("Blocker")
                                     : f.severity == matrix::Severity::Warning ? tr("Warning")
                                                                               : tr("Note");
            out << (f.remedy.isEmpty() ? tr("%1: %2").arg(severity, f.message)
                                       : tr("%1: %2 — %3").arg(severity, f.message, f.remedy));
        }
    } else {
        out << state.stackNotes;
    }
    if (!catalog.usesMatrixRules() && state.stack.route == u"source" && state.profile.host.memoryMib > 0
        && o.maxJobs * 2048 > state.profile.host.memoryMib)
        out << tr("MAX_JOBS=%1 may need about %2 GiB of memory; this machine has %3 GiB. The build may be killed.")
                   .arg(o.maxJobs)
                   .arg(o.maxJobs * 2)
                   .arg(state.profile.host.memoryMib / 1024);
    if (o.extras.contains(QStringLiteral("apex")) && state.stack.route != u"source")
        out << tr("Apex is compiled from source even with prebuilt PyTorch wheels; it needs a CUDA toolkit matching CUDA %1.")
                   .arg(state.stack.backendVersion);
    if (o.envKind == u"existing")
        out << tr("Installing into an existing environment replaces its torch packages; a rollback restores them.");
    if (!o.offlineDir.isEmpty() && !o.mirror.isEmpty())
        out << tr("Both an offline folder and a mirror are set; the offline folder is tried first.");
    return out;
}

QStringList ReviewPage::stageNames(const WizardState &state)
{
    const InstallOptions &o = state.options;
    QStringList stages;
    if (o.envKind == u"new_conda")
        stages << tr("Conda environment with Python %1").arg(state.stack.python);
    else if (o.envKind == u"new_venv")
        stages << tr("Python %1 virtual environment").arg(state.stack.python);
    if (state.stack.route == u"source")
        stages << tr("PyTorch %1 source checkout").arg(state.stack.torch) << tr("PyTorch %1 build").arg(state.stack.torch);
    else
        stages << tr("PyTorch %1 wheels (%2)").arg(state.stack.torch, state.stack.variantId);
    for (const QString &extra : o.extras)
        stages << extra;
    stages << tr("Activation script") << tr("Verification");
    return stages;
}

void ReviewPage::exportAs(ExportKind kind)
{
    if (!m_plan.plan)
        return;
    const plan::Plan &plan = *m_plan.plan;
    const QString suggested = QDir::home().filePath(kind == ExportKind::Plan   ? QStringLiteral("dlstack-plan.json")
                                                    : kind == ExportKind::Bash ? QStringLiteral("dlstack-install.sh")
                                                                               : QStringLiteral("Dockerfile"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested);
    if (path.isEmpty())
        return;
    QByteArray bytes;
    if (kind == ExportKind::Plan) {
        bytes = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    } else if (kind == ExportKind::Bash) {
        bytes = plan::exportBash(plan);
    } else {
        const WizardState &s = m_wizard->state();
        plan::DockerTarget target;
        target.backend = s.stack.backend;
        target.version = s.stack.backendVersion;
        target.archList = s.options.archList.join(u';');
        target.maxJobs = s.options.maxJobs > 0 ? s.options.maxJobs : 4;
        bytes = plan::exportDockerfile(plan, target);
    }
    if (const auto error = support::writeFileAtomically(path, bytes))
        QMessageBox::warning(this, tr("Export"), error->summary + u'\n' + error->details);
    else if (kind == ExportKind::Bash)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeUser);
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

void ReviewPage::initializePage()
{
    const WizardState &s = m_wizard->state();
    const InstallOptions &o = s.options;
    auto row = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(tr("Stack").toHtmlEscaped());
    html += row(tr("PyTorch"), s.stack.torch);
    html += row(tr("Backend"), s.stack.backend == u"cpu" ? tr("CPU only") : s.stack.backend.toUpper() + u' ' + s.stack.backendVersion);
    html += row(tr("Python"), s.stack.python);
    html += row(tr("Route"), s.stack.route == u"source" ? tr("build from source") : tr("prebuilt wheels"));
    if (!s.stack.indexUrl.isEmpty())
        html += row(tr("Package index"), support::redactUrls(s.stack.indexUrl));
    html += QStringLiteral("</table><h3>%1</h3><table cellspacing=4>").arg(tr("Options").toHtmlEscaped());
    html += row(tr("Install folder"), o.prefix);
    html += row(tr("Environment"), o.envKind == u"existing" ? tr("existing: %1").arg(o.envPath)
                                   : o.envKind == u"new_conda" ? tr("new conda environment %1").arg(o.envPath)
                                                               : tr("new venv %1").arg(o.envPath));
    html += row(tr("Extras"), o.extras.isEmpty() ? tr("none") : o.extras.join(QStringLiteral(", ")));
    if (s.stack.route == u"source") {
        html += row(tr("Arch list"), o.archList.join(u';'));
        html += row(tr("MAX_JOBS"), QString::number(o.maxJobs));
        html += row(tr("Compiler cache"), o.launcher.isEmpty()       ? tr("none")
                                          : o.distccHosts.isEmpty() ? o.launcher
                                                                    : QStringLiteral("%1 (%2)").arg(o.launcher, o.distccHosts));
    }
    if (!o.mirror.isEmpty())
        html += row(tr("Mirror"), support::redactUrls(o.mirror));
    if (!o.offlineDir.isEmpty())
        html += row(tr("Offline folder"), o.offlineDir);
    if (!o.proxy.isEmpty())
        html += row(tr("Proxy"), support::redactUrls(o.proxy));
    m_plan = planFor(s);
    for (QPushButton *b : {m_exportPlan, m_exportScript, m_exportDocker}) {
        b->setEnabled(m_plan.plan.has_value());
        b->setToolTip(m_plan.plan ? QString() : tr("There is no plan to export for these choices."));
    }
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Stages").toHtmlEscaped());
    if (m_plan.plan) {
        html += QStringLiteral("<ol>");
        int total = 0;
        for (const plan::Stage &stage : m_plan.plan->stages) {
            const int minutes = m_plan.stageMinutes.value(stage.id);
            total += minutes;
            QString detail = tr("%n step(s)", "", int(stage.steps.size()));
            if (minutes > 0)
                detail += QStringLiteral(", ") + roughDuration(minutes);
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>").arg(stage.title.toHtmlEscaped(), detail.toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
        if (total > 0)
            html += QStringLiteral("<p>%1</p>").arg(tr("Time: %1 in all on this machine. A rough estimate from typical build work "
                                                       "and MAX_JOBS; the Install page measures the real pace.")
                                                        .arg(roughDuration(total))
                                                        .toHtmlEscaped());
        if (m_plan.neededMib > 0)
            html += QStringLiteral("<p>%1</p>").arg(tr("Disk space needed in %1: about %2 GB.")
                                                        .arg(m_plan.plan->prefix)
                                                        .arg(double(m_plan.neededMib) * 1.048576 / 1000.0, 0, 'f', 1)
                                                        .toHtmlEscaped());
        if (!m_plan.rootCommands.isEmpty()) {
            html += QStringLiteral("<p>%1</p><pre>").arg(tr("Run these as root first (dlstack never does):").toHtmlEscaped());
            html += m_plan.rootCommands.join(u'\n').toHtmlEscaped() + QStringLiteral("</pre>");
        }
    } else {
        html += QStringLiteral("<p>%1</p>").arg((m_plan.error ? m_plan.error->summary + u' ' + m_plan.error->remedy
                                                              : tr("No plan could be made."))
                                                    .toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Findings").toHtmlEscaped());
    QStringList found = findings(s, m_wizard->catalog());
    found += m_plan.notes;
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
}

} // namespace dlstack::ui
