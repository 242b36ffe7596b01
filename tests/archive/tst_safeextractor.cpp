// SPDX-License-Identifier: GPL-3.0-or-later
// SafeExtractor with archives written in the test by python3's tarfile/zipfile (and the
// zstd tool): every supported format extracts right with strip; hostile archives (zip
// slip, absolute paths, links out of the target, a file written through a symlink,
// device nodes, hard links out) are refused with an error naming the member, and an
// extract step that meets one leaves nothing in the prefix: no target, no temporary sibling.
#include "core/archive/safeextractor.h"
#include "core/engine/engine.h"
#include "core/plan/planloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

// argv: kind, output path, outside path. Writes one archive of that kind.
const char *const kMaker = R"PY(
import io, sys, tarfile, zipfile
kind, out, outside = sys.argv[1], sys.argv[2], sys.argv[3]
def tar(members, mode="w"):
    with tarfile.open(out, mode, format=tarfile.GNU_FORMAT) as t:
        for name, typ, data, link in members:
            i = tarfile.TarInfo(name)
            i.type = typ
            i.mode = 0o755 if typ == tarfile.DIRTYPE else 0o644
            i.linkname = link
            if typ == tarfile.REGTYPE:
                i.size = len(data)
                t.addfile(i, io.BytesIO(data))
            else:
                t.addfile(i)
good = [("top", tarfile.DIRTYPE, b"", ""), ("top/a.txt", tarfile.REGTYPE, b"alpha\n", ""),
        ("top/sub", tarfile.DIRTYPE, b"", ""), ("top/sub/b.txt", tarfile.REGTYPE, b"beta\n", ""),
        ("top/link", tarfile.SYMTYPE, b"", "sub/b.txt"), ("top/hard", tarfile.LNKTYPE, b"", "top/a.txt")]
