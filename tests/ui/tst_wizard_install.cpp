// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's Install page with the real ProcessInstallDriver: a small local plan runs as
// its own `dlstack install` process (build/bin/dlstack), the page follows its events and
// stage logs to 100 %, a stage is rolled back, a failing stage is fixed and resumed, and a
// window closed mid-build leaves the build running for a new window to re-attach to. The
// options' proxy password reaches the install process in its environment only: the steps get
// the proxy variables with it, the handed plan file and the prefix's records never hold it.
#include "core/engine/journal.h"
#include "core/plan/planloader.h"
#include "core/plan/prefixlayout.h"
#include "ui/log/loginspector.h"
#include "ui/log/logview.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/finishpage.h"
#include "ui/wizard/pages/installpage.h"
#include "ui/wizard/processinstalldriver.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dlstack;

namespace {

QJsonObject runStep(const QString &script)
{
    return {{QStringLiteral("kind"), QStringLiteral("run")},
            {QStringLiteral("argv"), QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}},
            {QStringLiteral("progress"), QStringLiteral("ninja")}};
}

QJsonObject writeStep(const QString &path, const QString &content)
{
    return {{QStringLiteral("kind"), QStringLiteral("write_file")},
            {QStringLiteral("path"), path},
            {QStringLiteral("content"), content},
            {QStringLiteral("mode"), QStringLiteral("0644")}};
}

// Three stages: compile-like output with [n/m] progress, a file written, and a check that
// fails until `fixed` exists in the prefix. slowSeconds makes the first stage last longer.
QString writePlan(const QTemporaryDir &dir, const QString &prefix, int slowSeconds = 0)
{
    const QString compile =
        QStringLiteral("for i in 1 2 3 4 5 6 7 8; do echo \"[$i/8] Building CXX object op$i.o\"; "
                       "sleep %1; done")
            .arg(slowSeconds > 0 ? QString::number(double(slowSeconds) / 8.0) : QStringLiteral("0.02"));
    const QJsonObject plan{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), QStringLiteral("wizard test")},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("stages"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("build")},
                                {QStringLiteral("title"), QStringLiteral("Build")},
                                {QStringLiteral("steps"), QJsonArray{runStep(compile)}}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("activate")},
                                {QStringLiteral("title"), QStringLiteral("Activation script")},
                                {QStringLiteral("steps"),
                                 QJsonArray{writeStep(QStringLiteral("activate.sh"), QStringLiteral("export X=1\n"))}}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("verify")},
                                {QStringLiteral("title"), QStringLiteral("Verification")},
                                {QStringLiteral("steps"),
                                 QJsonArray{runStep(QStringLiteral("test -f '%1/fixed' || { echo 'error: verification "
                                                                   "failed'; exit 3; }; echo verified; echo '{\"ok\": "
                                                                   "true, \"problems\": [], \"torch\": \"2.4.1\", "
                                                                   "\"python\": \"3.11.2\"}'")
                                                        .arg(prefix))}}}}}};
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(plan).toJson());
    return path;
}

QString dlstackProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dlstack"));
}

ui::InstallPage *openOnInstall(ui::InstallWizard &wizard, ui::InstallDriver &driver, const QString &planFile)
{
    wizard.setInstallDriver(&driver);
    wizard.state().planFile = planFile;
    wizard.showRunningInstall();
    wizard.show();
    return qobject_cast<ui::InstallPage *>(wizard.currentPage());
}

} // namespace

