// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/welcomepage.h"

#include "core/support/amounts.h"
#include "ui/style/accessiblelook.h"
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
    // What any install needs, before a choice is made; Review gives the figures of the plan.
    // The sizes are those of core/plan/networkneeds.cpp and estimate.cpp (docs/recipes.md).
    auto *needs = new QLabel(
        tr("<p><b>What the install needs:</b> an internet connection (prebuilt CUDA wheels are about %1 to "
           "download, a CUDA toolkit about %2 more, CPU wheels about %3), disk space (about %4 for CUDA wheels, "
           "%5 or more for a build from source) and time (minutes for wheels, hours for a build from source). "
           "The Review page shows the figures for your choices.</p>"
           "<p>No internet on this machine? Fill an offline folder on one that has it with "
           "<code>dlstack bundle</code> and choose that folder on the Options page.</p>")
            .arg(support::mibText(2800), support::mibText(4400), support::mibText(200), support::mibText(6644),
                 support::mibText(30 * 1024)));
    needs->setObjectName(QStringLiteral("installNeeds"));
    needs->setWordWrap(true);
    needs->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(needs);
    if (!context.matrixError().isEmpty()) {
        auto *broken = new QLabel(tr("The built-in version matrix could not be read: %1").arg(context.matrixError()));
        broken->setWordWrap(true);
        showAsError(broken);
        layout->addWidget(broken);
    }
    layout->addStretch(1);
}

} // namespace dlstack::ui
