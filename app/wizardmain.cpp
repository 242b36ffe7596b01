// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack-wizard: the desktop face of dlstack.
#include "core/support/applog.h"
#include "core/support/translator.h"
#include "ui/log/loginspectorwindow.h"
#include "ui/style/accessiblelook.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/processinstalldriver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

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
    if (stopped &&
        QMessageBox::question(nullptr, Tr::tr("An install stopped part-way"),
                              Tr::tr("The install into %1 stopped before it finished. Open it to resume it or "
                                     "to roll stages back?")
                                  .arg(prefix)) == QMessageBox::Yes) {
        wizard.showRunningInstall();
        return true;
    }
    wizard.state().planFile.clear();
    return false;
}

} // namespace

// --help, --version, an unknown option and a missing display are answered on the terminal
// before any window system is touched. Returns the exit code, or -1 to go on to the GUI.
int answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dlstack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DLSTACK_VERSION));
    dlstack::support::Translator translator;
    if (translator.loadFor(QLocale()))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--help" || a == u"-h") {
            out << Tr::tr("Usage: dlstack-wizard [--plan FILE | --log FILE]") << '\n'
                << Tr::tr("Set up a deep-learning stack: detect this machine, pick a tested PyTorch stack, "
                          "install it and see why a build failed.")
                << "\n\n"
                << Tr::tr("  --plan FILE   run an existing plan (made by `dlstack plan` or exported by the wizard)")
                << '\n'
                << Tr::tr("  --log FILE    open a build log in the log inspector alone") << '\n'
                << Tr::tr("  --version     print the version") << '\n'
                << Tr::tr("  -h, --help    print this help") << '\n'
                << Tr::tr("The command line `dlstack` does the same without a window: dlstack --help.") << '\n';
            return 0;
        }
        if (a == u"--version" || a == u"-v") {
            out << "dlstack-wizard " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (a == u"--plan" || a == u"--log") {
            if (i + 1 >= args.size()) {
                err << Tr::tr("%1 needs a file: dlstack-wizard %1 FILE").arg(a) << '\n';
                return 2;
            }
            ++i;
            continue;
        }
        if (a.startsWith(u'-') && !a.startsWith(QStringLiteral("-platform")) &&
            !a.startsWith(QStringLiteral("-style"))) {
            err << Tr::tr("Unknown option %1. See dlstack-wizard --help.").arg(a) << '\n';
            return 2;
        }
    }
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || args.contains(QStringLiteral("-platform"));
    if (!display) {
        err << Tr::tr("dlstack-wizard needs a graphical session (no DISPLAY or WAYLAND_DISPLAY is set). Over SSH "
                      "use `ssh -X`, or use the command line instead: dlstack --help.")
            << '\n';
        return 2;
    }
    return -1;
}

int main(int argc, char *argv[])
{
    if (const int answered = answerWithoutDisplay(argc, argv); answered >= 0)
        return answered;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dlstack"));
    QApplication::setApplicationVersion(QStringLiteral(DLSTACK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dlstack.svg")));
    dlstack::ui::applyAccessibleLook(app); // AA contrast and a focus ring of its own, whatever the theme
    dlstack::support::Translator translator;
    if (translator.loadFor(QLocale()))
        QApplication::installTranslator(&translator);
    // Qt's own words (the wizard's Back, Next and Cancel, standard dialogs) in the same language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
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
    const QString cli = QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("dlstack"));
    dlstack::ui::ProcessInstallDriver driver(cli);
    dlstack::ui::InstallWizard wizard;
    wizard.setInstallDriver(&driver);
    wizard.setCliProgram(cli); // the Slurm export's job runs it
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
