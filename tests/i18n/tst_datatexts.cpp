// SPDX-License-Identifier: GPL-3.0-or-later
// Texts that come from data or recipes reach the user through translation: the known tool
// problems of resources/matrix/tools.json (catalogue core/matrix/toolscatalogue.cpp, generated
// by scripts/tools_catalogue.py, up to date with the JSON) and the notes the plan recipes
// write (core/plan/recipes/*.cpp). A marking translator stands in for a finished German one:
// it answers every text of the contexts asked with a mark in front, so a text shown without
// the mark did not go through QCoreApplication::translate.
#include "core/matrix/checker.h"
#include "core/matrix/matrix.h"
#include "core/matrix/toolscatalogue.h"
#include "core/plan/planner.h"
#include "profilespec.h"
#include "tests/plan/plannerprofiles.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace dlstack;

namespace {

// Translates every text of a context it was given as "[context] text".
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(std::function<bool(const QString &)> contexts) : m_contexts(std::move(contexts)) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        const QString name = QString::fromUtf8(context);
        if (!m_contexts(name))
            return QString();
        return QStringLiteral("[%1] %2").arg(name, QString::fromUtf8(source));
    }

private:
    std::function<bool(const QString &)> m_contexts;
};

const matrix::Matrix &shipped()
{
    return matrix::Matrix::builtin().value();
}

} // namespace

class TestDataTexts : public QObject
{
    Q_OBJECT
private slots:
    // core/matrix/toolscatalogue.cpp holds exactly the messages and workarounds of tools.json.
    void toolsCatalogueIsUpToDate()
    {
        QVERIFY(matrix::Matrix::builtin().ok());
        QSet<QString> wanted;
        for (const auto *list : {&shipped().tools().cmakePitfalls, &shipped().tools().compilerPitfalls})
            for (const matrix::Pitfall &p : *list) {
                wanted.insert(p.message);
                for (const QString &w : p.workaround)
                    wanted.insert(w);
            }
        wanted.remove(QString());
        QSet<QString> catalogue;
        for (const char *text : matrix::toolsCatalogue())
            catalogue.insert(QString::fromUtf8(text));
        QStringList stale;
        for (const QString &t : wanted - catalogue)
            stale << QStringLiteral("missing: ") + t.left(100);
        for (const QString &t : catalogue - wanted)
            stale << QStringLiteral("no longer in tools.json: ") + t.left(100);
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("run scripts/tools_catalogue.py, then lupdate:\n") + stale.join(u'\n')));
    }

    // The CMake 3.23.0 problem as a finding: its message and workaround come translated.
    void pitfallFindingIsTranslated()
    {
        MarkingTranslator marking([](const QString &context) { return context == u"ToolPitfall"; });
        QCoreApplication::installTranslator(&marking);
        const QList<matrix::Finding> findings = matrix::check(
            test::profileFromSpec(QStringLiteral(
                "gpu=Tesla T4:7.5;driver=495.29.05;python=3.9.7;gcc=9.4.0;cmake=3.23.0;mem=32;cores=16")),
            test::selectionFromSpec(QStringLiteral("torch=1.10.2 cuda=11.3 route=source python=3.9")), shipped());
        QCoreApplication::removeTranslator(&marking);
        const matrix::Finding *pitfall = matrix::findById(findings, QStringLiteral("cmake_3_23_0_cuda"));
        QVERIFY(pitfall);
        QVERIFY2(pitfall->message.contains(QStringLiteral("[ToolPitfall] CMake Error")), qPrintable(pitfall->message));
        QVERIFY2(pitfall->remedy.startsWith(QStringLiteral("[ToolPitfall] use cmake 3.22.3")),
                 qPrintable(pitfall->remedy));
    }

    void recipeNotesAreTranslated_data()
    {
        QTest::addColumn<QString>("selection");
        QTest::addColumn<QString>("python"); // the machine's Python; empty: none detected
        QTest::newRow("venv, no Python detected") << QStringLiteral("torch=2.5.1 cpu python=3.11") << QString();
        QTest::newRow("source with distcc, no hosts, OpenCV on CPU")
            << QStringLiteral("torch=2.5.1 cpu route=source python=3.11 extras=opencv") << QStringLiteral("3.11.2");
    }

    // Every note a recipe writes into the plan goes through translation.
    void recipeNotesAreTranslated()
    {
        QFETCH(QString, selection);
        QFETCH(QString, python);
        test::MachineSpec spec;
        spec.python = python;
        matrix::Selection s = test::selectionFromSpec(selection);
        if (s.isSource())
            s.launcher = matrix::Launcher::Distcc; // no hosts named: the recipe says where distcc looks
        MarkingTranslator marking([](const QString &context) { return context.endsWith(u"Recipe"); });
        QCoreApplication::installTranslator(&marking);
        const plan::PlanOutcome outcome =
            plan::Planner(shipped()).plan(test::machine(spec), s, {QStringLiteral("/opt/dl"), {}});
        QCoreApplication::removeTranslator(&marking);
        QVERIFY2(outcome.plan, qPrintable(outcome.error ? outcome.error->summary : QString()));
        QVERIFY2(!outcome.notes.isEmpty(), "the case makes no note: it proves nothing");
        for (const QString &note : outcome.notes)
            QVERIFY2(note.startsWith(u'[') && note.contains(QStringLiteral("Recipe] ")), qPrintable(note));
    }
};

QTEST_GUILESS_MAIN(TestDataTexts)
#include "tst_datatexts.moc"
