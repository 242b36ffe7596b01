// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack-wizard: the desktop face of dlstack.
#include "core/support/applog.h"
#include "core/support/translator.h"
#include "ui/log/loginspectorwindow.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/processinstalldriver.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WizardMain)
};

// A build started from an earlier window: still running (show it), or stopped part-way
// (offer to resume or roll back). True when the wizard was set up to show it.
bool offerEarlierBuild(dlstack::ui::InstallWizard &wizard, dlstack::ui::ProcessInstallDriver &driver)
{
    using dlstack::ui::ProcessInstallDriver;
    const QString prefix = QSettings().value(QStringLiteral("install/lastPrefix")).toString();
    if (prefix.isEmpty() || !QFileInfo::exists(ProcessInstallDriver::planPath(prefix)))
        return false;
    wizard.state().planFile = ProcessInstallDriver::planPath(prefix);
    if (ProcessInstallDriver::runningJob(prefix) && driver.attach(prefix)) {
        wizard.showRunningInstall();
        return true;
    }
    const QStringList states = driver.recordedStates(wizard.state());
    const bool stopped = states.contains(QStringLiteral("failed")) || states.contains(QStringLiteral("interrupted"));
    if (stopped
        && QMessageBox::question(nullptr, Tr::tr("An install stopped part-way"),
                                 Tr::tr("The install into %1 stopped before it finished. Open it to resume it or "
                                        "to roll stages back?").arg(prefix))
               == QMessageBox::Yes) {
        wizard.showRunningInstall();
        return true;
    }
    wizard.state().planFile.clear();
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dlstack"));
    QApplication::setApplicationVersion(QStringLiteral(DLSTACK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dlstack.svg")));
    dlstack::support::Translator translator;
    if (translator.loadFor(QLocale()))
        QApplication::installTranslator(&translator);
    dlstack::support::AppLog log;
    log.init(dlstack::support::AppLog::defaults(QStringLiteral("dlstack-wizard")));
    log.note(QStringLiteral("dlstack-wizard %1 started").arg(QApplication::applicationVersion()));
    const auto finish = [&log](int code) {
        log.note(QStringLiteral("dlstack-wizard exits with %1").arg(code));
        return code;
    };

    // dlstack-wizard --log FILE: the log inspector alone.
    const QStringList arguments = QApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--log")); at >= 0 && at + 1 < arguments.size()) {
        dlstack::ui::LogInspectorWindow inspector;
        inspector.show();
        inspector.openFile(arguments.at(at + 1));
        return finish(app.exec());
    }

    // The install runs as its own `dlstack` process, found next to this program.
    dlstack::ui::ProcessInstallDriver driver(QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("dlstack")));
    dlstack::ui::InstallWizard wizard;
    wizard.setInstallDriver(&driver);
    // dlstack-wizard --plan FILE: run an existing plan (one plan for many machines).
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--plan")); at >= 0 && at + 1 < arguments.size()) {
        wizard.state().planFile = QFileInfo(arguments.at(at + 1)).absoluteFilePath();
        wizard.showRunningInstall();
    } else {
        offerEarlierBuild(wizard, driver);
    }
    wizard.show();
    return finish(app.exec());
}