class TestWizardInstall : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_install"));
        QVERIFY2(QFile::exists(dlstackProgram()), qPrintable(dlstackProgram()));
    }

    // The wizard's plan with a proxy whose password was typed on the Options page.
    void proxyPasswordOnlyInTheInstallsEnvironment()
    {
        const QString password = QStringLiteral("s3cret-Pr0xy");
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        const QJsonObject json{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("name"), QStringLiteral("proxied")},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("proxy"), QStringLiteral("http://alice@proxy.example.org:3128")},
            {QStringLiteral("proxy_credential"), QStringLiteral("proxy-password")},
            {QStringLiteral("stages"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("env")},
                             {QStringLiteral("title"), QStringLiteral("Proxy environment")},
                             {QStringLiteral("steps"),
                              QJsonArray{runStep(QStringLiteral("env | grep -i '_proxy=' | sort > %1/proxy-env.txt; "
                                                                "echo \"proxy: $https_proxy\"")
                                                     .arg(prefix))}}}}}};
        const auto loaded = plan::loadPlan(QJsonDocument(json).toJson(), QStringLiteral("proxied.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().summary));
        ui::ProcessInstallDriver driver(dlstackProgram());
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        ui::WizardState &state = wizard.state();
        state.target.prefix = prefix;
        state.target.proxy = QStringLiteral("http://alice:%1@proxy.example.org:3128").arg(password);
        state.planned = plan::PlanOutcome{};
        state.planned->plan = loaded.value();
        QSignalSpy finished(&driver, &ui::InstallDriver::finished);
        driver.start(state);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), "the install failed");
        QFile env(prefix + QStringLiteral("/proxy-env.txt"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QString vars = QString::fromUtf8(env.readAll());
        QVERIFY2(vars.contains(QStringLiteral("https_proxy=http://alice:%1@proxy.example.org:3128").arg(password)),
                 qPrintable(vars));
        QVERIFY2(vars.contains(QStringLiteral("HTTP_PROXY=http://alice:%1@proxy.example.org:3128").arg(password)),
                 qPrintable(vars));
        // Nothing under the prefix holds it: handed plan, journal, events, logs.
        QDirIterator it(prefix + QStringLiteral("/.dlstack"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 3);
    }

    void failFixResumeAndRollBack_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("plain") << QStringLiteral("prefix");
        // A path with spaces and letters outside ASCII, in the folder and the prefix itself.
        QTest::newRow("spaces and umlauts") << QStringLiteral("Übungen 2026/Präfix mit é");
    }

    void failFixResumeAndRollBack()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        const QString prefix = dir.filePath(folder);
        const QString planFile = writePlan(dir, prefix);
        ui::ProcessInstallDriver driver(dlstackProgram());
        ui::InstallWizard wizard;
        ui::InstallPage *page = openOnInstall(wizard, driver, planFile);
        QVERIFY(page);
        QCOMPARE(page->stageCount(), 3);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // First run: the verification fails; the stages before it are done.
        page->start();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
        QCOMPARE(page->stageState(0), ui::InstallPage::StageState::Done);
        QCOMPARE(page->stageState(1), ui::InstallPage::StageState::Done);
        QCOMPARE(page->stageState(2), ui::InstallPage::StageState::Failed);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // The inspector followed the failing stage's own log, written by the install process.
        QTRY_VERIFY_WITH_TIMEOUT(page->inspector()->view()->rowCount() >= 2, 5000);
        QCOMPARE(page->inspector()->followedPath(), plan::PrefixLayout(prefix).stageLog(QStringLiteral("verify")));
        QFile verifyLog(page->inspector()->followedPath());
        QVERIFY(verifyLog.open(QIODevice::ReadOnly));
        QVERIFY(verifyLog.readAll().contains("error: verification failed"));

        // Fixed: Resume skips the finished stages and ends at 100 %.
        QFile fixed(prefix + QStringLiteral("/fixed"));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.close();
        const QByteArray buildLogBefore = [&] {
            QFile f(plan::PrefixLayout(prefix).stageLog(QStringLiteral("build")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        page->start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(page->progressPercent(), 100);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(page->stageState(i), ui::InstallPage::StageState::Done);
        {
            // Finish says in sentences what the verification stage reported, not its JSON.
            wizard.next();
            auto *finish = qobject_cast<ui::FinishPage *>(wizard.currentPage());
            QVERIFY(finish);
            QVERIFY2(finish->verificationText().contains(QStringLiteral("✓ PyTorch 2.4.1 imports with Python 3.11.2")),
                     qPrintable(finish->verificationText()));
            QVERIFY2(!finish->verificationText().contains(u'{'), qPrintable(finish->verificationText()));
            // A path with a space is quoted for the shell the command is pasted into.
            const QString script = prefix + QStringLiteral("/activate.sh");
            QCOMPARE(finish->activationCommand(),
                     QStringLiteral("source ") + (script.contains(u' ') ? u'\'' + script + u'\'' : script));
            wizard.back();
            page = qobject_cast<ui::InstallPage *>(wizard.currentPage());
            QVERIFY(page);
        }
        QFile buildLog(plan::PrefixLayout(prefix).stageLog(QStringLiteral("build")));
        QVERIFY(buildLog.open(QIODevice::ReadOnly));
        QCOMPARE(buildLog.readAll(), buildLogBefore); // not built a second time
        QVERIFY(QFile::exists(prefix + QStringLiteral("/activate.sh")));

        // Roll back the activation stage: the confirmation lists the file, the file goes.
        const QStringList preview = driver.rollbackPreview(1);
        QVERIFY2(preview.join(u'\n').contains(prefix + QStringLiteral("/activate.sh")),
                 qPrintable(preview.join(u'\n')));
        page->rollBackStage(1, true);
        QTRY_COMPARE_WITH_TIMEOUT(page->stageState(1), ui::InstallPage::StageState::RolledBack, 30000);
        QVERIFY(!QFile::exists(prefix + QStringLiteral("/activate.sh")));
        QCOMPARE(page->stageState(0), ui::InstallPage::StageState::Done);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no longer a finished install
    }

    // A stopped install opened again in a new window (as dlstack-wizard does at start) shows
    // where it stopped: stage states, progress, the failed stage's log with its diagnosis;
    // its finished stages can be rolled back and Back leads to the plan's review.
    void reopenedStoppedInstallShowsWhereItStopped()
    {
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        const QString planFile = writePlan(dir, prefix);
        {
            ui::ProcessInstallDriver first(dlstackProgram());
            ui::InstallWizard wizard;
            ui::InstallPage *page = openOnInstall(wizard, first, planFile);
            QVERIFY(page);
            page->start();
            QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
            QCOMPARE(page->stageState(2), ui::InstallPage::StageState::Failed);
        }
        QFile::remove(planFile); // the window that comes back has only the prefix
        ui::ProcessInstallDriver again(dlstackProgram());
        ui::InstallWizard wizard;
        const QString kept = ui::ProcessInstallDriver::planPath(prefix);
        QCOMPARE(kept, plan::PrefixLayout(prefix).plan());
        ui::InstallPage *page = openOnInstall(wizard, again, kept);
        QVERIFY(page);
        QCOMPARE(page->stageState(0), ui::InstallPage::StageState::Done);
        QCOMPARE(page->stageState(1), ui::InstallPage::StageState::Done);
        QCOMPARE(page->stageState(2), ui::InstallPage::StageState::Failed);
        QCOMPARE(page->progressPercent(), 66);
        QCOMPARE(page->inspector()->followedPath(), plan::PrefixLayout(prefix).stageLog(QStringLiteral("verify")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->inspector()->diagnoses().isEmpty(), 10000);
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());

        QVERIFY(!again.rollbackPreview(1).isEmpty());
        page->rollBackStage(1, true);
        QTRY_COMPARE_WITH_TIMEOUT(page->stageState(1), ui::InstallPage::StageState::RolledBack, 30000);
        QVERIFY(!QFile::exists(prefix + QStringLiteral("/activate.sh")));

        wizard.back();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
    }

    // Pause stops the compiling program: its log stops growing until Continue, then the
    // install finishes.
    void pauseStopsTheRunningProgram()
    {
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        QDir().mkpath(prefix);
        QFile fixed(prefix + QStringLiteral("/fixed"));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.close();
        const QString planFile = writePlan(dir, prefix, 4);
        ui::ProcessInstallDriver driver(dlstackProgram());
        ui::InstallWizard wizard;
        ui::InstallPage *page = openOnInstall(wizard, driver, planFile);
        page->start();
        const QString buildLog = plan::PrefixLayout(prefix).stageLog(QStringLiteral("build"));
        const auto lines = [&] {
            QFile f(buildLog);
            return f.open(QIODevice::ReadOnly) ? f.readAll().count('\n') : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lines() >= 3, 10000); // "==> run ..." and two objects
        page->setPaused(true);
        QVERIFY(page->isPaused());
        QTest::qWait(300); // the signal arrives and the group stops
        const qsizetype atPause = lines();
        QTest::qWait(1500); // more than two objects' worth of time
        QCOMPARE(lines(), atPause);
        QVERIFY(page->isRunning());
        page->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(page->stageState(2), ui::InstallPage::StageState::Done);
        QVERIFY(lines() >= 9);
    }

    // The window is closed while the build runs; "Keep building" leaves it running, and a
    // new window with a new driver attaches to it and sees it finish.
    void closedWindowKeepsBuildingAndReattaches()
    {
        QTemporaryDir dir;
        const QString prefix = dir.filePath(QStringLiteral("prefix"));
        QDir().mkpath(prefix);
        QFile fixed(prefix + QStringLiteral("/fixed"));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.close();
        const QString planFile = writePlan(dir, prefix, 3);
        {
            ui::ProcessInstallDriver driver(dlstackProgram());
            ui::InstallWizard wizard;
            ui::InstallPage *page = openOnInstall(wizard, driver, planFile);
            page->start();
            QTRY_VERIFY_WITH_TIMEOUT(ui::ProcessInstallDriver::runningJob(prefix) > 0, 10000);
            bool asked = false;
            QTimer::singleShot(200, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                for (QAbstractButton *b : box->buttons())
                    if (b->text().contains(QStringLiteral("Keep building"))) {
                        asked = true;
                        b->click();
                    }
            });
            wizard.reject(); // Cancel / Escape / the window's close button
            QVERIFY(asked);
            QVERIFY(!wizard.isVisible());
        }
        QVERIFY2(ui::ProcessInstallDriver::runningJob(prefix) > 0, "the build stopped with its window");

        ui::ProcessInstallDriver again(dlstackProgram());
        QVERIFY(again.attach(prefix));
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&again);
        wizard.state().planFile = ui::ProcessInstallDriver::planPath(prefix);
        wizard.showRunningInstall();
        wizard.show();
        auto *page = qobject_cast<ui::InstallPage *>(wizard.currentPage());
        QVERIFY(page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(page->stageState(2), ui::InstallPage::StageState::Done);
        QCOMPARE(page->progressPercent(), 100);
        QCOMPARE(ui::ProcessInstallDriver::runningJob(prefix), qint64(0));
    }
};

QTEST_MAIN(TestWizardInstall)
#include "tst_wizard_install.moc"
