// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/reviewpage.h"

#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"

#include <QHBoxLayout>
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
    const QString noPlanner = tr("Exporting needs the planner, which this build does not include yet.");
    for (QPushButton *b : {m_exportPlan, m_exportScript, m_exportDocker}) {
        b->setEnabled(false);
        b->setToolTip(noPlanner);
    }
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

QString ReviewPage::summaryText() const
{
    return m_summary->toPlainText();
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
        html += row(tr("Package index"), s.stack.indexUrl);
    html += QStringLiteral("</table><h3>%1</h3><table cellspacing=4>").arg(tr("Options").toHtmlEscaped());
    html += row(tr("Install folder"), o.prefix);
    html += row(tr("Environment"), o.envKind == u"existing" ? tr("existing: %1").arg(o.envPath)
                                   : o.envKind == u"new_conda" ? tr("new conda environment %1").arg(o.envPath)
                                                               : tr("new venv %1").arg(o.envPath));
    html += row(tr("Extras"), o.extras.isEmpty() ? tr("none") : o.extras.join(QStringLiteral(", ")));
    if (s.stack.route == u"source") {
        html += row(tr("Arch list"), o.archList.join(u';'));
        html += row(tr("MAX_JOBS"), QString::number(o.maxJobs));
        html += row(tr("Compiler cache"), o.launcher.isEmpty() ? tr("none") : o.launcher);
    }
    if (!o.mirror.isEmpty())
        html += row(tr("Mirror"), o.mirror);
    if (!o.offlineDir.isEmpty())
        html += row(tr("Offline folder"), o.offlineDir);
    if (!o.proxy.isEmpty())
        html += row(tr("Proxy"), o.proxy);
    html += QStringLiteral("</table><h3>%1</h3><ol>").arg(tr("Stages").toHtmlEscaped());
    const QStringList stages = m_wizard->installDriver() ? m_wizard->installDriver()->stages(s) : stageNames(s);
    for (const QString &stage : stages)
        html += QStringLiteral("<li>%1</li>").arg(stage.toHtmlEscaped());
    html += QStringLiteral("</ol><h3>%1</h3>").arg(tr("Findings").toHtmlEscaped());
    const QStringList found = findings(s, m_wizard->catalog());
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
