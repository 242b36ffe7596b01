// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosis texts and stage titles in the user's language: the generated catalogue lupdate
// reads is up to date with resources/diagnosis/*.json; a real log diagnosed (in English, as
// --json and event logs keep it) is shown in German with the facts it found; a user rule
// with a built-in id stays as written; the values survive the event log's JSON; every stage
// title template comes back with its arguments.
#include "core/log/diagnosiscatalogue.h"
#include "core/log/diagnosistext.h"
#include "core/plan/stagetitle.h"
#include "core/support/translator.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dlstack;

namespace {

// A CI runner's apt-get that waited for another apt-get's lock (source in SOURCES.tsv).
const QString kLockLog = QStringLiteral("diagnosis/apt_lock_held/pytorch-a100-runner-nvidia-docker2-lock.log");

class German
{
public:
    German()
    {
        loaded = m_translator.loadFor(QLocale(QStringLiteral("de")));
        if (loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~German() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded = false;

private:
    support::Translator m_translator;
};

QList<log::Diagnosis> diagnose(const log::RuleSet &rules, const QByteArray &text)
{
    log::Diagnoser diagnoser(rules);
    diagnoser.addText(text);
    diagnoser.finish();
    return diagnoser.results();
}

const log::Diagnosis *byId(const QList<log::Diagnosis> &all, const QString &id)
{
    for (const log::Diagnosis &d : all)
        if (d.id == id)
            return &d;
    return nullptr;
}

} // namespace

class TestDiagnosisText : public QObject
{
    Q_OBJECT
private slots:
    // core/log/diagnosiscatalogue.cpp holds exactly the texts of the rule files.
    void catalogueIsUpToDate()
    {
        const auto &rules = log::RuleSet::builtin();
        QVERIFY(rules.ok());
        QSet<QString> wanted;
        for (const log::DiagnosisRule &rule : rules.value().rules())
            for (const QString &text : {rule.title, rule.explanation, rule.remedy})
                if (!text.isEmpty())
                    wanted.insert(text);
        QSet<QString> catalogue;
        for (const char *text : log::diagnosisCatalogue())
            catalogue.insert(QString::fromUtf8(text));
        QStringList stale;
        for (const QString &t : wanted - catalogue)
            stale << QStringLiteral("missing: ") + t.left(100);
        for (const QString &t : catalogue - wanted)
            stale << QStringLiteral("no longer in a rule: ") + t.left(100);
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("run scripts/diagnosis_catalogue.py, then lupdate:\n") + stale.join(u'\n')));
    }

    void shownInGermanWithItsFacts()
    {
        const auto &rules = log::RuleSet::builtin();
        QVERIFY(rules.ok());
        const QList<log::Diagnosis> found = diagnose(rules.value(), test::readFixture(kLockLog));
        const log::Diagnosis *d = byId(found, QStringLiteral("apt_lock_held"));
        QVERIFY(d);
        const QString holder = d->values.value(QStringLiteral("holder"));
        QVERIFY(!holder.isEmpty());
        QVERIFY(d->explanation.contains(holder));
        const log::DiagnosisRule *rule = rules.value().find(QStringLiteral("apt_lock_held"));
        // Without a translator: the rule's English, as the diagnosis keeps it.
        QCOMPARE(log::DiagnosisText::of(*d).explanation, d->explanation);

        const German german;
        QVERIFY(german.loaded);
        const log::DiagnosisText text = log::DiagnosisText::of(*d);
        QCOMPARE(text.title, QCoreApplication::translate("DiagnosisRule", rule->title.toUtf8().constData()));
        QVERIFY2(text.title != d->title, qPrintable(text.title));
        QVERIFY2(text.explanation.contains(holder) && text.explanation.contains(QStringLiteral("Sperre")),
                 qPrintable(text.explanation));
        QVERIFY(!text.explanation.contains(QStringLiteral("{holder}")));
        QVERIFY2(text.remedy.contains(QStringLiteral("`sudo dpkg --configure -a`")), qPrintable(text.remedy));
        // The diagnosis itself stays English (plans, --json, event logs read the same everywhere).
        QCOMPARE(diagnose(rules.value(), test::readFixture(kLockLog)).first().title, d->title);
    }

