// SPDX-License-Identifier: GPL-3.0-or-later
// dlstack-wizard: the desktop face of dlstack.
#include "ui/system/systemwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dlstack"));
    QApplication::setApplicationVersion(QStringLiteral(DLSTACK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dlstack.svg")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dlstack"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    dlstack::ui::SystemWindow window;
    window.show();
    window.rescan();
    return app.exec();
}
