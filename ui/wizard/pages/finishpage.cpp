// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/finishpage.h"

#include "ui/wizard/installwizard.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dlstack::ui {

FinishPage::FinishPage(InstallWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_intro(new QLabel), m_command(new QLineEdit), m_check(new QLineEdit)
{
    setTitle(tr("Done"));
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command->text()); });
    connect(copyCheck, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_check->text()); });
}

void FinishPage::initializePage()
{
    WizardState &state = m_wizard->state();
    state.activationCommand = activationCommandFor(state.options);
    m_command->setText(state.activationCommand);
    const QString test = state.stack.backend == u"cpu"
                             ? QStringLiteral("python -c \"import torch; print(torch.__version__)\"")
                             : QStringLiteral("python -c \"import torch; print(torch.__version__, torch.cuda.is_available())\"");
    m_check->setText(test);
    m_intro->setText(state.installFinished
                         ? tr("%1 is installed.").arg(state.stack.label())
                         : tr("%1 is planned but was not installed by this wizard. Once it is, use it like this:")
                               .arg(state.stack.label()));
}

QString FinishPage::activationCommand() const
{
    return m_command->text();
}

} // namespace dlstack::ui
