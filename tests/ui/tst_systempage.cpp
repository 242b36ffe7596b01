// SPDX-License-Identifier: GPL-3.0-or-later
// The System page in a real wizard window: a Python no PyTorch release supports (2.7) is a
// greyed row (disabled, so the view draws it in the palette's disabled text, AA in the
// wizard's palette) whose reason is visible text in the Why column, wrapped, not a red one; interpreters newest first
// by version; "Add environment…" reads a real venv (made by python3 -m venv) into the profile, shows it and the Options
// page then offers it as an existing environment; a folder that is no environment gets a sentence and changes nothing;
// planning for another machine the button is off.
#include "core/support/translator.h"
#include "tests/support/testsupport.h"
#include "ui/style/accessiblelook.h"
#include "ui/system/profilemodel.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/systempage.h"

#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dlstack;

namespace {

probe::SystemProfile laptop()
{
    probe::SystemProfile p;
    p.host.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    p.host.kernel = QStringLiteral("6.1.0-18-amd64");
    p.host.cpuCores = 8;
    p.host.memoryMib = 16 * 1024;
    p.pythons << probe::PythonInterpreter{QStringLiteral("3.9.18"), QStringLiteral("/usr/bin/python3.9"), {}}
              << probe::PythonInterpreter{QStringLiteral("2.7.18"), QStringLiteral("/usr/bin/python2.7"), {}}
              << probe::PythonInterpreter{QStringLiteral("3.11.2"), QStringLiteral("/usr/bin/python3"), {}};
    return p;
}

// The rows of the model's "Python" section: fact -> its row's cells.
QStandardItem *pythonSection(const ui::ProfileModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.item(r)->text() == u"Python")
            return model.item(r);
    return nullptr;
}

int rowOf(QStandardItem *section, const QString &fact)
{
    for (int r = 0; r < section->rowCount(); ++r)
        if (section->child(r, ui::ProfileModel::Fact)->text() == fact)
            return r;
    return -1;
}

