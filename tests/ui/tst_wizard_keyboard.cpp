// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard from the keyboard and for low vision: no two visible widgets of a page (the
// wizard's own Back, Next, Finish and Settings buttons included) share an Alt mnemonic, in
// English, German and French with the translators loaded as dlstack-wizard loads them;
// Enter means the page's default button wherever the focus is; the focus ring is drawn in a
// colour of its own, unlike the default button; the palette's text roles reach WCAG AA
// contrast (4.5:1) in light and dark themes, disabled text included; and the whole way from
// Welcome to a finished install is walked with keys alone; on that walk every dialog a page
// offers (Settings, Import, the folder choosers, the exports, the rollback question, the log
// inspector) opens from its Alt mnemonic, holds the focus and closes with Escape (or the log
// inspector's Ctrl+Q); Tab reaches the Review page's summary, which a screen reader names.
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "core/support/translator.h"
#include "tests/support/testsupport.h"
#include "ui/log/loginspectorwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/style/accessiblelook.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/installpage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace dlstack;

namespace {

probe::SystemProfile replayed()
{
    probe::Importer importer;
    probe::SystemProfile profile;
    for (const QString &f : {QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt"),
                             QStringLiteral("probe/gcc/ubuntu-22.04-gcc-11.4.0.txt")})
        profile.merge(importer.import(test::readFixture(f), f).profile);
    profile.finalize(dlstack::probe::DetectionTables::builtin());
    return profile;
}

// Finishes its two stages at once, on the event loop, as a real driver reports them.
class InstantDriver : public ui::InstallDriver
{
public:
    QStringList stages(const ui::WizardState &) const override
    {
        return {QStringLiteral("Environment"), QStringLiteral("PyTorch")};
    }
    void start(const ui::WizardState &) override
    {
        ++starts;
        QTimer::singleShot(0, this, [this] {
            for (int i = 0; i < 2; ++i) {
                emit stageStarted(i);
                emit outputLine(QStringLiteral("stage %1 done").arg(i));
                emit stageFinished(i);
                emit progress((i + 1) / 2.0);
            }
            emit finished(true);
        });
    }
    void cancel() override {}
    bool canPause() const override { return true; }
    bool canRollBack() const override { return true; }
    // With a log folder: each stage's output is a file there, as ProcessInstallDriver's are.
    QString stageLogPath(int index) const override
    {
        if (logDir.isEmpty())
            return QString();
        const QString path = logDir + QStringLiteral("/stage%1.log").arg(index);
        QFile file(path);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.write(QStringLiteral("stage %1 done\n").arg(index).toUtf8());
        return path;
    }
    int starts = 0;
    QString logDir;
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

// The Alt shortcut each visible widget of the window answers to, with the widget's text.
QMultiMap<QString, QString> mnemonics(QWidget *window)
{
    QMultiMap<QString, QString> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            text = box->title();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            out.insert(key.toString(), text);
    }
    return out;
}

// Widgets a keyboard reaches that a screen reader could only call by their type: no
// accessible name, no text of their own and no label that names them (a buddy).
QStringList unnamedFocusables(QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy())
            labelled.insert(label->buddy());
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus) || !w->accessibleName().isEmpty() ||
            labelled.contains(w))
            continue;
        if (const auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
            continue;
        // The editor inside a combo or spin box speaks for its box.
        if (QWidget *box = w->parentWidget();
            box && (qobject_cast<QComboBox *>(box) || qobject_cast<QAbstractSpinBox *>(box)) &&
            (!box->accessibleName().isEmpty() || labelled.contains(box)))
            continue;
        unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

QStringList duplicates(QWidget *window)
{
    const QMultiMap<QString, QString> keys = mnemonics(window);
    QStringList out;
    for (const QString &key : keys.uniqueKeys())
        if (keys.count(key) > 1)
            out << QStringLiteral("%1: %2").arg(key, QStringList(keys.values(key)).join(QStringLiteral(" | ")));
    return out;
}

// A button by its accessible name, in the language the translators give it (context: the page class).
QAbstractButton *buttonNamed(QWidget *page, const QString &accessibleName, const char *context = "StackPage")
{
    const QString translated = QCoreApplication::translate(context, accessibleName.toUtf8().constData());
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->accessibleName() == accessibleName || b->accessibleName() == translated)
            return b;
    return nullptr;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Dark colours of KDE's Breeze Dark scheme (invent.kde.org/plasma/breeze, colors/BreezeDark.colors:
// Window 49,54,59; View 35,38,41; text 239,240,241; inactive text 189,195,199), with the disabled
// text Qt derives for a palette built from a button and a window colour.
QPalette breezeDark()
{
    QPalette p(QColor(49, 54, 59), QColor(49, 54, 59));
    p.setColor(QPalette::Base, QColor(35, 38, 41));
    p.setColor(QPalette::AlternateBase, QColor(49, 54, 59));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(QPalette::Active, role, QColor(239, 240, 241));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Inactive, role, QColor(239, 240, 241));
    p.setColor(QPalette::PlaceholderText, QColor(189, 195, 199, 128));
    p.setColor(QPalette::ToolTipBase, QColor(49, 54, 59));
    p.setColor(QPalette::Highlight, QColor(61, 174, 233));
    p.setColor(QPalette::HighlightedText, QColor(239, 240, 241));
    p.setColor(QPalette::Link, QColor(41, 128, 185));
    p.setColor(QPalette::LinkVisited, QColor(127, 140, 141));
    return p;
}

