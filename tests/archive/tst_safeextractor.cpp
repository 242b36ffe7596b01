// SPDX-License-Identifier: GPL-3.0-or-later
// SafeExtractor with archives written in the test by python3's tarfile/zipfile, libarchive
// and the tar and zstd tools: every supported format extracts right with strip, also below a
// symlinked directory; hostile archives (zip slip, absolute paths, links out of the target,
// link chains such as "s -> ." with "p -> s/s/s/../../..", a link that a later member turns
// outward, a file written through a symlink, device nodes, hard links out) are refused with
// an error naming the member, and an extract step that meets one leaves nothing in the
// prefix: no target, no temporary sibling. Archive bombs (200,000 entries, a 20 GiB sparse
// file, 2 GiB of zeros) are refused by the caps, defaults and plan fields alike.
#include "core/archive/safeextractor.h"
#include "core/engine/engine.h"
#include "core/plan/planloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <functional>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

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
elif kind == "link-chain": tar([("top/s", tarfile.SYMTYPE, b"", "."), ("top/p", tarfile.SYMTYPE, b"", "s/s/s/../../..")])
elif kind == "link-chain-write": tar([("top/s", tarfile.SYMTYPE, b"", "."), ("top/p", tarfile.SYMTYPE, b"", "s/s/s/s/../../../.."), ("top/p/evil", tarfile.REGTYPE, b"evil\n", "")])
elif kind == "late-escape": tar([("top/late", tarfile.SYMTYPE, b"", "d/../evil"), ("top/d", tarfile.SYMTYPE, b"", ".")])
elif kind == "chain-inside": tar([("top/sub", tarfile.DIRTYPE, b"", ""), ("top/sub/b.txt", tarfile.REGTYPE, b"beta\n", ""), ("top/s", tarfile.SYMTYPE, b"", "."), ("top/q", tarfile.SYMTYPE, b"", "s/s/sub/../sub")])
)PY";

using WritePtr = std::unique_ptr<struct archive, decltype(&archive_write_free)>;

// Writes a pax tar through libarchive, filtered by "none", "gzip" or "zstd"; `members` adds the entries.
bool writeTar(const QString &path, const QString &filter, const std::function<bool(struct archive *)> &members)
{
    WritePtr a(archive_write_new(), archive_write_free);
    archive_write_set_format_pax_restricted(a.get());
    if (filter == u"gzip")
        archive_write_add_filter_gzip(a.get());
    else if (filter == u"zstd")
        archive_write_add_filter_zstd(a.get());
    return archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) == ARCHIVE_OK &&
           members(a.get()) && archive_write_close(a.get()) == ARCHIVE_OK;
}

