// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack-wizard: the desktop face of dlstack.
#include "ui/system/systemwindow.h"

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

    dlstack::ui::SystemWindow window;
    window.show();
    window.rescan();
    return app.exec();
}
