// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack install` as a user drives it, on the real binary:
// - without a terminal and without --yes it asks nobody and changes nothing (exit 2), and so
//   does `rollback`;
// - the plan is kept in the prefix: after a failure `dlstack install --prefix P` and
//   `dlstack resume P` continue without the original file, `status` names the kept plan,
//   and a different plan run there later moves the earlier copy aside instead of losing it;
// - the hints it prints after a failure are commands that work as printed;
// - piped, a tool's progress lines are thinned out while the stage log keeps every line;
// - every event lands typed in <prefix>/.dlstack/events.jsonl, read back by the follower the
//   wizard uses, each stage's log keeps which lines were stderr.
#include "tests/support/testsupport.h"

#include "core/engine/runevent.h"
#include "core/log/logstore.h"
#include "core/plan/prefixlayout.h"
#include "core/plan/recipes/recipecontext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

const QString kBinary = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");

QJsonObject runStep(const QStringList &argv)
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("run")},
                       {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}};
}

QJsonObject stage(const QString &id, const QJsonArray &steps)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), id}, {QStringLiteral("steps"), steps}};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstInstallResume : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A plan with a stage "one" that writes a file and a stage "two" that fails until the
    // file `flag` exists.
    QString writePlan(const QString &name, const QString &prefix, const QString &flag)
    {
        const QJsonObject plan{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("name"), name},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("stages"),
             QJsonArray{
                 stage(QStringLiteral("one"), {QJsonObject{{QStringLiteral("kind"), QStringLiteral("write_file")},
                                                           {QStringLiteral("path"), QStringLiteral("one.txt")},
                                                           {QStringLiteral("content"), QStringLiteral("made\n")}}}),
                 stage(QStringLiteral("two"),
                       {runStep({QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral(
                                     "echo checking; echo 'error: the flag file is not there' >&2; test -e \"$0\""),
                                 flag})})}}};
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(plan).toJson());
        return path;
    }