// One regular member of `size` zero bytes, streamed a MiB at a time.
bool addZeros(struct archive *a, const QByteArray &name, qint64 size)
{
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    bool ok = archive_write_header(a, entry) == ARCHIVE_OK;
    archive_entry_free(entry);
    static const QByteArray zeros(1 << 20, '\0');
    for (qint64 done = 0; ok && done < size;) {
        const qint64 n = std::min<qint64>(size - done, zeros.size());
        ok = archive_write_data(a, zeros.constData(), size_t(n)) == n;
        done += n;
    }
    return ok;
}

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

    // Runs one extract step of `archive` (with extra step fields) in a fresh prefix; returns
    // the stage's failure text, and checks that nothing but .dlstack is left in the prefix.
    QString installExtract(const QString &archive, const QString &name, const QByteArray &fields)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("prefix-") + name);
        const QByteArray json = "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() +
                                "\", \"cache\": \"" + m_dir.filePath(QStringLiteral("cache")).toUtf8() +
                                "\", \"stages\": [{\"id\": \"x\", \"steps\": ["
                                "{\"kind\": \"extract\", \"archive\": \"" +
                                archive.toUtf8() + "\", \"to\": \"out\", \"strip\": 1, " + fields + "}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        if (!plan.ok())
            return QStringLiteral("plan refused: ") + plan.error().summary;
        engine::Engine engine;
        bool ok = true;
        QString failure;
        connect(&engine, &engine::Engine::finished, this, [&ok](bool success) { ok = success; });
        connect(&engine, &engine::Engine::stageFailed, this, [&failure](const QString &, const support::Error &e) {
            failure = e.summary + u'\n' + e.details + u'\n' + e.remedy;
        });
        engine.install(plan.value(), {});
        const QStringList left =
            QDir(prefix).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (ok)
            return QStringLiteral("the install succeeded");
        if (left != QStringList{QStringLiteral(".dlstack")})
            return QStringLiteral("left in the prefix: ") + left.join(u' ');
        return failure;
    }

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
        QDir().mkpath(m_dir.filePath(QStringLiteral("cache")));
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
        QTest::newRow("s -> ., p -> s/s/s/../../..") << QStringLiteral("link-chain") << QStringLiteral("top/p");
        QTest::newRow("a file through such a chain") << QStringLiteral("link-chain-write") << QStringLiteral("top/p");
        QTest::newRow("a link a later member turns outward") << QStringLiteral("late-escape") << QStringLiteral("late");
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
        const QByteArray json = "{\"schema\": 1, \"name\": \"t\", \"prefix\": \"" + prefix.toUtf8() +
                                "\", \"cache\": \"" + m_dir.filePath(QStringLiteral("cache")).toUtf8() +
                                "\", \"stages\": [{\"id\": \"x\", \"steps\": ["
                                "{\"kind\": \"extract\", \"archive\": \"" +
                                archive.toUtf8() + "\", \"to\": \"out\", \"strip\": 1}]}]}";
        const auto plan = plan::loadPlan(json, QStringLiteral("t.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary + plan.error().details));
        engine::Engine engine;
        bool ok = true;
        QString failure;
        connect(&engine, &engine::Engine::finished, this, [&ok](bool success) { ok = success; });
        connect(&engine, &engine::Engine::stageFailed, this,
                [&failure](const QString &, const support::Error &e) { failure = e.summary + e.details; });
        engine.install(plan.value(), {});
        QVERIFY(!ok);
        QVERIFY2(failure.contains(member), qPrintable(failure));
        const QStringList left =
            QDir(prefix).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList{QStringLiteral(".dlstack")});

        // Nothing outside: the victim is intact and no evil file appeared anywhere near.
        QCOMPARE(read(m_outside + QStringLiteral("/victim")), QByteArray("untouched\n"));
        QCOMPARE(QDir(m_outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("victim")});
        for (const QString &evil : {QStringLiteral("evil"), QStringLiteral("cache/evil"), QStringLiteral("f.txt")})
            QVERIFY2(!QFileInfo::exists(m_dir.filePath(evil)), qPrintable(evil));
    }

    // Link targets are resolved against what is unpacked: a chain that stays inside is fine.
    void linkChainInsideExtracts()
    {
        const QString archive = makeArchive(QStringLiteral("chain-inside"));
        const QString to = m_dir.filePath(QStringLiteral("chain-inside"));
        const auto error = archive::SafeExtractor().extract(archive, to, 1, {}, nullptr);
        QVERIFY2(!error, qPrintable(error ? error->summary + u'\n' + error->details : QString()));
        QCOMPARE(read(to + QStringLiteral("/q/b.txt")), QByteArray("beta\n"));
    }

    // Problem: with the destination below a symlinked directory libarchive refused every
    // member ("Cannot extract through symlink") and the message spoke of disk space.
    void destinationBelowASymlinkedDirectory()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("real-parent"))));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("real-parent")), m_dir.filePath(QStringLiteral("linked"))));
        const QString to = m_dir.filePath(QStringLiteral("linked/dest"));
        const auto error = archive::SafeExtractor().extract(makeArchive(QStringLiteral("tar.gz")), to, 1, {}, nullptr);
        QVERIFY2(!error, qPrintable(error ? error->summary + u'\n' + error->details : QString()));
        QCOMPARE(read(m_dir.filePath(QStringLiteral("real-parent/dest/sub/b.txt"))), QByteArray("beta\n"));
        QCOMPARE(QFileInfo(to + QStringLiteral("/link")).symLinkTarget(), to + QStringLiteral("/sub/b.txt"));
    }

    // 200,000 empty files: refused by a low cap, from SafeExtractor and from the plan field.
    void tooManyEntriesAreRefused()
    {
        const QString archive = m_dir.filePath(QStringLiteral("cache/entries.tar.gz"));
        QVERIFY(writeTar(archive, QStringLiteral("gzip"), [](struct archive *a) {
            for (int i = 0; i < 200000; ++i)
                if (!addZeros(a, "top/f" + QByteArray::number(i), 0))
                    return false;
            return true;
        }));
        archive::SafeExtractor::Limits limits;
        limits.entries = 1000;
        const QString to = m_dir.filePath(QStringLiteral("entries"));
        const auto error = archive::SafeExtractor(limits).extract(archive, to, 1, {}, nullptr);
        QVERIFY(error);
        QVERIFY2(error->summary.contains(QStringLiteral("more than 1000 entries")), qPrintable(error->summary));
        QVERIFY2(error->remedy.contains(QStringLiteral("\"max_entries\"")), qPrintable(error->remedy));
        QVERIFY(!QFileInfo::exists(to + QStringLiteral("/f1000")));

        const QString failure = installExtract(archive, QStringLiteral("entries"), R"("max_entries": 1000)");
        QVERIFY2(failure.contains(QStringLiteral("max_entries")), qPrintable(failure));
    }

    // A 20 GiB sparse file takes a few KiB in the archive and counts by its apparent size:
    // the default ratio refuses it before a byte is written; a max_bytes below 20 GiB still
    // refuses it with the ratio raised; with both raised it unpacks, sparse again.
    void sparseFileCountsByItsApparentSize()
    {
        const QString dir = m_dir.filePath(QStringLiteral("sparse-src"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(run(QStringLiteral("truncate"),
                    {QStringLiteral("-s"), QStringLiteral("20G"), dir + QStringLiteral("/big")}));
        const QString archive = m_dir.filePath(QStringLiteral("cache/sparse.tar"));
        QVERIFY(run(QStringLiteral("tar"), {QStringLiteral("--sparse"), QStringLiteral("-C"), dir,
                                            QStringLiteral("-cf"), archive, QStringLiteral("big")}));
        QVERIFY(QFileInfo(archive).size() < 1 << 20);
        const QString to = m_dir.filePath(QStringLiteral("sparse"));

        auto error = archive::SafeExtractor().extract(archive, to, 0, {}, nullptr);
        QVERIFY(error);
        QVERIFY2(error->remedy.contains(QStringLiteral("\"max_ratio\"")), qPrintable(error->summary + error->remedy));
        QVERIFY(!QFileInfo::exists(to + QStringLiteral("/big")));

        archive::SafeExtractor::Limits limits;
        limits.ratio = 1e12;
        limits.bytes = qint64(10) << 30;
        QDir(to).removeRecursively();
        error = archive::SafeExtractor(limits).extract(archive, to, 0, {}, nullptr);
        QVERIFY(error);
        QVERIFY2(error->remedy.contains(QStringLiteral("\"max_bytes\"")), qPrintable(error->summary + error->remedy));

        limits.bytes = qint64(32) << 30;
        QDir(to).removeRecursively();
        error = archive::SafeExtractor(limits).extract(archive, to, 0, {}, nullptr);
        QVERIFY2(!error, qPrintable(error ? error->summary + u'\n' + error->details : QString()));
        QCOMPARE(QFileInfo(to + QStringLiteral("/big")).size(), qint64(20) << 30);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(to + QStringLiteral("/big")).constData(), &st), 0);
        QVERIFY2(qint64(st.st_blocks) * 512 < qint64(64) << 20, "the unpacked file is not sparse");
        QDir(to).removeRecursively();
    }

    // 2 GiB of zeros in a zstd tar of a few KiB: the default ratio refuses it at its header
    // (nothing is written); a low max_bytes does too, with the ratio raised.
    void zerosBombIsRefused()
    {
        const QString archive = m_dir.filePath(QStringLiteral("cache/zeros.tar.zst"));
        QVERIFY(writeTar(archive, QStringLiteral("zstd"),
                         [](struct archive *a) { return addZeros(a, "top/zeros", qint64(2) << 30); }));
        QVERIFY(QFileInfo(archive).size() < 4 << 20);
        const QString to = m_dir.filePath(QStringLiteral("zeros"));
        auto error = archive::SafeExtractor().extract(archive, to, 1, {}, nullptr);
        QVERIFY(error);
        QVERIFY2(error->summary.contains(QStringLiteral("times its own size")), qPrintable(error->summary));
        QVERIFY2(error->details.contains(QStringLiteral("top/zeros")), qPrintable(error->details));
        QVERIFY(!QFileInfo::exists(to + QStringLiteral("/zeros")));

        const QString failure =
            installExtract(archive, QStringLiteral("zeros"), R"("max_ratio": 1000000000, "max_bytes": 1073741824)");
        QVERIFY2(failure.contains(QStringLiteral("max_bytes")) && failure.contains(QStringLiteral("1073741824")),
                 qPrintable(failure));
    }

    // Below the ratio floor a highly compressible archive is no bomb: 64 MiB of zeros unpack.
    void smallCompressibleArchivePasses()
    {
        const QString archive = m_dir.filePath(QStringLiteral("cache/small-zeros.tar.gz"));
        QVERIFY(writeTar(archive, QStringLiteral("gzip"),
                         [](struct archive *a) { return addZeros(a, "top/zeros", qint64(64) << 20); }));
        const QString to = m_dir.filePath(QStringLiteral("small-zeros"));
        const auto error = archive::SafeExtractor().extract(archive, to, 1, {}, nullptr);
        QVERIFY2(!error, qPrintable(error ? error->summary : QString()));
        QCOMPARE(QFileInfo(to + QStringLiteral("/zeros")).size(), qint64(64) << 20);
        QDir(to).removeRecursively();
    }

    void damagedArchiveIsAClearError()
    {
        const QString archive = makeArchive(QStringLiteral("tar.xz"));
        QFile f(archive);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        const auto error =
            archive::SafeExtractor().extract(archive, m_dir.filePath(QStringLiteral("damaged")), 0, {}, nullptr);
        QVERIFY(error.has_value());
        QVERIFY(!error->summary.isEmpty() && !error->remedy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSafeExtractor)
#include "tst_safeextractor.moc"
