// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/finishpage.h"

#include "core/plan/activation.h"
#include "core/plan/developbuild.h"
#include "core/plan/verifyreport.h"
#include "ui/log/loginspectorwindow.h"
#include "ui/wizard/wizardcontext.h"
#include "ui/wizard/wizardplan.h"

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dlstack::ui {

FinishPage::FinishPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_intro(new QLabel), m_command(new QLineEdit), m_check(new QLineEdit),
      m_verification(new QPlainTextEdit), m_openLog(new QPushButton(tr("Open the &log…")))
{
    setTitle(tr("Done"));
    // Every page has the same frame: the title band with its subtitle (initializePage words it).
    setSubTitle(tr("How to use what was installed."));
    setFinalPage(true);
    m_intro->setWordWrap(true);
    for (QLineEdit *edit : {m_command, m_check}) {
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_command->setAccessibleName(tr("Activation command"));
    m_check->setAccessibleName(tr("Check command"));
    auto *copy = new QPushButton(tr("&Copy"));
    copy->setAccessibleName(tr("Copy the activation command"));
    auto *copyCheck = new QPushButton(tr("Co&py"));
    copyCheck->setAccessibleName(tr("Copy the check command"));
    auto *commandLabel = new QLabel(tr("&Activate the environment in a terminal:"));
    commandLabel->setBuddy(m_command);
    auto *checkLabel = new QLabel(tr("&Then check that PyTorch works:"));
    checkLabel->setBuddy(m_check);
    auto *grid = new QGridLayout;
    grid->addWidget(commandLabel, 0, 0, 1, 2);
    grid->addWidget(m_command, 1, 0);
    grid->addWidget(copy, 1, 1);
    grid->addWidget(checkLabel, 2, 0, 1, 2);
    grid->addWidget(m_check, 3, 0);
    grid->addWidget(copyCheck, 3, 1);
    m_verification->setReadOnly(true);
    m_verification->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_verification->setAccessibleName(tr("Verification results"));
    m_openLog->setAccessibleName(tr("Open the install log in the log inspector"));
    auto *verificationLabel = new QLabel(tr("&Verification on this machine:"));
    verificationLabel->setBuddy(m_verification);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(verificationLabel);
    layout->addWidget(m_verification, 1);
    auto *logRow = new QHBoxLayout;
    logRow->addStretch(1);
    logRow->addWidget(m_openLog);
    layout->addLayout(logRow);
    connect(m_openLog, &QPushButton::clicked, this, [this] {
        auto *window = new LogInspectorWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->openFile(m_logPath);
    });
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command->text()); });
    connect(copyCheck, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_check->text()); });
}

void FinishPage::initializePage()
{
    WizardState &state = m_context.state();
    // The line `dlstack install` prints too: it sources the activation script the plan writes.
    const plan::PlanOutcome planned = planFor(state);
    state.activationCommand = planned.plan ? plan::activationCommand(*planned.plan) : QString();
    m_command->setText(state.activationCommand);
    const QString test =
        state.selection.backend == matrix::Backend::Cpu
            ? QStringLiteral("python -c \"import torch; print(torch.__version__)\"")
            : QStringLiteral("python -c \"import torch; print(torch.__version__, torch.cuda.is_available())\"");
    m_check->setText(test);
    // The verification stage's own output (the last stage whose log names "verif", else the
    // last stage with a log): what dlstack checked after installing.
    m_logPath.clear();
    for (const QString &log : std::as_const(state.stageLogs))
        if (!log.isEmpty() && QFileInfo::exists(log) &&
            (m_logPath.isEmpty() || QFileInfo(log).fileName().contains(QStringLiteral("verif")) ||
             !QFileInfo(m_logPath).fileName().contains(QStringLiteral("verif"))))
            m_logPath = log;
    QStringList shown;
    QFile log(m_logPath);
    if (!m_logPath.isEmpty() && log.open(QIODevice::ReadOnly)) {
        if (log.size() > 64 * 1024)
            log.seek(log.size() - 64 * 1024);
        const QByteArray bytes = log.readAll();
        // The verify stage's report in sentences; any other log as its last lines.
        if (const auto report = plan::readVerifyReport(bytes); report.ok()) {
            shown = plan::verifySummary(report.value());
        } else {
            shown = QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
            shown = shown.mid(qMax<qsizetype>(0, shown.size() - 20));
        }
    }
    m_verification->setPlainText(shown.isEmpty() ? tr("No verification output was recorded.") : shown.join(u'\n'));
    m_openLog->setEnabled(!m_logPath.isEmpty());
    setSubTitle(state.installFinished
                    ? tr("Everything is installed. Activate the environment to use it.")
                    : tr("The install has not finished. What is done stays; install again to go on."));
    QString intro;
    if (!state.planFile.isEmpty()) {
        const QString name = planned.plan ? planned.plan->name : QFileInfo(state.planFile).fileName();
        intro = state.installFinished ? tr("The plan \"%1\" ran to the end.").arg(name)
                                      : tr("The plan \"%1\" has not finished.").arg(name);
    } else {
        intro = state.installFinished
                    ? tr("%1 is installed.").arg(state.selection.label())
                    : tr("%1 is planned but was not installed by this wizard. Once it is, use it like this:")
                          .arg(state.selection.label());
    }
    // A development install: where the tree is and the command that builds an edit again.
    if (planned.plan && state.installFinished)
        if (const auto develop = plan::developBuild(*planned.plan); develop.ok())
            intro += u' ' + tr("torch is installed from its source tree %1; after an edit there, \"dlstack rebuild "
                               "%2\" compiles only what changed.")
                                .arg(develop.value().sourceDir, planned.plan->prefix);
    m_intro->setText(intro);
}

QString FinishPage::verificationText() const
{
    return m_verification->toPlainText();
}

QString FinishPage::activationCommand() const
{
    return m_command->text();
}

} // namespace dlstack::ui
