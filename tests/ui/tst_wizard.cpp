// SPDX-License-Identifier: GPL-3.0-or-later
// The install wizard walked page by page with profiles replayed from real nvidia-smi and
// os-release captures: the recommended stack, a choice blocked with its reason, options,
// review, an install driven through real processes, and the finish page.
#include "core/probe/importer.h"
#include "tests/support/testsupport.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/finishpage.h"
#include "ui/wizard/pages/installpage.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/stackpage.h"
#include "ui/wizard/pages/systempage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dlstack;

namespace {

probe::SystemProfile importFixtures(const QStringList &fixtures)
{
    probe::Importer importer;
    probe::SystemProfile profile;
    for (const QString &f : fixtures) {
        const auto outcome = importer.import(test::readFixture(f), f);
        if (outcome.format.isEmpty())
            qWarning("fixture %s not recognised", qPrintable(f));
        profile.merge(outcome.profile);
    }
    profile.finalize();
    return profile;
}

// Runs each stage as a real `sh -c 'echo ...'` process, one after the other.
class ProcessDriver : public ui::InstallDriver
{
public:
    QStringList stages(const ui::WizardState &) const override { return {QStringLiteral("one"), QStringLiteral("two")}; }
    void start(const ui::WizardState &) override { runStage(0); }
    void cancel() override {}

private:
    void runStage(int i)
    {
        if (i == 2) {
            emit progress(1.0);
            emit finished(true);
            return;
        }
        emit stageStarted(i);
        auto *process = new QProcess(this);
        connect(process, &QProcess::finished, this, [this, process, i](int code) {
            for (const QByteArray &line : process->readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    emit outputLine(QString::fromUtf8(line));
            process->deleteLater();
            if (code != 0) {
                emit stageFailed(i, QStringLiteral("exit %1").arg(code));
                emit finished(false);
                return;
            }
            emit stageFinished(i);
            emit progress((i + 1) / 2.0);
            runStage(i + 1);
        });
        process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo stage %1 line a; echo stage %1 line b").arg(i)});
    }
};

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
    }

