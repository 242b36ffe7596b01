// SPDX-License-Identifier: GPL-3.0-or-later
// verdictFor(): the Stack page's verdict on one choice is check() over the whole selection:
// a source build the CMake rule blocks is blocked although its wheels would run; reasons
// carry the remedy; withStack() and defaultEnvKind() give the selections the Recommender makes;
// a new venv and a new conda environment get the same Python; data doubts are kept apart.
#include "core/matrix/checker.h"
#include "core/matrix/recommender.h"
#include "core/matrix/stackverdict.h"
#include "profilespec.h"

#include <QJsonArray>
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

    // A new conda environment and a new venv get the same Python when the selection leaves it
    // open: the newest installed one the release supports (the conda route took the release's
    // newest, 3.14, on a machine with 3.11), else the release's newest for both.
    void condaAndVenvGetTheSamePython_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("torch");
        QTest::addColumn<QString>("python");
        QTest::newRow("Python 3.11 installed")
            << QStringLiteral("python=3.11.2") << QStringLiteral("2.14.1") << QStringLiteral("3.11");
        QTest::newRow("3.12 and 3.8: the newest in range")
            << QStringLiteral("python=3.12.3,3.8.10") << QStringLiteral("2.4.1") << QStringLiteral("3.12");
        QTest::newRow("no Python fits 1.8.2: its newest")
            << QStringLiteral("python=3.11.2") << QStringLiteral("1.8.2") << QStringLiteral("3.8");
    }
    void condaAndVenvGetTheSamePython()
    {
        QFETCH(QString, profile);
        QFETCH(QString, torch);
        QFETCH(QString, python);
        const matrix::TorchRelease *release = matrix::Matrix::builtin().value().release(torch);
        QVERIFY(release);
        const probe::SystemProfile p = test::profileFromSpec(profile);
        matrix::Selection s;
        s.torch = torch;
        s.envKind = matrix::EnvKind::NewVenv;
        const QString venv = matrix::effectivePython(p, s, *release);
        s.envKind = matrix::EnvKind::NewConda;
        const QString conda = matrix::effectivePython(p, s, *release);
        QCOMPARE(venv, python);
        QCOMPARE(conda, python);
    }

    // The pairing doubts of the version data are apart from the machine's warnings; the same
    // stack is the same whatever the environment, Python or extras.
    void dataDoubtsApart()
    {
        const matrix::Matrix &m = matrix::Matrix::builtin().value();
        const matrix::TorchRelease *release = m.release(QStringLiteral("2.14.1"));
        QVERIFY(release && release->isUnverified(QStringLiteral("torchvision")));
        const matrix::StackVerdict v = matrix::verdictFor(
            m, test::profileFromSpec(QStringLiteral("python=3.12.3")),
            test::selectionFromSpec(QStringLiteral("torch=2.14.1 cpu python=3.12 extras=torchvision,torchaudio")));
        QVERIFY(!v.blocked());
        QVERIFY2(v.doubts.join(u'\n').contains(QStringLiteral("torchvision 0.29.1")), qPrintable(v.doubts.join(u'\n')));
        QVERIFY2(!v.warnings.join(u'\n').contains(QStringLiteral("primary source")),
                 qPrintable(v.warnings.join(u'\n')));
        const matrix::Finding *doubt = matrix::findById(v.findings, QStringLiteral("companion_unverified"));
        QVERIFY(doubt && matrix::isDataDoubt(*doubt));
        QVERIFY(doubt->severity == matrix::Severity::Warning); // `dlstack check` still says it
        for (const matrix::Finding &f : v.findings)
            QCOMPARE(matrix::isDataDoubt(f), f.id == u"companion_unverified");

        matrix::Selection a = test::selectionFromSpec(QStringLiteral("torch=2.14.1 cuda=13.0 python=3.12"));
        matrix::Selection b = test::selectionFromSpec(QStringLiteral("torch=2.14.1 cuda=13.0 python=3.11 conda"));
        b.extras << QStringLiteral("apex");
        QVERIFY(matrix::sameStack(a, b));
        b.cuda = QStringLiteral("12.6");
        QVERIFY(!matrix::sameStack(a, b));
        b = a;
        b.route = matrix::Route::Source;
        QVERIFY(!matrix::sameStack(a, b));
    }

    // An LTS release only where torch.json says so: 1.8.2, whose record notes it; the fields
    // of a variant's own unverified data are its, not another variant's.
    void ltsAndUnverifiedFields()
    {
        const matrix::Matrix &m = matrix::Matrix::builtin().value();
        QStringList lts;
        for (const matrix::TorchRelease &r : m.releases())
            if (r.lts)
                lts << r.version;
        QCOMPARE(lts, QStringList{QStringLiteral("1.8.2")});
        QVERIFY(m.release(QStringLiteral("1.8.2"))
                    ->raw.value(QStringLiteral("notes"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QStringLiteral("LTS release")));
        const matrix::TorchRelease *r = m.release(QStringLiteral("2.11.0"));
        QVERIFY(r);
        QCOMPARE(r->unverifiedFor(*r->variant(QStringLiteral("cu130"))),
                 QStringList{QStringLiteral("variants[cu130].arch_list.+PTX")});
        QCOMPARE(r->unverifiedFor(*r->variant(QStringLiteral("cpu"))), QStringList());
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
