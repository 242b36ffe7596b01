// SPDX-License-Identifier: GPL-3.0-or-later
// wizard_screenshots OUTDIR: renders every wizard page and the settings dialog with a
// profile replayed from real captures, in the light and the dark palette, into
// OUTDIR/wizard-<page>-<light|dark>.png (docs/screenshots). Run with QT_QPA_PLATFORM=offscreen.
#include "core/probe/importer.h"
#include "tests/support/testsupport.h"
#include "ui/settings/settingsdialog.h"
#include "ui/wizard/installwizard.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

using namespace dlstack;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x83, 0x88));
    return p;
}

probe::SystemProfile replayedProfile()
{
    probe::Importer importer;
    probe::SystemProfile profile;
    for (const QString &f : {QStringLiteral("probe/nvidia-smi/driver-450.57-titanxp.txt"),
                             QStringLiteral("probe/os-release/debian-12-bookworm.txt")})
        profile.merge(importer.import(test::readFixture(f), f).profile);
    profile.finalize();
    return profile;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("dlstack-screenshots"));
    QApplication::setApplicationName(QStringLiteral("dlstack"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    const QStringList names = {QStringLiteral("welcome"), QStringLiteral("system"), QStringLiteral("stack"),
                               QStringLiteral("options"), QStringLiteral("review"), QStringLiteral("install"),
                               QStringLiteral("finish")};
    const QPalette light = QApplication::style()->standardPalette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(replayedProfile(), QStringLiteral("replayed from nvidia-smi and os-release captures"));
        wizard.resize(1100, 720);
        wizard.show();
        for (int i = 0; i < names.size(); ++i) {
            if (i == ui::InstallWizard::OptionsPageId)
                wizard.currentPage()->findChild<QLineEdit *>()->setText(QDir::tempPath() + QStringLiteral("/dlstack"));
            QApplication::processEvents();
            wizard.grab().save(QStringLiteral("%1/wizard-%2-%3.png").arg(out, names.at(i), suffix));
            wizard.next();
        }
        ui::SettingsDialog settings(&wizard);
        settings.show();
        QApplication::processEvents();
        settings.grab().save(QStringLiteral("%1/wizard-settings-%2.png").arg(out, suffix));
    }
    return 0;
}
