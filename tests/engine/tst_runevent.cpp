// SPDX-License-Identifier: GPL-3.0-or-later
// RunEvent, RunEventWriter and RunEventFollower: every kind survives JSON both ways; the
// follower reads what was appended since its last call, waits for a line cut mid-write,
// counts malformed lines without stopping, starts again when the file is replaced, and
// seeks to the last job of a file that holds many.
#include "core/engine/runevent.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;
using engine::RunEvent;
using engine::RunEventKind;

namespace {

RunEvent makeEvent(RunEventKind kind, const QString &stage = QStringLiteral("build"))
{
    RunEvent e;
    e.kind = kind;
    e.stage = stage;
    return e;
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    f.write(bytes);
}

} // namespace

class TstRunEvent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void everyKindRoundTrips_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = int(RunEventKind::JobStarted); k <= int(RunEventKind::Finished); ++k)
            QTest::newRow(qPrintable(engine::runEventKindName(RunEventKind(k)))) << k;
    }

    void everyKindRoundTrips()
    {
        QFETCH(int, kind);
        RunEvent e = makeEvent(RunEventKind(kind));
        e.time = QDateTime(QDate(2026, 12, 2), QTime(1, 2, 3, 456), Qt::UTC);
        e.job = engine::JobKind::Rollback;
        e.pid = 4242;
        e.title = QStringLiteral("Build");
        e.step = 3;
        e.description = QStringLiteral("run: ninja");
        e.stepFraction = 0.25;
        e.stageFraction = 0.5;
        e.overall = 0.75;
        e.lines = 1234567;
        e.log = QStringLiteral("/p/.dlstack/logs/build.log");
        e.error = support::Error{QStringLiteral("ninja failed"), QStringLiteral("exit 1"), QStringLiteral("look")};
        log::Diagnosis d;
        d.id = QStringLiteral("toolkit_dropped_arch");
        d.line = 42;
        d.excerpt = {QStringLiteral("a"), QStringLiteral("b")};
        d.captures.insert(QStringLiteral("arch"), QStringLiteral("compute_70"));
        e.diagnosis = d;
        e.machineFacts = true;
        e.ok = true;
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("event")).toString(), engine::runEventKindName(e.kind));
        const auto back = RunEvent::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().summary));
        QCOMPARE(back.value().toJson(), json);
        QCOMPARE(back.value().time, e.time);
    }

    void badEventsAreErrors()
    {
        QVERIFY(!RunEvent::fromJson({{QStringLiteral("event"), QStringLiteral("stage_exploded")}}).ok());
        QVERIFY(!RunEvent::fromJson({{QStringLiteral("event"), QStringLiteral("finished")}}).ok());      // no "ok"
        QVERIFY(!RunEvent::fromJson({{QStringLiteral("event"), QStringLiteral("stage_started")}}).ok()); // no stage
        QVERIFY(!RunEvent::fromJson({{QStringLiteral("event"), QStringLiteral("job_started")},
                                     {QStringLiteral("job"), QStringLiteral("dance")}})
                     .ok());
    }

    void followerReadsIncrementally()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.jsonl"));
        engine::RunEventFollower follower(path);
        QVERIFY(follower.readNew().isEmpty()); // no file yet
        {
            engine::RunEventWriter writer(path);
            QVERIFY(writer.isOpen());
            writer.append(makeEvent(RunEventKind::StageStarted));
            writer.append(makeEvent(RunEventKind::StageFinished));
        }
        QList<RunEvent> got = follower.readNew();
        QCOMPARE(got.size(), 2);
        QVERIFY(got.first().time.isValid()); // stamped by the writer
        QVERIFY(follower.readNew().isEmpty());

        // A line cut mid-write waits; its end completes it.
        const QByteArray line =
            QJsonDocument(makeEvent(RunEventKind::StageSkipped).toJson()).toJson(QJsonDocument::Compact);
        appendRaw(path, line.left(10));
        QVERIFY(follower.readNew().isEmpty());
        appendRaw(path, line.mid(10) + "\n");
        got = follower.readNew();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().kind, RunEventKind::StageSkipped);

        // Garbage is counted and skipped.
        appendRaw(path, "{not json\n{\"event\":\"nope\"}\n");
        engine::RunEventWriter(path).append(makeEvent(RunEventKind::StageFailed));
        got = follower.readNew();
        QCOMPARE(got.size(), 1);
        QCOMPARE(follower.malformedLines(), 2);

        // Replaced by a shorter file: read from its start.
        QFile::remove(path);
        engine::RunEventWriter(path).append(makeEvent(RunEventKind::Finished, QString()));
        got = follower.readNew();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().kind, RunEventKind::Finished);
    }

    void seekToTheLastJob()
    {
        const QString path = m_dir.filePath(QStringLiteral("jobs.jsonl"));
        engine::RunEventFollower follower(path);
        QVERIFY(!follower.seekToLast(RunEventKind::JobStarted));
        engine::RunEventWriter writer(path);
        for (const engine::JobKind job : {engine::JobKind::Install, engine::JobKind::Rollback}) {
            RunEvent started = makeEvent(RunEventKind::JobStarted, QString());
            started.job = job;
            writer.append(started);
            writer.append(makeEvent(RunEventKind::StageStarted));
        }
        QVERIFY(follower.seekToLast(RunEventKind::JobStarted));
        const QList<RunEvent> got = follower.readNew();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.first().job, engine::JobKind::Rollback);
    }

    void anUnwritableFileIsAnError()
    {
        engine::RunEventWriter writer(m_dir.filePath(QStringLiteral("missing/dir/e.jsonl")));
        QVERIFY(!writer.isOpen());
        QVERIFY(writer.error().has_value());
        writer.append(makeEvent(RunEventKind::StageStarted));            // harmless
        QVERIFY(!engine::RunEventWriter(QString()).error().has_value()); // no file asked for
    }
};

QTEST_GUILESS_MAIN(TstRunEvent)
#include "tst_runevent.moc"
