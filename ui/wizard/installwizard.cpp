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

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace dlstack::ui {

QString StackChoice::label() const
{
    const QString backendText = backend == u"cpu" ? QStringLiteral("CPU")
                                : backend == u"rocm" ? QStringLiteral("ROCm ") + backendVersion
                                                     : QStringLiteral("CUDA ") + backendVersion;
    return QStringLiteral("PyTorch %1 + %2, Python %3 (%4)").arg(torch, backendText, python, route);
}

QString activationCommandFor(const InstallOptions &options)
{
    if (options.envKind == u"new_conda")
        return QStringLiteral("conda activate ") + options.envPath;
    return QStringLiteral("source ") + options.envPath + QStringLiteral("/bin/activate");
}

InstallWizard::InstallWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("dlstack — set up a deep-learning stack"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("&Settings…"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openSettings();
    });
    m_catalogError = m_catalog.load();

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(SystemPageId, new SystemPage(this));
    setPage(StackPageId, new StackPage(this));
    setPage(OptionsPageId, new OptionsPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(InstallPageId, new InstallPage(this));
    setPage(FinishPageId, new FinishPage(this));
    setStartId(WelcomePageId);

    resize(1100, 720);
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("wizard/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

InstallWizard::~InstallWizard() = default;

void InstallWizard::setInjectedProfile(const probe::SystemProfile &profile, const QString &origin)
{
    m_state.profile = profile;
    m_state.haveProfile = true;
    m_state.profileOrigin = origin;
    m_injected = true;
}

void InstallWizard::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void InstallWizard::showRunningInstall()
{
    setStartId(InstallPageId);
    restart();
    if (auto *install = qobject_cast<InstallPage *>(page(InstallPageId)))
        install->showAttached();
}

bool InstallWizard::confirmLeavingBuild()
{
    if (!m_driver || !m_driver->isRunning() || !isVisible())
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
        m_driver->cancel();
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
