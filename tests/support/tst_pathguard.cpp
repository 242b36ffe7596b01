// SPDX-License-Identifier: GPL-3.0-or-later
// PathGuard on a real tree: a prefix reached through a symlinked directory, links inside it
// that stay (relative, absolute in either spelling, into the cache) and links that lead out
// ("..", "s -> ." climbing, absolute out, loops), a fenced .dlstack, NUL and other control
// characters. Every row runs twice: openat2 first, and the openat walk alone, with the same answer.
#include "core/support/pathguard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dlstack;
using support::PathGuard;

class TstPathGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_prefix; // as the plan spells it: <base>/link/p, with <base>/link -> real
    QString m_real;   // <base>/real/p
    QString m_cache;

    static void link(const QString &target, const QString &at)
    {
        QVERIFY2(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) == 0,
                 qPrintable(at));
    }

private slots:
    void initTestCase()
    {
        const QString base = m_dir.path();
        m_real = base + QStringLiteral("/real/p");
        m_prefix = base + QStringLiteral("/link/p");
        m_cache = base + QStringLiteral("/cache");
        for (const char *dir : {"/real/p/dir/sub", "/real/p/.dlstack", "/outside", "/cache"})
            QVERIFY(QDir().mkpath(base + QString::fromLatin1(dir)));
        QFile file(m_real + QStringLiteral("/file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        link(QStringLiteral("real"), base + QStringLiteral("/link"));
        const QString p = m_real + u'/';
        link(QStringLiteral("dir/sub"), p + QStringLiteral("in"));
        link(QStringLiteral(".."), p + QStringLiteral("up"));
        link(QStringLiteral("../../outside"), p + QStringLiteral("out"));
        link(m_real + QStringLiteral("/dir"), p + QStringLiteral("abs-in"));
        link(m_prefix + QStringLiteral("/dir"), p + QStringLiteral("abs-in-given"));
        link(base + QStringLiteral("/outside"), p + QStringLiteral("abs-out"));
        link(QStringLiteral("."), p + QStringLiteral("s"));
        link(QStringLiteral("s/s/s/../../.."), p + QStringLiteral("climb"));
        link(QStringLiteral("missing-target"), p + QStringLiteral("dangling"));
        link(QStringLiteral("loop"), p + QStringLiteral("loop"));
        link(m_cache, p + QStringLiteral("tocache"));
        link(QStringLiteral(".dlstack"), p + QStringLiteral("j"));
    }

    void resolves_data()
    {
        QTest::addColumn<QString>("path");     // below the prefix as spelled, or absolute
        QTest::addColumn<bool>("keep");        // Last::Keep
        QTest::addColumn<QString>("expected"); // below the prefix as spelled; "!text": an error containing text
        QTest::newRow("missing tail") << "dir/sub/x/y" << false << "dir/sub/x/y";
        QTest::newRow("the root itself") << "" << false << "";
        QTest::newRow("relative link inside") << "in/x" << false << "dir/sub/x";
        QTest::newRow("dot-dot inside") << "dir/sub/../../file" << false << "file";
        QTest::newRow("absolute link, canonical") << "abs-in/x" << false << "dir/x";
        QTest::newRow("absolute link, as spelled") << "abs-in-given/x" << false << "dir/x";
        QTest::newRow("s -> . twice") << "s/s/dir" << false << "dir";
        QTest::newRow("dangling link in the middle") << "dangling/x" << false << "missing-target/x";
        QTest::newRow("dangling link followed") << "dangling" << false << "missing-target";
        QTest::newRow("dangling link kept") << "dangling" << true << "dangling";
        QTest::newRow("link out kept (replaced, not followed)") << "out" << true << "out";
        QTest::newRow("link up") << "up/x" << false << "!leads out of";
        QTest::newRow("link out") << "out/victim" << false << "!symbolic link";
        QTest::newRow("link out followed") << "out" << false << "!leads out of";
        QTest::newRow("absolute link out") << "abs-out/x" << false << "!leads out of";
        QTest::newRow("s/s/s/../../.. (raw)") << "s/s/s/../../.." << false << "!leads out of";
        QTest::newRow("climb -> s/s/s/../../..") << "climb/etc" << false << "!leads out of";
        QTest::newRow("loop") << "loop/x" << false << "!more than 40";
        QTest::newRow("file is no directory") << "file/x" << false << "!not a directory";
        QTest::newRow("into the cache") << "tocache/y" << false << "=cache/y";
        QTest::newRow("the journal directory") << ".dlstack/journal.jsonl" << true << "!may not change";
        QTest::newRow("the journal through a link") << "j/journal.jsonl" << true << "!may not change";
        QTest::newRow("NUL") << QStringLiteral("file") + QChar(u'\0') + QStringLiteral("x") << true << "!U+0000";
        QTest::newRow("newline") << "fi\nle" << true << "!U+000a";
        QTest::newRow("DEL") << QStringLiteral("fi\x7f"
                                               "le")
                             << true << "!U+007f";
        QTest::newRow("outside every root") << "/etc/passwd" << true << "!is outside";
    }
    void resolves()
    {
        QFETCH(QString, path);
        QFETCH(bool, keep);
        QFETCH(QString, expected);
        const QString full = path.startsWith(u'/') ? path : path.isEmpty() ? m_prefix : m_prefix + u'/' + path;
        const auto last = keep ? PathGuard::Last::Keep : PathGuard::Last::Follow;
        for (const auto method : {PathGuard::Method::Kernel, PathGuard::Method::Walk}) {
            const PathGuard guard({m_prefix, m_cache}, {m_prefix + QStringLiteral("/.dlstack")}, method);
            const auto resolved = guard.resolve(full, last);
            const char *how = method == PathGuard::Method::Kernel ? "kernel" : "walk";
            if (expected.startsWith(u'!')) {
                QVERIFY2(!resolved.ok(),
                         qPrintable(QString::fromLatin1(how) + u' ' + (resolved.ok() ? resolved.value() : QString())));
                QVERIFY2(resolved.error().summary.contains(expected.mid(1)), qPrintable(resolved.error().summary));
                QVERIFY(!resolved.error().remedy.isEmpty());
                continue;
            }
            QVERIFY2(resolved.ok(), qPrintable(QString::fromLatin1(how) + u' ' +
                                               (resolved.ok() ? QString() : resolved.error().summary)));
            const QString want = expected.startsWith(u'=') ? m_dir.path() + u'/' + expected.mid(1)
                                 : expected.isEmpty()      ? m_prefix
                                                           : m_prefix + u'/' + expected;
            QCOMPARE(resolved.value(), want);
        }
    }

    // The canonical spelling of the root is accepted and answered in the plan's spelling.
    void canonicalSpellingIsAnsweredAsGiven()
    {
        const PathGuard guard({m_prefix});
        const auto resolved = guard.resolve(m_real + QStringLiteral("/in/x"));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value(), m_prefix + QStringLiteral("/dir/sub/x"));
    }

    // A plan built in code may leave its cache unset: an empty or relative root is no root
    // (before, canonicalising it never ended and ran out of memory).
    void emptyRootIsIgnored()
    {
        const PathGuard guard({m_prefix, QString(), QStringLiteral("relative/dir")});
        QVERIFY(guard.resolve(m_prefix + QStringLiteral("/x")).ok());
        QVERIFY(!guard.resolve(QStringLiteral("relative/dir/x")).ok());
    }

    // The default cache, <prefix>/.dlstack/cache, is a root inside the fence: allowed; the
    // rest of .dlstack is not, even reached from the cache.
    void cacheInsideTheFence()
    {
        QVERIFY(QDir().mkpath(m_real + QStringLiteral("/.dlstack/cache")));
        const QString cache = m_prefix + QStringLiteral("/.dlstack/cache");
        for (const auto method : {PathGuard::Method::Kernel, PathGuard::Method::Walk}) {
            const PathGuard guard({m_prefix, cache}, {m_prefix + QStringLiteral("/.dlstack")}, method);
            QCOMPARE(guard.resolve(cache + QStringLiteral("/a.tar")).value(), cache + QStringLiteral("/a.tar"));
            QVERIFY(!guard.resolve(cache + QStringLiteral("/../journal.jsonl")).ok());
        }
    }

    // A root that does not exist yet: everything below it is the tail as written.
    void missingRoot()
    {
        const QString root = m_prefix + QStringLiteral("/not/yet");
        const PathGuard guard({root});
        QCOMPARE(guard.resolve(root + QStringLiteral("/a/b")).value(), root + QStringLiteral("/a/b"));
        QVERIFY(!guard.resolve(root + QStringLiteral("/../x")).ok());
    }
};

QTEST_GUILESS_MAIN(TstPathGuard)
#include "tst_pathguard.moc"