    void recommendation_data()
    {
        QTest::addColumn<QStringList>("fixtures");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("blockedVariant"); // of the newest release
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("titan-xp-driver-450") << QStringList{QStringLiteral("probe/nvidia-smi/driver-450.57-titanxp.txt")}
                                             << QStringLiteral("cuda") << QStringLiteral("cu130")
                                             << QStringLiteral("driver 580");
        QTest::newRow("rtx4090-driver-580") << QStringList{QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt")}
                                            << QStringLiteral("cuda") << QStringLiteral("rocm7.14")
                                            << QStringLiteral("No AMD GPU");
        QTest::newRow("no-gpu") << QStringList{QStringLiteral("probe/os-release/debian-12-bookworm.txt")}
                                << QStringLiteral("cpu") << QStringLiteral("cu130") << QStringLiteral("No NVIDIA GPU");
    }

    // The Stack page preselects a stack that works and shows blocked choices with the reason.
    void recommendation()
    {
        QFETCH(QStringList, fixtures);
        QFETCH(QString, backend);
        QFETCH(QString, blockedVariant);
        QFETCH(QString, reasonPart);
        ui::InstallWizard wizard;
        QVERIFY2(wizard.catalogError().isEmpty(), qPrintable(wizard.catalogError()));
        wizard.setInjectedProfile(importFixtures(fixtures), QStringLiteral("replayed"));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::WelcomePageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::SystemPageId));
        auto *view = wizard.currentPage()->findChild<QTreeView *>();
        QVERIFY(view->model()->rowCount() >= 3);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack->isComplete());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(stack->validatePage());
        QCOMPARE(wizard.state().stack.backend, backend);

        // The newest release: the blocked variant is listed, disabled, and says why.
        QVERIFY(stack->selectTorch(wizard.catalog().releases().first().version));
        const QString reason = stack->blockReason(blockedVariant);
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        const QString variantBackend = blockedVariant.startsWith(u"cu") ? QStringLiteral("cuda") : QStringLiteral("rocm");
        if (stack->selectBackend(variantBackend)) {
            QVERIFY(!stack->selectVariant(blockedVariant));
            auto *list = stack->findChild<QListWidget *>();
            bool shown = false;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->text().contains(reason)) {
                    shown = true;
                    QVERIFY(!(list->item(i)->flags() & Qt::ItemIsEnabled));
                    QCOMPARE(list->item(i)->toolTip(), reason);
                }
            QVERIFY2(shown, "the blocked variant is not listed with its reason");
        } else {
            // Every version of that backend is blocked: the radio button carries the reason.
            bool explained = false;
            for (QRadioButton *b : stack->findChildren<QRadioButton *>())
                if (!b->isEnabled() && !b->toolTip().isEmpty())
                    explained = true;
            QVERIFY(explained);
        }
    }

    // The whole walk to Finish, installing through real processes.
    void walkToFinish()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        ProcessDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        wizard.next(); // Stack
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack->selectTorch(wizard.catalog().releases().first().version));
        QVERIFY(stack->selectBackend(QStringLiteral("cuda")));
        wizard.next(); // Options
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        auto *prefixEdit = wizard.currentPage()->findChild<QLineEdit *>();
        QCOMPARE(prefixEdit->accessibleName(), QStringLiteral("Install folder"));
        prefixEdit->setText(QStringLiteral("relative/path"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId)); // refused: not a full path
        prefixEdit->setText(prefix.path());
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY(review->summaryText().contains(wizard.state().stack.torch));
        QVERIFY(review->summaryText().contains(prefix.path()));
        QVERIFY2(review->summaryText().contains(QStringLiteral("in all on this machine")), qPrintable(review->summaryText()));
        QCOMPARE(wizard.state().options.prefix, prefix.path());
        wizard.next(); // Install
        auto *install = qobject_cast<ui::InstallPage *>(wizard.currentPage());
        QVERIFY(install);
        QCOMPARE(install->stageCount(), 2);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        install->start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QCOMPARE(install->progressPercent(), 100);
        QCOMPARE(install->stageState(0), ui::InstallPage::StageState::Done);
        QCOMPARE(install->stageState(1), ui::InstallPage::StageState::Done);
        QVERIFY(install->logText().contains(QStringLiteral("stage 1 line b")));
        wizard.next(); // Finish
        auto *finish = qobject_cast<ui::FinishPage *>(wizard.currentPage());
        QVERIFY(finish);
        QCOMPARE(finish->activationCommand(),
                 QStringLiteral("source ") + prefix.path() + QStringLiteral("/envs/torch") +
                     QString(wizard.state().stack.torch).remove(u'.') + QStringLiteral("/bin/activate"));
    }

    // A CUDA source build: distcc hosts are asked for (and checked) only with distcc, and
    // the OpenCV box means OpenCV built with CUDA.
    void sourceBuildOptions()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt"),
                                                  QStringLiteral("probe/gcc/ubuntu-22.04-gcc-11.4.0.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        wizard.next(); // Stack
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack->selectTorch(QStringLiteral("2.4.1")));
        QVERIFY(stack->selectBackend(QStringLiteral("cuda")));
        QRadioButton *source = nullptr;
        for (QRadioButton *b : stack->findChildren<QRadioButton *>())
            if (b->accessibleName() == u"Build PyTorch from source")
                source = b;
        QVERIFY(source);
        source->setChecked(true);
        wizard.next(); // Options
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        QWidget *page = wizard.currentPage();
        auto named = [page](const QString &name) -> QWidget * {
            for (QWidget *w : page->findChildren<QWidget *>())
                if (w->accessibleName() == name)
                    return w;
            return nullptr;
        };
        auto *prefixEdit = qobject_cast<QLineEdit *>(named(QStringLiteral("Install folder")));
        auto *launcher = qobject_cast<QComboBox *>(named(QStringLiteral("Compiler cache")));
        auto *hosts = qobject_cast<QLineEdit *>(named(QStringLiteral("distcc hosts")));
        QVERIFY(prefixEdit && launcher && hosts);
        prefixEdit->setText(prefix.path());
        QVERIFY(launcher->isEnabled());
        QVERIFY(!hosts->isEnabled());
        launcher->setCurrentIndex(launcher->findData(QStringLiteral("distcc")));
        QVERIFY(hosts->isEnabled());
        hosts->setText(QStringLiteral("10.0.0.5/16; reboot"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId)); // refused
        QVERIFY(qobject_cast<QLabel *>(named(QStringLiteral("Problem with the options")))->text().contains(QStringLiteral("distcc")));
        hosts->setText(QStringLiteral("10.0.0.5/16  10.0.0.6/8"));
        for (QCheckBox *c : page->findChildren<QCheckBox *>())
            if (c->text() == u"&OpenCV")
                c->setChecked(true);
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        QCOMPARE(wizard.state().options.distccHosts, QStringLiteral("10.0.0.5/16 10.0.0.6/8"));
        QCOMPARE(wizard.state().options.maxJobs, 24); // the hosts' slots, above this machine's 4
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY2(review->summaryText().contains(QStringLiteral("hour(s) in all on this machine")), qPrintable(review->summaryText()));
        wizard.back(); // a MAX_JOBS the user sets stays, whatever the hosts say
        auto *jobs = qobject_cast<QSpinBox *>(named(QStringLiteral("Parallel compile jobs")));
        QVERIFY(jobs);
        jobs->setValue(7);
        hosts->setText(QStringLiteral("10.0.0.7/64"));
        QCOMPARE(jobs->value(), 7);
        QVERIFY(wizard.state().options.extras.contains(QStringLiteral("opencv-cuda")));
    }

    // Without an install driver the Install page explains and lets the user go on.
    void noDriverExplains()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/os-release/debian-12-bookworm.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        QTemporaryDir prefix;
        wizard.currentPage()->findChild<QLineEdit *>()->setText(prefix.path());
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::InstallPageId));
        QAbstractButton *start = nullptr;
        for (QAbstractButton *b : wizard.currentPage()->findChildren<QAbstractButton *>())
            if (b->accessibleName() == u"Start the install")
                start = b;
        QVERIFY(start);
        QVERIFY(!start->isEnabled());
        QVERIFY(!start->toolTip().isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // Import on the System page: someone else's nvidia-smi replaces the profile.
    void importOnSystemPage()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/os-release/debian-12-bookworm.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        auto *system = qobject_cast<ui::SystemPage *>(wizard.currentPage());
        QCOMPARE(wizard.state().profile.gpus.size(), 0);
        const QString message = system->importTexts(
            {{QStringLiteral("smi.txt"), test::readFixture(QStringLiteral("probe/nvidia-smi/driver-450.57-titanxp.txt"))},
             {QStringLiteral("junk.bin"), QByteArray("\x00\xff\xfe garbage", 12)}});
        QVERIFY2(message.contains(QStringLiteral("junk.bin")), qPrintable(message));
        QCOMPARE(wizard.state().profile.gpus.size(), 1);
        QVERIFY(wizard.state().profileOrigin.contains(QStringLiteral("smi.txt")));
        QTemporaryDir dir;
        QCOMPARE(system->saveBundle(dir.filePath(QStringLiteral("bundle"))), QString());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bundle/profile.json"))));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
