// SPDX-License-Identifier: GPL-3.0-or-later
// The Review page's Dockerfile export is the file `dlstack plan --format dockerfile` writes
// for the same stack on the same machine (both call plan::planDockerfile), byte for byte;
// and Install stays disabled while plan::preflight() finds a blocker (a mirror folder that
// does not exist), enabled once it finds none.
#include "tests/plan/plannerprofiles.h"
#include "tests/support/testsupport.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/welcomepage.h"
#include "ui/wizard/wizardcontext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

test::MachineSpec rtx3060()
{
    test::MachineSpec m;
    m.gpu = QStringLiteral("NVIDIA GeForce RTX 3060");
    m.cc = QStringLiteral("8.6");
    m.driver = QStringLiteral("560.35.03");
    m.driverCuda = QStringLiteral("12.6");
    m.toolkit = QStringLiteral("12.4");
    m.python = QStringLiteral("3.11.2");
    return m;
}

} // namespace

class TestReviewExports : public QObject
{
    Q_OBJECT
private slots:
    void dockerfileEqualsTheCli_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("cuda");
        QTest::newRow("wheels cu124") << QStringLiteral("prebuilt") << QStringLiteral("12.4");
        QTest::newRow("source cu124") << QStringLiteral("source") << QStringLiteral("12.4");
    }
    void dockerfileEqualsTheCli()
    {
        QFETCH(QString, route);
        QFETCH(QString, cuda);
        QTemporaryDir dir;
        const probe::SystemProfile profile = test::machine(rtx3060());
        const QString profileFile = dir.filePath(QStringLiteral("profile.json"));
        {
            QFile f(profileFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(profile.toJson()).toJson());
        }
        const QString prefix = dir.filePath(QStringLiteral("dl"));

        ui::WizardContext context;
        context.setInjectedProfile(profile, QStringLiteral("replayed"));
        ui::WizardState &state = context.state();
        state.selection.torch = QStringLiteral("2.5.1");
        state.selection.backend = matrix::Backend::Cuda;
        state.selection.cuda = cuda;
        state.selection.route = *matrix::routeFromName(route);
        state.selection.python = QStringLiteral("3.11");
        state.selection.extras = {QStringLiteral("torchvision")};
        state.target.prefix = prefix;
        ui::ReviewPage review(context);
        review.initializePage();
        const plan::DockerExport fromWizard = review.dockerExport();
        QVERIFY2(fromWizard.outcome.plan,
                 fromWizard.outcome.error ? qPrintable(fromWizard.outcome.error->toText()) : "");
        QVERIFY(fromWizard.dockerfile.contains("FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04 AS build"));

        const test::ProgramRun cli = test::runProgram(
            QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
            {QStringLiteral("plan"), QStringLiteral("--profile"), profileFile, QStringLiteral("--torch"),
             QStringLiteral("2.5.1"), QStringLiteral("--cuda"), cuda, QStringLiteral("--route"), route,
             QStringLiteral("--python"), QStringLiteral("3.11"), QStringLiteral("--no-companions"),
             QStringLiteral("--extras"), QStringLiteral("torchvision"), QStringLiteral("--prefix"), prefix,
             QStringLiteral("--format"), QStringLiteral("dockerfile")});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QCOMPARE(QString::fromUtf8(fromWizard.dockerfile), QString::fromUtf8(cli.out));
    }

    void installWaitsForPreflight()
    {
        QTemporaryDir dir;
        ui::WizardContext context;
        context.setInjectedProfile(test::machine(rtx3060()), QStringLiteral("replayed"));
        ui::WizardState &state = context.state();
        state.selection.torch = QStringLiteral("2.5.1");
        state.selection.cuda = QStringLiteral("12.4");
        state.selection.python = QStringLiteral("3.11");
        state.target.prefix = dir.filePath(QStringLiteral("dl"));
        state.target.offlineDir = dir.filePath(QStringLiteral("no-such-bundle"));
        ui::ReviewPage review(context);
        review.initializePage();
        QVERIFY(state.planned && state.planned->plan); // a plan, but its offline folder is missing
        QVERIFY(!review.isComplete());
        QVERIFY2(review.summaryText().contains(QStringLiteral("does not exist")), qPrintable(review.summaryText()));
        QVERIFY(matrix::findById(review.preflightFindings(), QStringLiteral("install_target")));

        QVERIFY(QDir().mkpath(state.target.offlineDir));
        review.initializePage();
        QVERIFY2(review.isComplete(), qPrintable(review.summaryText()));
    }

    // Review says what the install downloads, per stage and in all, from where, and the
    // disk space, in the locale's numbers (a decimal comma in German).
    void downloadsAndDiskInTheLocalesNumbers()
    {
        QTemporaryDir dir;
        ui::WizardContext context;
        context.setInjectedProfile(test::machine(rtx3060()), QStringLiteral("replayed"));
        ui::WizardState &state = context.state();
        state.selection.torch = QStringLiteral("2.5.1");
        state.selection.cuda = QStringLiteral("12.4");
        state.selection.python = QStringLiteral("3.11");
        state.target.prefix = dir.filePath(QStringLiteral("dl"));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ui::ReviewPage review(context);
        review.initializePage();
        QLocale::setDefault(before);
        const QString summary = review.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Downloads: about ")) &&
                     summary.contains(QStringLiteral("download.pytorch.org")) &&
                     summary.contains(QStringLiteral("an internet connection is needed")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2,7 GiB to download")), qPrintable(summary));
        QVERIFY2(summary.contains(QRegularExpression(QStringLiteral("Disk space needed in .*: about \\d+,\\d GiB"))),
                 qPrintable(summary));
    }

    // Welcome says what any install needs (internet, disk, time) and the offline route,
    // in the locale's numbers.
    void welcomeSaysWhatTheInstallNeeds()
    {
        ui::WizardContext context;
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ui::WelcomePage welcome(context);
        QLocale::setDefault(before);
        const auto *needs = welcome.findChild<QLabel *>(QStringLiteral("installNeeds"));
        QVERIFY(needs);
        QVERIFY2(needs->text().contains(QStringLiteral("internet")) &&
                     needs->text().contains(QStringLiteral("2,7 GiB")) &&
                     needs->text().contains(QStringLiteral("dlstack bundle")),
                 qPrintable(needs->text()));
    }
};

QTEST_MAIN(TestReviewExports)
#include "tst_reviewexports.moc"
