// SPDX-License-Identifier: GPL-3.0-or-later
// Path safety of every step kind on real files. A symlink made before the install that leads
// out of the prefix (directly, or as "s -> ." with "p -> s/s/s/..") is refused by
// write_file, download (its target and its .part), git (its checkout and its .git), extract
// and run (cwd, creates): nothing appears outside and a rollback leaves the prefix as it was.
// Control characters and <prefix>/.dlstack are refused when the plan loads (`dlstack install`
// exits non-zero, the file stays as it was). write_file over a symlink puts the link back on
// rollback. A prefix below a symlinked directory works for every step kind, extract included,
// and a rollback returns its exact tree.
#include "core/engine/engine.h"
#include "core/engine/journal.h"
#include "core/plan/planloader.h"
#include "core/plan/prefixlayout.h"
#include "tests/engine/enginetestutil.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dlstack;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QString readLink(const QString &path)
{
    QByteArray target(4096, '\0');
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
    return n > 0 ? QFile::decodeName(target.left(n)) : QString();
}

bool symlink(const QString &target, const QString &at)
{
    QDir().mkpath(QFileInfo(at).path());
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) == 0;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool git(const QStringList &args, const QString &cwd)
{
    return test::runProgram(QStringLiteral("git"), QStringList{QStringLiteral("-C"), cwd} + args).exitCode == 0;
}

} // namespace

class TstPathSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_outside; // beside every prefix; hostile links aim here
    QString m_archive; // a tar.gz of pkg/sub/a.txt
    QByteArray m_sum;
    QString m_repo; // a git repository with one commit, tagged v1
    int m_count = 0;

    QString newPrefix(const QString &parent = QString())
    {
        const QString prefix =
            (parent.isEmpty() ? m_dir.path() : parent) + QStringLiteral("/prefix-") + QString::number(++m_count);
        QDir().mkpath(prefix + QStringLiteral("/.dlstack/cache"));
        QFile::copy(m_archive, prefix + QStringLiteral("/.dlstack/cache/pkg.tar.gz"));
        write(prefix + QStringLiteral("/existing/keep.txt"), "precious\n");
        return prefix;
    }

    QByteArray planJson(const QString &prefix, QByteArray steps) const
    {
        steps.replace("$ARCHIVE", m_archive.toUtf8()).replace("$SUM", m_sum).replace("$REPO", m_repo.toUtf8());
        return "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() +
               "\", \"stages\": [{\"id\": \"s\", \"steps\": [" + steps + "]}]}";
    }

    // Installs; returns the failure text ("" when it succeeded).
    QString install(const QString &prefix, const QByteArray &steps, bool *loaded = nullptr)
    {
        const auto plan = plan::loadPlan(planJson(prefix, steps), QStringLiteral("t.json"));
        if (loaded)
            *loaded = plan.ok();
        if (!plan.ok())
            return plan.error().summary;
        engine::Engine engine;
        QStringList failures;
        const bool ok = test::runToEnd(
            engine, [&] { engine.install(plan.value(), {}); }, &failures);
        return ok ? QString() : failures.join(u'\n') + QStringLiteral("\n(failed)");
    }

    bool rollback(const QString &prefix)
    {
        engine::Engine engine;
        QStringList failures;
        const bool ok = test::runToEnd(
            engine, [&] { engine.rollback(prefix, {}); }, &failures);
        if (!ok)
            qWarning("%s", qPrintable(failures.join(u'\n')));
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_outside = m_dir.filePath(QStringLiteral("outside"));
        QVERIFY(write(m_outside + QStringLiteral("/victim"), "untouched\n"));
        QVERIFY(QDir().mkpath(m_outside + QStringLiteral("/dotgit")));
        const QString src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(write(src + QStringLiteral("/pkg/sub/a.txt"), "payload\n"));
        m_archive = src + QStringLiteral("/pkg.tar.gz");
        QCOMPARE(test::runProgram(QStringLiteral("tar"),
                                  {QStringLiteral("-C"), src, QStringLiteral("-czf"), m_archive, QStringLiteral("pkg")})
                     .exitCode,
                 0);
        m_sum = QCryptographicHash::hash(read(m_archive), QCryptographicHash::Sha256).toHex();
        m_repo = src + QStringLiteral("/repo");
        QVERIFY(write(m_repo + QStringLiteral("/README"), "r\n"));
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}, m_repo));
        QVERIFY(git({QStringLiteral("add"), QStringLiteral("README")}, m_repo));
        QVERIFY(
            git({QStringLiteral("-c"), QStringLiteral("user.email=t@t"), QStringLiteral("-c"),
                 QStringLiteral("user.name=t"), QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("c")},
                m_repo));
        QVERIFY(git({QStringLiteral("tag"), QStringLiteral("v1")}, m_repo));
    }

    // Problem 4: links made before the install that lead out are followed by no step.
    // (URLs in raw strings are written "file:\/\/": moc takes a // there for a comment.)
    void linkOutOfThePrefixIsRefused_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>(
            "setup"); // out: <prefix>/out -> outside; chain: s -> ., p -> s/s/s/.. (the prefix's parent)
        QTest::addColumn<QString>("expected");
        const QString out = QStringLiteral("out");
        const QString chain = QStringLiteral("chain");
        const QString leads = QStringLiteral("leads out of");
        QTest::newRow("write_file") << QByteArray(R"({"kind": "write_file", "path": "out/victim", "content": "x"})")
                                    << out << leads;
        QTest::newRow("write_file through s -> . chain")
            << QByteArray(R"({"kind": "write_file", "path": "p/escaped", "content": "x"})") << chain << leads;
        QTest::newRow("download target")
            << QByteArray(
                   R"({"kind": "download", "url": "file:\/\/$ARCHIVE", "sha256": "$SUM", "to": "out/pkg.tar.gz"})")
            << out << leads;
        QTest::newRow("download .part is a link")
            << QByteArray(
                   R"({"kind": "download", "url": "file:\/\/$ARCHIVE", "sha256": "$SUM", "to": "dl/pkg.tar.gz"})")
            << QStringLiteral("part") << QStringLiteral("not a plain file");
        QTest::newRow("extract target")
            << QByteArray(R"({"kind": "extract", "archive": "$cache/pkg.tar.gz", "to": "out/x", "strip": 1})") << out
            << leads;
        QTest::newRow("extract through s -> . chain")
            << QByteArray(R"({"kind": "extract", "archive": "$cache/pkg.tar.gz", "to": "p/x/y", "strip": 1})") << chain
            << leads;
        QTest::newRow("git checkout") << QByteArray(R"({"kind": "git", "url": "$REPO", "to": "out/repo"})") << out
                                      << leads;
        QTest::newRow("git .git is a link out")
            << QByteArray(R"({"kind": "git", "url": "$REPO", "to": "src/repo"})") << QStringLiteral("gitdir") << leads;
        QTest::newRow("run cwd") << QByteArray(R"({"kind": "run", "argv": ["touch", "made-here"], "cwd": "out"})")
                                 << out << leads;
        QTest::newRow("run creates")
            << QByteArray(R"({"kind": "run", "argv": ["true"], "creates": ["out/build"], "undo": ["true"]})") << out
            << leads;
    }
    void linkOutOfThePrefixIsRefused()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        const QString prefix = newPrefix();
        if (setup == u"out")
            QVERIFY(symlink(m_outside, prefix + QStringLiteral("/out")));
        if (setup == u"chain") {
            QVERIFY(symlink(QStringLiteral("."), prefix + QStringLiteral("/s")));
            QVERIFY(symlink(QStringLiteral("s/s/s/.."), prefix + QStringLiteral("/p")));
        }
        if (setup == u"part")
            QVERIFY(symlink(m_outside + QStringLiteral("/victim"), prefix + QStringLiteral("/dl/pkg.tar.gz.part")));
        if (setup == u"gitdir")
            QVERIFY(symlink(m_outside + QStringLiteral("/dotgit"), prefix + QStringLiteral("/src/repo/.git")));
        const QByteArray outsideBefore = test::treeHash(m_dir.path() + QStringLiteral("/outside"));
        const QStringList besideBefore = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const QByteArray before = test::treeHash(prefix);

        bool loaded = false;
        const QString failure = install(prefix, step, &loaded);
        QVERIFY2(loaded, qPrintable(failure));
        QVERIFY2(failure.contains(expected), qPrintable(failure));
        QCOMPARE(test::treeHash(m_outside), outsideBefore);
        QCOMPARE(read(m_outside + QStringLiteral("/victim")), QByteArray("untouched\n"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), besideBefore);
        QVERIFY(rollback(prefix));
        QCOMPARE(test::treeHash(prefix), before);
        QCOMPARE(test::treeHash(m_outside), outsideBefore);
    }

    // Problem 5: a NUL in a write_file path named another, existing file. The plan is refused
    // when it loads, naming the field and the stage; the file is untouched.
    void nulInAPathIsRefusedByDlstackInstall()
    {
        const QString prefix = newPrefix();
        const QString planPath = m_dir.filePath(QStringLiteral("nul-plan.json"));
        QVERIFY(write(
            planPath,
            planJson(prefix, R"({"kind": "write_file", "path": "existing/keep.txt\u0000.x", "content": "evil"})")));
        const auto run = test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                          {QStringLiteral("install"), planPath, QStringLiteral("--yes")});
        const QString said = QString::fromUtf8(run.out + run.err);
        QVERIFY2(run.exitCode != 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("stages[0].steps[0].path")) && said.contains(QStringLiteral("U+0000")) &&
                     said.contains(QStringLiteral("stage \"s\"")),
                 qPrintable(said));
        QCOMPARE(read(prefix + QStringLiteral("/existing/keep.txt")), QByteArray("precious\n"));
        QVERIFY(!QFileInfo::exists(plan::PrefixLayout(prefix).journal()));
    }

    void controlCharactersAreRefusedAtLoad_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>("field");
        const QByteArray dl = "{\"kind\": \"download\", \"url\": \"file:///x/f\", \"sha256\": \"$SUM\", \"to\": \"dl/f";
        QTest::newRow("download to, NUL") << dl + "\\u0000\"}" << QStringLiteral("steps[0].to");
        QTest::newRow("download to, newline") << dl + "\\n\"}" << QStringLiteral("steps[0].to");
        QTest::newRow("download to, U+001F") << dl + "\\u001f\"}" << QStringLiteral("steps[0].to");
        QTest::newRow("download to, DEL") << dl + "\\u007f\"}" << QStringLiteral("steps[0].to");
        QTest::newRow("extract archive") << QByteArray(R"({"kind": "extract", "archive": "$cache/a\u0000", "to": "x"})")
                                         << QStringLiteral("steps[0].archive");
        QTest::newRow("extract to") << QByteArray(R"({"kind": "extract", "archive": "$cache/a", "to": "x\t"})")
                                    << QStringLiteral("steps[0].to");
        QTest::newRow("git to") << QByteArray(R"({"kind": "git", "url": "https:\/\/h/r", "to": "r\r"})")
                                << QStringLiteral("steps[0].to");
        QTest::newRow("run cwd") << QByteArray(R"({"kind": "run", "argv": ["true"], "cwd": "b\u0001"})")
                                 << QStringLiteral("steps[0].cwd");
        QTest::newRow("run creates") << QByteArray(R"({"kind": "run", "argv": ["true"], "creates": ["ok", "b\u001b"]})")
                                     << QStringLiteral("steps[0].creates[1]");
        QTest::newRow("write_file path") << QByteArray(R"({"kind": "write_file", "path": "a\u0000b", "content": ""})")
                                         << QStringLiteral("steps[0].path");
    }
    void controlCharactersAreRefusedAtLoad()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, field);
        const auto plan = plan::loadPlan(planJson(m_dir.filePath(QStringLiteral("p")), step), QStringLiteral("t.json"));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().summary.contains(QStringLiteral("stages[0].") + field +
                                               QStringLiteral(": the path contains "
                                                              "the control character")),
                 qPrintable(plan.error().summary));
        QVERIFY2(plan.error().summary.contains(QStringLiteral("(stage \"s\")")), qPrintable(plan.error().summary));
    }

    void controlCharactersInThePlansRoots()
    {
        for (const QByteArray &field : {QByteArray("prefix"), QByteArray("cache"), QByteArray("mirror_dir")}) {
            QByteArray json = R"({"schema": 1, "name": "t", "prefix": "/opt/dl", "stages": []})";
            json.replace("\"prefix\": \"/opt/dl\"", "\"prefix\": \"/opt/dl\", \"" + field + "\": \"/opt/x\\u0000y\"");
            if (field == "prefix")
                json = R"({"schema": 1, "name": "t", "prefix": "/opt/dl\u0000/x", "stages": []})";
            const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
            QVERIFY2(!plan.ok() && plan.error().summary.contains(QString::fromUtf8(field + ": the path contains")),
                     qPrintable(plan.ok() ? QStringLiteral("loaded") : plan.error().summary));
        }
    }

    // The journal, logs and backups live in <prefix>/.dlstack: no step may write there; the
    // default cache (<prefix>/.dlstack/cache) stays allowed.
    void dlstackDirectoryIsRefusedAtLoad_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>("expected"); // empty: loads
        const QString refused = QStringLiteral("where dlstack keeps its journal");
        QTest::newRow("write_file journal")
            << QByteArray(R"({"kind": "write_file", "path": ".dlstack/journal.jsonl", "content": ""})") << refused;
        QTest::newRow("download into backups")
            << QByteArray(
                   R"({"kind": "download", "url": "file:\/\/\/x\/f", "sha256": "$SUM", "to": ".dlstack/backups/f"})")
            << refused;
        QTest::newRow("extract to .dlstack")
            << QByteArray(R"({"kind": "extract", "archive": "$cache/a", "to": ".dlstack/x"})") << refused;
        QTest::newRow("run cwd .dlstack")
            << QByteArray(R"({"kind": "run", "argv": ["true"], "cwd": ".dlstack"})") << refused;
        QTest::newRow("run creates logs")
            << QByteArray(R"({"kind": "run", "argv": ["true"], "creates": [".dlstack/logs"]})") << refused;
        QTest::newRow("git to .dlstack/cache/../x")
            << QByteArray(R"({"kind": "git", "url": "https:\/\/h/r", "to": "$cache/../run.pid"})") << refused;
        QTest::newRow("extract to the prefix itself")
            << QByteArray(R"({"kind": "extract", "archive": "$cache/a", "to": "."})") << QStringLiteral("itself");
        QTest::newRow("download into the default cache")
            << QByteArray(R"({"kind": "download", "url": "file:\/\/\/x\/f", "sha256": "$SUM", "to": "$cache/f"})")
            << QString();
    }
    void dlstackDirectoryIsRefusedAtLoad()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, expected);
        const auto plan = plan::loadPlan(planJson(QStringLiteral("/opt/dl"), step), QStringLiteral("t.json"));
        if (expected.isEmpty()) {
            QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary));
            return;
        }
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().summary.contains(expected), qPrintable(plan.error().summary));
    }

    void cacheMayNotHoldTheJournal_data()
    {
        QTest::addColumn<QString>("cache");
        QTest::addColumn<bool>("loads");
        QTest::newRow("the prefix") << QStringLiteral("/opt/dl") << false;
        QTest::newRow("the prefix's parent") << QStringLiteral("/opt") << false;
        QTest::newRow(".dlstack") << QStringLiteral("/opt/dl/.dlstack") << false;
        QTest::newRow(".dlstack/backups") << QStringLiteral("/opt/dl/.dlstack/backups") << false;
        QTest::newRow(".dlstack/cache") << QStringLiteral("/opt/dl/.dlstack/cache") << true;
        QTest::newRow("inside the prefix") << QStringLiteral("/opt/dl/downloads") << true;
        QTest::newRow("elsewhere") << QStringLiteral("/var/cache/dl") << true;
    }
    void cacheMayNotHoldTheJournal()
    {
        QFETCH(QString, cache);
        QFETCH(bool, loads);
        const QByteArray json = "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"/opt/dl\", \"cache\": \"" +
                                cache.toUtf8() + "\", \"stages\": []}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        QVERIFY2(plan.ok() == loads, qPrintable(plan.ok() ? QStringLiteral("loaded") : plan.error().summary));
    }

    // A link made before the install that leads into .dlstack is refused when the step runs.
    void linkIntoTheJournalDirectoryIsRefused()
    {
        const QString prefix = newPrefix();
        QVERIFY(symlink(QStringLiteral(".dlstack"), prefix + QStringLiteral("/j")));
        const QString failure =
            install(prefix, R"({"kind": "write_file", "path": "j/journal.jsonl", "content": "{}"})");
        QVERIFY2(failure.contains(QStringLiteral("may not change")), qPrintable(failure));
        QVERIFY(engine::Journal::read(prefix).ok());
        QVERIFY(rollback(prefix));
    }

    // Problem 6: write_file over a symlink replaced the link, and a rollback left a plain file
    // (or nothing). The link itself is backed up and put back; what it points at is untouched.
    void writeFileOverASymlinkRestoresTheLink_data()
    {
        QTest::addColumn<QString>("target"); // relative to the prefix, or absolute
        QTest::newRow("to a file inside") << QStringLiteral("existing/keep.txt");
        QTest::newRow("dangling") << QStringLiteral("nowhere/none.cfg");
        QTest::newRow("to a file outside") << m_outside + QStringLiteral("/victim");
    }
    void writeFileOverASymlinkRestoresTheLink()
    {
        QFETCH(QString, target);
        const QString prefix = newPrefix();
        const QString link = prefix + QStringLiteral("/etc/app.cfg");
        QVERIFY(symlink(target.startsWith(u'/') ? target : QStringLiteral("../") + target, link));
        const QString linkTarget = readLink(link);
        const QByteArray before = test::treeHash(prefix);
        const QByteArray outsideBefore = test::treeHash(m_outside);

        const QString failure = install(prefix, R"({"kind": "write_file", "path": "etc/app.cfg", "content": "new"})");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(read(link), QByteArray("new"));
        QCOMPARE(read(prefix + QStringLiteral("/existing/keep.txt")), QByteArray("precious\n"));
        QCOMPARE(test::treeHash(m_outside), outsideBefore);

        QVERIFY(rollback(prefix));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readLink(link), linkTarget);
        QCOMPARE(test::treeHash(prefix), before);
    }

    // Problem 8: with the prefix below a symlinked directory every extract failed. Every step
    // kind works there, and a rollback returns the exact tree.
    void prefixBelowASymlinkedDirectory_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>("expect"); // a file the step leaves
        QTest::newRow("write_file") << QByteArray(R"({"kind": "write_file", "path": "etc/a/env.sh", "content": "x"})")
                                    << QStringLiteral("etc/a/env.sh");
        QTest::newRow("write_file replaces")
            << QByteArray(R"({"kind": "write_file", "path": "existing/keep.txt", "content": "changed"})")
            << QStringLiteral("existing/keep.txt");
        QTest::newRow("download")
            << QByteArray(
                   R"({"kind": "download", "url": "file:\/\/$ARCHIVE", "sha256": "$SUM", "to": "dl/pkg.tar.gz"})")
            << QStringLiteral("dl/pkg.tar.gz");
        QTest::newRow("extract")
            << QByteArray(R"({"kind": "extract", "archive": "$cache/pkg.tar.gz", "to": "opt/pkg", "strip": 1})")
            << QStringLiteral("opt/pkg/sub/a.txt");
        QTest::newRow("extract over existing")
            << QByteArray(R"({"kind": "extract", "archive": "$cache/pkg.tar.gz", "to": "existing", "strip": 1})")
            << QStringLiteral("existing/sub/a.txt");
        QTest::newRow("git") << QByteArray(R"({"kind": "git", "url": "$REPO", "ref": "v1", "to": "src/repo"})")
                             << QStringLiteral("src/repo/README");
        QTest::newRow("run creates")
            << QByteArray(
                   R"({"kind": "run", "argv": ["sh", "-c", "mkdir -p build && echo b > build/out"], "cwd": "existing", "creates": ["build"]})")
            << QStringLiteral("existing/build/out");
    }
    void prefixBelowASymlinkedDirectory()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, expect);
        const QString real = m_dir.filePath(QStringLiteral("real"));
        const QString linked = m_dir.filePath(QStringLiteral("linked"));
        if (!QFileInfo(linked).isSymLink()) {
            QVERIFY(QDir().mkpath(real));
            QVERIFY(symlink(real, linked));
        }
        const QString prefix = newPrefix(linked);
        const QByteArray before = test::treeHash(prefix);
        const QString failure = install(prefix, step);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(QFileInfo::exists(prefix + u'/' + expect), qPrintable(expect));
        QVERIFY(test::treeHash(prefix) != before);
        QVERIFY(rollback(prefix));
        QCOMPARE(test::treeHash(prefix), before);
        QCOMPARE(read(prefix + QStringLiteral("/existing/keep.txt")), QByteArray("precious\n"));
    }
};

QTEST_GUILESS_MAIN(TstPathSafety)
#include "tst_pathsafety.moc"
