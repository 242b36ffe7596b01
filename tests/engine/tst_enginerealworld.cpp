// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against real outside parts: a full disk (a 2 MiB tmpfs mounted by the test)
// under each writing step kind, a real `python3 -m venv` + offline `pip install` of a
// wheel built in the test, and a git step on local repositories with a submodule checked
// out at a tag. Every case ends with a rollback back to the exact content hash.
#include "core/engine/engine.h"
#include "core/plan/planloader.h"
#include "tests/engine/enginetestutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/mount.h>
#include <unistd.h>

using namespace dlstack;

namespace {

bool sh(const QStringList &argv, const QString &cwd = QString(), QByteArray *out = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out = p.readAll();
    return ok;
}

bool git(const QString &repo, const QStringList &args, QByteArray *out = nullptr)
{
    return sh(QStringList{QStringLiteral("git"), QStringLiteral("-c"), QStringLiteral("user.email=t@t"),
                          QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                          QStringLiteral("protocol.file.allow=always")} +
                  args,
              repo, out);
}

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TstEngineRealWorld : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tmpfs;
    bool m_mounted = false;

    struct Outcome
    {
        bool ok = false;
        QString failure;
    };

    Outcome install(const QByteArray &json)
    {
        Outcome outcome;
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        if (!plan.ok()) {
            outcome.failure = plan.error().summary + u'\n' + plan.error().details;
            return outcome;
        }
        engine::Engine engine;
        QStringList failures;
        outcome.ok = test::runToEnd(
            engine, [&] { engine.install(plan.value(), {}); }, &failures);
        outcome.failure = failures.join(u'\n');
        return outcome;
    }

    bool rollback(const QString &prefix, QString *why)
    {
        engine::Engine engine;
        QStringList failures;
        const bool ok = test::runToEnd(
            engine, [&] { engine.rollback(prefix, {}); }, &failures);
        *why = failures.join(u'\n');
        return ok;
    }