double worstContrast(const QPalette &palette, QString *where)
{
    double worst = 21.0;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        for (const ui::TextPair &pair : ui::textPairs()) {
            // Semi-transparent text is drawn over its background: judge the colour it shows.
            const QColor bg = palette.color(group, pair.background);
            QColor fg = palette.color(group, pair.text);
            const double a = fg.alphaF();
            fg = QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                                  float(fg.greenF() * a + bg.greenF() * (1 - a)),
                                  float(fg.blueF() * a + bg.blueF() * (1 - a)));
            const double ratio = ui::contrastRatio(fg, bg);
            if (ratio < worst) {
                worst = ratio;
                *where = QStringLiteral("group %1, role %2 on %3: %4 on %5")
                             .arg(int(group))
                             .arg(int(pair.text))
                             .arg(int(pair.background))
                             .arg(fg.name(), bg.name());
            }
        }
    return worst;
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    const QRgb want = colour.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (want & 0xffffff);
    return n;
}

// The Alt key of a button's mnemonic ("E&xport" -> Alt+X); Qt::Key_unknown without one.
Qt::Key mnemonicKey(const QAbstractButton *button)
{
    const QKeySequence key = QKeySequence::mnemonic(button->text());
    return key.isEmpty() ? Qt::Key_unknown : key[0].key();
}

bool focusInside(QWidget *window)
{
    QWidget *f = QApplication::focusWidget();
    return f && (f == window || window->isAncestorOf(f));
}

