// SPDX-License-Identifier: GPL-3.0-or-later
// wizard_screenshots OUTDIR [SUFFIX]: renders every wizard page and the settings dialog with a
// profile replayed from real captures into OUTDIR/wizard-<page>-<suffix>.png (docs/screenshots):
// light and dark at the documentation's 1100x720, German at 1100x720, and English and German at
// a netbook's 1024x600. Run with QT_QPA_PLATFORM=offscreen (or on an X server such as Xvfb).
#include "core/plan/stagetitle.h"
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
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>

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
// screenshot: there is no network here for a real PyTorch install, so it runs what needs none,
// for real: a venv made by python3 -m venv, its activation script and a check that the venv's
// Python starts. Its stage titles come from the recipes' templates, so they are translated.
QString writeDemoPlan(const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/prefix");
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QStringLiteral("import sys; print('%d.%d' % sys.version_info[:2])")});
    python.waitForFinished(10000);
    const QString version = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    const auto run = [](const QStringList &argv, const QString &creates = QString()) {
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("run")},
                      {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
        if (!creates.isEmpty())
            o.insert(QStringLiteral("creates"), QJsonArray{creates});
        return o;
    };
    const QString env = prefix + QStringLiteral("/env");
    const QJsonObject plan{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), QStringLiteral("demo")},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("stages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("env")},
                         {QStringLiteral("title"), plan::stageTitle(plan::StageTitle::VirtualEnvironment, {version})},
                         {QStringLiteral("steps"),
                          QJsonArray{run({QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("venv"),
                                          QStringLiteral("--without-pip"), env},
                                         env)}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("activate")},
                         {QStringLiteral("title"), plan::stageTitle(plan::StageTitle::Activation)},
                         {QStringLiteral("steps"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("kind"), QStringLiteral("write_file")},
                              {QStringLiteral("path"), QStringLiteral("activate.sh")},
                              {QStringLiteral("content"), QStringLiteral(". %1/bin/activate\n").arg(env)}}}}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("verify")},
                         {QStringLiteral("title"), plan::stageTitle(plan::StageTitle::Verify)},
                         {QStringLiteral("steps"),
                          QJsonArray{run({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                          QStringLiteral(". %1/activate.sh && python -c 'import sys; "
                                                         "print(sys.executable, sys.version.split()[0])' && echo OK")
                                              .arg(prefix)})}}}}}};
    const QString path = dir + QStringLiteral("/demo-plan.json");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(plan).toJson());
    return path;
}

// One set of screenshots: a palette, a language and a window size, named by its suffix.
struct Variant
{
    QString suffix; // wizard-<page>-<suffix>.png
    bool dark = false;
    QString language; // "en", "de", "fr"
    QSize size;
};

// The translators dlstack-wizard installs for a language: its own and Qt's (qtbase).
class Language
{
public:
    explicit Language(const QString &name)
    {
        const QLocale locale(name);
        QLocale::setDefault(locale);
        if (m_own.loadFor(locale))
            QCoreApplication::installTranslator(&m_own);
        if (name != u"en" && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::English));
    }

private:
    support::Translator m_own;
    QTranslator m_qt;
};

void shoot(const QString &out, const Variant &variant, const QPalette &light)
{
    const Language language(variant.language);
    QApplication::setPalette(ui::accessiblePalette(variant.dark ? darkPalette() : light));
    const QStringList names = {QStringLiteral("welcome"), QStringLiteral("system"), QStringLiteral("stack"),
                               QStringLiteral("options"), QStringLiteral("review"), QStringLiteral("install"),
                               QStringLiteral("finish")};
    QTemporaryDir demoDir;
    ui::ProcessInstallDriver driver(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dlstack")));
    ui::InstallWizard wizard;
    wizard.setInstallDriver(&driver);
    wizard.setInjectedProfile(replayedProfile(), QStringLiteral("replayed from nvidia-smi and os-release captures"));
    wizard.resize(variant.size);
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
                   clock.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(700); // the log view's poll shows the last lines
            QApplication::processEvents();
        }
        if (i == ui::InstallWizard::ReviewPageId) // the network check says its sentence
            for (int wait = 0; wait < 200 && wizard.currentPage()
                                                 ->findChild<QLabel *>(QStringLiteral("networkCheck"))
                                                 ->text()
                                                 .endsWith(QStringLiteral("…"));
                 ++wait)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
        QApplication::processEvents();
        wizard.grab().save(QStringLiteral("%1/wizard-%2-%3.png").arg(out, names.at(i), variant.suffix));
        if (i == ui::InstallWizard::ReviewPageId) { // the Install page runs the demo plan
            wizard.state().planFile = writeDemoPlan(demoDir.path());
            wizard.state().planned.reset();
        }
        wizard.next();
    }
    ui::SettingsDialog settings(&wizard);
    settings.show();
    QApplication::processEvents();
    settings.grab().save(QStringLiteral("%1/wizard-settings-%2.png").arg(out, variant.suffix));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("dlstack-screenshots"));
    QApplication::setApplicationName(QStringLiteral("dlstack"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    ui::applyAccessibleLook(app); // as dlstack-wizard: AA contrast, its own focus ring
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    const QPalette light = QApplication::style()->standardPalette();
    const QSize docs(1100, 720), netbook(1024, 600);
    const QList<Variant> variants = {
        {QStringLiteral("light"), false, QStringLiteral("en"), docs},
        {QStringLiteral("dark"), true, QStringLiteral("en"), docs},
        {QStringLiteral("de"), false, QStringLiteral("de"), docs},
        {QStringLiteral("1024x600"), false, QStringLiteral("en"), netbook},
        {QStringLiteral("de-1024x600"), false, QStringLiteral("de"), netbook},
        {QStringLiteral("800x480"), false, QStringLiteral("en"), QSize(800, 480)},
    };
    for (const Variant &variant : variants) {
        if (argc > 2 && QString::fromLocal8Bit(argv[2]) != variant.suffix)
            continue; // `wizard_screenshots OUTDIR SUFFIX`: one set only
        shoot(out, variant, light);
    }
    return 0;
}
