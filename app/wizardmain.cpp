// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack-wizard: the desktop face of dlstack.
#include "ui/wizard/installwizard.h"
#include "ui/log/loginspectorwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include "core/support/translator.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dlstack"));
    QApplication::setApplicationVersion(QStringLiteral(DLSTACK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dlstack.svg")));
    dlstack::support::Translator translator;
    if (translator.loadFor(QLocale()))
        QApplication::installTranslator(&translator);

    // dlstack-wizard --log FILE: the log inspector alone.
    const QStringList arguments = QApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--log")); at >= 0 && at + 1 < arguments.size()) {
        dlstack::ui::LogInspectorWindow inspector;
        inspector.show();
        inspector.openFile(arguments.at(at + 1));
        return app.exec();
    }

    dlstack::ui::InstallWizard wizard;
    wizard.show();
    return app.exec();
}
