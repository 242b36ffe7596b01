// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's frame and its Install page as a newcomer sees them: numbered steps in a
// sidebar (current highlighted, done ticked) on every page, Finish too; at 1024x600 the
// Install page's log is at least ten lines tall; a user's Cancel reads "cancelled", not
// failed; a stage that finished shows no diagnosis; a failing line far to the right is
// wrapped into view; the stage list's headers, state words and title words fit their columns
// at 1024x600 in English, German and French.
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "core/support/translator.h"
#include "tests/support/testsupport.h"
#include "ui/log/loginspector.h"
#include "ui/log/logview.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/installpage.h"
#include "ui/wizard/pages/optionspage.h"
#include "ui/wizard/stagemodel.h"
#include "ui/wizard/stepsidebar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace dlstack;

namespace {

// The child of `root` that a screen reader knows by `name`.
template <typename W> W *namedIn(QWidget *root, const QString &name)
{
    for (W *w : root->findChildren<W *>())
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

probe::SystemProfile replayed()
{
    probe::Importer importer;
    probe::SystemProfile profile =
        importer.import(test::readFixture(QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt")), {})
            .profile;
    profile.finalize(dlstack::probe::DetectionTables::builtin());
    return profile;
}

// Two stages whose logs are files; the second fails (or is cancelled) when asked to.
class ScriptedDriver : public ui::InstallDriver
{
public:
    explicit ScriptedDriver(const QString &dir) : m_dir(dir) {}
    QStringList stages(const ui::WizardState &) const override
    {
        return {QStringLiteral("Environment"), QStringLiteral("PyTorch")};
    }
    QString stageLogPath(int index) const override { return m_dir + QStringLiteral("/stage%1.log").arg(index); }
    void start(const ui::WizardState &) override
    {
        QTimer::singleShot(0, this, [this] {
            emit stageStarted(0);
            emit progress(0.5);
            emit stageFinished(0);
            emit stageStarted(1);
            if (!holdSecond)
                endSecond();
        });
    }
    void endSecond()
    {
        if (failSecond) {
            emit stageFailed(1, QStringLiteral("The step exited with status 1. See the log."));
            emit finished(false);
        } else {
            emit stageFinished(1);
            emit progress(1.0);
            emit finished(true);
        }
    }
    void cancel() override
    {
        QTimer::singleShot(0, this, [this] {
            emit stageFailed(1, QStringLiteral("cancelled"));
            emit finished(false);
        });
    }
    bool failSecond = false;
    bool holdSecond = false;

private:
    QString m_dir;
};

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

ui::InstallPage *walkToInstall(ui::InstallWizard &wizard, const QString &prefix)
{
    wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
    wizard.show();
    for (int i = 0; i < 3; ++i)
        wizard.next();
    wizard.currentPage()->findChild<QLineEdit *>()->setText(prefix);
    wizard.next();
    wizard.next();
    return qobject_cast<ui::InstallPage *>(wizard.currentPage());
}

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
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
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

} // namespace

class TestWizardFrame : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_frame"));
    }

    void sidebarNumbersTheSteps()
    {
        QTemporaryDir dir;
        ScriptedDriver driver(dir.path());
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        ui::StepSidebar *sidebar = wizard.sidebar();
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 7);
        ui::InstallPage *install = walkToInstall(wizard, dir.filePath(QStringLiteral("prefix")));
        QVERIFY(install);
        QVERIFY(sidebar->isVisible());
        QCOMPARE(sidebar->current(), int(ui::InstallWizard::InstallPageId));
        QCOMPARE(sidebar->state(0), ui::StepSidebar::StepState::Done);
        QCOMPARE(sidebar->state(5), ui::StepSidebar::StepState::Current);
        QCOMPARE(sidebar->state(6), ui::StepSidebar::StepState::Upcoming);
        QVERIFY2(sidebar->text(0).startsWith(QStringLiteral("\u2713 1")), qPrintable(sidebar->text(0)));
        QVERIFY(sidebar->text(5).contains(QStringLiteral("6  Install")));
        const QPoint sidebarAt = sidebar->mapTo(&wizard, QPoint(0, 0));
        install->start();
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::FinishPageId));
        QVERIFY(sidebar->isVisible()); // the same frame on the last page
        // The same title band (a title and a subtitle on every page) puts the sidebar where it was.
        for (const int id : wizard.pageIds()) {
            QVERIFY2(!wizard.page(id)->title().isEmpty(), qPrintable(QString::number(id)));
            QVERIFY2(!wizard.page(id)->subTitle().isEmpty(), qPrintable(wizard.page(id)->title()));
        }
        QCoreApplication::processEvents();
        QCOMPARE(sidebar->mapTo(&wizard, QPoint(0, 0)), sidebarAt);
        QCOMPARE(sidebar->state(6), ui::StepSidebar::StepState::Current);
        wizard.back();
        QCOMPARE(sidebar->state(6), ui::StepSidebar::StepState::Upcoming);
    }

    // On a 1024x600 screen the log keeps at least ten lines; a stage that finished shows no
    // diagnosis; the failing one shows it, its line wrapped into view.
    void installPageAt1024x600()
    {
        QTemporaryDir dir;
        QByteArray good = "Collecting torch\n";
        for (int i = 0; i < 40; ++i)
            good += "  Downloading part " + QByteArray::number(i) + " (network is fine)\n";
        writeFile(dir.filePath(QStringLiteral("stage0.log")), good);
        QByteArray bad;
        for (int i = 0; i < 60; ++i)
            bad += "[" + QByteArray::number(i) + "/60] Building CXX object op" + QByteArray::number(i) + ".o\n";
        bad += "FAILED: caffe2/CMakeFiles/torch_cuda.dir/aten/src/ATen/native/cuda/SortStable.cu.o " +
               QByteArray(220, 'x') + " nvcc fatal   : Unsupported gpu architecture 'compute_120'\n";
        bad += "ninja: build stopped: subcommand failed.\n";
        writeFile(dir.filePath(QStringLiteral("stage1.log")), bad);
        ScriptedDriver driver(dir.path());
        driver.failSecond = true;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.resize(1024, 600);
        ui::InstallPage *install = walkToInstall(wizard, dir.filePath(QStringLiteral("prefix")));
        QVERIFY(install);
        QCOMPARE(wizard.size(), QSize(1024, 600));
        install->start();
        QTRY_VERIFY(!install->isRunning());
        QCOMPARE(install->stageState(1), ui::InstallPage::StageState::Failed);
        ui::LogView *view = install->inspector()->view();
        const int lines = view->viewport()->height() / view->fontMetrics().height();
        QVERIFY2(lines >= 10, qPrintable(QStringLiteral("%1 lines").arg(lines)));
        // The failing stage: its diagnosis shown, the failing line wrapped and in view.
        QVERIFY(install->inspector()->isDiagnosisShown());
        QTRY_VERIFY(view->rowCount() >= 62);
        // The page itself opens the failed log at its root cause: no scrolling by the user.
        const auto rowsOfFailingLineShown = [view] {
            view->grab(); // paints
            int shown = 0;
            for (int y = 0; y < view->viewport()->height(); ++y)
                shown += view->lineAtY(y) == 60;
            return shown;
        };
        QTRY_VERIFY(rowsOfFailingLineShown() > 0);
        QVERIFY(view->rowsOfLine(60) >= 2);
        QCOMPARE(rowsOfFailingLineShown(), view->rowsOfLine(60) * view->fontMetrics().height());
        // The diagnosis pane is as tall as its text, up to half the log column.
        auto *diagnosis = namedIn<QTextEdit>(install->inspector(), QStringLiteral("Diagnosis"));
        QVERIFY(diagnosis && diagnosis->isVisible());
        QVERIFY(!diagnosis->toPlainText().isEmpty());
        const bool fitsText = diagnosis->verticalScrollBar()->maximum() == 0;
        const bool halfTheColumn = diagnosis->height() >= install->inspector()->height() / 2 - 80;
        QVERIFY2(fitsText || halfTheColumn, qPrintable(QStringLiteral("diagnosis %1 px of %2, scrolls %3")
                                                           .arg(diagnosis->height())
                                                           .arg(install->inspector()->height())
                                                           .arg(diagnosis->verticalScrollBar()->maximum())));
        // Stage logs are shown, so the page's own message box (which would repeat them) is not.
        auto *messages = namedIn<QPlainTextEdit>(install, QStringLiteral("Install messages"));
        QVERIFY(messages && !messages->isVisible());
        QVERIFY2(install->statusText().contains(QStringLiteral("PyTorch")), qPrintable(install->statusText()));
        // One plain sentence for the failure in the stage list (the driver said two).
        auto *stageList = install->findChild<QTreeView *>();
        const QString said = stageList->model()->index(1, 1).data(Qt::ToolTipRole).toString();
        QCOMPARE(said, QStringLiteral("failed: The step exited with status 1."));
        // The stage that finished: no diagnosis panel at all.
        install->inspector()->view()->setFocus();
        auto *stages = install->findChild<QAbstractItemView *>();
        stages->setCurrentIndex(stages->model()->index(0, 0));
        QVERIFY(!install->inspector()->isDiagnosisShown());
    }

    // A very small screen (800x480, a netbook or a remote desktop): no page grows the window
    // past it, and every button stays inside it.
    void smallScreenKeepsEveryPageInside_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void smallScreenKeepsEveryPageInside()
    {
        QFETCH(QString, language);
        const Language translators(language);
        QTemporaryDir dir;
        ScriptedDriver driver(dir.path());
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.resize(800, 480);
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.show();
        QStringList wide;
        for (int id = ui::InstallWizard::WelcomePageId; id <= ui::InstallWizard::FinishPageId; ++id) {
            QCOMPARE(wizard.currentId(), id);
            if (id == ui::InstallWizard::OptionsPageId)
                wizard.currentPage()->findChild<QLineEdit *>()->setText(dir.filePath(QStringLiteral("prefix")));
            if (id == ui::InstallWizard::InstallPageId) {
                auto *install = qobject_cast<ui::InstallPage *>(wizard.currentPage());
                install->start();
                QTRY_VERIFY(!install->isRunning());
            }
            QApplication::processEvents();
            (void)wizard.grab();
            if (wizard.width() > 800 || wizard.height() > 480) {
                QStringList parts;
                for (QWidget *w : wizard.currentPage()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                    parts
                        << QStringLiteral("%1 %2").arg(w->metaObject()->className()).arg(w->minimumSizeHint().width());
                wide << QStringLiteral("%1: %2x%3 (%4)")
                            .arg(wizard.currentPage()->title())
                            .arg(wizard.width())
                            .arg(wizard.height())
                            .arg(parts.join(u','));
            }
            for (QAbstractButton *button : wizard.findChildren<QAbstractButton *>())
                if (button->isVisible() && !QRect(QPoint(0, 0), QSize(800, 480))
                                                .contains(QRect(button->mapTo(&wizard, QPoint(0, 0)), button->size())))
                    wide << QStringLiteral("%1: button \"%2\" outside")
                                .arg(wizard.currentPage()->title(), button->text());
            if (id < ui::InstallWizard::FinishPageId)
                wizard.next();
        }
        QVERIFY2(wide.isEmpty(), qPrintable(wide.join(u'\n')));
    }

    void stageColumnsFitTheirText_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // At 1024x600 the stage list shows its headers ("Stufe", "Zustand") and every state's word
    // whole: nothing is cut to "Stu" or "Zustan". (Titles wrap at word ends.)
    void stageColumnsFitTheirText()
    {
        QFETCH(QString, language);
        const Language translators(language);
        QTemporaryDir dir;
        ui::InstallWizard wizard; // no driver: the list shows the plan's own stages
        wizard.resize(1024, 600);
        ui::InstallPage *install = walkToInstall(wizard, dir.filePath(QStringLiteral("prefix")));
        QVERIFY(install);
        auto *stages = install->findChild<QTreeView *>();
        QVERIFY(stages && stages->isVisible());
        QVERIFY(stages->model()->rowCount() >= 3);
        QApplication::processEvents();
        (void)wizard.grab(); // lays out and paints as the screen would
        QHeaderView *header = stages->header();
        QStyle *style = stages->style();
        QStringList cut;
        const int headerMargin = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < 2; ++section) {
            const QString text = stages->model()->headerData(section, Qt::Horizontal).toString();
            if (header->sectionSize(section) < header->fontMetrics().horizontalAdvance(text) + headerMargin)
                cut << QStringLiteral("header \"%1\" in %2 px").arg(text).arg(header->sectionSize(section));
        }
        // A cell draws its text inside the focus frame's margins, after the colour mark in column 0.
        const int cellMargin = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, stages) + 1);
        const QFontMetrics text = stages->fontMetrics();
        for (const QString &name : ui::StageModel::stateNames())
            if (header->sectionSize(1) < text.horizontalAdvance(name) + cellMargin)
                cut << QStringLiteral("state \"%1\" in %2 px").arg(name).arg(header->sectionSize(1));
        // Each word of a title (German compounds included; a path may be cut) fits its column.
        const int mark =
            stages->iconSize().isValid() ? stages->iconSize().width() : style->pixelMetric(QStyle::PM_SmallIconSize);
        for (int row = 0; row < stages->model()->rowCount(); ++row) {
            const QString title = stages->model()->index(row, 0).data().toString();
            for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
                if (word.size() <= 20 && header->sectionSize(0) < text.horizontalAdvance(word) + cellMargin + mark)
                    cut << QStringLiteral("title word \"%1\" in %2 px").arg(word).arg(header->sectionSize(0));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        // The window is no wider than the screen, and every button of the page lies inside it
        // (the log's tool bar and the button row wrap rather than push the window wider).
        QCOMPARE(wizard.size(), QSize(1024, 600));
        for (const QAbstractButton *button : install->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(install) || button->parentWidget()->inherits("QAbstractScrollArea") ||
                qobject_cast<const QAbstractItemView *>(button->parentWidget()))
                continue;
            const QRect at(button->mapTo(&wizard, QPoint(0, 0)), button->size());
            QVERIFY2(wizard.rect().contains(at), qPrintable(QStringLiteral("\"%1\" at %2,%3 %4x%5")
                                                                .arg(button->text())
                                                                .arg(at.x())
                                                                .arg(at.y())
                                                                .arg(at.width())
                                                                .arg(at.height())));
        }
        // The list stays within the page and leaves the log its room.
        QVERIFY(stages->mapTo(install, QPoint(stages->width(), 0)).x() < install->width() / 2);
        const ui::LogView *view = install->inspector()->view();
        QVERIFY(view->viewport()->height() / view->fontMetrics().height() >= 10);
    }

    // An environment detection did not find: "Look in a folder…" reads it (a real venv made
    // by python3 -m venv) and offers it as the existing environment; a plain folder is refused.
    void environmentFromAFolder()
    {
        QTemporaryDir dir;
        const QString venv = dir.filePath(QStringLiteral("my env"));
        const test::ProgramRun made =
            test::runProgram(QStringLiteral("python3"),
                             {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"), venv});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        auto *options = qobject_cast<ui::OptionsPage *>(wizard.currentPage());
        QVERIFY(options);
        QVERIFY(!options->addEnvironment(dir.path()).isEmpty()); // no pyvenv.cfg, no conda-meta
        QCOMPARE(options->addEnvironment(venv), QString());
        auto *combo = options->findChild<QComboBox *>();
        for (QComboBox *c : options->findChildren<QComboBox *>())
            if (c->accessibleName() == u"Existing environment")
                combo = c;
        QCOMPARE(combo->currentData().toString(), venv);
        QVERIFY2(combo->currentText().contains(QStringLiteral("venv, Python 3.")), qPrintable(combo->currentText()));
        QVERIFY(wizard.state().profile.pythonEnvs.constLast().path == venv);
        wizard.currentPage()->findChild<QLineEdit *>()->setText(dir.filePath(QStringLiteral("prefix")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        QCOMPARE(wizard.state().selection.envKind, matrix::EnvKind::Existing);
        QCOMPARE(wizard.state().selection.envPath, venv);
    }

    // The user's Cancel: "cancelled", grey, and a status that says so; never "failed".
    void cancelIsNeutral()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("stage0.log")), "ok\n");
        writeFile(dir.filePath(QStringLiteral("stage1.log")), "working\n");
        ScriptedDriver driver(dir.path());
        driver.holdSecond = true;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        ui::InstallPage *install = walkToInstall(wizard, dir.filePath(QStringLiteral("prefix")));
        install->start();
        QTRY_COMPARE(install->stageState(1), ui::InstallPage::StageState::Running);
        install->cancel();
        QTRY_VERIFY(!install->isRunning());
        QCOMPARE(install->stageState(1), ui::InstallPage::StageState::Cancelled);
        QCOMPARE(install->stageState(0), ui::InstallPage::StageState::Done);
        QVERIFY2(install->statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(install->statusText()));
        QVERIFY(!install->inspector()->isDiagnosisShown());
    }
};

QTEST_MAIN(TestWizardFrame)
#include "tst_wizard_frame.moc"
