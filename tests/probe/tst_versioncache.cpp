// SPDX-License-Identifier: GPL-3.0-or-later
// VersionCachingRunner with real programs: a copy of /usr/bin/env (ELF) answers `--version`
// once, the second ask comes from the cache with the same bytes; a changed program file is
// asked again; a shell script and any other command always run; a damaged cache file is
// ignored and rewritten. `dlstack detect` twice gives the same profile, the second time from
// the cache, and `--fresh` asks every tool again.
#include "core/probe/versioncache.h"
#include "core/support/processrunner.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace dlstack;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Counts the commands that reach the real runner.
class CountingRunner final : public support::CommandRunner
{
public:
    support::CommandResult run(const support::Command &command) const override
    {
        ++calls;
        return m_real.run(command);
    }
    mutable std::atomic<int> calls{0};

private:
    support::ProcessRunner m_real;
};

support::Command versionOf(const QString &program)
{
    support::Command c;
    c.program = program;
    c.args = {QStringLiteral("--version")};
    return c;
}

} // namespace

class TestVersionCache : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString copyOfEnv(const QString &name)
    {
        const QString to = path(name);
        QFile::remove(to);
        if (!QFile::copy(QStringLiteral("/usr/bin/env"), to))
            qFatal("cannot copy /usr/bin/env");
        QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return to;
    }

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void secondAskComesFromTheCache()
    {
        const QString tool = copyOfEnv(QStringLiteral("tool"));
        CountingRunner inner;
        const QString cache = path(QStringLiteral("cache/tool-versions.json"));
        {
            probe::VersionCachingRunner runner(&inner, cache);
            const auto first = runner.run(versionOf(tool));
            QVERIFY(first.succeeded());
            QVERIFY(first.out.contains("env (GNU coreutils)"));
            QCOMPARE(inner.calls.load(), 1);
            const auto second = runner.run(versionOf(tool));
            QCOMPARE(inner.calls.load(), 1);
            QCOMPARE(second.out, first.out);
            QCOMPARE(second.exitCode, 0);
            QCOMPARE(runner.hits(), 1);
        }
        // A new runner (the next dlstack process) reads the file.
        probe::VersionCachingRunner next(&inner, cache);
        QVERIFY(next.run(versionOf(tool)).succeeded());
        QCOMPARE(inner.calls.load(), 1);

        // The program changes (same path, new file): asked again.
        QFile f(tool);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\0", 1);
        f.close();
        QVERIFY(next.run(versionOf(tool)).succeeded());
        QCOMPARE(inner.calls.load(), 2);
    }

    void scriptsAndOtherCommandsAlwaysRun()
    {
        const QString script = path(QStringLiteral("fake-gcc"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho 'gcc (fake) 12.2.0'\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        CountingRunner inner;
        probe::VersionCachingRunner runner(&inner, path(QStringLiteral("c.json")));
        QVERIFY(runner.run(versionOf(script)).succeeded());
        QVERIFY(runner.run(versionOf(script)).succeeded());
        QCOMPARE(inner.calls.load(), 2);

        const QString tool = copyOfEnv(QStringLiteral("tool"));
        support::Command other;
        other.program = tool;
        other.args = {QStringLiteral("--help")};
        QVERIFY(runner.run(other).succeeded());
        QVERIFY(runner.run(other).succeeded());
        QCOMPARE(inner.calls.load(), 4);
        // A failed answer is not kept.
        support::Command missing = versionOf(path(QStringLiteral("not-there")));
        QVERIFY(!runner.run(missing).succeeded());
        QVERIFY(!runner.run(missing).succeeded());
        QCOMPARE(runner.hits(), 0);
    }

    void damagedCacheIsRewritten()
    {
        const QString tool = copyOfEnv(QStringLiteral("tool"));
        const QString cache = path(QStringLiteral("c.json"));
        QFile f(cache);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"dlstack-tool-versions-1\", \"programs\": {\"");
        f.close();
        CountingRunner inner;
        {
            probe::VersionCachingRunner runner(&inner, cache);
            QVERIFY(runner.run(versionOf(tool)).out.contains("coreutils"));
        }
        QVERIFY(QJsonDocument::fromJson(readFile(cache)).isObject());
        probe::VersionCachingRunner again(&inner, cache);
        QVERIFY(again.run(versionOf(tool)).succeeded());
        QCOMPARE(inner.calls.load(), 1);
    }

    // The real CLI on this machine: the same profile twice, and the second run reads the
    // versions of the compilers from the cache.
    void detectUsesTheCache()
    {
        const QMap<QString, QString> env{{QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("xdg-cache"))}};
        const auto detect = [&](const QStringList &extra) {
            return test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"),
                                    QStringList{QStringLiteral("detect"), QStringLiteral("--json")} + extra, {}, 120000,
                                    env);
        };
        const auto compilers = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).object().value(QStringLiteral("compilers")).toArray();
        };
        const auto first = detect({});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString cacheFile = path(QStringLiteral("xdg-cache/dlstack/tool-versions.json"));
        QVERIFY(QFile::exists(cacheFile));
        const QJsonObject kept = QJsonDocument::fromJson(readFile(cacheFile)).object();
        QVERIFY(!kept.value(QStringLiteral("programs")).toObject().isEmpty());
        const auto second = detect({});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(compilers(second.out), compilers(first.out));
        QVERIFY(!compilers(first.out).isEmpty());
        const auto fresh = detect({QStringLiteral("--fresh")});
        QVERIFY2(fresh.exitCode == 0, fresh.err.constData());
        QCOMPARE(compilers(fresh.out), compilers(first.out));
    }
};

QTEST_GUILESS_MAIN(TestVersionCache)
#include "tst_versioncache.moc"
