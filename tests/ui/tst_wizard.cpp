// SPDX-License-Identifier: GPL-3.0-or-later
// The install wizard walked page by page with profiles replayed from real nvidia-smi and
// os-release captures: the recommended stack (the same as `dlstack recommend`'s first), a
// choice blocked with its reason, options, review, an install driven through real processes,
// the finish page, and planning for an imported machine.
#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/probe/detectiontables.h"
#include "core/probe/importer.h"
#include "profilespec.h"
#include "tests/support/testsupport.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/finishpage.h"
#include "ui/wizard/pages/installpage.h"
#include "ui/wizard/pages/reviewpage.h"
#include "ui/wizard/pages/stackpage.h"
#include "ui/wizard/pages/systempage.h"
#include "ui/wizard/wizardplan.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dlstack;

namespace {

probe::SystemProfile importFixtures(const QStringList &fixtures)
{
    probe::Importer importer;
    probe::SystemProfile profile;
    for (const QString &f : fixtures) {
        const auto outcome = importer.import(test::readFixture(f), f);
        if (outcome.format.isEmpty())
            qWarning("fixture %s not recognised", qPrintable(f));
        profile.merge(outcome.profile);
    }
    profile.finalize(dlstack::probe::DetectionTables::builtin());
    return profile;
}

// Runs each stage as a real `sh -c 'echo ...'` process, one after the other.
class ProcessDriver : public ui::InstallDriver
{
public:
    QStringList stages(const ui::WizardState &) const override
    {
        return {QStringLiteral("one"), QStringLiteral("two")};
    }
    void start(const ui::WizardState &) override { runStage(0); }
    void cancel() override {}

private:
    void runStage(int i)
    {
        if (i == 2) {
            emit progress(1.0);
            emit finished(true);
            return;
        }
        emit stageStarted(i);
        auto *process = new QProcess(this);
        connect(process, &QProcess::finished, this, [this, process, i](int code) {
            for (const QByteArray &line : process->readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    emit outputLine(QString::fromUtf8(line));
            process->deleteLater();
            if (code != 0) {
                emit stageFailed(i, QStringLiteral("exit %1").arg(code));
                emit finished(false);
                return;
            }
            emit stageFinished(i);
            emit progress((i + 1) / 2.0);
            runStage(i + 1);
        });
        process->start(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), QStringLiteral("echo stage %1 line a; echo stage %1 line b").arg(i)});
    }
};

QString newestTorch()
{
    return matrix::Matrix::builtin().value().releases().constLast().version;
}

// The first proposal of the real `dlstack recommend --json` for this profile.
QJsonObject recommendFirst(const probe::SystemProfile &profile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(profile.toJson()).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    const test::ProgramRun run =
        test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                         {QStringLiteral("recommend"), QStringLiteral("--profile"), path, QStringLiteral("--json"),
                          QStringLiteral("--limit"), QStringLiteral("1")});
    if (run.exitCode != 0)
        qWarning("dlstack recommend: exit %d: %s", run.exitCode, run.err.constData());
    const QJsonArray list =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("recommendations")).toArray();
    return list.isEmpty() ? QJsonObject() : list.first().toObject().value(QStringLiteral("selection")).toObject();
}

