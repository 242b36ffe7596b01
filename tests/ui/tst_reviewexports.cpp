// SPDX-License-Identifier: GPL-3.0-or-later
// The Review page's Dockerfile export is the file `dlstack plan --format dockerfile` writes
// for the same stack on the same machine (both call plan::planDockerfile), byte for byte;
// so are its Slurm job (`--format sbatch`, with a partition) and its Ansible directory
// (`--format ansible -o DIR`, every file), both written through the same core exporters;
// and Install stays disabled while plan::preflight() finds a blocker (a mirror folder that
// does not exist), enabled once it finds none.
#include "core/plan/export/ansibleexporter.h"
#include "tests/plan/plannerprofiles.h"
#include "tests/support/testsupport.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/welcomepage.h"
#include "ui/wizard/wizardcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString writeProfile(const QTemporaryDir &dir, const probe::SystemProfile &profile)
{
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(profile.toJson()).toJson()) <= 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The wizard's state and the CLI's options for one stack.
struct Stack
{
    QString torch = QStringLiteral("2.5.1");
    QString cuda; // empty: CPU
    QString route = QStringLiteral("prebuilt");
    QString python = QStringLiteral("3.11");

    void apply(ui::WizardState &state, const QString &prefix) const
    {
        state.selection.torch = torch;
        state.selection.backend = cuda.isEmpty() ? matrix::Backend::Cpu : matrix::Backend::Cuda;
        state.selection.cuda = cuda;
        state.selection.route = *matrix::routeFromName(route);
        state.selection.python = python;
        state.selection.extras = {QStringLiteral("torchvision")};
        state.target.prefix = prefix;
    }
    QStringList cliArgs(const QString &profileFile, const QString &prefix) const
    {
        QStringList args{QStringLiteral("plan"), QStringLiteral("--profile"), profileFile, QStringLiteral("--torch"),
                         torch};
        args << (cuda.isEmpty() ? QStringList{QStringLiteral("--cpu")} : QStringList{QStringLiteral("--cuda"), cuda});
        args << QStringLiteral("--route") << route << QStringLiteral("--python") << python
             << QStringLiteral("--no-companions") << QStringLiteral("--extras") << QStringLiteral("torchvision")
             << QStringLiteral("--prefix") << prefix;
        return args;
    }
};

QString cliProgram()
{
    // What QCoreApplication::applicationFilePath() says inside the CLI.
    return QFileInfo(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack")).canonicalFilePath();
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

    void sbatchEqualsTheCli_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("cuda");
        QTest::addColumn<QString>("partition");
        QTest::newRow("cpu wheels, default partition") << QStringLiteral("prebuilt") << QString() << QString();
        QTest::newRow("cu124 source, partition gpu")
            << QStringLiteral("source") << QStringLiteral("12.4") << QStringLiteral("gpu");
    }
    void sbatchEqualsTheCli()
    {
        QFETCH(QString, route);
        QFETCH(QString, cuda);
        QFETCH(QString, partition);
        QTemporaryDir dir;
        const probe::SystemProfile profile = test::machine(rtx3060());
        const QString profileFile = writeProfile(dir, profile);
        const QString prefix = dir.filePath(QStringLiteral("dl"));
        Stack stack;
        stack.route = route;
        stack.cuda = cuda;

        ui::WizardContext context;
        context.setInjectedProfile(profile, QStringLiteral("replayed"));
        context.setCliProgram(cliProgram());
        stack.apply(context.state(), prefix);
        ui::ReviewPage review(context);
        review.initializePage();
        const auto fromWizard = review.sbatchExport(partition);
        QVERIFY2(fromWizard, fromWizard ? "" : qPrintable(fromWizard.error().toText()));
        QVERIFY(fromWizard.value().contains("#SBATCH --cpus-per-task="));
        QCOMPARE(fromWizard.value().contains("#SBATCH --gres=gpu:1"), !cuda.isEmpty());
        QCOMPARE(fromWizard.value().contains("#SBATCH --partition=gpu"), !partition.isEmpty());

        QStringList args = stack.cliArgs(profileFile, prefix);
        args << QStringLiteral("--format") << QStringLiteral("sbatch");
        if (!partition.isEmpty())
            args << QStringLiteral("--partition") << partition;
        const test::ProgramRun cli = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args);
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QCOMPARE(QString::fromUtf8(fromWizard.value()), QString::fromUtf8(cli.out));

        // A partition name sbatch would misread is refused by both, with the same words.
        const auto bad = review.sbatchExport(QStringLiteral("gpu --mem=1"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().summary.contains(QStringLiteral("not a Slurm partition name")),
                 qPrintable(bad.error().toText()));
    }

    void ansibleEqualsTheCli()
    {
        QTemporaryDir dir;
        const probe::SystemProfile profile = test::machine(rtx3060());
        const QString profileFile = writeProfile(dir, profile);
        const QString prefix = dir.filePath(QStringLiteral("dl"));
        Stack stack;
        stack.cuda = QStringLiteral("12.4");

        ui::WizardContext context;
        context.setInjectedProfile(profile, QStringLiteral("replayed"));
        stack.apply(context.state(), prefix);
        ui::ReviewPage review(context);
        review.initializePage();
        const auto fromWizard = review.ansibleExport();
        QVERIFY2(fromWizard, fromWizard ? "" : qPrintable(fromWizard.error().toText()));
        QCOMPARE(fromWizard.value().keys(),
                 (QStringList{QStringLiteral("inventory.ini"), QStringLiteral("plan.json"),
                              QStringLiteral("selection.json"), QStringLiteral("site.yml")}));
        const QString wizardDir = dir.filePath(QStringLiteral("from-wizard"));
        QVERIFY(!plan::writeAnsibleExport(wizardDir, fromWizard.value()));

        const QString cliDir = dir.filePath(QStringLiteral("from-cli"));
        QStringList args = stack.cliArgs(profileFile, prefix);
        args << QStringLiteral("--format") << QStringLiteral("ansible") << QStringLiteral("-o") << cliDir;
        const test::ProgramRun cli = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args);
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        QCOMPARE(QDir(wizardDir).entryList(QDir::Files), QDir(cliDir).entryList(QDir::Files));
        for (const QString &name : QDir(cliDir).entryList(QDir::Files)) {
            QFile a(QDir(wizardDir).filePath(name));
            QFile b(QDir(cliDir).filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(a.readAll()), QString::fromUtf8(b.readAll()));
        }
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