QPushButton *button(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestSystemPage : public QObject
{
    Q_OBJECT
private slots:
    // In German at 1024x600 a fact's name wraps at its spaces but no word is cut: the Fact
    // column holds the longest word ("Arbeitsspeicher", which was cut to "Arbeitssp").
    void factNamesAreNeverCut()
    {
        support::Translator german;
        QVERIFY(german.loadFor(QLocale(QStringLiteral("de"))));
        QCoreApplication::installTranslator(&german);
        ui::InstallWizard wizard;
        wizard.resize(1024, 600);
        probe::SystemProfile p = laptop();
        p.host.memoryMib = 0; // "Arbeitsspeicher: unbekannt"
        wizard.setInjectedProfile(p, QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        auto *view = wizard.currentPage()->findChild<QTreeView *>();
        QVERIFY(view);
        QCoreApplication::processEvents();
        const QFontMetrics metrics(view->font());
        QStringList cut;
        QString longest;
        const QAbstractItemModel *model = view->model();
        for (int section = 0; section < model->rowCount(); ++section) {
            const QModelIndex parent = model->index(section, ui::ProfileModel::Fact);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex fact = model->index(row, ui::ProfileModel::Fact, parent);
                const QRect text = view->visualRect(fact);
                for (const QString &word : fact.data().toString().split(u' ', Qt::SkipEmptyParts)) {
                    if (word.size() > longest.size())
                        longest = word;
                    // The cell draws after the colour mark; the word must fit in what is left.
                    if (metrics.horizontalAdvance(word) > text.width() - view->iconSize().width() - 8)
                        cut << QStringLiteral("%1 in %2 px").arg(word).arg(text.width());
                }
            }
        }
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(longest.size() >= 12, qPrintable(longest)); // a long German word is shown
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", ")));
    }

    void unsupportedPythonIsGreyedWithItsReason()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(laptop(), QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        auto *page = qobject_cast<ui::SystemPage *>(wizard.currentPage());
        QVERIFY(page);
        auto *view = page->findChild<QTreeView *>();
        auto *model = qobject_cast<ui::ProfileModel *>(view->model());
        QStandardItem *python = pythonSection(*model);
        QVERIFY(python);
        QStringList order;
        for (int r = 0; r < python->rowCount(); ++r)
            order << python->child(r)->text();
        QCOMPARE(order.mid(0, 3), (QStringList{QStringLiteral("Python 3.11.2"), QStringLiteral("Python 3.9.18"),
                                               QStringLiteral("Python 2.7.18")}));
        const int old = rowOf(python, QStringLiteral("Python 2.7.18"));
        QCOMPARE(python->child(old, ui::ProfileModel::Fact)->data(ui::ProfileModel::StateRole).toInt(),
                 int(matrix::FactState::Unusable));
        for (int c = 0; c < ui::ProfileModel::ColumnCount; ++c)
            QVERIFY(!python->child(old, c)->isEnabled()); // greyed
        const QModelIndex why = python->child(old, ui::ProfileModel::Why)->index();
        QVERIFY2(why.data().toString().startsWith(QStringLiteral("Too old for any PyTorch release")),
                 qPrintable(why.data().toString()));
        QVERIFY(!view->isColumnHidden(ui::ProfileModel::Why));
        QVERIFY(view->visualRect(why).isValid()); // the reason is on screen, not in a tooltip only
        // Greyed as the window draws it: the disabled text of the wizard's palette, still AA.
        const QPalette palette = ui::accessiblePalette(view->palette());
        QVERIFY(ui::contrastRatio(palette.color(QPalette::Disabled, QPalette::Text),
                                  palette.color(QPalette::Active, QPalette::Base)) >= 4.5);
        // The reason wraps: its row is taller than one line, not cut.
        const QModelIndex fine = python->child(rowOf(python, QStringLiteral("Python 3.11.2")), 0)->index();
        QVERIFY2(
            view->visualRect(why).height() > view->visualRect(fine).height(),
            qPrintable(
                QStringLiteral("%1 vs %2").arg(view->visualRect(why).height()).arg(view->visualRect(fine).height())));
        const int current = rowOf(python, QStringLiteral("Python 3.11.2"));
        QVERIFY(python->child(current, ui::ProfileModel::Fact)->isEnabled());
        QCOMPARE(python->child(current, ui::ProfileModel::Fact)->data(ui::ProfileModel::StateRole).toInt(),
                 int(matrix::FactState::Ok));
    }

    void addEnvironmentIsOfferedOnOptions()
    {
        QTemporaryDir dir;
        const QString venv = dir.filePath(QStringLiteral("mein env"));
        const test::ProgramRun made =
            test::runProgram(QStringLiteral("python3"),
                             {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"), venv});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(laptop(), QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        auto *page = qobject_cast<ui::SystemPage *>(wizard.currentPage());
        QVERIFY(page);
        QPushButton *add = button(page, QStringLiteral("Add &environment…"));
        QVERIFY(add && add->isVisible() && add->isEnabled());

        const QString refused = page->addEnvironment(dir.path()); // holds a venv, is none
        QVERIFY2(refused.contains(QStringLiteral("is not a Python environment")), qPrintable(refused));
        QVERIFY(wizard.state().profile.pythonEnvs.isEmpty());

        const QString added = page->addEnvironment(venv);
        QVERIFY2(added.startsWith(QStringLiteral("Added the venv environment %1 (Python 3.").arg(venv)),
                 qPrintable(added));
        QCOMPARE(page->addEnvironment(venv), added); // once
        QCOMPARE(wizard.state().profile.pythonEnvs.size(), 1);
        auto *model = qobject_cast<ui::ProfileModel *>(page->findChild<QTreeView *>()->model());
        QStandardItem *python = pythonSection(*model);
        bool shown = false;
        for (int r = 0; r < python->rowCount(); ++r)
            shown = shown || python->child(r, ui::ProfileModel::Value)->text().startsWith(venv);
        QVERIFY(shown);

        wizard.next(); // Stack
        wizard.next(); // Options
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        QComboBox *existing = nullptr;
        for (QComboBox *c : wizard.currentPage()->findChildren<QComboBox *>())
            if (c->accessibleName() == u"Existing environment")
                existing = c;
        QVERIFY(existing);
        QVERIFY(existing->findData(venv) >= 0);
    }

    void offWhenPlanningForAnotherMachine()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(laptop(), QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        auto *page = qobject_cast<ui::SystemPage *>(wizard.currentPage());
        const QString message =
            page->importTexts({{QStringLiteral("nvidia-smi.txt"),
                                test::readFixture(QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt"))}});
        QVERIFY2(message.startsWith(QStringLiteral("Imported")), qPrintable(message));
        QVERIFY(!button(page, QStringLiteral("Add &environment…"))->isEnabled());
    }
};

QTEST_MAIN(TestSystemPage)
#include "tst_systempage.moc"