// The wizard walked to the Stack page and left it with its default.
matrix::Selection wizardDefault(const probe::SystemProfile &profile)
{
    ui::InstallWizard wizard;
    wizard.setInjectedProfile(profile, QStringLiteral("replayed"));
    wizard.show();
    wizard.next(); // System
    wizard.next(); // Stack
    if (wizard.currentId() != ui::InstallWizard::StackPageId)
        qFatal("the Stack page did not open");
    wizard.next(); // Options: the Stack page wrote its selection
    return wizard.state().selection;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
    }

    void recommendation_data()
    {
        QTest::addColumn<QStringList>("fixtures");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("blockedVariant"); // of the newest release
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("titan-xp-driver-450")
            << QStringList{QStringLiteral("probe/nvidia-smi/driver-450.57-titanxp.txt")} << QStringLiteral("cuda")
            << QStringLiteral("cu130") << QStringLiteral("driver 580");
        QTest::newRow("rtx4090-driver-580")
            << QStringList{QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt")} << QStringLiteral("cuda")
            << QStringLiteral("rocm7.14") << QStringLiteral("No AMD GPU");
        QTest::newRow("no-gpu") << QStringList{QStringLiteral("probe/os-release/debian-12-bookworm.txt")}
                                << QStringLiteral("cpu") << QStringLiteral("cu130") << QStringLiteral("No NVIDIA GPU");
    }

    // The Stack page preselects a stack that works and shows blocked choices with the reason.
    void recommendation()
    {
        QFETCH(QStringList, fixtures);
        QFETCH(QString, backend);
        QFETCH(QString, blockedVariant);
        QFETCH(QString, reasonPart);
        ui::InstallWizard wizard;
        QVERIFY2(wizard.context().matrixError().isEmpty(), qPrintable(wizard.context().matrixError()));
        wizard.setInjectedProfile(importFixtures(fixtures), QStringLiteral("replayed"));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::WelcomePageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::SystemPageId));
        auto *view = wizard.currentPage()->findChild<QTreeView *>();
        QVERIFY(view->model()->rowCount() >= 3);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack->isComplete());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(stack->validatePage());
        QCOMPARE(matrix::backendName(wizard.state().selection.backend), backend);

        // The newest release: the blocked variant is listed, disabled, and says why.
        QVERIFY(stack->selectTorch(newestTorch()));
        const QString reason = stack->blockReason(blockedVariant);
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        const matrix::Backend variantBackend =
            blockedVariant.startsWith(u"cu") ? matrix::Backend::Cuda : matrix::Backend::Rocm;
        if (stack->selectBackend(variantBackend)) {
            QVERIFY(!stack->selectVariant(blockedVariant));
            auto *list = stack->findChild<QListWidget *>();
            bool shown = false;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->text().contains(reason)) {
                    shown = true;
                    QVERIFY(!(list->item(i)->flags() & Qt::ItemIsEnabled));
                    QCOMPARE(list->item(i)->toolTip(), reason);
                }
            QVERIFY2(shown, "the blocked variant is not listed with its reason");
        } else {
            // Every version of that backend is blocked: the radio button carries the reason.
            bool explained = false;
            for (QRadioButton *b : stack->findChildren<QRadioButton *>())
                if (!b->isEnabled() && !b->toolTip().isEmpty())
                    explained = true;
            QVERIFY(explained);
        }
    }

    void defaultIsRecommendation_data()
    {
        QTest::addColumn<QStringList>("fixtures"); // captured outputs, or else
        QTest::addColumn<QString>("spec");         // a machine as tests/matrix/profilespec.h writes it
        QTest::newRow("titan-xp-driver-450")
            << QStringList{QStringLiteral("probe/nvidia-smi/driver-450.57-titanxp.txt")} << QString();
        QTest::newRow("rtx4090-driver-580")
            << QStringList{QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt"),
                           QStringLiteral("probe/gcc/ubuntu-22.04-gcc-11.4.0.txt")}
            << QString();
        QTest::newRow("no-gpu-debian-12")
            << QStringList{QStringLiteral("probe/os-release/debian-12-bookworm.txt")} << QString();
        QTest::newRow("H100 on driver 580, Python 3.12")
            << QStringList() << QStringLiteral("gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3");
        QTest::newRow("GTX 1080 Ti on driver 580")
            << QStringList() << QStringLiteral("gpu=GeForce GTX 1080 Ti:6.1;driver=580.65.06;python=3.12.3");
        QTest::newRow("GTX 680 sm_30: a source build")
            << QStringList()
            << QStringLiteral("gpu=GeForce GTX 680:3.0;driver=470.82.01;python=3.8.10;gcc=8.4.0;mem=32;cores=8");
        QTest::newRow("MI300X: ROCm wheels")
            << QStringList() << QStringLiteral("amd=Instinct MI300X:gfx942;python=3.10.12");
        QTest::newRow("no GPU, Python 3.11") << QStringList() << QStringLiteral("python=3.11.2");
    }

    // The Stack page's default is `dlstack recommend`'s first proposal, field for field
    // (route, backend, versions, Python, environment kind).
    void defaultIsRecommendation()
    {
        QFETCH(QStringList, fixtures);
        QFETCH(QString, spec);
        const probe::SystemProfile profile =
            fixtures.isEmpty() ? test::profileFromSpec(spec) : importFixtures(fixtures);
        const QJsonObject recommended = recommendFirst(profile);
        QVERIFY2(!recommended.isEmpty(), "dlstack recommend proposed nothing");
        const QJsonObject wizard = wizardDefault(profile).toJson();
        QVERIFY2(wizard == recommended,
                 qPrintable(QStringLiteral("wizard %1\nrecommend %2")
                                .arg(QString::fromUtf8(QJsonDocument(wizard).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(recommended).toJson(QJsonDocument::Compact)))));
    }

    // A recommended source build says on the Stack page what it uses and how long it takes,
    // the same line `dlstack recommend` prints (plan::SourceBuildSummary); wheels say nothing.
    void sourceRecommendationShowsBuild_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("build"); // empty: no Build line
        QTest::newRow("GTX 680 sm_30")
            << QStringLiteral("gpu=GeForce GTX 680:3.0;driver=470.82.01;python=3.8.10;gcc=8.4.0;mem=32;cores=8")
            << QStringLiteral("Build: CUDA 10.2");
        QTest::newRow("H100 wheels") << QStringLiteral("gpu=H100 80GB HBM3:9.0;driver=580.65.06;python=3.12.3")
                                     << QString();
    }

    void sourceRecommendationShowsBuild()
    {
        QFETCH(QString, spec);
        QFETCH(QString, build);
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(test::profileFromSpec(spec), QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        wizard.next(); // Stack
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        QString text;
        for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            if (label->text().startsWith(QStringLiteral("Recommended:")))
                text = label->text();
        QVERIFY2(!text.isEmpty(), "no recommendation shown");
        if (build.isEmpty()) {
            QVERIFY2(!text.contains(QStringLiteral("Build:")), qPrintable(text));
            return;
        }
        QVERIFY2(text.contains(build) && text.contains(QStringLiteral("TORCH_CUDA_ARCH_LIST=3.0+PTX")) &&
                     text.contains(QStringLiteral("MAX_JOBS=8")),
                 qPrintable(text));
    }

    // A source build that check() blocks (CMake 3.23.0 with CUDA) is never "tested and fits":
    // its variants are disabled with the CMake reason, and a blocked plan offers no Install.
    void blockedSourceBuild()
    {
        QTemporaryDir prefix;
        ProcessDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(
            test::profileFromSpec(QStringLiteral(
                "gpu=Tesla T4:7.5;driver=495.29.05;python=3.9.7;gcc=9.4.0;cmake=3.23.0;mem=32;cores=16")),
            QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        wizard.next(); // Stack
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack->selectTorch(QStringLiteral("1.10.2")));
        QVERIFY(stack->selectBackend(matrix::Backend::Cuda));
        QVERIFY(stack->selectVariant(QStringLiteral("cu113"))); // the wheels are fine
        QVERIFY(stack->blockReason(QStringLiteral("cu113")).isEmpty());
        QLabel *verdict = nullptr;
        for (QLabel *l : stack->findChildren<QLabel *>())
            if (l->accessibleName() == u"Verdict on the chosen stack")
                verdict = l;
        QVERIFY(verdict);
        QRadioButton *source = nullptr;
        for (QRadioButton *b : stack->findChildren<QRadioButton *>())
            if (b->accessibleName() == u"Build PyTorch from source")
                source = b;
        QVERIFY(source);
        source->setChecked(true);
        const QString reason = stack->blockReason(QStringLiteral("cu113"));
        QVERIFY2(reason.contains(QStringLiteral("3.23.0")), qPrintable(reason));
        QVERIFY(!stack->selectVariant(QStringLiteral("cu113")));
        QVERIFY(!stack->selectBackend(matrix::Backend::Cuda));
        QCOMPARE_NE(stack->currentSelection().backend, matrix::Backend::Cuda);
        QVERIFY(!(verdict->text().contains(QStringLiteral("fits")) &&
                  stack->currentSelection().backend == matrix::Backend::Cuda));

        // Forced past the Stack page, Review plans it, shows why, and offers no Install.
        QVERIFY(stack->selectBackend(matrix::Backend::Cpu));
        wizard.next(); // Options
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        wizard.currentPage()->findChild<QLineEdit *>()->setText(prefix.path());
        matrix::Selection &s = wizard.state().selection;
        s.backend = matrix::Backend::Cuda;
        s.cuda = QStringLiteral("11.3");
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY(wizard.state().planned && !wizard.state().planned->plan);
        QVERIFY2(review->summaryText().contains(QStringLiteral("3.23.0")), qPrintable(review->summaryText()));
        QVERIFY(!review->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
    }

    // Review describes the plan that runs: an existing Python 3.11 environment shows 3.11
    // (not the Stack page's proposal), and the disk figure is the one the Options page gave.
    void reviewShowsThePlan()
    {
        QTemporaryDir prefix;
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(
            test::profileFromSpec(QStringLiteral(
                "gpu=GeForce RTX 4090:8.9;driver=580.65.06;python=3.13.1;env=/opt/envs/old;envpy=3.11.9")),
            QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        wizard.next(); // Stack
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next(); // Options
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        QCOMPARE(wizard.state().selection.python, QStringLiteral("3.13"));
        QWidget *page = wizard.currentPage();
        QLineEdit *prefixEdit = nullptr;
        QLabel *space = nullptr;
        QRadioButton *existing = nullptr;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->accessibleName() == u"Install folder")
                prefixEdit = qobject_cast<QLineEdit *>(w);
            if (w->accessibleName() == u"Free space in the install folder")
                space = qobject_cast<QLabel *>(w);
        }
        for (QRadioButton *b : page->findChildren<QRadioButton *>())
            if (b->text().contains(QStringLiteral("xisting")))
                existing = b;
        QVERIFY(prefixEdit && space && existing);
        prefixEdit->setText(prefix.path());
        QVERIFY(existing->isEnabled());
        existing->setChecked(true);
        prefixEdit->setText(prefix.path() + QStringLiteral("/")); // the figure is computed again
        static const QRegularExpression gib(QStringLiteral("about ([0-9.]+) GiB"));
        const QString optionsFigure = gib.match(space->text()).captured(1);
        QVERIFY2(!optionsFigure.isEmpty(), qPrintable(space->text()));
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        const QString summary = review->summaryText();
        QVERIFY(wizard.state().planned && wizard.state().planned->plan);
        QCOMPARE(wizard.state().planned->python, QStringLiteral("3.11"));
        QVERIFY2(summary.contains(QStringLiteral("Python\n3.11\n")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("3.13")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("existing: /opt/envs/old")), qPrintable(summary));
        // Review names downloads per stage too: the disk figure is the one of its own sentence.
        static const QRegularExpression disk(QStringLiteral("Disk space needed in [^\n]*: about ([0-9.]+) GiB"));
        QCOMPARE(disk.match(summary).captured(1), optionsFigure);
    }

    // Another machine's nvidia-smi: the wizard plans for that machine, says so, exports, and
    // never offers to install here.
    void importedMachineIsPlannedNotInstalled()
    {
        QTemporaryDir prefix;
        ProcessDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/os-release/debian-12-bookworm.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        auto *system = qobject_cast<ui::SystemPage *>(wizard.currentPage());
        QVERIFY(!wizard.state().planningElsewhere());
        system->importTexts({{QStringLiteral("smi.txt"),
                              test::readFixture(QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt"))}});
        QVERIFY(wizard.state().planningElsewhere());
        QVERIFY2(wizard.state().plannedMachine.contains(QStringLiteral("4090")),
                 qPrintable(wizard.state().plannedMachine));
        QVERIFY(system->title().contains(wizard.state().plannedMachine));
        wizard.next(); // Stack: proposes for that machine's GPU
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::StackPageId));
        QVERIFY(wizard.currentPage()->subTitle().contains(wizard.state().plannedMachine));
        wizard.next(); // Options
        QCOMPARE(wizard.state().selection.backend, matrix::Backend::Cuda);
        QVERIFY(wizard.currentPage()->subTitle().contains(wizard.state().plannedMachine));
        wizard.currentPage()->findChild<QLineEdit *>()->setText(prefix.path());
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY(review->summaryText().contains(wizard.state().plannedMachine));
        QVERIFY(review->isFinalPage());
        QVERIFY(!wizard.button(QWizard::NextButton)->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        for (QAbstractButton *b : review->findChildren<QAbstractButton *>())
            if (b->accessibleName() == u"Export the plan as JSON")
                QVERIFY(b->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
    }

    // A plan for another machine whose profile has no GPU (a login node's paste): the CUDA
    // wheels are planned, where on this machine the missing GPU blocks.
    void importedMachineWithoutGpuIsPlanned()
    {
        QTemporaryDir prefix;
        ui::WizardState state;
        state.profile = importFixtures({QStringLiteral("probe/os-release/debian-12-bookworm.txt")});
        state.profile.pythons << probe::PythonInterpreter{QStringLiteral("3.11.2"), QStringLiteral("/usr/bin/python3"),
                                                          QStringLiteral("test")};
        state.selection.torch = QStringLiteral("2.9.0");
        state.selection.cuda = QStringLiteral("13.0");
        state.target.prefix = prefix.path();
        QVERIFY(!ui::makePlan(state).plan);
        state.plannedMachine = QStringLiteral("login node");
        const plan::PlanOutcome outcome = ui::makePlan(state);
        QVERIFY2(outcome.plan, outcome.error ? qPrintable(outcome.error->toText()) : "");
        QVERIFY(matrix::findById(outcome.findings, QStringLiteral("no_nvidia_gpu")));
    }

    // The whole walk to Finish, installing through real processes.
    void walkToFinish()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        ProcessDriver driver;
        ui::InstallWizard wizard;
        wizard.setInstallDriver(&driver);
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        wizard.next(); // Stack
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack->selectTorch(newestTorch()));
        QVERIFY(stack->selectBackend(matrix::Backend::Cuda));
        wizard.next(); // Options
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        auto *prefixEdit = wizard.currentPage()->findChild<QLineEdit *>();
        QCOMPARE(prefixEdit->accessibleName(), QStringLiteral("Install folder"));
        prefixEdit->setText(QStringLiteral("relative/path"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId)); // refused: not a full path
        prefixEdit->setText(prefix.path());
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY(review->summaryText().contains(wizard.state().selection.torch));
        // Review shows the environment the plan creates: the name typed on Options.
        const QString envPath =
            prefix.path() + QStringLiteral("/envs/torch") + QString(wizard.state().selection.torch).remove(u'.');
        QVERIFY2(review->summaryText().contains(envPath), qPrintable(review->summaryText()));
        QVERIFY(wizard.state().planned && wizard.state().planned->plan);
        QCOMPARE(wizard.state().planned->envPath, envPath);
        QVERIFY(review->summaryText().contains(prefix.path()));
        QVERIFY2(review->summaryText().contains(QStringLiteral("in all on this machine")),
                 qPrintable(review->summaryText()));
        QCOMPARE(wizard.state().target.prefix, prefix.path());
        wizard.next(); // Install
        auto *install = qobject_cast<ui::InstallPage *>(wizard.currentPage());
        QVERIFY(install);
        QCOMPARE(install->stageCount(), 2);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        install->start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QCOMPARE(install->progressPercent(), 100);
        QCOMPARE(install->stageState(0), ui::InstallPage::StageState::Done);
        QCOMPARE(install->stageState(1), ui::InstallPage::StageState::Done);
        QVERIFY(install->logText().contains(QStringLiteral("stage 1 line b")));
        wizard.next(); // Finish
        auto *finish = qobject_cast<ui::FinishPage *>(wizard.currentPage());
        QVERIFY(finish);
        // No Python is installed on that machine, so (as `dlstack recommend` says) a conda
        // environment brings one.
        QCOMPARE(wizard.state().selection.envKind, matrix::EnvKind::NewConda);
        // The activation script of the plan: the environment plus CUDA_HOME, PATH and the rest.
        QCOMPARE(finish->activationCommand(), QStringLiteral("source ") + prefix.path() + QStringLiteral("/activate"));
    }

    // A CUDA source build: distcc hosts are asked for (and checked) only with distcc, and
    // the OpenCV box means OpenCV built with CUDA.
    void sourceBuildOptions()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/nvidia-smi/driver-580.65-rtx4090-full.txt"),
                                                  QStringLiteral("probe/gcc/ubuntu-22.04-gcc-11.4.0.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        wizard.next(); // System
        wizard.next(); // Stack
        auto *stack = qobject_cast<ui::StackPage *>(wizard.currentPage());
        QVERIFY(stack->selectTorch(QStringLiteral("2.4.1")));
        QVERIFY(stack->selectBackend(matrix::Backend::Cuda));
        QRadioButton *source = nullptr;
        for (QRadioButton *b : stack->findChildren<QRadioButton *>())
            if (b->accessibleName() == u"Build PyTorch from source")
                source = b;
        QVERIFY(source);
        source->setChecked(true);
        wizard.next(); // Options
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId));
        QWidget *page = wizard.currentPage();
        auto named = [page](const QString &name) -> QWidget * {
            for (QWidget *w : page->findChildren<QWidget *>())
                if (w->accessibleName() == name)
                    return w;
            return nullptr;
        };
        auto *prefixEdit = qobject_cast<QLineEdit *>(named(QStringLiteral("Install folder")));
        auto *launcher = qobject_cast<QComboBox *>(named(QStringLiteral("Compiler cache")));
        auto *hosts = qobject_cast<QLineEdit *>(named(QStringLiteral("distcc hosts")));
        QVERIFY(prefixEdit && launcher && hosts);
        prefixEdit->setText(prefix.path());
        QVERIFY(launcher->isEnabled());
        QVERIFY(!hosts->isEnabled());
        launcher->setCurrentIndex(launcher->findData(QStringLiteral("distcc")));
        QVERIFY(hosts->isEnabled());
        hosts->setText(QStringLiteral("10.0.0.5/16; reboot"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::OptionsPageId)); // refused
        QVERIFY(qobject_cast<QLabel *>(named(QStringLiteral("Problem with the options")))
                    ->text()
                    .contains(QStringLiteral("distcc")));
        hosts->setText(QStringLiteral("10.0.0.5/16  10.0.0.6/8"));
        for (QCheckBox *c : page->findChildren<QCheckBox *>())
            if (c->text() == u"OpenCV")
                c->setChecked(true);
        wizard.next(); // Review
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::ReviewPageId));
        QCOMPARE(wizard.state().selection.distccHosts, QStringLiteral("10.0.0.5/16 10.0.0.6/8"));
        QCOMPARE(wizard.state().selection.maxJobs, 24); // the hosts' slots, above this machine's 4
        // torchvision and torchaudio come with torch by default, as PyTorch's selector installs them.
        QVERIFY(wizard.state().selection.extras.contains(QStringLiteral("torchvision")));
        QVERIFY(wizard.state().selection.extras.contains(QStringLiteral("torchaudio")));
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY2(review->summaryText().contains(QStringLiteral("hour(s) in all on this machine")),
                 qPrintable(review->summaryText()));
        wizard.back(); // a MAX_JOBS the user sets stays, whatever the hosts say
        auto *jobs = qobject_cast<QSpinBox *>(named(QStringLiteral("Parallel compile jobs")));
        QVERIFY(jobs);
        jobs->setValue(7);
        hosts->setText(QStringLiteral("10.0.0.7/64"));
        QCOMPARE(jobs->value(), 7);
        QVERIFY(wizard.state().selection.extras.contains(QStringLiteral("opencv-cuda")));
    }

    // Without an install driver the Install page explains and lets the user go on.
    void noDriverExplains()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/os-release/debian-12-bookworm.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        for (int i = 0; i < 3; ++i)
            wizard.next();
        QTemporaryDir prefix;
        wizard.currentPage()->findChild<QLineEdit *>()->setText(prefix.path());
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::InstallWizard::InstallPageId));
        QAbstractButton *start = nullptr;
        for (QAbstractButton *b : wizard.currentPage()->findChildren<QAbstractButton *>())
            if (b->accessibleName() == u"Start the install")
                start = b;
        QVERIFY(start);
        QVERIFY(!start->isEnabled());
        QVERIFY(!start->toolTip().isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // Import on the System page: someone else's nvidia-smi replaces the profile.
    void importOnSystemPage()
    {
        ui::InstallWizard wizard;
        wizard.setInjectedProfile(importFixtures({QStringLiteral("probe/os-release/debian-12-bookworm.txt")}),
                                  QStringLiteral("replayed"));
        wizard.show();
        wizard.next();
        auto *system = qobject_cast<ui::SystemPage *>(wizard.currentPage());
        QCOMPARE(wizard.state().profile.gpus.size(), 0);
        const QString message =
            system->importTexts({{QStringLiteral("smi.txt"),
                                  test::readFixture(QStringLiteral("probe/nvidia-smi/driver-450.57-titanxp.txt"))},
                                 {QStringLiteral("junk.bin"), QByteArray("\x00\xff\xfe garbage", 12)}});
        QVERIFY2(message.contains(QStringLiteral("junk.bin")), qPrintable(message));
        QCOMPARE(wizard.state().profile.gpus.size(), 1);
        QVERIFY(wizard.state().profileOrigin.contains(QStringLiteral("smi.txt")));
        QTemporaryDir dir;
        QCOMPARE(system->saveBundle(dir.filePath(QStringLiteral("bundle"))), QString());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bundle/profile.json"))));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