private slots:
    void withoutATerminalNothingIsAssumed()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("asked"));
        const QString plan = writePlan(QStringLiteral("asked"), prefix, m_dir.filePath(QStringLiteral("none")));
        const auto run = test::runProgram(kBinary, {QStringLiteral("install"), plan}, "n\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("--yes")), run.err.constData());
        QVERIFY(!QFileInfo::exists(prefix));

        const auto rollback = test::runProgram(
            kBinary, {QStringLiteral("rollback"), QStringLiteral("--prefix"), prefix, QStringLiteral("--all")});
        QCOMPARE(rollback.exitCode, 2);
        QVERIFY(!QFileInfo::exists(prefix));
    }

    void theKeptPlanResumesWithoutTheFile()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("kept"));
        const QString flag = m_dir.filePath(QStringLiteral("flag"));
        const QString plan = writePlan(QStringLiteral("kept"), prefix, flag);
        const auto failed = test::runProgram(kBinary, {QStringLiteral("install"), plan, QStringLiteral("--yes")});
        QCOMPARE(failed.exitCode, 1);
        const plan::PrefixLayout layout(prefix);
        QVERIFY(QFileInfo::exists(layout.plan()));
        const QString out = QString::fromUtf8(failed.out);
        const QString resumeHint = QStringLiteral("dlstack install --prefix %1").arg(plan::shellQuote(prefix));
        QVERIFY2(out.contains(resumeHint), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("dlstack rollback --prefix %1 --all").arg(plan::shellQuote(prefix))),
                 qPrintable(out));
        QVERIFY2(QString::fromUtf8(failed.err).contains(layout.stageLog(QStringLiteral("two"))),
                 failed.err.constData());

        QVERIFY(QFile::remove(plan)); // the original is gone
        const auto status = test::runProgram(kBinary, {QStringLiteral("status"), QStringLiteral("--prefix"), prefix});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(QString::fromUtf8(status.out).contains(layout.plan()), status.out.constData());
        const auto statusJson = test::runProgram(
            kBinary, {QStringLiteral("status"), QStringLiteral("--prefix"), prefix, QStringLiteral("--json")});
        const QJsonObject kept =
            QJsonDocument::fromJson(statusJson.out).object().value(QStringLiteral("kept_plan")).toObject();
        QCOMPARE(kept.value(QStringLiteral("name")).toString(), QStringLiteral("kept"));

        // Still failing: the hint's own command, word for word (through sh, as typed).
        const auto again = test::runProgram(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("\"$0\" ") + resumeHint.mid(8) + QStringLiteral(" --yes"), kBinary});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(QString::fromUtf8(again.out).contains(QStringLiteral("stage one: already done")),
                 again.out.constData());

        test::writeTree(m_dir.path(), {{QStringLiteral("flag"), "x"}});
        const auto resumed = test::runProgram(kBinary, {QStringLiteral("resume"), prefix, QStringLiteral("--yes")});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(QString::fromUtf8(resumed.out).contains(QStringLiteral("All stages finished.")));
        QCOMPARE(readAll(prefix + QStringLiteral("/one.txt")), QByteArray("made\n"));

        // The log of the stage that failed twice and then passed holds all three attempts, and
        // the lines its program wrote to stderr are known as such.
        const QByteArray log = readAll(layout.stageLog(QStringLiteral("two")));
        QCOMPARE(log.count("\nchecking\n"), 3);
        const auto runs = log::LogStore::readStreams(layout.stageStreams(QStringLiteral("two")));
        int errRuns = 0;
        for (const auto &[line, stream] : runs)
            errRuns += stream == log::LineStream::Err;
        QCOMPARE(errRuns, 3);

        // The undo hint works as printed too.
        const auto undo = test::runProgram(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("\"$0\" rollback --prefix '%1' --all --yes").arg(prefix), kBinary});
        QCOMPARE(undo.exitCode, 0);
        QVERIFY(!QFileInfo::exists(prefix + QStringLiteral("/one.txt")));
    }

    void withoutAKeptPlanTheMessageSaysWhatToDo()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const auto run = test::runProgram(
            kBinary, {QStringLiteral("install"), QStringLiteral("--prefix"), empty, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("keeps no plan")), run.err.constData());
        QVERIFY(!QFileInfo::exists(plan::PrefixLayout(empty).stateDir()));
    }

    void aBlockedTargetStopsBeforeAnything()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("blocked"));
        const QString path = writePlan(QStringLiteral("blocked"), prefix, m_dir.filePath(QStringLiteral("none")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject plan = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        plan.insert(QStringLiteral("mirror_dir"), m_dir.filePath(QStringLiteral("no-such-mirror")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(plan).toJson());
        f.close();
        const auto run = test::runProgram(kBinary, {QStringLiteral("install"), path, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("no-such-mirror")), run.err.constData());
        QVERIFY(!QFileInfo::exists(prefix));
    }

    void aDamagedPlanCopyIsReportedAndKept()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("damaged"));
        const plan::PrefixLayout layout(prefix);
        QVERIFY(QDir().mkpath(layout.stateDir()));
        test::writeTree(layout.stateDir(), {{QStringLiteral("plan.json"), "{\"schema\": 1, \"name\": \"cut"}});
        const auto run = test::runProgram(kBinary, {QStringLiteral("resume"), prefix, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("cannot be read")), run.err.constData());
        QCOMPARE(readAll(layout.plan()), QByteArray("{\"schema\": 1, \"name\": \"cut"));
        QVERIFY(!QFileInfo::exists(layout.journal()));
    }

    void aDifferentPlanMovesTheEarlierCopyAside()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("two-plans"));
        const QString flag = m_dir.filePath(QStringLiteral("flag2"));
        test::writeTree(m_dir.path(), {{QStringLiteral("flag2"), "x"}});
        QCOMPARE(test::runProgram(kBinary, {QStringLiteral("install"), writePlan(QStringLiteral("first"), prefix, flag),
                                            QStringLiteral("--yes")})
                     .exitCode,
                 0);
        const plan::PrefixLayout layout(prefix);
        const QByteArray first = readAll(layout.plan());
        const auto second =
            test::runProgram(kBinary, {QStringLiteral("install"), writePlan(QStringLiteral("second"), prefix, flag),
                                       QStringLiteral("--yes")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(readAll(layout.plan()).contains("\"second\""));
        const QStringList earlier = QDir(layout.stateDir() + QStringLiteral("/plans")).entryList(QDir::Files);
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(readAll(layout.stateDir() + QStringLiteral("/plans/") + earlier.first()), first);
    }

    void pipedProgressIsThinnedAndTheLogKeepsIt()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("piped"));
        const QJsonObject plan{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("name"), QStringLiteral("piped")},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("stages"),
             QJsonArray{stage(QStringLiteral("clone"),
                              {runStep({QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("i=0; while [ $i -lt 400 ]; do i=$((i+1)); "
                                                       "echo \"Receiving objects:  $((i/4))% ($i/400)\" >&2; done; "
                                                       "echo 'Resolving deltas: done.'")})})}}};
        const QString path = m_dir.filePath(QStringLiteral("piped.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(plan).toJson());
        f.close();
        const auto run = test::runProgram(kBinary, {QStringLiteral("install"), path, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        const int shown = int(run.out.count("Receiving objects:"));
        QVERIFY2(shown >= 1 && shown <= 3, run.out.constData());
        QVERIFY(run.out.contains("Resolving deltas: done."));
        QCOMPARE(readAll(plan::PrefixLayout(prefix).stageLog(QStringLiteral("clone"))).count("\nReceiving objects:"),
                 400);
    }

    void eventsAreTypedAndFollowed()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("events"));
        const QString plan = writePlan(QStringLiteral("events"), prefix, m_dir.filePath(QStringLiteral("never")));
        QCOMPARE(test::runProgram(kBinary, {QStringLiteral("install"), plan, QStringLiteral("--yes")}).exitCode, 1);
        engine::RunEventFollower follower(plan::PrefixLayout(prefix).events());
        QVERIFY(follower.seekToLast(engine::RunEventKind::JobStarted));
        const QList<engine::RunEvent> events = follower.readNew();
        QCOMPARE(follower.malformedLines(), 0);
        QList<engine::RunEventKind> kinds;
        for (const engine::RunEvent &e : events)
            if (e.kind != engine::RunEventKind::Progress && e.kind != engine::RunEventKind::StepStarted &&
                e.kind != engine::RunEventKind::LinesAppended)
                kinds.append(e.kind);
        using K = engine::RunEventKind;
        const QList<K> expected{K::JobStarted,  K::StageStarted, K::StageFinished, K::StageStarted,
                                K::StageFailed, K::Diagnosed,    K::Finished};
        QString seen;
        for (const K k : kinds)
            seen += engine::runEventKindName(k) + u' ';
        QVERIFY2(kinds == expected, qPrintable(seen));
        QVERIFY(events.last().kind == K::Finished && !events.last().ok);
        bool sawLines = false;
        for (const engine::RunEvent &e : events)
            sawLines = sawLines || (e.kind == K::LinesAppended && e.stage == u"two" && e.lines >= 3);
        QVERIFY(sawLines);

        // A job refused because another holds the prefix writes nothing into its event log.
        const QByteArray before = readAll(plan::PrefixLayout(prefix).events());
        QProcess holder;
        holder.start(QStringLiteral("flock"),
                     {plan::PrefixLayout(prefix).journal(), QStringLiteral("sleep"), QStringLiteral("30")});
        QVERIFY(holder.waitForStarted());
        QTest::qWait(300);
        const auto refused = test::runProgram(kBinary, {QStringLiteral("resume"), prefix, QStringLiteral("--yes")});
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(readAll(plan::PrefixLayout(prefix).events()), before);
    }
};

QTEST_GUILESS_MAIN(TstInstallResume)
#include "tst_installresume.moc"
