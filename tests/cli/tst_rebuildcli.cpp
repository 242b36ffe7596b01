// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack rebuild` on the real binary with a real development install: a plan whose
// pytorch-source stage installs a tiny CMake + Ninja project editable into a real
// `python3 -m venv` (tests/fixtures/rebuild/tinyproject) is installed; one source file is
// edited; rebuild recompiles that file only (ninja's lines in the stage log and the object
// files' times say so), with the step's build variables, and the environment imports the new
// code. A failed rebuild is diagnosed and leaves the stage done. Refused with exit 2: a prefix
// without a plan, a prebuilt plan, a source build without --develop, a development plan not
// installed yet, and a source tree that is gone.
#include "tests/support/testsupport.h"

#include "core/engine/journal.h"
#include "core/plan/prefixlayout.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dlstack;

namespace {

const QString kBinary = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");
const QString kProject = QStringLiteral(DLSTACK_SOURCE_DIR "/tests/fixtures/rebuild/tinyproject");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    return true;
}

QJsonObject run(const QStringList &argv, const QString &cwd = {}, const QJsonObject &env = {})
{
    QJsonObject step{{QStringLiteral("kind"), QStringLiteral("run")},
                     {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
    if (!cwd.isEmpty())
        step.insert(QStringLiteral("cwd"), cwd);
    if (!env.isEmpty())
        step.insert(QStringLiteral("env"), env);
    return step;
}

QJsonObject stage(const QString &id, const QJsonArray &steps)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), id}, {QStringLiteral("steps"), steps}};
}

// A plan as `dlstack plan --route source [--develop]` shapes it: an environment stage, then
// pytorch-source running `<env python> -m pip install --no-build-isolation -v [-e] .` in the
// tree with the build variables.
QByteArray sourcePlan(const QString &prefix, bool editable, const QString &stageId = QStringLiteral("pytorch-source"))
{
    QStringList build{prefix + QStringLiteral("/venv/bin/python"),
                      QStringLiteral("-m"),
                      QStringLiteral("pip"),
                      QStringLiteral("install"),
                      QStringLiteral("--no-build-isolation"),
                      QStringLiteral("-v")};
    if (editable)
        build << QStringLiteral("-e");
    build << QStringLiteral(".");
    const QJsonObject env{{QStringLiteral("MAX_JOBS"), QStringLiteral("3")},
                          {QStringLiteral("PIP_NO_INDEX"), QStringLiteral("1")},
                          {QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1")}};
    QJsonObject buildStep = run(build, prefix + QStringLiteral("/src/pytorch"), env);
    buildStep.insert(QStringLiteral("progress"), QStringLiteral("ninja"));
    const QJsonObject plan{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), QStringLiteral("tiny development install")},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("stages"),
         QJsonArray{stage(QStringLiteral("env"), {run({QStringLiteral("python3"), QStringLiteral("-m"),
                                                       QStringLiteral("venv"), QStringLiteral("venv")})}),
                    stage(stageId, {buildStep})}}};
    return QJsonDocument(plan).toJson();
}

// Keeps a plan in a prefix as an install would (for the rows refused before any journal).
void keepPlan(const QString &prefix, const QByteArray &json)
{
    QVERIFY(writeFile(plan::PrefixLayout(prefix).plan(), json));
}

// The object files below build/ with their modification times (ns).
QMap<QString, qint64> objectTimes(const QString &build)
{
    QMap<QString, qint64> times;
    QDirIterator it(build, {QStringLiteral("*.o")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        times.insert(QFileInfo(path).fileName(),
                     QFileInfo(path).fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch());
    }
    return times;
}

// What the stage log holds from the last rebuild's heading on.
QString lastRebuildLog(const QString &prefix)
{
    const QString log =
        QString::fromUtf8(readAll(plan::PrefixLayout(prefix).stageLog(QStringLiteral("pytorch-source"))));
    const qsizetype at = log.lastIndexOf(QStringLiteral("==> rebuild:"));
    return at < 0 ? QString() : log.mid(at);
}

} // namespace

class TstRebuildCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_prefix; // the real development install, made by initTestCase

    test::ProgramRun dlstack(const QStringList &args, int timeoutMs = 300000)
    {
        return test::runProgram(kBinary, args, {}, timeoutMs);
    }

    QString answer()
    {
        const auto run = test::runProgram(
            m_prefix + QStringLiteral("/venv/bin/python"),
            {QStringLiteral("-c"), QStringLiteral("import tiny; print(tiny.answer(), tiny.__file__)")});
        return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed() : QString::fromUtf8(run.err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"python3", "cmake", "ninja", "cc"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(
                    QStringLiteral("%1 is not installed (scripts/setup installs it)").arg(QLatin1String(tool))));
        m_prefix = m_dir.filePath(QStringLiteral("dev"));
        QVERIFY(copyTree(kProject, m_prefix + QStringLiteral("/src/pytorch")));
        const QString planFile = m_dir.filePath(QStringLiteral("dev.json"));
        QVERIFY(writeFile(planFile, sourcePlan(m_prefix, true)));
        const auto install = dlstack({QStringLiteral("install"), planFile, QStringLiteral("--yes")});
        QVERIFY2(install.exitCode == 0, install.err.constData());
        QVERIFY2(answer().startsWith(QStringLiteral("42 ") + m_prefix + QStringLiteral("/src/pytorch/tiny.py")),
                 qPrintable(answer()));
    }

    void dryRunPrintsTheCommandAndRunsNothing()
    {
        const QString build = m_prefix + QStringLiteral("/src/pytorch/build");
        const auto before = objectTimes(build);
        const auto run = dlstack({QStringLiteral("rebuild"), m_prefix, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("cd %1/src/pytorch && env ").arg(m_prefix)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("MAX_JOBS=3")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("-m pip install --no-build-isolation -v -e .")), qPrintable(out));
        QCOMPARE(objectTimes(build), before);
    }

    void rebuildCompilesOnlyTheEditedFile()
    {
        const QString tree = m_prefix + QStringLiteral("/src/pytorch");
        const auto before = objectTimes(tree + QStringLiteral("/build"));
        QCOMPARE(before.keys(), (QStringList{QStringLiteral("answer.c.o"), QStringLiteral("other.c.o")}));
        QThread::msleep(1100); // a time step every file system shows
        QVERIFY(writeFile(tree + QStringLiteral("/answer.c"), "int answer(void) { return 43; }\n"));
        const auto run = dlstack({QStringLiteral("rebuild"), QStringLiteral("--prefix"), m_prefix});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("Rebuilt from %1").arg(tree)), run.out.constData());

        const QString log = lastRebuildLog(m_prefix);
        QVERIFY2(log.contains(QStringLiteral("Building C object CMakeFiles/tiny.dir/answer.c.o")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("other.c.o")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("tinybackend: MAX_JOBS=3")), qPrintable(log)); // the step's variables
        const auto after = objectTimes(tree + QStringLiteral("/build"));
        QCOMPARE(after.value(QStringLiteral("other.c.o")), before.value(QStringLiteral("other.c.o")));
        QVERIFY(after.value(QStringLiteral("answer.c.o")) > before.value(QStringLiteral("answer.c.o")));
        QVERIFY2(answer().startsWith(QStringLiteral("43 ")), qPrintable(answer())); // the env runs the new code

        // The journal is as the install left it: the stage done, so an install skips it.
        const auto state = engine::Journal::read(m_prefix);
        QVERIFY(state.ok());
        QCOMPARE(state.value().stage(QStringLiteral("pytorch-source"))->state, engine::StageState::Done);
        const QByteArray events = readAll(plan::PrefixLayout(m_prefix).events());
        QVERIFY2(events.contains("\"job\":\"rebuild\""), events.right(2000).constData());
    }

    void aFailedRebuildIsDiagnosedAndTheStageStaysDone()
    {
        const QString tree = m_prefix + QStringLiteral("/src/pytorch");
        QThread::msleep(1100);
        QVERIFY(writeFile(tree + QStringLiteral("/answer.c"), "int answer(void) { return 44 }\n"));
        const auto failed = dlstack({QStringLiteral("rebuild"), m_prefix});
        QCOMPARE(failed.exitCode, 1);
        const QString err = QString::fromUtf8(failed.err);
        QVERIFY2(err.contains(plan::PrefixLayout(m_prefix).stageLog(QStringLiteral("pytorch-source"))),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Diagnosis: ")) || err.contains(QStringLiteral("No known cause: ")),
                 qPrintable(err));
        QVERIFY2(QString::fromUtf8(failed.out).contains(QStringLiteral("dlstack rebuild ")), failed.out.constData());
        const auto state = engine::Journal::read(m_prefix);
        QVERIFY(state.ok());
        QCOMPARE(state.value().stage(QStringLiteral("pytorch-source"))->state, engine::StageState::Done);

        QVERIFY(writeFile(tree + QStringLiteral("/answer.c"), "int answer(void) { return 44; }\n"));
        const auto fixed = dlstack({QStringLiteral("rebuild"), m_prefix});
        QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
        QVERIFY2(answer().startsWith(QStringLiteral("44 ")), qPrintable(answer()));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("message");
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(empty);
        QTest::newRow("no plan") << empty << QStringLiteral("keeps no plan");

        const QString prebuilt = m_dir.filePath(QStringLiteral("prebuilt"));
        keepPlan(prebuilt, sourcePlan(prebuilt, false, QStringLiteral("pytorch")));
        QTest::newRow("prebuilt plan") << prebuilt << QStringLiteral("builds no PyTorch from source");

        const QString regular = m_dir.filePath(QStringLiteral("regular"));
        QDir().mkpath(regular + QStringLiteral("/src/pytorch"));
        keepPlan(regular, sourcePlan(regular, false));
        QTest::newRow("source build without --develop") << regular << QStringLiteral("without --develop");

        const QString planned = m_dir.filePath(QStringLiteral("planned"));
        QDir().mkpath(planned + QStringLiteral("/src/pytorch"));
        keepPlan(planned, sourcePlan(planned, true));
        QTest::newRow("not installed yet") << planned << QStringLiteral("was installed in this prefix yet");
    }

    void refused()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, message);
        for (const QString &dryRun : {QString(), QStringLiteral("--dry-run")}) {
            QStringList args{QStringLiteral("rebuild"), prefix};
            if (!dryRun.isEmpty())
                args << dryRun;
            const auto run = dlstack(args, 60000);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        }
    }

    void badArguments()
    {
        QCOMPARE(dlstack({QStringLiteral("rebuild")}, 30000).exitCode, 2);
        QCOMPARE(dlstack({QStringLiteral("rebuild"), m_prefix, QStringLiteral("--prefix"), m_prefix}, 30000).exitCode,
                 2);
    }

    // Last: it takes the tree away.
    void aSourceTreeThatIsGoneIsRefused()
    {
        const QString tree = m_prefix + QStringLiteral("/src/pytorch");
        QVERIFY(QDir().rename(tree, m_prefix + QStringLiteral("/src/moved")));
        const auto run = dlstack({QStringLiteral("rebuild"), m_prefix}, 60000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("The source tree %1").arg(tree)),
                 run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("is gone")), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstRebuildCli)
#include "tst_rebuildcli.moc"