    void userRuleStaysAsWritten()
    {
        QFile file(QStringLiteral(":/diagnosis/packaging.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray kept;
        for (const QJsonValue &v : root.value(QStringLiteral("rules")).toArray()) {
            QJsonObject rule = v.toObject();
            if (rule.value(QStringLiteral("id")).toString() != u"apt_lock_held")
                continue;
            rule.insert(QStringLiteral("title"), QStringLiteral("Our apt mirror job holds the lock"));
            rule.insert(QStringLiteral("remedy"), QStringLiteral("Wait for the nightly mirror job ({holder})."));
            kept.append(rule);
        }
        root.insert(QStringLiteral("rules"), kept);
        const auto user = log::RuleSet::parse(QJsonDocument(root).toJson(), QStringLiteral("site.json"));
        QVERIFY(user.ok());
        const QList<log::Diagnosis> found = diagnose(user.value(), test::readFixture(kLockLog));
        QCOMPARE(found.size(), 1);
        const German german;
        QVERIFY(german.loaded);
        const log::DiagnosisText text = log::DiagnosisText::of(found.first());
        QCOMPARE(text.title, QStringLiteral("Our apt mirror job holds the lock"));
        QCOMPARE(text.remedy, found.first().remedy);
        QCOMPARE(text.explanation, found.first().explanation); // the rule as a whole is the user's
    }

    // What the install process writes to the event log and the wizard reads back.
    void valuesSurviveJson()
    {
        const auto &rules = log::RuleSet::builtin();
        QVERIFY(rules.ok());
        const log::Diagnosis d = diagnose(rules.value(), test::readFixture(kLockLog)).first();
        const log::Diagnosis back = log::Diagnosis::fromJson(d.toJson());
        QCOMPARE(back.values, d.values);
        const German german;
        QCOMPARE(log::DiagnosisText::of(back).remedy, log::DiagnosisText::of(d).remedy);
        QVERIFY(log::DiagnosisText::of(back).remedy != d.remedy);
    }

    // A log whose failure no cause explains: the anchor's texts, translated too.
    void unrecognisedFailure()
    {
        const auto &rules = log::RuleSet::builtin();
        QVERIFY(rules.ok());
        const QList<log::Diagnosis> found = diagnose(
            rules.value(), "[1/2] Building CXX object a.o\nFAILED: a.o\nninja: build stopped: subcommand failed.\n");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("unrecognised"));
        const German german;
        const log::DiagnosisText text = log::DiagnosisText::of(found.first());
        QVERIFY2(text.title.startsWith(QCoreApplication::translate("Diagnoser", "The failure starts at line %1: %2")
                                           .arg(found.first().line)
                                           .section(u':', 0, 0)),
                 qPrintable(text.title));
        QVERIFY2(text.title.contains(QStringLiteral("ninja-Build-Schritt")), qPrintable(text.title));
        QVERIFY2(text.explanation != found.first().explanation, qPrintable(text.explanation));
    }

    void stageTitles()
    {
        const QString torch =
            plan::stageTitle(plan::StageTitle::TorchWheels, {QStringLiteral("2.5.1"), QStringLiteral("cu124")});
        QCOMPARE(torch, QStringLiteral("PyTorch 2.5.1 wheels (cu124)"));
        const QString env = plan::stageTitle(plan::StageTitle::ExistingEnvironment, {QStringLiteral("/opt/env %2 x")});
        QCOMPARE(env, QStringLiteral("Use the existing environment /opt/env %2 x")); // arguments are not re-read
        QCOMPARE(plan::localizedStageTitle(torch), torch);
        const German german;
        QCOMPARE(plan::localizedStageTitle(torch), QStringLiteral("PyTorch-2.5.1-Wheels (cu124)"));
        QCOMPARE(plan::localizedStageTitle(env), QStringLiteral("Vorhandene Umgebung /opt/env %2 x verwenden"));
        const QString opencv = plan::stageTitle(plan::StageTitle::OpenCvWithCuda, {QStringLiteral("4.10.0")});
        QCOMPARE(plan::localizedStageTitle(opencv), QStringLiteral("OpenCV 4.10.0 mit CUDA aus den Quellen"));
        const QString companions = plan::stageTitle(plan::StageTitle::CompanionsFromSource,
                                                    {QStringLiteral("torchvision 0.20.1, torchaudio 2.5.1")});
        QCOMPARE(plan::localizedStageTitle(companions),
                 QStringLiteral("torchvision 0.20.1, torchaudio 2.5.1 aus den Quellen"));
        // A title written by hand in a plan file is shown as written.
        QCOMPARE(plan::localizedStageTitle(QStringLiteral("Site tools")), QStringLiteral("Site tools"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisText)
#include "tst_diagnosistext.moc"