// Opens a dialog from the keyboard and closes it with Escape: `press` sends the keys (an Alt
// mnemonic, a menu shortcut), then this waits for a new modal dialog, checks its title and
// that it holds the focus, runs `inside` on it (a dialog opened from this one), presses Escape
// in it and waits until it is gone and the focus is back in `window`. Returns what went
// wrong, or an empty string.
QString dialogFromKeys(const QString &name, QWidget *window, const std::function<void()> &press,
                       const std::function<QString(QWidget *)> &inside = {})
{
    QWidget *before = QApplication::activeModalWidget();
    bool opened = false;
    QPointer<QWidget> dialog;
    QString problem;
    QTimer closer;
    closer.setInterval(10);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == before)
            return;
        closer.stop();
        opened = true;
        dialog = modal;
        if (modal->windowTitle().isEmpty())
            problem += QStringLiteral("%1: the dialog has no title; ").arg(name);
        if (!QTest::qWaitFor([modal] { return focusInside(modal); }, 5000))
            problem += QStringLiteral("%1: the dialog does not take the focus; ").arg(name);
        if (inside)
            problem += inside(modal);
        QWidget *f = QApplication::focusWidget();
        QTest::keyClick(f && focusInside(modal) ? f : modal, Qt::Key_Escape);
    });
    closer.start();
    press();
    if (!QTest::qWaitFor([&] { return opened && (dialog.isNull() || !dialog->isVisible()); }, 10000))
        return problem + (opened ? QStringLiteral("%1: Escape did not close the dialog").arg(name)
                                 : QStringLiteral("%1: the keys opened no dialog").arg(name));
    if (QApplication::activeModalWidget() != before)
        problem += QStringLiteral("%1: another dialog is left open; ").arg(name);
    // A window manager gives the activation back to the window under a closed dialog; the
    // offscreen platform has none, so the test does what it would. The focus inside the window
    // is the window's own business.
    if (!window->isActiveWindow()) {
        QApplication::setActiveWindow(window);
        (void)QTest::qWaitForWindowActive(window);
    }
    if (!QTest::qWaitFor([window] { return focusInside(window); }, 5000))
        problem += QStringLiteral("%1: the focus did not come back; ").arg(name);
    return problem;
}

// dialogFromKeys for a button: Alt and its mnemonic, sent to the focused widget of its window.
QString openAndEscape(QAbstractButton *trigger, const std::function<QString(QWidget *)> &inside = {})
{
    if (!trigger || !trigger->isVisible() || !trigger->isEnabled())
        return QStringLiteral("%1: not offered").arg(trigger ? trigger->text() : QStringLiteral("(none)"));
    const Qt::Key key = mnemonicKey(trigger);
    if (key == Qt::Key_unknown)
        return QStringLiteral("%1: no mnemonic").arg(trigger->text());
    QWidget *window = trigger->window();
    return dialogFromKeys(
        trigger->text(), window,
        [window, key] {
            QWidget *from = focusInside(window) ? QApplication::focusWidget() : window;
            QTest::keyClick(from, key, Qt::AltModifier);
        },
        inside);
}

// Presses Tab until `target` has the focus; false when a whole round of the page's focus chain
// never reaches it.
bool tabTo(QWidget *target, int most = 80)
{
    for (int i = 0; i < most && !target->hasFocus(); ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : target->window(), Qt::Key_Tab);
    }
    return target->hasFocus();
}

QAbstractButton *buttonWithText(QWidget *page, const QString &text)
{
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->text() == text && b->isVisible())
            return b;
    return nullptr;
}

} // namespace

class TestWizardKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_keyboard"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        ui::applyAccessibleLook(*qApp);
        // Qt's own file dialogs: a desktop's native one is a window of another process.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void uniqueMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("source");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            QTest::newRow(qPrintable(language + QStringLiteral(" prebuilt"))) << language << false;
            QTest::newRow(qPrintable(language + QStringLiteral(" source"))) << language << true;
        }
    }

    // Every page, Welcome to Finish, with its Advanced section open where it has one.
    void uniqueMnemonics()
    {
        QFETCH(QString, language);
        QFETCH(bool, source);
        const Language translators(language);
        QTemporaryDir prefix;
        InstantDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.show();
        QStringList found;
        auto check = [&](const QString &where) {
            for (const QString &d : duplicates(&wizard))
                found << QStringLiteral("%1 page: %2").arg(where, d);
            // A screen reader has a name for every widget the keyboard reaches.
            for (const QString &u : unnamedFocusables(&wizard))
                found << QStringLiteral("%1 page: no accessible name: %2").arg(where, u);
        };
        for (int id = ui::InstallWizard::WelcomePageId; id <= ui::InstallWizard::FinishPageId; ++id) {
            QCOMPARE(wizard.currentId(), id);
            QWizardPage *page = wizard.currentPage();
            if (id == ui::InstallWizard::StackPageId && source) {
                QAbstractButton *build = buttonNamed(page, QStringLiteral("Build PyTorch from source"));
                QVERIFY(build);
                build->click();
                if (QAbstractButton *cuda = buttonNamed(page, QStringLiteral("CUDA backend")); cuda->isEnabled())
                    cuda->click();
            }
            if (QAbstractButton *advanced = buttonNamed(page, QStringLiteral("Show advanced options"), "OptionsPage"))
                advanced->setChecked(true);
            if (id == ui::InstallWizard::OptionsPageId)
                page->findChild<QLineEdit *>()->setText(prefix.path());
            if (id == ui::InstallWizard::InstallPageId) {
                auto *install = qobject_cast<ui::InstallPage *>(page);
                check(QStringLiteral("Install (before)"));
                install->start();
                QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            }
            check(page->title());
            if (id < ui::InstallWizard::FinishPageId) {
                wizard.next();
                QVERIFY2(wizard.currentId() == id + 1, qPrintable(QStringLiteral("stuck on %1").arg(page->title())));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Enter presses the page's default button (Next, Install) whichever widget has the focus.
    void enterIsTheDefaultButton()
    {
        QTemporaryDir prefix;
        InstantDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QStringList swallowed;
        for (int id = ui::InstallWizard::WelcomePageId; id <= ui::InstallWizard::ReviewPageId; ++id) {
            QCOMPARE(wizard.currentId(), id);
            if (id == ui::InstallWizard::OptionsPageId)
                wizard.currentPage()->findChild<QLineEdit *>()->setText(prefix.path());
            // Every widget of the page that takes the focus from the keyboard.
            QList<QWidget *> chain;
            for (QWidget *w : wizard.currentPage()->findChildren<QWidget *>())
                if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
                    chain << w;
            QVERIFY(!chain.isEmpty() || id == ui::InstallWizard::WelcomePageId);
            chain << wizard.button(QWizard::NextButton);
            for (QWidget *w : std::as_const(chain)) {
                if (wizard.currentId() != id) {
                    swallowed << QStringLiteral("lost the page before %1").arg(w->accessibleName());
                    break;
                }
                w->setFocus(Qt::TabFocusReason);
                QTest::keyClick(w, Qt::Key_Return);
                if (wizard.currentId() == id + 1) {
                    wizard.back();
                    QCOMPARE(wizard.currentId(), id);
                } else {
                    swallowed << QStringLiteral("%1: %2 (%3)")
                                     .arg(wizard.currentPage()->title(), w->accessibleName(),
                                          QString::fromLatin1(w->metaObject()->className()));
                }
            }
            wizard.next();
        }
        QVERIFY2(swallowed.isEmpty(), qPrintable(swallowed.join(u'\n')));
    }

    // A backend that cannot be chosen says why in a label on the page, not only in a tooltip.
    void disabledReasonsAreVisibleText()
    {
        probe::Importer importer;
        probe::SystemProfile noGpu =
            importer.import(test::readFixture(QStringLiteral("probe/os-release/debian-12-bookworm.txt")), {}).profile;
        noGpu.finalize(dlstack::probe::DetectionTables::builtin());
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(noGpu, QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        QAbstractButton *cuda = buttonNamed(wizard.currentPage(), QStringLiteral("CUDA backend"));
        QVERIFY(cuda && !cuda->isEnabled() && !cuda->toolTip().isEmpty());
        QLabel *why = nullptr;
        for (QLabel *l : wizard.currentPage()->findChildren<QLabel *>())
            if (l->accessibleName() == u"Why some backends cannot be chosen")
                why = l;
        QVERIFY(why && why->isVisible());
        QVERIFY2(why->text().contains(cuda->toolTip()), qPrintable(why->text()));
    }

    // The focus ring is drawn in its own colour: a focused button shows it, the default
    // button (tinted by the style) and an unfocused one do not.
    void focusRingIsVisibleAndNotTheDefaultRing()
    {
        QWidget window;
        auto *first = new QPushButton(QStringLiteral("Focus"), &window);
        auto *other = new QPushButton(QStringLiteral("Default"), &window);
        first->setGeometry(10, 10, 120, 32);
        other->setGeometry(10, 60, 120, 32);
        other->setDefault(true);
        window.resize(200, 120);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QColor ring = ui::focusRingColour(first->palette());
        QVERIFY(ui::contrastRatio(ring, first->palette().color(QPalette::Window)) >= 3.0);
        other->setFocus(Qt::TabFocusReason);
        const QImage unfocused = first->grab().toImage();
        QTest::keyClick(other, Qt::Key_Tab); // the focus moves by keyboard, as a keyboard user moves it
        QVERIFY(first->hasFocus());
        const QImage focusedImage = first->grab().toImage();
        other->clearFocus();
        const QImage defaultImage = other->grab().toImage();
        QVERIFY(focusedImage != unfocused);
        QVERIFY2(pixelsOf(focusedImage, ring) >= 2 * (first->width() + first->height()),
                 qPrintable(QString::number(pixelsOf(focusedImage, ring))));
        QCOMPARE(pixelsOf(unfocused, ring), 0);
        QCOMPARE(pixelsOf(defaultImage, ring), 0);
    }

    void contrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("Fusion light") << QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        QTest::newRow("Breeze Dark") << breezeDark();
    }

    // Text, disabled text (grey on grey: 1.6:1 before), placeholders, selections, links and
    // tooltips all reach 4.5:1 in the palette the wizard uses.
    void contrast()
    {
        QFETCH(QPalette, palette);
        QString where;
        const double before = worstContrast(palette, &where);
        qInfo("as the theme gives it: worst %.2f:1 (%s)", before, qPrintable(where));
        const double after = worstContrast(ui::accessiblePalette(palette), &where);
        QVERIFY2(after >= 4.5, qPrintable(QStringLiteral("%1:1 at %2").arg(after).arg(where)));
        // Disabled text stays distinguishable from enabled text.
        const QPalette fixed = ui::accessiblePalette(palette);
        QVERIFY(fixed.color(QPalette::Disabled, QPalette::WindowText) !=
                fixed.color(QPalette::Active, QPalette::WindowText));
        // Error text (a problem under a field, a keyring that cannot be used) too; the fixed
        // red it had before was 2.2:1 on Breeze Dark.
        const QColor error = ui::errorTextColour(fixed);
        const double errorRatio = ui::contrastRatio(error, fixed.color(QPalette::Window));
        QVERIFY2(errorRatio >= 4.5, qPrintable(QStringLiteral("error text %1:1").arg(errorRatio)));
        QVERIFY2(error.red() > error.green() + 40, qPrintable(error.name())); // still reads as red
    }

    // No widget keeps a colour of its own in a style sheet: colours come from the palette,
    // which is what the contrast checks measure.
    void noFixedColoursInStyleSheets()
    {
        QTemporaryDir prefix;
        InstantDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.show();
        QStringList fixed;
        const auto look = [&fixed](QWidget *root) {
            for (QWidget *w : root->findChildren<QWidget *>())
                if (w->styleSheet().contains(QStringLiteral("color"), Qt::CaseInsensitive))
                    fixed << QStringLiteral("%1 \"%2\"").arg(w->metaObject()->className(), w->styleSheet());
        };
        for (int i = 0; i < 7 && wizard.currentPage(); ++i) {
            look(&wizard);
            if (!wizard.currentPage()->isComplete())
                break;
            wizard.next();
        }
        ui::SettingsDialog settings;
        look(&settings);
        QVERIFY2(fixed.isEmpty(), qPrintable(fixed.join(u'\n')));
    }

    // What dlstack-wizard runs with: the application palette after applyAccessibleLook().
    void applicationPalette()
    {
        QString where;
        const double worst = worstContrast(QApplication::palette(), &where);
        QVERIFY2(worst >= 4.5, qPrintable(QStringLiteral("%1:1 at %2").arg(worst).arg(where)));
    }

    // Tab reaches the Review page's summary, and a screen reader has a name for it.
    void reviewSummaryByKeyboard()
    {
        QTemporaryDir prefix;
        InstantDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        for (int id = ui::InstallWizard::WelcomePageId; id < ui::InstallWizard::ReviewPageId; ++id) {
            if (id == ui::InstallWizard::OptionsPageId)
                wizard.currentPage()->findChild<QLineEdit *>()->setText(prefix.path());
            wizard.next();
        }
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        auto *summary = wizard.currentPage()->findChild<QTextBrowser *>();
        QVERIFY(summary);
        wizard.button(QWizard::NextButton)->setFocus(Qt::TabFocusReason);
        QVERIFY2(tabTo(summary), "Tab never reaches the summary");
        QVERIFY(!summary->accessibleName().isEmpty());
        QVERIFY(!summary->accessibleDescription().isEmpty());
        // Read from the keyboard: the cursor moves in it, and Enter still means Install.
        QTest::keyClick(summary, Qt::Key_Down);
        QVERIFY(summary->hasFocus());
        QTest::keyClick(summary, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::InstallPageId));
    }

    // Every dialog of the walk opens from the keyboard, holds the focus and closes with Escape.
    void dialogsByKeyboard()
    {
        QTemporaryDir prefix;
        QTemporaryDir logs;
        InstantDriver driver;
        driver.logDir = logs.path();
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QStringList problems;
        const auto dialog = [&](QWidget *where, const QString &text,
                                const std::function<QString(QWidget *)> &inside = {}) {
            const int page = wizard.currentId();
            QAbstractButton *b = buttonWithText(where, text);
            const QString p = b ? openAndEscape(b, inside) : QStringLiteral("%1: no such button").arg(text);
            if (!p.isEmpty())
                problems << QStringLiteral("%1 page: %2").arg(wizard.currentPage()->title(), p);
            if (wizard.currentId() != page)
                problems << QStringLiteral("%1 left the page").arg(text);
        };
        const auto next = [&] { QTest::keyClick(focused() ? focused() : &wizard, Qt::Key_Return); };
        // Welcome: the wizard's own Settings.
        dialog(&wizard, QStringLiteral("Settin&gs…"));
        next();
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::SystemPageId));
        QWizardPage *page = wizard.currentPage();
        dialog(page, QStringLiteral("&Import…"), [](QWidget *import) {
            QAbstractButton *open = buttonWithText(import, QStringLiteral("&Open files…"));
            return open ? openAndEscape(open) : QStringLiteral("Import: no Open files button; ");
        });
        dialog(page, QStringLiteral("Add &environment…"));
        dialog(page, QStringLiteral("&Save support bundle…"));
        next();
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        next();
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        page = wizard.currentPage();
        page->findChild<QLineEdit *>()->setText(prefix.path());
        dialog(page, QStringLiteral("B&rowse…"));
        dialog(page, QStringLiteral("Bro&wse…"));
        if (QAbstractButton *find = buttonWithText(page, QStringLiteral("Loo&k in a folder…"));
            find && find->isEnabled())
            dialog(page, find->text());
        next();
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        page = wizard.currentPage();
        for (const QString &text : {QStringLiteral("Export &plan…"), QStringLiteral("Export ba&sh script…"),
                                    QStringLiteral("Export &Dockerfile…"), QStringLiteral("Export S&lurm job…"),
                                    QStringLiteral("Export for &Ansible…")})
            dialog(page, text);
        wizard.button(QWizard::NextButton)->setFocus(Qt::TabFocusReason);
        next();
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::InstallPageId));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        page = wizard.currentPage();
        // A stage chosen in the list by keyboard, then its rollback question.
        auto *stages = page->findChild<QTreeView *>();
        QVERIFY(stages);
        QVERIFY2(tabTo(stages), "Tab never reaches the stage list");
        QTest::keyClick(stages, Qt::Key_Home);
        QTest::keyClick(stages, Qt::Key_Space);
        QVERIFY(stages->selectionModel()->hasSelection());
        dialog(page, QStringLiteral("Ro&ll back stage…"));
        wizard.button(QWizard::NextButton)->setFocus(Qt::TabFocusReason);
        next();
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::FinishPageId));
        // Finish: the log inspector, a window of its own: Ctrl+O opens a file, Ctrl+Q closes it.
        page = wizard.currentPage();
        QAbstractButton *openLog = buttonWithText(page, QStringLiteral("Open the &log…"));
        QVERIFY(openLog && openLog->isEnabled());
        QTest::keyClick(focused() ? focused() : &wizard, mnemonicKey(openLog), Qt::AltModifier);
        QPointer<ui::LogInspectorWindow> inspector;
        QTRY_VERIFY((inspector = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *i = qobject_cast<ui::LogInspectorWindow *>(w); i && i->isVisible())
                    return i;
            return static_cast<ui::LogInspectorWindow *>(nullptr);
        }()));
        QApplication::setActiveWindow(inspector);
        QVERIFY(QTest::qWaitForWindowActive(inspector));
        const QString open = dialogFromKeys(QStringLiteral("Open log (Ctrl+O)"), inspector, [&inspector] {
            QTest::keyClick(focusInside(inspector) ? focused() : inspector.data(), Qt::Key_O, Qt::ControlModifier);
        });
        if (!open.isEmpty())
            problems << QStringLiteral("log inspector: ") + open;
        QTest::keyClick(focusInside(inspector) ? focused() : inspector.data(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(inspector.isNull() || !inspector->isVisible());
        QVERIFY(wizard.isVisible());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Welcome to a finished install, keys only: Enter, Tab, Alt mnemonics and typing.
    void keyboardOnlyWalkthrough()
    {
        QTemporaryDir prefix;
        InstantDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto key = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            QWidget *target = focused() ? focused() : QApplication::activeWindow();
            QTest::keyClick(target, k, m);
        };
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::WelcomePageId));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::SystemPageId));
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        // Alt+C picks the CUDA backend; Tab moves on; Enter still means Next.
        auto *cuda = qobject_cast<QRadioButton *>(buttonNamed(wizard.currentPage(), QStringLiteral("CUDA backend")));
        QVERIFY(cuda);
        key(Qt::Key_C, Qt::AltModifier);
        QVERIFY(cuda->isChecked());
        QVERIFY(cuda->hasFocus());
        key(Qt::Key_Tab);
        QVERIFY(!cuda->hasFocus());
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        // Alt+O opens the Advanced section (and Alt+O again closes it).
        auto *advanced = qobject_cast<QAbstractButton *>(
            buttonNamed(wizard.currentPage(), QStringLiteral("Show advanced options"), "OptionsPage"));
        QVERIFY(advanced && !advanced->isChecked());
        QCOMPARE(mnemonicKey(advanced), Qt::Key_O);
        key(Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(advanced->isChecked());
        key(Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(!advanced->isChecked());
        // Alt+F reaches the install folder; type a folder there.
        auto *folder = wizard.currentPage()->findChild<QLineEdit *>();
        QCOMPARE(folder->accessibleName(), QStringLiteral("Install folder"));
        key(Qt::Key_F, Qt::AltModifier);
        QVERIFY(folder->hasFocus());
        key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(folder, prefix.path());
        QCOMPARE(folder->text(), prefix.path());
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        // Review's Install starts the install: there is no second Start to press.
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::InstallPageId));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(driver.starts, 1);
        key(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(ui::InstallWizard::FinishPageId));
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizard_keyboard.moc"
