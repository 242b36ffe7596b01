// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/installwizard.h"

#include "ui/settings/settingsdialog.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/pages/finishpage.h"
#include "ui/wizard/pages/installpage.h"
#include "ui/wizard/pages/optionspage.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/stackpage.h"
#include "ui/wizard/pages/systempage.h"
#include "ui/wizard/pages/welcomepage.h"
#include "ui/wizard/stepsidebar.h"

#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>

namespace dlstack::ui {

InstallWizard::InstallWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("dlstack — set up a deep-learning stack"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Settin&gs…"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openSettings();
    });
    setPage(WelcomePageId, new WelcomePage(m_context, this));
    setPage(SystemPageId, new SystemPage(m_context, this));
    setPage(StackPageId, new StackPage(m_context, this));
    setPage(OptionsPageId, new OptionsPage(m_context, this));
    setPage(ReviewPageId, new ReviewPage(m_context, this));
    setPage(InstallPageId, new InstallPage(m_context, this));
    setPage(FinishPageId, new FinishPage(m_context, this));
    setStartId(WelcomePageId);
    // Numbered steps at the left of every page, the current one highlighted, the done ones ticked.
    m_sidebar = new StepSidebar(
        {tr("Welcome"), tr("System"), tr("Stack"), tr("Options"), tr("Review"), tr("Install"), tr("Finish")}, this);
    setSideWidget(m_sidebar);
    connect(this, &QWizard::currentIdChanged, m_sidebar, [this](int id) {
        if (id >= 0)
            m_sidebar->setCurrent(id);
    });
    // Enter means the page's default button (Next, Install, Finish) wherever the focus is: a
    // page's own buttons never take the default when they get the focus (Space presses them).
    const QList<QAbstractButton *> own = {button(BackButton),   button(NextButton),   button(CommitButton),
                                          button(FinishButton), button(CancelButton), button(HelpButton),
                                          button(CustomButton1)};
    for (QPushButton *b : findChildren<QPushButton *>())
        if (!own.contains(b))
            b->setAutoDefault(false);
    // Review's Install (the Next button there) starts the install: no second Start to press.
    connect(button(NextButton), &QAbstractButton::clicked, this, [this] {
        if (currentId() == InstallPageId)
            if (auto *install = qobject_cast<InstallPage *>(currentPage()))
                install->startIfNew();
    });

    // The preferred size, never more than the screen offers (a 1024x600 netbook shows the buttons too).
    const QSize preferred(1100, 720);
    resize(screen() ? preferred.boundedTo(screen()->availableGeometry().size()) : preferred);
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("wizard/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

InstallWizard::~InstallWizard() = default;

void InstallWizard::setInjectedProfile(const probe::SystemProfile &profile, const QString &origin)
{
    m_context.setInjectedProfile(profile, origin);
}

void InstallWizard::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void InstallWizard::showRunningInstall()
{
    // Through the Review page of the plan it runs, so that Back leads there.
    setStartId(ReviewPageId);
    restart();
    if (currentId() == ReviewPageId)
        next();
    if (currentId() != InstallPageId) { // a plan Review cannot pass: show the install alone
        setStartId(InstallPageId);
        restart();
    }
    if (auto *install = qobject_cast<InstallPage *>(page(InstallPageId)))
        install->showAttached();
}

bool InstallWizard::confirmLeavingBuild()
{
    InstallDriver *driver = m_context.installDriver();
    if (!driver || !driver->isRunning() || !isVisible())
        return true;
    QMessageBox box(QMessageBox::Question, tr("A build is running"),
                    tr("The install is still running. It can keep running without this window: open dlstack "
                       "again to see it, or to resume or roll back once it has stopped."),
                    QMessageBox::Cancel, this);
    QPushButton *keep = box.addButton(tr("&Keep building in the background"), QMessageBox::AcceptRole);
    QPushButton *stop = box.addButton(tr("&Stop the build"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == stop) {
        driver->cancel();
        return true;
    }
    return box.clickedButton() == keep;
}

void InstallWizard::done(int result)
{
    if (result == QDialog::Rejected && !confirmLeavingBuild())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
}

} // namespace dlstack::ui
