// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard for beginners and for experts: the Options page shows the install folder, the
// environment, the extras and the offline folder, and keeps the expert fields behind
// "Advanced options" (closed at first, opened from the keyboard, remembered, within a
// 1024x600 window); a field that does not apply is off with its reason in view; the Stack
// page marks versions latest, recommended and LTS, and a single version takes one row; the
// recommended default shows no doubts about the version data on Stack and Review, while the
// Advanced section names them and any other stack still shows them.
#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/versioncompare.h"
#include "core/plan/developbuild.h"
#include "profilespec.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/stackpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace dlstack;

namespace {

// An RTX 4090 on driver 580 with Python 3.11, GCC 11 and CMake 3.30 (so a source build can
// work) and no environment: CUDA wheels are recommended.
const QString kGpuMachine =
    QStringLiteral("gpu=GeForce RTX 4090:8.9;driver=580.65.06;python=3.11.2;gcc=11.4.0;cmake=3.30.2;mem=64;cores=16");
const QString kCpuMachine = QStringLiteral("python=3.11.2");

QWidget *named(QWidget *page, const QString &name)
{
    for (QWidget *w : page->findChildren<QWidget *>())
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

template <typename T> T *namedAs(QWidget *page, const QString &name)
{
    return qobject_cast<T *>(named(page, name));
}

// The wizard on its Options page, with the Stack page's default (or `source`: a build).
void toOptions(ui::InstallWizard &wizard, const QString &machine, bool source = false)
{
    wizard.setInjectedProfile(test::profileFromSpec(machine), QStringLiteral("replayed"));
    wizard.show();
    wizard.next(); // System
    wizard.next(); // Stack
    if (source)
        namedAs<QRadioButton>(wizard.currentPage(), QStringLiteral("Build PyTorch from source"))->setChecked(true);
    wizard.next(); // Options
    if (wizard.currentId() != ui::InstallWizard::OptionsPageId)
        qFatal("the Options page did not open");
}

const QStringList kExpertFields = {QStringLiteral("GPU architecture list"), QStringLiteral("Parallel compile jobs"),
                                   QStringLiteral("Compiler cache"),        QStringLiteral("distcc hosts"),
                                   QStringLiteral("Package mirror URL"),    QStringLiteral("Proxy"),
                                   QStringLiteral("Development install")};

} // namespace

class TestWizardAdvanced : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_advanced"));
    }

    // Beginners see the folder, the environment, the extras and the offline folder; the
    // expert fields open with the keyboard (Tab to the toggle, Space) and stay open when the
    // page is left and shown again.
    void advancedSectionClosedThenRemembered()
    {
        QTemporaryDir prefix;
        ui::InstallWizard wizard;
        toOptions(wizard, kGpuMachine);
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QWidget *page = wizard.currentPage();
        for (const QString &beginner : {QStringLiteral("Install folder"), QStringLiteral("Offline package folder"),
                                        QStringLiteral("Environment name"), QStringLiteral("Existing environment")}) {
            QWidget *w = named(page, beginner);
            QVERIFY2(w && w->isVisible(), qPrintable(beginner));
        }
        for (QCheckBox *c : page->findChildren<QCheckBox *>())
            if (!kExpertFields.contains(c->accessibleName())) // the extras
                QVERIFY2(c->isVisible(), qPrintable(c->text()));
        for (const QString &expert : kExpertFields) {
            QWidget *w = named(page, expert);
            QVERIFY2(w && !w->isVisible(), qPrintable(expert));
        }
        auto *toggle = namedAs<QToolButton>(page, QStringLiteral("Show advanced options"));
        QVERIFY(toggle && toggle->isVisible() && !toggle->isChecked());
        QVERIFY(!wizard.state().showAdvanced);

        // Reached with Tab from the install folder, opened with Space.
        auto *folder = namedAs<QLineEdit>(page, QStringLiteral("Install folder"));
        folder->setText(prefix.path());
        folder->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 40 && QApplication::focusWidget() != toggle; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), toggle);
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(toggle->isChecked());
        QVERIFY(wizard.state().showAdvanced);
        for (const QString &expert : kExpertFields)
            QVERIFY2(named(page, expert)->isVisible(), qPrintable(expert));

        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        wizard.back(); // Options, as it was left
        QVERIFY(toggle->isChecked());
        QVERIFY(named(page, QStringLiteral("Proxy"))->isVisible());
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!named(page, QStringLiteral("Proxy"))->isVisible());
        QVERIFY(!wizard.state().showAdvanced);
    }

    // Open, the section scrolls inside the page: the window stays 1024x600 with its buttons in it.
    void openSectionFits1024x600()
    {
        ui::InstallWizard wizard;
        wizard.resize(1024, 600);
        toOptions(wizard, kGpuMachine, true);
        QWidget *page = wizard.currentPage();
        namedAs<QToolButton>(page, QStringLiteral("Show advanced options"))->setChecked(true);
        QApplication::processEvents();
        QVERIFY2(wizard.minimumSizeHint().height() <= 600,
                 qPrintable(QString::number(wizard.minimumSizeHint().height())));
        QCOMPARE(wizard.size(), QSize(1024, 600));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QVERIFY(next->mapTo(&wizard, QPoint(0, next->height())).y() <= wizard.height());
        QVERIFY(named(page, QStringLiteral("Install folder"))->isVisible());
        QVERIFY(named(page, QStringLiteral("GPU architecture list"))->isVisible());
    }

    // Source-build fields only for a source build, distcc hosts only with distcc; the reason
    // for each field that is off is a label in view.
    void fieldsOnlyWhereTheyApply()
    {
        {
            ui::InstallWizard wizard;
            toOptions(wizard, kGpuMachine); // prebuilt wheels
            QWidget *page = wizard.currentPage();
            namedAs<QToolButton>(page, QStringLiteral("Show advanced options"))->setChecked(true);
            for (const QString &field :
                 {QStringLiteral("GPU architecture list"), QStringLiteral("Parallel compile jobs"),
                  QStringLiteral("Compiler cache"), QStringLiteral("distcc hosts")})
                QVERIFY2(!named(page, field)->isEnabled(), qPrintable(field));
            for (const QString &field : {QStringLiteral("Package mirror URL"), QStringLiteral("Proxy")})
                QVERIFY2(named(page, field)->isEnabled(), qPrintable(field));
            auto *why = namedAs<QLabel>(page, QStringLiteral("Why the source build options are off"));
            QVERIFY(why && why->isVisible() && why->isEnabled());
            QVERIFY2(why->text().contains(QStringLiteral("build from source")), qPrintable(why->text()));
            QVERIFY(!named(page, QStringLiteral("Why the distcc hosts are off"))->isVisible());
        }
        ui::InstallWizard wizard;
        toOptions(wizard, kGpuMachine, true);
        QCOMPARE(wizard.state().selection.route, matrix::Route::Source);
        QWidget *page = wizard.currentPage();
        namedAs<QToolButton>(page, QStringLiteral("Show advanced options"))->setChecked(true);
        for (const QString &field : {QStringLiteral("GPU architecture list"), QStringLiteral("Parallel compile jobs"),
                                     QStringLiteral("Compiler cache")})
            QVERIFY2(named(page, field)->isEnabled(), qPrintable(field));
        QVERIFY(!named(page, QStringLiteral("Why the source build options are off"))->isVisible());
        auto *hosts = named(page, QStringLiteral("distcc hosts"));
        auto *hostsWhy = namedAs<QLabel>(page, QStringLiteral("Why the distcc hosts are off"));
        QVERIFY(!hosts->isEnabled());
        QVERIFY(hostsWhy->isVisible());
        QVERIFY2(hostsWhy->text().contains(QStringLiteral("distcc")), qPrintable(hostsWhy->text()));
        auto *launcher = namedAs<QComboBox>(page, QStringLiteral("Compiler cache"));
        launcher->setCurrentIndex(launcher->findData(QStringLiteral("distcc")));
        QVERIFY(hosts->isEnabled());
        QVERIFY(!hostsWhy->isVisible());
    }

    // A development install (`dlstack plan --develop`) from the Advanced section: off with the
    // source build's reason for prebuilt wheels; ticked for a source build, the plan installs
    // torch editable and Review says how to rebuild after an edit.
    void developmentInstallForASourceBuild()
    {
        {
            ui::InstallWizard wizard;
            toOptions(wizard, kGpuMachine); // prebuilt wheels
            QWidget *page = wizard.currentPage();
            namedAs<QToolButton>(page, QStringLiteral("Show advanced options"))->setChecked(true);
            auto *develop = namedAs<QCheckBox>(page, QStringLiteral("Development install"));
            QVERIFY(develop && develop->isVisible() && !develop->isEnabled());
            QVERIFY(named(page, QStringLiteral("Why the source build options are off"))->isVisible());
            develop->setChecked(true); // even so: a prebuilt plan has nothing to develop
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
            QVERIFY(!wizard.state().selection.develop);
        }
        QTemporaryDir prefix;
        ui::InstallWizard wizard;
        toOptions(wizard, kGpuMachine, true);
        QWidget *page = wizard.currentPage();
        namedAs<QLineEdit>(page, QStringLiteral("Install folder"))->setText(prefix.path());
        namedAs<QToolButton>(page, QStringLiteral("Show advanced options"))->setChecked(true);
        auto *develop = namedAs<QCheckBox>(page, QStringLiteral("Development install"));
        QVERIFY(develop->isEnabled() && !develop->isChecked()); // off unless asked for
        develop->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        QVERIFY(wizard.state().selection.develop);
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY2(review->summaryText().contains(QStringLiteral("Development install")),
                 qPrintable(review->summaryText()));
        QVERIFY2(review->summaryText().contains(QStringLiteral("dlstack rebuild")), qPrintable(review->summaryText()));
        QVERIFY(wizard.state().planned && wizard.state().planned->plan);
        bool editable = false;
        for (const plan::Stage &stage : wizard.state().planned->plan->stages)
            for (const plan::Step &step : stage.steps)
                editable = editable || plan::isEditableInstall(step);
        QVERIFY(editable);
        wizard.back(); // Options, as it was left
        QVERIFY(develop->isChecked());
    }

    // No environment found and no CUDA: the existing-environment choice and apex are off, and
    // the page says why in text, not only in a tooltip.
    void disabledChoicesSayWhy()
    {
        ui::InstallWizard wizard;
        toOptions(wizard, kCpuMachine);
        QWidget *page = wizard.currentPage();
        QRadioButton *existing = nullptr;
        for (QRadioButton *b : page->findChildren<QRadioButton *>())
            if (b->text().contains(QStringLiteral("xisting")))
                existing = b;
        QVERIFY(existing && !existing->isEnabled());
        auto *why = namedAs<QLabel>(page, QStringLiteral("Why no existing environment can be chosen"));
        QVERIFY(why && why->isVisible());
        QCOMPARE(why->text(), existing->toolTip());
        QCheckBox *apex = nullptr;
        for (QCheckBox *c : page->findChildren<QCheckBox *>())
            if (c->text() == u"ap&ex")
                apex = c;
        QVERIFY(apex && !apex->isEnabled());
        auto *apexWhy = namedAs<QLabel>(page, QStringLiteral("Why apex cannot be chosen"));
        QVERIFY(apexWhy && apexWhy->isVisible());
        QVERIFY2(apexWhy->text().contains(QStringLiteral("CUDA")), qPrintable(apexWhy->text()));

        // With CUDA, apex is on and says nothing where the matrix has an Apex tag for the release;
        // where it has none (the newest releases), the reason says that instead of "CUDA only".
        ui::InstallWizard gpu;
        toOptions(gpu, kGpuMachine);
        QCheckBox *gpuApex = nullptr;
        for (QCheckBox *c : gpu.currentPage()->findChildren<QCheckBox *>())
            if (c->text() == u"ap&ex")
                gpuApex = c;
        QVERIFY(gpuApex);
        auto *gpuWhy = namedAs<QLabel>(gpu.currentPage(), QStringLiteral("Why apex cannot be chosen"));
        QVERIFY(gpuWhy);
        QCOMPARE(gpuWhy->isVisible(), !gpuApex->isEnabled());
        if (!gpuApex->isEnabled())
            QVERIFY2(!gpuWhy->text().contains(QStringLiteral("CUDA backend only")), qPrintable(gpuWhy->text()));
    }

    // PyTorch releases: the newest marked latest, the recommended one recommended, and LTS
    // exactly where torch.json says so (1.8.2); the recommended CUDA version and the newest
    // one of the release are marked in the version list.
    void versionsAreMarked()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(test::profileFromSpec(kGpuMachine), QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        wizard.next();
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack);
        const matrix::Selection chosen = stack->currentSelection(); // the recommended default
        auto *torch = namedAs<QComboBox>(stack, QStringLiteral("PyTorch version"));
        QVERIFY(torch && torch->count() > 10);
        const matrix::Matrix &m = *wizard.context().matrix();
        QCOMPARE(torch->itemData(0).toString(), m.releases().constLast().version);
        for (int i = 0; i < torch->count(); ++i) {
            const QString text = torch->itemText(i);
            const QString version = torch->itemData(i).toString();
            QVERIFY2(text.startsWith(version), qPrintable(text));
            QCOMPARE(text.contains(QStringLiteral("latest")), i == 0);
            QCOMPARE(text.contains(QStringLiteral("recommended")), version == chosen.torch);
            QCOMPARE(text.contains(QStringLiteral("LTS")), m.release(version)->lts);
            QCOMPARE(text.contains(QStringLiteral("LTS")), version == u"1.8.2");
        }
        auto *versions = namedAs<QListWidget>(stack, QStringLiteral("Backend version"));
        QVERIFY(versions && versions->count() > 1);
        const matrix::TorchRelease *release = m.release(chosen.torch);
        QString newest;
        for (const matrix::TorchVariant &v : release->variants)
            if (v.backend == matrix::Backend::Cuda &&
                (newest.isEmpty() || matrix::compareVersion(v.version, newest) > 0))
                newest = v.version;
        int recommendedRows = 0;
        for (int row = 0; row < versions->count(); ++row) {
            const QString text = versions->item(row)->text();
            QCOMPARE(text.contains(QStringLiteral("latest")), text.startsWith(QStringLiteral("CUDA ") + newest));
            if (text.contains(QStringLiteral("recommended"))) {
                ++recommendedRows;
                QVERIFY2(text.startsWith(QStringLiteral("CUDA ") + chosen.cuda), qPrintable(text));
                QCOMPARE(versions->currentRow(), row);
            }
        }
        QCOMPARE(recommendedRows, 1);
    }

    // One version (CPU) takes one row, not a box for eight; several take their rows.
    void oneVersionIsOneRowTall()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(test::profileFromSpec(kGpuMachine), QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        wizard.next();
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        auto *versions = namedAs<QListWidget>(stack, QStringLiteral("Backend version"));
        QVERIFY(stack->selectBackend(matrix::Backend::Cpu));
        QCOMPARE(versions->count(), 1);
        const int row = versions->sizeHintForRow(0);
        QVERIFY(row > 0);
        QCOMPARE(versions->height(), row + 2 * versions->frameWidth());
        QVERIFY(stack->selectBackend(matrix::Backend::Cuda));
        QVERIFY(versions->count() >= 2);
        int rows = 0;
        for (int r = 0; r < std::min(versions->count(), 8); ++r)
            rows += versions->visualItemRect(versions->item(r)).height();
        QCOMPARE(versions->height(), rows + 2 * versions->frameWidth());
    }

    // An install folder that cannot be made (here below a regular file, which even root cannot
    // write into): a visible sentence says so and names the folder, and no install starts.
    void unusableInstallFolderIsSaidNotInstalled()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString folder = dir.filePath(QStringLiteral("a file/dlstack"));
        ui::InstallWizard wizard;
        toOptions(wizard, kGpuMachine);
        QWidget *options = wizard.currentPage();
        namedAs<QLineEdit>(options, QStringLiteral("Install folder"))->setText(folder);
        wizard.next();
        QStringList shown;
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            if (label->isVisible())
                shown << label->text();
        for (QTextBrowser *text : wizard.currentPage()->findChildren<QTextBrowser *>())
            if (text->isVisible())
                shown << text->toPlainText();
        const QString all = shown.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("is a file, not a folder")), qPrintable(all));
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        QVERIFY(!wizard.currentPage()->isComplete()); // Install stays disabled
        QVERIFY(!QFileInfo::exists(folder));
    }

    // A version that cannot work here says why in full: its reason wraps inside the list's
    // width, with no horizontal scroll bar, and the list grows with the wrapped rows.
    void disabledReasonsWrapInTheVersionList()
    {
        ui::InstallWizard wizard;
        // An old driver: the newer CUDA versions are offered greyed, each with its reason.
        wizard.setInjectedProfile(
            test::profileFromSpec(QStringLiteral("gpu=TITAN Xp:6.1;driver=450.57;python=3.8.10;mem=16;cores=8")),
            QStringLiteral("replayed"));
        wizard.resize(1024, 600);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next();
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        auto *versions = namedAs<QListWidget>(stack, QStringLiteral("Backend version"));
        QVERIFY(stack->selectBackend(matrix::Backend::Cuda));
        QCoreApplication::processEvents();
        QVERIFY(!versions->horizontalScrollBar()->isVisible());
        if (versions->count() <= 8) // every row shown: no scroll bar, and nothing below the last row
            QTRY_VERIFY2(!versions->verticalScrollBar()->isVisible() &&
                             versions->visualItemRect(versions->item(versions->count() - 1)).bottom() <
                                 versions->viewport()->height(),
                         qPrintable(QStringLiteral("%1 rows, scroll bar %2, last row ends at %3 of %4")
                                        .arg(versions->count())
                                        .arg(versions->verticalScrollBar()->isVisible())
                                        .arg(versions->visualItemRect(versions->item(versions->count() - 1)).bottom())
                                        .arg(versions->viewport()->height())));
        const int width = versions->viewport()->width();
        bool anyWrapped = false;
        for (int r = 0; r < std::min(versions->count(), 8); ++r) {
            const QListWidgetItem *item = versions->item(r);
            const QRect rect = versions->visualItemRect(item);
            QVERIFY2(rect.right() <= width, qPrintable(item->text()));
            const int textHeight = versions->fontMetrics()
                                       .boundingRect(QRect(0, 0, rect.width() - 8, 0), Qt::TextWordWrap, item->text())
                                       .height();
            QVERIFY2(
                rect.height() >= textHeight,
                qPrintable(
                    QStringLiteral("%1: row %2 px, text %3 px").arg(item->text()).arg(rect.height()).arg(textHeight)));
            anyWrapped = anyWrapped || versions->fontMetrics().horizontalAdvance(item->text()) > width;
        }
        QVERIFY2(anyWrapped, "no reason long enough to wrap: the case is not shown");
    }

    // The recommended default with torchvision and torchaudio: the data does not confirm the
    // pairing (a warning of `dlstack check`), yet neither Stack nor Review shows that doubt;
    // the Advanced section names it; another stack with a doubt still shows it.
    void noDoubtsOnTheRecommendedDefault()
    {
        QTemporaryDir prefix;
        ui::InstallWizard wizard;
        toOptions(wizard, kGpuMachine);
        QVERIFY(wizard.state().isRecommendedStack());
        QWidget *options = wizard.currentPage();
        namedAs<QLineEdit>(options, QStringLiteral("Install folder"))->setText(prefix.path());
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        const matrix::Selection &s = wizard.state().selection;
        QVERIFY(s.extras.contains(QStringLiteral("torchvision")));
        QVERIFY(wizard.state().planned && wizard.state().planned->plan);
        const matrix::Finding *doubt =
            matrix::findById(wizard.state().planned->findings, QStringLiteral("companion_unverified"));
        QVERIFY2(doubt, "the recommended stack's data has no doubt left: pick a row that has one");
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY2(!review->summaryText().contains(QStringLiteral("primary source")), qPrintable(review->summaryText()));
        QVERIFY(!review->summaryText().contains(doubt->message));

        wizard.back(); // Options: the Advanced section names the unconfirmed data
        namedAs<QToolButton>(options, QStringLiteral("Show advanced options"))->setChecked(true);
        auto *unconfirmed = namedAs<QLabel>(options, QStringLiteral("Version data not confirmed by a primary source"));
        QVERIFY(unconfirmed && unconfirmed->isVisible());
        QVERIFY2(unconfirmed->text().contains(QStringLiteral("torchvision")), qPrintable(unconfirmed->text()));

        wizard.back(); // Stack, with the extras now chosen: still no doubt on the default
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        auto *verdict = namedAs<QLabel>(stack, QStringLiteral("Verdict on the chosen stack"));
        QVERIFY2(!verdict->text().contains(QStringLiteral("primary source")), qPrintable(verdict->text()));

        // An older release whose torchaudio pairing is unconfirmed: said on Stack and Review.
        QVERIFY(stack->selectTorch(QStringLiteral("2.14.0")));
        QVERIFY(stack->selectBackend(matrix::Backend::Cuda));
        QVERIFY2(verdict->text().contains(QStringLiteral("primary source")), qPrintable(verdict->text()));
        wizard.next(); // Options
        QVERIFY(!wizard.state().isRecommendedStack());
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        QVERIFY2(review->summaryText().contains(QStringLiteral("primary source")), qPrintable(review->summaryText()));
    }
};

QTEST_MAIN(TestWizardAdvanced)
#include "tst_wizard_advanced.moc"
