// SPDX-License-Identifier: GPL-3.0-or-later
// The German and French UI shows no English: every wizard page, Welcome to Finish (Advanced
// open, prebuilt and source route), with the translators loaded as dlstack-wizard loads them
// (dlstack's own and Qt's qtbase), including the Install page's stage list and the diagnosis of
// a failed stage; then every built-in diagnosis rule and every stage title as the front ends
// show them. Each shown text (labels, buttons, group titles, tooltips, accessible names and
// descriptions, placeholder texts, combo items, tab titles, item views, page titles, Qt's own
// wizard buttons, the diagnosis pane) is judged by UntranslatedText. German and French texts
// also show no decimal point in a size or share ("1.5 GiB").
#include "core/log/diagnosistext.h"
#include "core/plan/stagetitle.h"
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "core/support/translator.h"
#include "tests/i18n/untranslated.h"
#include "tests/support/testsupport.h"
#include "ui/log/loginspector.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/installpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTranslator>

using namespace dlstack;

namespace {

probe::SystemProfile replayed()
{
    probe::Importer importer;
    probe::SystemProfile profile;
    for (const QString &f : {QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt"),
                             QStringLiteral("probe/gcc/ubuntu-22.04-gcc-11.4.0.txt")})
        profile.merge(importer.import(test::readFixture(f), f).profile);
    profile.finalize(probe::DetectionTables::builtin());
    return profile;
}

// The translators dlstack-wizard installs for a language (app/wizardmain.cpp).
class Language
{
public:
    explicit Language(const QString &name)
    {
        const QLocale locale(name);
        QLocale::setDefault(locale);
        ownLoaded = m_own.loadFor(locale);
        if (ownLoaded)
            QCoreApplication::installTranslator(&m_own);
        qtLoaded = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (qtLoaded)
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::English));
    }
    bool ownLoaded = false;
    bool qtLoaded = false;

private:
    support::Translator m_own;
    QTranslator m_qt;
};

// Two stages with the titles recipes give them; the second fails with a real nvcc error in its log.
class FailingDriver : public ui::InstallDriver
{
public:
    explicit FailingDriver(const QString &dir) : m_dir(dir) {}
    QStringList stages(const ui::WizardState &) const override
    {
        return {plan::stageTitle(plan::StageTitle::VirtualEnvironment, {QStringLiteral("3.12")}),
                plan::stageTitle(plan::StageTitle::TorchFromSource, {QStringLiteral("2.5.1")})};
    }
    QString stageLogPath(int index) const override { return m_dir + QStringLiteral("/stage%1.log").arg(index); }
    void start(const ui::WizardState &) override
    {
        QTimer::singleShot(0, this, [this] {
            emit stageStarted(0);
            emit progress(0.5);
            emit stageFinished(0);
            emit stageStarted(1);
            emit stageFailed(1, QString());
            emit finished(false);
        });
    }
    void cancel() override {}

private:
    QString m_dir;
};

struct Shown
{
    QString where;
    QString text;
};

void add(QList<Shown> &out, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out.append({where, text});
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void addModel(QList<Shown> &out, const QString &where, const QAbstractItemModel *model, const QModelIndex &parent,
              int depth)
{
    if (!model || depth > 3)
        return;
    for (int c = 0; c < model->columnCount(parent) && depth == 0; ++c)
        add(out, where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < model->rowCount(parent) && r < 200; ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            add(out, where + QStringLiteral(" item"), model->data(index, Qt::DisplayRole).toString());
            add(out, where + QStringLiteral(" item tooltip"), plain(model->data(index, Qt::ToolTipRole).toString()));
            if (c == 0)
                addModel(out, where, model, index, depth + 1);
        }
}

// Every text a visible widget of the window shows or tells a screen reader.
QList<Shown> shownTexts(QWidget *window, const QString &page)
{
    QList<Shown> out;
    add(out, page + QStringLiteral(" window title"), window->windowTitle());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        const QString where = page + u' ' + QString::fromLatin1(w->metaObject()->className()) +
                              (w->objectName().isEmpty() ? QString() : u'#' + w->objectName());
        add(out, where + QStringLiteral(" tooltip"), plain(w->toolTip()));
        add(out, where + QStringLiteral(" accessible name"), w->accessibleName());
        add(out, where + QStringLiteral(" accessible description"), w->accessibleDescription());
        add(out, where + QStringLiteral(" status tip"), w->statusTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(out, where, plain(label->text()));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(out, where, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(out, where, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(out, where + QStringLiteral(" placeholder"), edit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(out, where + QStringLiteral(" item"), combo->itemText(i));
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(out, where + QStringLiteral(" tab"), tabs->tabText(i));
        else if (auto *browser = qobject_cast<QTextBrowser *>(w))
            for (const QString &paragraph : browser->toPlainText().split(u'\n'))
                add(out, where, paragraph);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w))
            addModel(out, where, view->model(), view->rootIndex(), 0);
        if (auto *wizardPage = qobject_cast<QWizardPage *>(w)) {
            add(out, where + QStringLiteral(" title"), wizardPage->title());
            add(out, where + QStringLiteral(" subtitle"), wizardPage->subTitle());
        }
    }
    return out;
}

// Sizes and shares in the locale's numbers: "1,5 GiB", not "1.5 GiB".
bool hasDecimalPointAmount(const QString &text)
{
    static const QRegularExpression amount(
        QStringLiteral("\\b\\d+\\.\\d+\\s?(?:KiB|MiB|GiB|TiB|KB|MB|GB|TB|%|Stunden|heures|Minuten|minutes)"));
    return amount.match(text).hasMatch();
}

QAbstractButton *buttonNamed(QWidget *page, const char *accessibleName, const char *context)
{
    const QString english = QString::fromUtf8(accessibleName);
    const QString translated = QCoreApplication::translate(context, accessibleName);
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->accessibleName() == english || b->accessibleName() == translated)
            return b;
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// One Diagnosis as the Diagnoser makes it from a rule: its texts filled with a value per placeholder.
log::Diagnosis diagnosisOf(const log::DiagnosisRule &rule, QMap<QString, QString> *values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    for (const QString &text : {rule.title, rule.explanation, rule.remedy}) {
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            values->insert(name, QStringLiteral("<%1-%2>").arg(name).arg(values->size()));
        }
    }
    log::Diagnosis d;
    d.id = rule.id;
    d.title = log::DiagnosisText::filled(rule.title, *values);
    d.explanation = log::DiagnosisText::filled(rule.explanation, *values);
    d.remedy = log::DiagnosisText::filled(rule.remedy, *values);
    d.values = *values;
    return d;
}

} // namespace

class TestTranslatedUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translatedui"));
    }

    // The detector itself: it knows English when it sees it, and lets German and French through.
    void detector()
    {
        const test::UntranslatedText de(QStringLiteral("de"));
        QVERIFY(de.loaded());
        QVERIFY(!de.why(QStringLiteral("&Next >")).isEmpty());
        QVERIFY(!de.why(QStringLiteral("The install folder is not empty and you chose it anyway.")).isEmpty());
        QVERIFY(de.why(QStringLiteral("Weiter >")).isEmpty());
        QVERIFY(de.why(QStringLiteral("Installieren Sie es mit `pip install -U pip setuptools wheel` in der Umgebung."))
                    .isEmpty());
        QVERIFY(de.why(QStringLiteral("NVIDIA GeForce RTX 4090")).isEmpty());
    }

    void wizardPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("source");
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QTest::newRow(qPrintable(language + QStringLiteral(" prebuilt"))) << language << false;
            QTest::newRow(qPrintable(language + QStringLiteral(" source"))) << language << true;
        }
    }

    void wizardPages()
    {
        QFETCH(QString, language);
        QFETCH(bool, source);
        const Language translators(language);
        QVERIFY(translators.ownLoaded);
        QVERIFY2(translators.qtLoaded, "qtbase translations (qt6-translations-l10n) are missing");
        const test::UntranslatedText judge(language);
        QVERIFY(judge.loaded());

        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("stage0.log")), "Collecting torch\nSuccessfully installed torch\n");
        QByteArray bad;
        for (int i = 0; i < 5; ++i)
            bad += "[" + QByteArray::number(i) + "/60] Building CXX object op" + QByteArray::number(i) + ".o\n";
        bad += "nvcc fatal   : Unsupported gpu architecture 'compute_120'\n";
        bad += "ninja: build stopped: subcommand failed.\n";
        writeFile(dir.filePath(QStringLiteral("stage1.log")), bad);
        const QString logText = QString::fromUtf8(bad);

        FailingDriver driver(dir.path());
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(replayed(), QStringLiteral("replayed"));
        wizard.resize(1280, 900);
        wizard.show();
        QStringList found;
        QStringList visited;
        int checked = 0;
        auto check = [&](const QString &page) {
            for (const Shown &s : shownTexts(&wizard, page)) {
                ++checked;
                if (qEnvironmentVariableIsSet("DLSTACK_DUMP") &&
                    page.startsWith(QStringLiteral("dlstack::ui::Install")))
                    qInfo("%s | %s", qPrintable(s.where), qPrintable(s.text.left(120)));
                if (logText.contains(s.text.trimmed()))
                    continue; // a line of the log itself, quoted by the diagnosis
                if (const QString why = judge.why(s.text); !why.isEmpty())
                    found << QStringLiteral("%1: \"%2\" (%3)").arg(s.where, s.text.left(160), why);
                else if (hasDecimalPointAmount(s.text))
                    found << QStringLiteral("%1: \"%2\" (a decimal point in a number)").arg(s.where, s.text.left(160));
            }
        };
        for (int id = ui::InstallWizard::WelcomePageId; id <= ui::InstallWizard::FinishPageId; ++id) {
            QCOMPARE(wizard.currentId(), id);
            QWizardPage *page = wizard.currentPage();
            const QString name = QString::fromLatin1(page->metaObject()->className());
            if (id == ui::InstallWizard::StackPageId && source) {
                QAbstractButton *build = buttonNamed(page, "Build PyTorch from source", "StackPage");
                QVERIFY(build);
                build->click();
            }
            if (QAbstractButton *advanced = buttonNamed(page, "Show advanced options", "OptionsPage"))
                advanced->setChecked(true);
            if (id == ui::InstallWizard::OptionsPageId)
                page->findChild<QLineEdit *>()->setText(dir.filePath(QStringLiteral("prefix")));
            if (id == ui::InstallWizard::InstallPageId) {
                auto *install = qobject_cast<ui::InstallPage *>(page);
                check(name + QStringLiteral(" (before)"));
                install->start();
                QTRY_VERIFY(!install->isRunning());
                auto *stages = install->findChild<QAbstractItemView *>();
                stages->setCurrentIndex(stages->model()->index(1, 0));
                QTRY_VERIFY(install->inspector()->isDiagnosisShown());
                // The root cause of the failed stage, once the inspector has diagnosed its log.
                auto *causes = install->inspector()->findChild<QListWidget *>();
                QVERIFY(causes);
                install->inspector()->diagnose();
                QTRY_VERIFY_WITH_TIMEOUT(causes->count() > 0, 20000);
                causes->setCurrentRow(0);
            }
            check(name);
            visited << name;
            if (id < ui::InstallWizard::FinishPageId) {
                wizard.next();
                if (wizard.currentId() != id + 1)
                    break; // after the failed install: Finish is checked below
            }
        }
        QVERIFY2(visited.size() >= 6, qPrintable(visited.join(u' ')));
        if (wizard.currentId() == ui::InstallWizard::InstallPageId) {
            // The Finish page after an install that failed, as the user reaches it.
            wizard.button(QWizard::NextButton)->setEnabled(true);
            wizard.next();
            if (wizard.currentId() == ui::InstallWizard::FinishPageId) {
                check(QStringLiteral("FinishPage"));
                visited << QStringLiteral("FinishPage");
            }
        }
        qInfo("%s: %d texts checked", qPrintable(visited.join(u' ')), checked);
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void diagnosisCatalogue_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // Every built-in rule's title, explanation and remedy as the wizard and the CLI show them.
    void diagnosisCatalogue()
    {
        QFETCH(QString, language);
        const Language translators(language);
        const test::UntranslatedText judge(language);
        const auto &rules = log::RuleSet::builtin();
        QVERIFY(rules.ok());
        QStringList found;
        for (const log::DiagnosisRule &rule : rules.value().rules()) {
            QMap<QString, QString> values;
            const log::Diagnosis d = diagnosisOf(rule, &values);
            const log::DiagnosisText text = log::DiagnosisText::of(d, rules.value());
            const QList<std::pair<QString, QString>> fields{{QStringLiteral("title"), text.title},
                                                            {QStringLiteral("explanation"), text.explanation},
                                                            {QStringLiteral("remedy"), text.remedy}};
            const QList<QString> english{d.title, d.explanation, d.remedy};
            for (int i = 0; i < fields.size(); ++i) {
                const QString where = rule.id + u'.' + fields.at(i).first;
                const QString &shown = fields.at(i).second;
                if (shown == english.at(i))
                    found << where + QStringLiteral(": shown in English");
                else if (const QString why = judge.why(shown); !why.isEmpty())
                    found << QStringLiteral("%1: %2").arg(where, why);
            }
            // The facts the diagnosis found are in the translation too.
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                if (!(text.title + text.explanation + text.remedy).contains(it.value()))
                    found << QStringLiteral("%1: the translation lost {%2}").arg(rule.id, it.key());
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void stageTitles_data() { diagnosisCatalogue_data(); }

    void stageTitles()
    {
        QFETCH(QString, language);
        const Language translators(language);
        const test::UntranslatedText judge(language);
        QStringList found;
        for (const QString &pattern : plan::stageTitleTemplates()) {
            QString english = pattern;
            english.replace(QStringLiteral("%1"), QStringLiteral("12.4"))
                .replace(QStringLiteral("%2"), QStringLiteral("cu124"));
            const QString shown = plan::localizedStageTitle(english);
            const bool keptAsIs = QCoreApplication::translate("StageTitle", pattern.toUtf8().constData()) == pattern;
            if ((shown == english && !keptAsIs) || !judge.why(shown).isEmpty())
                found << QStringLiteral("%1 -> %2").arg(english, shown);
            if (pattern.contains(QStringLiteral("%1")) && !shown.contains(QStringLiteral("12.4")))
                found << QStringLiteral("%1 lost its argument: %2").arg(english, shown);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