    static QByteArray planJson(const QString &prefix, const QByteArray &steps, const QByteArray &extra = QByteArray())
    {
        return "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() + "\", " + extra +
               "\"stages\": [{\"id\": \"s\", \"steps\": [" + steps + "]}]}";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_tmpfs).constData(), MNT_DETACH);
    }

    void diskFull_data()
    {
        QTest::addColumn<QByteArray>("step");
        const QString src = m_dir.filePath(QStringLiteral("big-src"));
        // 3 MiB of incompressible bytes for the download and extract rows.
        QVERIFY(sh({QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("mkdir -p %1/pkg && head -c 3145728 /dev/urandom > %1/pkg/blob && "
                                   "tar -C %1 -czf %1/big.tar.gz pkg && sha256sum %1/pkg/blob > %1/sum")
                        .arg(src)}));
        const QByteArray sum = read(src + QStringLiteral("/sum")).left(64);
        QTest::newRow("write_file") << "{\"kind\": \"write_file\", \"path\": \"big.txt\", \"content\": \"" +
                                           QByteArray(3 << 20, 'x') + "\"}";
        QTest::newRow("run") << QByteArray(
            R"({"kind": "run", "argv": ["sh", "-c", "head -c 3145728 /dev/zero > big.bin"], "creates": ["big.bin"]})");
        QTest::newRow("extract") << QByteArray(
            "{\"kind\": \"extract\", \"archive\": \"$cache/big.tar.gz\", \"to\": \"opt\"}");
        QTest::newRow("download") << "{\"kind\": \"download\", \"url\": \"file://" + src.toUtf8() +
                                         "/pkg/blob\", \"sha256\": \"" + sum + "\", \"to\": \"dl/blob\"}";
    }
    void diskFull()
    {
        QFETCH(QByteArray, step);
        if (!m_mounted) {
            m_tmpfs = m_dir.filePath(QStringLiteral("full"));
            QDir().mkpath(m_tmpfs);
            if (::mount("tmpfs", QFile::encodeName(m_tmpfs).constData(), "tmpfs", 0, "size=2m") != 0) {
                const QByteArray why = qt_error_string(errno).toLocal8Bit();
                if (::geteuid() != 0)
                    QSKIP("mounting a small tmpfs needs root; this run is not root");
                QSKIP(qPrintable(QStringLiteral("running as root but mount(tmpfs) failed (%1), e.g. in a "
                                                "container without CAP_SYS_ADMIN")
                                     .arg(QString::fromLocal8Bit(why))));
            }
            m_mounted = true;
        }
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString prefix = m_tmpfs + u'/' + tag;
        write(prefix + QStringLiteral("/keep.txt"), "precious\n");
        const QString cache = m_dir.filePath(QStringLiteral("cache-") + tag);
        QDir().mkpath(cache);
        QFile::copy(m_dir.filePath(QStringLiteral("big-src/big.tar.gz")), cache + QStringLiteral("/big.tar.gz"));
        const QByteArray before = test::treeHash(prefix);

        const Outcome outcome = install(planJson(prefix, step, "\"cache\": \"" + cache.toUtf8() + "\", "));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.failure.contains(QStringLiteral("No space left on device")), qPrintable(outcome.failure));
        qInfo("%s: %s", qPrintable(tag), qPrintable(outcome.failure.left(300)));
        const auto state = engine::Journal::read(prefix);
        QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().summary + state.error().details));
        const auto *stage = state.value().stage(QStringLiteral("s"));
        QVERIFY2(stage, qPrintable(outcome.failure));
        QCOMPARE(stage->state, engine::StageState::Failed);

        QString why;
        QVERIFY2(rollback(prefix, &why), qPrintable(why));
        QCOMPARE(test::treeHash(prefix), before);
        QCOMPARE(read(prefix + QStringLiteral("/keep.txt")), QByteArray("precious\n"));
        QDir(prefix).removeRecursively(); // the next row needs the space
    }

    void venvWithOfflinePip()
    {
        const QString wheels = m_dir.filePath(QStringLiteral("wheels"));
        QDir().mkpath(wheels);
        QByteArray out;
        QVERIFY2(
            sh({QStringLiteral("python3"), QStringLiteral(DLSTACK_SOURCE_DIR "/tests/engine/make_wheel.py"), wheels},
               {}, &out),
            out.constData());
        const QString prefix = m_dir.filePath(QStringLiteral("venv-prefix"));
        write(prefix + QStringLiteral("/keep.txt"), "precious\n");
        const QByteArray before = test::treeHash(prefix);
        const QByteArray steps =
            "{\"kind\": \"run\", \"argv\": [\"python3\", \"-m\", \"venv\", \"venv\"], \"creates\": [\"venv\"]},"
            "{\"kind\": \"run\", \"argv\": [\"venv/bin/python\", \"-m\", \"pip\", \"install\", \"--no-index\", "
            "\"--find-links\", \"" +
            wheels.toUtf8() +
            "\", \"tinypkg\"], \"progress\": \"pip\", \"env\": "
            "{\"PIP_DISABLE_PIP_VERSION_CHECK\": \"1\", \"PIP_INDEX_URL\": \"http://127.0.0.1:9/offline\"}}";
        const Outcome outcome = install(planJson(prefix, steps));
        QVERIFY2(outcome.ok, qPrintable(outcome.failure));
        QVERIFY(sh({prefix + QStringLiteral("/venv/bin/python"), QStringLiteral("-c"),
                    QStringLiteral("import tinypkg, sys; sys.exit(0 if tinypkg.ANSWER == 42 else 1)")},
                   {}, &out));
        QString why;
        QVERIFY2(rollback(prefix, &why), qPrintable(why));
        QVERIFY(!QFileInfo::exists(prefix + QStringLiteral("/venv")));
        QCOMPARE(test::treeHash(prefix), before);
    }

    void gitWithSubmoduleAtTag()
    {
        const QString src = m_dir.filePath(QStringLiteral("repos"));
        const QString sub = src + QStringLiteral("/sub");
        const QString repo = src + QStringLiteral("/main");
        for (const QString &r : {sub, repo}) {
            QVERIFY(sh({QStringLiteral("git"), QStringLiteral("init"), QStringLiteral("-q"), r}));
            write(r + QStringLiteral("/README"), "v1\n");
            QVERIFY(git(r, {QStringLiteral("add"), QStringLiteral("README")}));
            QVERIFY(git(r, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}));
        }
        QVERIFY(git(repo, {QStringLiteral("submodule"), QStringLiteral("add"), QStringLiteral("-q"), sub,
                           QStringLiteral("third_party/sub")}));
        QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("sub")}));
        QVERIFY(git(repo, {QStringLiteral("tag"), QStringLiteral("v1")}));
        QByteArray tagCommit;
        QVERIFY(git(repo, {QStringLiteral("rev-parse"), QStringLiteral("v1^{commit}")}, &tagCommit));
        write(repo + QStringLiteral("/README"), "v2\n"); // the branch moves on after the tag
        QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("two")}));

        const QString prefix = m_dir.filePath(QStringLiteral("git-prefix"));
        write(prefix + QStringLiteral("/keep.txt"), "precious\n");
        const QByteArray before = test::treeHash(prefix);
        const QByteArray json =
            planJson(prefix, "{\"kind\": \"git\", \"url\": \"" + repo.toUtf8() +
                                 "\", \"ref\": \"v1\", \"to\": \"src/main\", \"submodules\": true}");
        Outcome outcome = install(json);
        QVERIFY2(outcome.ok, qPrintable(outcome.failure));
        const QString clone = prefix + QStringLiteral("/src/main");
        QCOMPARE(read(clone + QStringLiteral("/README")), QByteArray("v1\n"));
        QCOMPARE(read(clone + QStringLiteral("/third_party/sub/README")), QByteArray("v1\n"));
        QByteArray head;
        QVERIFY(git(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &head));
        QCOMPARE(head, tagCommit);

        // An interrupted step (journaled intent, no done record, a repository already
        // there) continues by fetching; a stage left "started" is resumed, not redone.
        QFile journal(prefix + QStringLiteral("/.dlstack/journal.jsonl"));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QList<QByteArray> records = journal.readAll().split('\n');
        journal.close();
        while (!records.isEmpty() && !records.last().contains("\"intent\""))
            records.removeLast(); // as if killed right after the clone's intent record
        QVERIFY(!records.isEmpty());
        QVERIFY(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
        journal.write(records.join('\n') + '\n');
        journal.close();
        outcome = install(json);
        QVERIFY2(outcome.ok, qPrintable(outcome.failure));
        QCOMPARE(read(clone + QStringLiteral("/third_party/sub/README")), QByteArray("v1\n"));

        QString why;
        QVERIFY2(rollback(prefix, &why), qPrintable(why));
        QCOMPARE(test::treeHash(prefix), before);
    }
};

QTEST_GUILESS_MAIN(TstEngineRealWorld)
#include "tst_enginerealworld.moc"