if kind in ("tar", "tar.zst"): tar(good)
elif kind == "tar.gz": tar(good, "w:gz")
elif kind == "tar.bz2": tar(good, "w:bz2")
elif kind == "tar.xz": tar(good, "w:xz")
elif kind == "zip":
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("top/a.txt", b"alpha\n"); z.writestr("top/sub/b.txt", b"beta\n")
elif kind == "zipslip-zip":
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("ok.txt", b"fine\n"); z.writestr("../evil", b"evil\n")
elif kind == "zipslip": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), ("top/../../evil", tarfile.REGTYPE, b"evil\n", "")])
elif kind == "absolute": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), (outside + "/abs-evil", tarfile.REGTYPE, b"evil\n", "")])
elif kind == "symlink-out": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), ("top/esc", tarfile.SYMTYPE, b"", "../../../../../../" + outside)])
elif kind == "symlink-abs": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), ("top/esc", tarfile.SYMTYPE, b"", outside)])
elif kind == "through-symlink": tar([("top/sub", tarfile.DIRTYPE, b"", ""), ("top/l", tarfile.SYMTYPE, b"", "sub"), ("top/l/f.txt", tarfile.REGTYPE, b"through\n", "")])
elif kind == "device": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), ("top/null", tarfile.CHRTYPE, b"", "")])
elif kind == "fifo": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), ("top/pipe", tarfile.FIFOTYPE, b"", "")])
elif kind == "hardlink-out": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), ("top/h", tarfile.LNKTYPE, b"", outside + "/victim")])
elif kind == "hardlink-dotdot": tar([("top/ok.txt", tarfile.REGTYPE, b"fine\n", ""), ("top/h", tarfile.LNKTYPE, b"", "../../victim")])
)PY";

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TstSafeExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_outside; // a directory beside the prefix that hostile archives aim at

    QString makeArchive(const QString &kind)
    {
        QString out = m_dir.filePath(QStringLiteral("cache/") + kind + QStringLiteral(".arc"));
        QDir().mkpath(QFileInfo(out).path());
        QFile::remove(out);
        if (!run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(kMaker), kind, out, m_outside}))
            return QString();
        if (kind == u"tar.zst") {
            if (!run(QStringLiteral("zstd"), {QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("--rm"), out}))
                return QString();
            out += QStringLiteral(".zst");
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_outside = m_dir.filePath(QStringLiteral("outside"));
        QDir().mkpath(m_outside);
        QFile victim(m_outside + QStringLiteral("/victim"));
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.write("untouched\n");
    }

    void formatsExtractWithStrip_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"tar", "tar.gz", "tar.bz2", "tar.xz", "tar.zst", "zip"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void formatsExtractWithStrip()
    {
        QFETCH(QString, kind);
        const QString archive = makeArchive(kind);
        QVERIFY(!archive.isEmpty());
        const QString to = m_dir.filePath(QStringLiteral("good-") + kind);
        qint64 lastRead = -1;
        const auto error = archive::SafeExtractor().extract(
            archive, to, 1, [&lastRead](qint64 done, qint64) { lastRead = done; }, nullptr);
        QVERIFY2(!error, qPrintable(error ? error->summary + u'\n' + error->details : QString()));
        QCOMPARE(read(to + QStringLiteral("/a.txt")), QByteArray("alpha\n"));
        QCOMPARE(read(to + QStringLiteral("/sub/b.txt")), QByteArray("beta\n"));
        QVERIFY(!QFileInfo::exists(to + QStringLiteral("/top")));
        QVERIFY(lastRead > 0);
        if (kind != u"zip") {
            QCOMPARE(QFileInfo(to + QStringLiteral("/link")).symLinkTarget(), to + QStringLiteral("/sub/b.txt"));
            QCOMPARE(read(to + QStringLiteral("/hard")), QByteArray("alpha\n"));
        }
    }

    void hostileArchivesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("member");
        QTest::newRow("zip slip (zip)") << QStringLiteral("zipslip-zip") << QStringLiteral("../evil");
        QTest::newRow("zip slip (tar)") << QStringLiteral("zipslip") << QStringLiteral("top/../../evil");
        QTest::newRow("absolute path") << QStringLiteral("absolute") << QStringLiteral("abs-evil");
        QTest::newRow("symlink out (relative)") << QStringLiteral("symlink-out") << QStringLiteral("top/esc");
        QTest::newRow("symlink out (absolute)") << QStringLiteral("symlink-abs") << QStringLiteral("top/esc");
        QTest::newRow("file through symlink") << QStringLiteral("through-symlink") << QStringLiteral("top/l/f.txt");
        QTest::newRow("device node") << QStringLiteral("device") << QStringLiteral("top/null");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("top/pipe");
        QTest::newRow("hard link out (absolute)") << QStringLiteral("hardlink-out") << QStringLiteral("top/h");
        QTest::newRow("hard link out (..)") << QStringLiteral("hardlink-dotdot") << QStringLiteral("top/h");
    }
    void hostileArchivesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, member);
        const QString archive = makeArchive(kind);
        QVERIFY(!archive.isEmpty());

        // The extractor itself: a clear error naming the member.
        const QString direct = m_dir.filePath(QStringLiteral("direct-") + kind);
        const auto error = archive::SafeExtractor().extract(archive, direct, 1, {}, nullptr);
        QVERIFY(error.has_value());
        QVERIFY2(error->summary.contains(QStringLiteral("unsafe")), qPrintable(error->summary));
        QVERIFY2(error->details.contains(member), qPrintable(error->details));
        QVERIFY(!error->remedy.isEmpty());

        // Through an extract step: the stage fails and nothing is left in the prefix.
        const QString prefix = m_dir.filePath(QStringLiteral("prefix-") + kind);
        const QByteArray json = "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() + "\", \"cache\": \""
            + m_dir.filePath(QStringLiteral("cache")).toUtf8() + "\", \"stages\": [{\"id\": \"x\", \"steps\": ["
            "{\"kind\": \"extract\", \"archive\": \"" + archive.toUtf8() + "\", \"to\": \"out\", \"strip\": 1}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary + plan.error().details));
        engine::Engine engine;
        bool ok = true;
        QString failure;
        connect(&engine, &engine::Engine::finished, this, [&ok](bool success) { ok = success; });
        connect(&engine, &engine::Engine::stageFailed, this,
                [&failure](const QString &, const QString &s, const QString &d, const QString &) { failure = s + d; });
        engine.install(plan.value(), {});
        QVERIFY(!ok);
        QVERIFY2(failure.contains(member), qPrintable(failure));
        const QStringList left = QDir(prefix).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList{QStringLiteral(".dlstack")});

        // Nothing outside: the victim is intact and no evil file appeared anywhere near.
        QCOMPARE(read(m_outside + QStringLiteral("/victim")), QByteArray("untouched\n"));
        QCOMPARE(QDir(m_outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("victim")});
        for (const QString &evil : {QStringLiteral("evil"), QStringLiteral("cache/evil"), QStringLiteral("f.txt")})
            QVERIFY2(!QFileInfo::exists(m_dir.filePath(evil)), qPrintable(evil));
    }

    void damagedArchiveIsAClearError()
    {
        const QString archive = makeArchive(QStringLiteral("tar.xz"));
        QFile f(archive);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        const auto error = archive::SafeExtractor().extract(archive, m_dir.filePath(QStringLiteral("damaged")), 0, {}, nullptr);
        QVERIFY(error.has_value());
        QVERIFY(!error->summary.isEmpty() && !error->remedy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSafeExtractor)
#include "tst_safeextractor.moc"
