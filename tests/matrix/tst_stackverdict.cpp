// SPDX-License-Identifier: GPL-3.0-or-later
// verdictFor(): the Stack page's verdict on one choice is check() over the whole selection:
// a source build the CMake rule blocks is blocked although its wheels would run; reasons
// carry the remedy; withStack() and defaultEnvKind() give the selections the Recommender makes.
#include "core/matrix/recommender.h"
#include "core/matrix/stackverdict.h"
#include "profilespec.h"

#include <QTest>

using namespace dlstack;

class TestStackVerdict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(matrix::Matrix::builtin().ok()); }

    void verdicts_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("selection");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("reasonPart"); // in reason() when blocked
        const QString t4 =
            QStringLiteral("gpu=Tesla T4:7.5;driver=495.29.05;python=3.9.7;gcc=9.4.0;cmake=3.23.0;mem=32;cores=16");
        QTest::newRow("wheels run") << t4 << "torch=1.10.2 cuda=11.3 python=3.9"
                                    << "ok"
                                    << "";
        QTest::newRow("source build blocked by CMake 3.23.0 with CUDA")
            << t4 << "torch=1.10.2 cuda=11.3 route=source python=3.9"
            << "blocked"
            << "3.22.3";
        QTest::newRow("driver too old") << t4 << "torch=2.4.1 cuda=12.4 python=3.9"
                                        << "blocked"
                                        << "driver";
        QTest::newRow("no AMD GPU") << t4 << "torch=2.4.1 rocm=6.1 python=3.9"
                                    << "blocked"
                                    << "No AMD GPU";
    }

    void verdicts()
    {
        QFETCH(QString, profile);
        QFETCH(QString, selection);
        QFETCH(QString, verdict);
        QFETCH(QString, reasonPart);
        const matrix::StackVerdict v = matrix::verdictFor(
            matrix::Matrix::builtin().value(), test::profileFromSpec(profile), test::selectionFromSpec(selection));
        QCOMPARE(matrix::verdictName(v.verdict), verdict);
        QCOMPARE(v.blocked(), verdict == u"blocked");
        QCOMPARE(v.reason().isEmpty(), !v.blocked());
        QVERIFY2(v.reason().contains(reasonPart), qPrintable(v.reason()));
        QVERIFY(!v.findings.isEmpty() || verdict == u"ok");
    }

    // The Recommender's first proposal is withStack() of one variant with the default
    // environment: a venv when the Python is installed, else conda.
    void recommendationIsAStack()
    {
        const matrix::Matrix &m = matrix::Matrix::builtin().value();
        for (const QString &spec : {QStringLiteral("gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3"),
                                    QStringLiteral("amd=Instinct MI300X:gfx942;python=3.10.12"),
                                    QStringLiteral("gpu=GeForce RTX 4090:8.9;driver=580.65.06")}) {
            const probe::SystemProfile p = test::profileFromSpec(spec);
            const auto recs = matrix::Recommender(m).recommend(p, 1);
            QVERIFY(!recs.isEmpty());
            const matrix::Selection &s = recs.first().selection;
            const matrix::TorchRelease *r = m.release(s.torch);
            QVERIFY(r);
            const matrix::TorchVariant *v = r->variantFor(s.backend, s.backendVersion());
            QVERIFY(v);
            matrix::Selection rebuilt = matrix::withStack(m, matrix::Selection(), *r, *v);
            rebuilt.python = s.python;
            rebuilt.envKind = matrix::defaultEnvKind(p, s.python);
            QCOMPARE(rebuilt.toJson(), s.toJson());
            QCOMPARE(s.envKind, p.pythons.isEmpty() ? matrix::EnvKind::NewConda : matrix::EnvKind::NewVenv);
        }
    }

    void pythonVersionsNewestFirst()
    {
        const matrix::TorchRelease *r = matrix::Matrix::builtin().value().release(QStringLiteral("2.4.1"));
        QVERIFY(r);
        const QStringList versions = matrix::pythonVersions(*r);
        QCOMPARE(versions.first(), r->pythonMax);
        QCOMPARE(versions.last(), r->pythonMin);
    }
};

QTEST_GUILESS_MAIN(TestStackVerdict)
#include "tst_stackverdict.moc"
