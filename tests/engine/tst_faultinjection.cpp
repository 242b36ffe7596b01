// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of the real `dlstack` binary on a plan with every step kind (file://
// download, extract, git with a submodule, run steps, write_file over an existing file),
// killed with SIGKILL at random moments, DLSTACK_FAULT_RUNS times (default 40) in each order:
// - install killed, then install again (must finish), then rollback (itself killed once on
//   every other round): the prefix is back to its content from before;
// - install killed, then rollback at once: the content from before;
// - rollback killed, then install: the full manifest of a clean install (nothing missing,
//   nothing half-undone left marked done);
// - install, rollback, install, rollback each killed, then install and rollback to the end.
// "Content from before" includes the pre-existing file byte for byte and nothing outside changed.
#include "tests/engine/enginetestutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dlstack;

namespace {

bool sh(const QStringList &argv, const QString &cwd = QString())
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(argv.first(), argv.mid(1));
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool git(const QString &repo, const QStringList &args)
{
    return sh(QStringList{QStringLiteral("git"), QStringLiteral("-c"), QStringLiteral("user.email=t@t"),
                          QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                          QStringLiteral("protocol.file.allow=always")} +
                  args,
              repo);
}

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
}

// Every descendant of a killed dlstack (run steps live in their own process groups) is
// re-parented to this process (a child subreaper); end them so none writes afterwards.
void reapOrphans()
{
    for (int round = 0; round < 50; ++round) {
        QList<pid_t> orphans;
        const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : procs) {
            QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (rest.value(1).toInt() == ::getpid())
                orphans.append(pid.toInt());
        }
        if (orphans.isEmpty())
            return;
        for (pid_t pid : orphans) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }
}

// The installed content of a prefix, git folders' insides left out (test::manifest).
QByteArray installedManifest(const QString &root)
{
    return test::manifest(root, true).join(u'\n').toUtf8();
}

