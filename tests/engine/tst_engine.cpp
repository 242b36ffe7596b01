// SPDX-License-Identifier: GPL-3.0-or-later
// Engine with real step kinds: every kind performs, leaves what it should, and a rollback
// returns the prefix to its exact content hash (a file that was there survives byte for
// byte). Also: resume skips done stages, a failing run step reports its exit, cancel ends
// a running child's process group, a run step's ninja progress reaches 100%.
#include "core/engine/engine.h"
#include "core/engine/journal.h"
#include "core/plan/planloader.h"
#include "tests/engine/enginetestutil.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace dlstack;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool sh(const QStringList &argv, const QString &cwd = QString())
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(argv.first(), argv.mid(1));
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TstEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_prefix;

    plan::Plan makePlan(const QByteArray &steps)
    {
        const QByteArray json = "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + m_prefix.toUtf8() +
                                "\", \"stages\": [{\"id\": \"s\", \"steps\": [" + steps + "]}]}";
        auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        if (!plan.ok())
            qFatal("%s", qPrintable(plan.error().summary));
        return plan.value();
    }

private slots:
    void init()
    {
        m_prefix = m_dir.path() + QStringLiteral("/prefix-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QDir().mkpath(m_prefix + QStringLiteral("/existing"));
        QFile f(m_prefix + QStringLiteral("/existing/keep.txt"));
        f.open(QIODevice::WriteOnly);
        f.write("precious\n");
    }

    void stepKindRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QStringList>("expectFiles");
        const QString src = m_dir.path() + QStringLiteral("/src");
        QDir().mkpath(src + QStringLiteral("/pkg/sub"));
        QFile a(src + QStringLiteral("/pkg/sub/a.txt"));
        a.open(QIODevice::WriteOnly);
        a.write("payload\n");
        a.close();
        QVERIFY(sh({QStringLiteral("tar"), QStringLiteral("-C"), src, QStringLiteral("-czf"),
                    src + QStringLiteral("/pkg.tar.gz"), QStringLiteral("pkg")}));
        const QByteArray sum = sha256(src + QStringLiteral("/pkg.tar.gz"));
        const QString repo = src + QStringLiteral("/repo");
        QVERIFY(sh({QStringLiteral("git"), QStringLiteral("init"), QStringLiteral("-q"), repo}));
        QFile r(repo + QStringLiteral("/README"));
        r.open(QIODevice::WriteOnly);
        r.write("r\n");
        r.close();
        QVERIFY(sh({QStringLiteral("git"), QStringLiteral("add"), QStringLiteral("README")}, repo));
        QVERIFY(
            sh({QStringLiteral("git"), QStringLiteral("-c"), QStringLiteral("user.email=t@t"), QStringLiteral("-c"),
                QStringLiteral("user.name=t"), QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("c")},
               repo));
        QVERIFY(sh({QStringLiteral("git"), QStringLiteral("tag"), QStringLiteral("v1")}, repo));

        QTest::newRow("write_file new, nested")
            << QByteArray(R"({"kind": "write_file", "path": "etc/a/activate.sh", "content": "x", "mode": "0755"})")
            << QStringList{QStringLiteral("etc/a/activate.sh")};
        QTest::newRow("write_file replaces existing")
            << QByteArray(R"({"kind": "write_file", "path": "existing/keep.txt", "content": "changed"})")
            << QStringList{QStringLiteral("existing/keep.txt")};
        QTest::newRow("download file url")
            << "{\"kind\": \"download\", \"url\": \"file://" + src.toUtf8() + "/pkg.tar.gz\", \"sha256\": \"" + sum +
                   "\", \"to\": \"dl/pkg.tar.gz\"}"
            << QStringList{QStringLiteral("dl/pkg.tar.gz")};
        QTest::newRow("extract over existing dir") << "{\"kind\": \"extract\", \"archive\": \"" + src.toUtf8() +
                                                          "/pkg.tar.gz\", \"to\": \"existing\", \"strip\": 1}"
                                                   << QStringList{QStringLiteral("existing/sub/a.txt")};
        QTest::newRow("git with tag") << "{\"kind\": \"git\", \"url\": \"" + repo.toUtf8() +
                                             "\", \"ref\": \"v1\", \"to\": \"src/repo\", \"submodules\": true}"
                                      << QStringList{QStringLiteral("src/repo/README")};
        QTest::newRow("run creates + undo")
            << QByteArray(
                   R"({"kind": "run", "argv": ["sh", "-c", "mkdir -p build && echo b > build/out"], "creates": ["build"], "undo": ["rm", "-f", "existing/never"]})")
            << QStringList{QStringLiteral("build/out")};
    }

    void stepKindRoundTrip()
    {
        QFETCH(QByteArray, steps);
        QFETCH(QStringList, expectFiles);
        // The archive row points at a file outside the prefix: copy it into the cache first.
        if (steps.contains("\"extract\"")) {
            const int a = steps.indexOf("\"archive\": \"") + 12;
            const QString from = QString::fromUtf8(steps.mid(a, steps.indexOf('"', a) - a));
            QDir().mkpath(m_prefix + QStringLiteral("/.dlstack/cache"));
            QFile::copy(from, m_prefix + QStringLiteral("/.dlstack/cache/pkg.tar.gz"));
            steps.replace(from.toUtf8(), "$cache/pkg.tar.gz");
        }
        const QByteArray before = test::treeHash(m_prefix);
        const plan::Plan plan = makePlan(steps);
        engine::Engine engine;
        QStringList failures;
        QVERIFY2(test::runToEnd(
                     engine, [&] { engine.install(plan, {}); }, &failures),
                 qPrintable(failures.join(u'\n')));
        for (const QString &f : expectFiles)
            QVERIFY2(QFileInfo::exists(m_prefix + u'/' + f), qPrintable(f));
        QVERIFY(test::treeHash(m_prefix) != before);
        QVERIFY2(test::runToEnd(
                     engine, [&] { engine.rollback(m_prefix, {}); }, &failures),
                 qPrintable(failures.join(u'\n')));
        QCOMPARE(test::treeHash(m_prefix), before);
        QFile keep(m_prefix + QStringLiteral("/existing/keep.txt"));
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("precious\n"));
    }

    // One job per prefix: while one holds the journal, a second is refused with a clear
    // message; once the first is gone (closed, or its process killed) the next may start.
    void secondJobInSamePrefixIsRefused()
    {
        QTemporaryDir dir;
        {
            engine::Journal first;
            QVERIFY(!first.open(dir.path()));
            engine::Journal second;
            const auto refused = second.open(dir.path());
            QVERIFY(refused);
            QVERIFY2(refused->summary.contains(QStringLiteral("Another dlstack job is running")),
                     qPrintable(refused->summary));
            QVERIFY(!second.isOpen());
        }
        engine::Journal later;
        QVERIFY(!later.open(dir.path()));
    }

    // The undo intents of a rollback: a step stops being done before its first effect is
    // reversed, and an effect whose reversal began is known as such (install then starts
    // that step clean instead of continuing half-removed work).
    void undoingRecordsMakeAStepNotDone()
    {
        const QByteArray journal =
            "{\"t\":\"plan\",\"name\":\"p\",\"prefix\":\"/p\",\"cache\":\"/p/c\",\"stages\":[{\"id\":\"s\"}]}\n"
            "{\"t\":\"stage\",\"id\":\"s\",\"state\":\"started\"}\n"
            "{\"t\":\"intent\",\"seq\":1,\"stage\":\"s\",\"step\":0,\"creates\":[\"/p/a\"]}\n"
            "{\"t\":\"done\",\"seq\":1}\n"
            "{\"t\":\"step\",\"stage\":\"s\",\"step\":0,\"state\":\"done\"}\n"
            "{\"t\":\"intent\",\"seq\":2,\"stage\":\"s\",\"step\":1,\"creates\":[\"/p/b\"]}\n"
            "{\"t\":\"done\",\"seq\":2}\n"
            "{\"t\":\"step\",\"stage\":\"s\",\"step\":1,\"state\":\"done\"}\n"
            "{\"t\":\"stage\",\"id\":\"s\",\"state\":\"done\"}\n"
            "{\"t\":\"stage\",\"id\":\"s\",\"state\":\"rollback_started\"}\n"
            "{\"t\":\"step\",\"stage\":\"s\",\"step\":1,\"state\":\"undoing\"}\n"
            "{\"t\":\"undoing\",\"seq\":2}\n";
        const engine::JournalState state = engine::Journal::parse(journal);
        QCOMPARE(state.stage(QStringLiteral("s"))->state, engine::StageState::Running);
        QCOMPARE(state.stage(QStringLiteral("s"))->stepsDone, 1);
        QVERIFY(state.doneSteps.contains(qMakePair(QStringLiteral("s"), 0)));
        QVERIFY(!state.doneSteps.contains(qMakePair(QStringLiteral("s"), 1)));
        QVERIFY(state.effects[1].undoing && !state.effects[1].undone);
        QVERIFY(!state.effects[0].undoing);
    }

    // A moved prefix re-anchored: effects recorded under the old path are read under the new.
    void anchorRecordMovesRecordedPaths()
    {
        const QByteArray journal =
            "{\"t\":\"plan\",\"name\":\"p\",\"prefix\":\"/old\",\"cache\":\"/old/.cache\",\"prefix_id\":\"ab\","
            "\"dev\":\"1\",\"ino\":\"2\"}\n"
            "{\"t\":\"intent\",\"seq\":1,\"stage\":\"s\",\"step\":0,\"creates\":[\"/old/a\",\"/older/x\"],"
            "\"backup_of\":\"/old/b\",\"backup\":\"/old/.dlstack/backups/1\"}\n"
            "{\"t\":\"anchor\",\"from\":\"/old\",\"to\":\"/new\",\"prefix_id\":\"ab\",\"dev\":\"1\",\"ino\":\"3\"}\n";
        const engine::JournalState state = engine::Journal::parse(journal);
        QCOMPARE(state.prefix, QStringLiteral("/new"));
        QCOMPARE(state.cache, QStringLiteral("/new/.cache"));
        QCOMPARE(state.effects[0].creates, (QStringList{QStringLiteral("/new/a"), QStringLiteral("/older/x")}));
        QCOMPARE(state.effects[0].backupOf, QStringLiteral("/new/b"));
        QCOMPARE(state.effects[0].backup, QStringLiteral("/new/.dlstack/backups/1"));
        QCOMPARE(state.identity.ino, quint64(3));
    }

    void resumeSkipsDoneStagesAndFailureIsReported()
    {
        const QString marker = m_prefix + QStringLiteral("/count");
        const QByteArray json =
            "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + m_prefix.toUtf8() +
            "\", \"stages\": [{\"id\": \"a\", \"steps\": [{\"kind\": \"run\", \"argv\": [\"sh\", \"-c\", \"echo x >> "
            "count\"]}]},"
            "{\"id\": \"b\", \"steps\": [{\"kind\": \"run\", \"argv\": [\"sh\", \"-c\", \"test -e go || exit 7\"]}]}]}";
        const plan::Plan plan = plan::loadPlan(json, QStringLiteral("t")).value();
        engine::Engine engine;
        QStringList failures;
        QVERIFY(!test::runToEnd(
            engine, [&] { engine.install(plan, {}); }, &failures));
        QVERIFY2(failures.join(u' ').contains(QStringLiteral("7")), qPrintable(failures.join(u' ')));
        QFile(m_prefix + QStringLiteral("/go")).open(QIODevice::WriteOnly);
        QVERIFY(test::runToEnd(engine, [&] { engine.install(plan, {}); }));
        QFile count(marker);
        QVERIFY(count.open(QIODevice::ReadOnly));
        QCOMPARE(count.readAll(), QByteArray("x\n")); // stage a ran once
        const auto state = engine::Journal::read(m_prefix);
        QVERIFY(state.ok());
        QCOMPARE(state.value().stage(QStringLiteral("b"))->state, engine::StageState::Done);
    }

    void ninjaBuildReachesFullProgress()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cmake")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("ninja")).isEmpty())
            QSKIP("cmake or ninja missing");
        test::writeTree(
            m_prefix + QStringLiteral("/proj"),
            {{QStringLiteral("CMakeLists.txt"),
              "cmake_minimum_required(VERSION 3.16)\nproject(p C)\nadd_executable(a a.c)\nadd_executable(b b.c)\n"},
             {QStringLiteral("a.c"), "int main(void){return 0;}\n"},
             {QStringLiteral("b.c"), "int main(void){return 0;}\n"}});
        const QByteArray steps =
            R"({"kind": "run", "argv": ["cmake", "-G", "Ninja", "-S", ".", "-B", "build"], "cwd": "proj", "creates": ["build"]},
            {"kind": "run", "argv": ["cmake", "--build", "build"], "cwd": "proj", "progress": "ninja"})";
        const plan::Plan plan = makePlan(steps);
        engine::Engine engine;
        double maxStep = -1;
        int ninjaLines = 0;
        QObject::connect(&engine, &engine::Engine::progress, [&](const engine::ProgressEvent &p) {
            if (p.step == 1 && p.stepFraction >= 0)
                maxStep = std::max(maxStep, p.stepFraction);
        });
        QObject::connect(&engine, &engine::Engine::linesReady, [&](const QList<engine::LogLine> &lines) {
            for (const auto &l : lines)
                ninjaLines += l.text.startsWith(u'[') ? 1 : 0;
        });
        QStringList failures;
        QVERIFY2(test::runToEnd(
                     engine, [&] { engine.install(plan, {}); }, &failures),
                 qPrintable(failures.join(u'\n')));
        QVERIFY(ninjaLines >= 2);
        QCOMPARE(maxStep, 1.0);
    }

    void cancelEndsTheProcessGroup()
    {
        const plan::Plan plan =
            makePlan(R"({"kind": "run", "argv": ["sh", "-c", "sleep 300 & echo $! > child.pid; wait"]})");
        QThread worker;
        engine::Engine engine;
        engine.moveToThread(&worker);
        worker.start();
        QSignalSpy finished(&engine, &engine::Engine::finished);
        QMetaObject::invokeMethod(&engine, [&] { engine.install(plan, {}); });
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_prefix + QStringLiteral("/child.pid")).size() > 0, 10000);
        engine.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().first().toBool(), false);
        QFile pidFile(m_prefix + QStringLiteral("/child.pid"));
        pidFile.open(QIODevice::ReadOnly);
        const QByteArray pid = pidFile.readAll().trimmed();
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)), 10000);
        worker.quit();
        worker.wait();
    }
};

QTEST_GUILESS_MAIN(TstEngine)
#include "tst_engine.moc"
