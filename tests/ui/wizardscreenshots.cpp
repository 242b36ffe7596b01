// SPDX-License-Identifier: GPL-3.0-or-later
// wizard_screenshots OUTDIR: renders every wizard page and the settings dialog with a
// profile replayed from real captures, in the light and the dark palette, into
// OUTDIR/wizard-<page>-<light|dark>.png (docs/screenshots). Run with QT_QPA_PLATFORM=offscreen.
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "core/support/translator.h"
#include "tests/support/testsupport.h"
#include "ui/settings/settingsdialog.h"
#include "ui/style/accessiblelook.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/installpage.h"
#include "ui/wizard/processinstalldriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QThread>

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
    profile.finalize(dlstack::probe::DetectionTables::builtin());
    return profile;
}

// A small local plan the Install page really runs (as a `dlstack install` process) for its
// screenshot: there is no network here for a real PyTorch install, so its stages say what
// they are.
QString writeDemoPlan(const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/prefix");
    const auto run = [](const QString &script) {
        return QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("run")},
            {QStringLiteral("argv"), QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}},
            {QStringLiteral("progress"), QStringLiteral("ninja")}};
    };
    const QString compile = QStringLiteral("for i in $(seq 1 60); do echo \"[$i/60] Building CXX object "
                                           "caffe2/CMakeFiles/torch_cpu.dir/aten/src/ATen/native/op$i.cpp.o\"; "
                                           "done; echo 'warning: demo plan: nothing was installed'");
    const QJsonObject plan{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), QStringLiteral("demo")},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("stages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-build")},
                         {QStringLiteral("title"), QStringLiteral("Demo: compile 60 objects")},
                         {QStringLiteral("steps"), QJsonArray{run(compile)}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("activate")},
                         {QStringLiteral("title"), QStringLiteral("Activation script")},
                         {QStringLiteral("steps"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("write_file")},
                                                 {QStringLiteral("path"), QStringLiteral("activate.sh")},
                                                 {QStringLiteral("content"), QStringLiteral("# demo\n")}}}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("verify")},
                         {QStringLiteral("title"), QStringLiteral("Verification")},
                         {QStringLiteral("steps"),
                          QJsonArray{run(
                              QStringLiteral("echo 'demo plan: activate.sh present'; test -f %1/activate.sh && echo OK")
                                  .arg(prefix))}}}}}};
    const QString path = dir + QStringLiteral("/demo-plan.json");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(plan).toJson());
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("dlstack-screenshots"));
    QApplication::setApplicationName(QStringLiteral("dlstack"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    ui::applyAccessibleLook(app);            // as dlstack-wizard: AA contrast, its own focus ring
    dlstack::support::Translator translator; // as dlstack-wizard does: English plural forms
    if (translator.loadFor(QLocale(QLocale::English)))
        QApplication::installTranslator(&translator);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    const QStringList names = {QStringLiteral("welcome"), QStringLiteral("system"), QStringLiteral("stack"),
                               QStringLiteral("options"), QStringLiteral("review"), QStringLiteral("install"),
                               QStringLiteral("finish")};
    const QPalette light = QApplication::style()->standardPalette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(ui::accessiblePalette(dark ? darkPalette() : light));
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QTemporaryDir demoDir;
        ui::ProcessInstallDriver driver(
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dlstack")));
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(replayedProfile(),
                                  QStringLiteral("replayed from nvidia-smi and os-release captures"));
        wizard.resize(1100, 720);
        wizard.show();
        for (int i = 0; i < names.size(); ++i) {
            if (i == ui::InstallWizard::OptionsPageId)
                wizard.currentPage()->findChild<QLineEdit *>()->setText(QDir::tempPath() + QStringLiteral("/dlstack"));
            if (i == ui::InstallWizard::InstallPageId) {
                auto *install = qobject_cast<ui::InstallPage *>(wizard.currentPage());
                install->start();
                QElapsedTimer clock;
                clock.start();
                while ((install->isRunning() || !wizard.button(QWizard::NextButton)->isEnabled()) &&
                       clock.elapsed() < 30000)
                    QApplication::processEvents(QEventLoop::AllEvents, 50);
                QThread::msleep(700); // the log view's poll shows the last lines
                QApplication::processEvents();
            }
            QApplication::processEvents();
            wizard.grab().save(QStringLiteral("%1/wizard-%2-%3.png").arg(out, names.at(i), suffix));
            if (i == ui::InstallWizard::ReviewPageId) // the Install page runs the demo plan
                wizard.state().planFile = writeDemoPlan(demoDir.path());
            wizard.next();
        }
        ui::SettingsDialog settings(&wizard);
        settings.show();
        QApplication::processEvents();
        settings.grab().save(QStringLiteral("%1/wizard-settings-%2.png").arg(out, suffix));
    }
    return 0;
}