// A hash of everything below `root` except `skip` (the prefix, compared on its own).
QByteArray hashExcept(const QString &root, const QString &skip)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == skip || path.startsWith(skip + u'/'))
            continue;
        const QFileInfo info(path);
        QString entry = path + u' ' + QString::number(info.size());
        if (info.isFile() && !info.isSymLink()) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            entry +=
                u' ' + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        }
        entries.append(entry);
    }
    entries.sort();
    return QCryptographicHash::hash(entries.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TstFaultInjection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_binary = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");
    QString m_prefix;
    QString m_planPath;
    QByteArray m_prefixHash;
    QByteArray m_outsideHash;

    // Runs dlstack; killAfterMs >= 0 sends SIGKILL then (if it still runs). Returns the
    // exit code, or -9 when it was killed.
    int dlstack(const QStringList &args, int killAfterMs = -1, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_binary, args);
        if (!p.waitForStarted(10000))
            return -1000;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill();
            p.waitForFinished(10000);
            reapOrphans();
            return -9;
        }
        p.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1001;
    }

    QByteArray m_installed; // installedManifest() after a clean install
    int m_installMs = 0;
    int m_rollbackMs = 0;

    QStringList installArgs() const { return {QStringLiteral("install"), m_planPath, QStringLiteral("--yes")}; }
    QStringList rollbackArgs() const
    {
        return {QStringLiteral("rollback"), QStringLiteral("--prefix"), m_prefix, QStringLiteral("--all"),
                QStringLiteral("--yes")};
    }
    int runs() const
    {
        return qEnvironmentVariableIsSet("DLSTACK_FAULT_RUNS") ? qEnvironmentVariableIntValue("DLSTACK_FAULT_RUNS")
                                                               : 40;
    }

    // Runs `args` to its end; it must exit 0.
    void finish(const QStringList &args, const QString &when)
    {
        QString out;
        const int code = dlstack(args, -1, &out);
        QVERIFY2(
            code == 0,
            qPrintable(QStringLiteral("%1: %2 exited %3\n%4").arg(when, args.first()).arg(code).arg(out.right(3000))));
    }

    void checkInstalled(const QString &when)
    {
        const QByteArray now = installedManifest(m_prefix);
        if (now != m_installed) {
            const QStringList want = QString::fromUtf8(m_installed).split(u'\n');
            const QStringList got = QString::fromUtf8(now).split(u'\n');
            QStringList diff;
            for (const QString &w : want)
                if (!got.contains(w))
                    diff.append(QStringLiteral("missing: ") + w);
            for (const QString &g : got)
                if (!want.contains(g))
                    diff.append(QStringLiteral("extra:   ") + g);
            QFAIL(qPrintable(when + QStringLiteral(": the prefix differs from a clean install\n") + diff.join(u'\n')));
        }
    }

    void checkRestored(const char *when)
    {
        QVERIFY2(test::treeHash(m_prefix) == m_prefixHash, when);
        QFile keep(m_prefix + QStringLiteral("/existing/keep.txt"));
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("precious\n\x01\xff"));
        QVERIFY2(hashExcept(m_dir.path(), m_prefix) == m_outsideHash, when);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" is not built")));
        QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
        const QString src = m_dir.filePath(QStringLiteral("src"));
        write(src + QStringLiteral("/pkg/bin/tool"), QByteArray(200000, 'x'));
        write(src + QStringLiteral("/pkg/share/doc.txt"), "doc\n");
        QVERIFY(sh({QStringLiteral("tar"), QStringLiteral("-C"), src, QStringLiteral("-cJf"),
                    src + QStringLiteral("/pkg.tar.xz"), QStringLiteral("pkg")}));
        QFile archive(src + QStringLiteral("/pkg.tar.xz"));
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray sum = QCryptographicHash::hash(archive.readAll(), QCryptographicHash::Sha256).toHex();

        const QString sub = src + QStringLiteral("/sub");
        const QString repo = src + QStringLiteral("/repo");
        for (const QString &r : {sub, repo}) {
            QVERIFY(sh({QStringLiteral("git"), QStringLiteral("init"), QStringLiteral("-q"), r}));
            write(r + QStringLiteral("/README"), r.toUtf8() + '\n');
            QVERIFY(git(r, {QStringLiteral("add"), QStringLiteral("README")}));
            QVERIFY(git(r, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}));
        }
        QVERIFY(git(repo, {QStringLiteral("submodule"), QStringLiteral("add"), QStringLiteral("-q"), sub,
                           QStringLiteral("third_party/sub")}));
        QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("sub")}));
        QVERIFY(git(repo, {QStringLiteral("tag"), QStringLiteral("v1")}));

        m_prefix = m_dir.filePath(QStringLiteral("prefix"));
        write(m_prefix + QStringLiteral("/existing/keep.txt"), QByteArray("precious\n\x01\xff"));
        const QByteArray plan =
            "{\"schema\": 1, \"name\": \"fault\", \"prefix\": \"" + m_prefix.toUtf8() +
            "\", \"stages\": ["
            "{\"id\": \"fetch\", \"steps\": ["
            "{\"kind\": \"download\", \"url\": \"file://" +
            src.toUtf8() + "/pkg.tar.xz\", \"sha256\": \"" + sum +
            "\", \"to\": \"dl/pkg.tar.xz\"},"
            "{\"kind\": \"extract\", \"archive\": \"dl/pkg.tar.xz\", \"to\": \"opt/pkg\", \"strip\": 1}]},"
            "{\"id\": \"source\", \"steps\": [{\"kind\": \"git\", \"url\": \"" +
            repo.toUtf8() +
            "\", \"ref\": \"v1\", \"to\": \"src/repo\", \"submodules\": true}]},"
            "{\"id\": \"build\", \"steps\": ["
            "{\"kind\": \"run\", \"argv\": [\"sh\", \"-c\", \"mkdir -p build && i=0; while [ $i -lt 300 ]; do "
            "echo line $i; i=$((i+1)); done; cp -r src/repo/third_party build/ && echo ok > build/out\"], "
            "\"creates\": [\"build\"]},"
            "{\"kind\": \"write_file\", \"path\": \"etc/activate.sh\", \"content\": \"export X=1\\n\", \"mode\": "
            "\"0755\"},"
            "{\"kind\": \"write_file\", \"path\": \"existing/keep.txt\", \"content\": \"replaced\\n\"},"
            "{\"kind\": \"run\", \"argv\": [\"sh\", \"-c\", \"echo more > build/out2\"]}]}]}";
        m_planPath = m_dir.filePath(QStringLiteral("plan.json"));
        write(m_planPath, plan);
        m_prefixHash = test::treeHash(m_prefix);
        m_outsideHash = hashExcept(m_dir.path(), m_prefix);
    }

    void cleanInstallAndRollback()
    {
        QString out;
        QCOMPARE(dlstack({QStringLiteral("install"), m_planPath, QStringLiteral("--yes")}, -1, &out), 0);
        QVERIFY2(QFileInfo::exists(m_prefix + QStringLiteral("/src/repo/third_party/sub/README")), qPrintable(out));
        QVERIFY(QFileInfo::exists(m_prefix + QStringLiteral("/opt/pkg/bin/tool")));
        QCOMPARE(dlstack({QStringLiteral("rollback"), QStringLiteral("--prefix"), m_prefix, QStringLiteral("--all"),
                          QStringLiteral("--yes")},
                         -1, &out),
                 0);
        checkRestored("after a clean install and rollback");
    }

    void measure()
    {
        // How long a whole install and a whole rollback take here: the kills land anywhere inside.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(dlstack(installArgs()), 0);
        m_installMs = int(clock.elapsed());
        m_installed = installedManifest(m_prefix);
        QVERIFY(m_installed.contains("/build/out2"));
        clock.restart();
        QCOMPARE(dlstack(rollbackArgs()), 0);
        m_rollbackMs = int(clock.elapsed());
        checkRestored("after the measuring rollback");
        qInfo("install %d ms, rollback %d ms", m_installMs, m_rollbackMs);
    }

    void killedAtRandomMoments()
    {
        const int runs = this->runs();
        const int installMs = m_installMs;
        auto *random = QRandomGenerator::global();
        int killedInstalls = 0;
        int killedRollbacks = 0;
        for (int i = 0; i < runs; ++i) {
            const int at = random->bounded(installMs + 20);
            if (dlstack({QStringLiteral("install"), m_planPath, QStringLiteral("--yes")}, at) == -9)
                ++killedInstalls;
            QString out;
            const int again = dlstack({QStringLiteral("install"), m_planPath, QStringLiteral("--yes")}, -1, &out);
            QVERIFY2(again == 0, qPrintable(QStringLiteral("round %1, killed after %2 ms: install again exited %3\n%4")
                                                .arg(i)
                                                .arg(at)
                                                .arg(again)
                                                .arg(out.right(3000))));
            const QStringList rollback{QStringLiteral("rollback"), QStringLiteral("--prefix"), m_prefix,
                                       QStringLiteral("--all"), QStringLiteral("--yes")};
            if (i % 2 == 1 && dlstack(rollback, random->bounded(std::max(1, installMs / 3))) == -9)
                ++killedRollbacks;
            const int undone = dlstack(rollback, -1, &out);
            QVERIFY2(
                undone == 0,
                qPrintable(QStringLiteral("round %1: rollback exited %2\n%3").arg(i).arg(undone).arg(out.right(3000))));
            checkRestored(qPrintable(QStringLiteral("round %1, install killed after %2 ms").arg(i).arg(at)));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("fault runs: %d, install took %d ms, installs killed mid-way: %d, rollbacks killed mid-way: %d", runs,
              installMs, killedInstalls, killedRollbacks);
    }

    void installKilledThenRollback()
    {
        auto *random = QRandomGenerator::global();
        int killed = 0;
        for (int i = 0; i < runs(); ++i) {
            const int at = random->bounded(m_installMs + 20);
            if (dlstack(installArgs(), at) == -9)
                ++killed;
            finish(rollbackArgs(), QStringLiteral("round %1, install killed after %2 ms").arg(i).arg(at));
            checkRestored(
                qPrintable(QStringLiteral("round %1, install killed after %2 ms, then rollback").arg(i).arg(at)));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("installs killed, then rolled back: %d rounds, %d killed mid-way", runs(), killed);
    }

    void rollbackKilledThenInstall()
    {
        auto *random = QRandomGenerator::global();
        int killed = 0;
        finish(installArgs(), QStringLiteral("first install"));
        for (int i = 0; i < runs(); ++i) {
            const int at = random->bounded(m_rollbackMs + 20);
            if (dlstack(rollbackArgs(), at) == -9)
                ++killed;
            const QString when = QStringLiteral("round %1, rollback killed after %2 ms, then install").arg(i).arg(at);
            finish(installArgs(), when);
            checkInstalled(when);
            if (QTest::currentTestFailed())
                return;
        }
        finish(rollbackArgs(), QStringLiteral("last rollback"));
        checkRestored("after the last rollback");
        qInfo("rollbacks killed, then installed again: %d rounds, %d killed mid-way", runs(), killed);
    }

    void bothKilledTwice()
    {
        auto *random = QRandomGenerator::global();
        int kills = 0;
        for (int i = 0; i < runs(); ++i) {
            QStringList moments;
            for (int k = 0; k < 2; ++k) {
                const int a = random->bounded(m_installMs + 20);
                const int b = random->bounded(m_rollbackMs + 20);
                kills += dlstack(installArgs(), a) == -9;
                kills += dlstack(rollbackArgs(), b) == -9;
                moments << QString::number(a) << QString::number(b);
            }
            const QString when = QStringLiteral("round %1, killed after %2 ms").arg(i).arg(moments.join(u'/'));
            if (i % 2 == 0) {
                finish(installArgs(), when);
                checkInstalled(when);
            }
            finish(rollbackArgs(), when);
            checkRestored(qPrintable(when));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("install, rollback, install, rollback killed: %d rounds, %d of %d commands killed mid-way", runs(), kills,
              4 * runs());
    }
};

QTEST_GUILESS_MAIN(TstFaultInjection)
#include "tst_faultinjection.moc"
