// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/welcomepage.h"

#include "ui/wizard/wizardcontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dlstack::ui {

WelcomePage::WelcomePage(const WizardContext &context, QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Welcome to dlstack"));
    setSubTitle(tr("A working PyTorch on this machine, from a combination that is known to work."));
    auto *text = new QLabel(
        tr("<p>dlstack will:</p>"
           "<ol><li>look at this machine: GPU, driver, CUDA or ROCm, compilers, Python and existing "
           "environments;</li>"
           "<li>offer only PyTorch stacks that are tested to work with what it found, and say why the others "
           "are not offered;</li>"
           "<li>install the stack into a new environment, step by step, with a log you can read;</li>"
           "<li>tell you the one command that activates it.</li></ol>"
           "<p>Nothing outside the install folder you choose is changed, and every step can be rolled back.</p>"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    if (!context.matrixError().isEmpty()) {
        auto *broken = new QLabel(tr("The built-in version matrix could not be read: %1").arg(context.matrixError()));
        broken->setWordWrap(true);
        broken->setStyleSheet(QStringLiteral("color: #c62828;"));
        layout->addWidget(broken);
    }
    layout->addStretch(1);
}

} // namespace dlstack::ui
