// SPDX-License-Identifier: GPL-3.0-or-later
// PatternScanner and bytePattern: the rewrite keeps a superset of PCRE2's UTF matches, patterns
// Vectorscan cannot compile exactly become prefilters, refused patterns are RuleSet errors that
// name the file, the rule and the pattern, and a damaged on-disk cache is ignored.
#include "core/log/bytepattern.h"
#include "core/log/diagnosisrule.h"
#include "core/log/patternscanner.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::log;

namespace {

PatternScanner compiled(const QList<PatternScanner::Pattern> &patterns)
{
    auto result = PatternScanner::compile(patterns);
    if (auto *refusal = std::get_if<PatternScanner::Refusal>(&result))
        qFatal("refused: %s", qPrintable(refusal->reason));
    return std::get<PatternScanner>(result);
}

std::vector<int> scan(PatternScanner &scanner, const QByteArray &line)
{
    std::vector<int> found;
    if (!scanner.scanLine(line, found))
        qFatal("scan failed");
    return found;
}

} // namespace

class TestPatternScanner : public QObject
{
    Q_OBJECT

private slots:
    void rewrite_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("expression");
        QTest::newRow("literal") << QStringLiteral("No space left") << QByteArray("No space left");
        QTest::newRow("single dot") << QStringLiteral("a.b") << QByteArray("a(?:.[\\x80-\\xbf]{0,3})b");
        QTest::newRow("dot star stays") << QStringLiteral("a.*b") << QByteArray("a.*b");
        QTest::newRow("negated class") << QStringLiteral("'[^']'") << QByteArray("'(?:[^'][\\x80-\\xbf]{0,3})'");
        QTest::newRow("negated class repeated") << QStringLiteral("'[^']+'") << QByteArray("'[^']+'");
        QTest::newRow("non-space counted") << QStringLiteral("\\S{2}") << QByteArray("(?:\\S[\\x80-\\xbf]{0,3}){2}");
        QTest::newRow("anchors") << QStringLiteral("\\Afoo\\z") << QByteArray("^foo$");
        QTest::newRow("possessive and atomic") << QStringLiteral("(?>a++)") << QByteArray("(?:a+)");
        QTest::newRow("named group") << QStringLiteral("(?<v>\\d+)") << QByteArray("(\\d+)");
        QTest::newRow("non-ASCII literal in both cases")
            << QStringLiteral("\u00e9") << QByteArray("(?:\\xc3\\x89|\\xc3\\xa9)");
        QTest::newRow("class with non-ASCII member")
            << QStringLiteral("[a\u00e9]") << QByteArray("(?:.[\\x80-\\xbf]{0,3})");
        QTest::newRow("literal brace") << QStringLiteral("a{b") << QByteArray("a\\{b");
    }

    void rewrite()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, expression);
        const BytePattern rewritten = bytePattern(pattern);
        QVERIFY2(rewritten.error.isEmpty(), qPrintable(rewritten.error));
        QCOMPARE(rewritten.expression, expression);
    }

    void extendedModeIsRefused() { QVERIFY(!bytePattern(QStringLiteral("(?x) a b # c")).error.isEmpty()); }

    void multiByteCharactersMatchWhereOneCharacterStands()
    {
        PatternScanner scanner =
            compiled({{QStringLiteral("a.b"), 0}, {QStringLiteral("x[^y]z"), 1}, {QStringLiteral("\u00c9t\u00e9"), 2}});
        QCOMPARE(scan(scanner, "a\xc3\xa9"
                               "b"),
                 std::vector<int>{0});
        QCOMPARE(scan(scanner, "x\xe2\x82\xac"
                               "z"),
                 std::vector<int>{1});
        QCOMPARE(scan(scanner, "x\xff"
                               "z"),
                 std::vector<int>{1});                                     // an invalid byte is one U+FFFD
        QCOMPARE(scan(scanner, "\xc3\xa9t\xc3\x89"), std::vector<int>{2}); // caseless beyond ASCII
        QVERIFY(scan(scanner, "ab").empty());
        QCOMPARE(scanner.rule(2), 2);
    }

    void caselessAndPerLine()
    {
        PatternScanner scanner = compiled({{QStringLiteral("^fatal: .*not found$"), 7}});
        QCOMPARE(scan(scanner, "FATAL: repository not found"), std::vector<int>{0});
        std::vector<qsizetype> ends;
        QVERIFY(scanner.scanBuffer("x\nfatal: a not found\nfatal: b\nnot found\n",
                                   [&](int, qsizetype end) { ends.push_back(end); }));
        ends.erase(std::unique(ends.begin(), ends.end()), ends.end()); // each pass reports it
        QCOMPARE(ends, std::vector<qsizetype>{20});                    // '.' never crosses a line end
    }

    void backReferenceBecomesPrefilter()
    {
        PatternScanner scanner = compiled({{QStringLiteral("plain"), 0}, {QStringLiteral("(ab)\\1"), 1}});
        QVERIFY(!scanner.isPrefilter(0));
        QVERIFY(scanner.isPrefilter(1));
        QCOMPARE(scan(scanner, "xxABab"), std::vector<int>{1});
    }

    void matchesDoNotDependOnWhereTheBufferLies()
    {
        // Vectorscan 5.4.9 alone finds this anchor's match at only 53 of these 64 buffer offsets.
        PatternScanner scanner = compiled(
            {{QStringLiteral("^\\s*(?:\\[rank\\d+\\]:\\s*)?(?:[a-z_][\\w]*\\.)*[A-Z]\\w*(?:Error|Exception): \\S"),
              0}});
        const QByteArray lines = "[ 21%] Building C object CMakeFiles/TH.dir/THStorage.c.o\n"
                                 "[ 26%] Building C object CMakeFiles/TH.dir/THTensor.c.o\n"
                                 "cc: internal compiler error: Killed (programt 'all' failed\n"
                                 "maked/NCCLUtils.hpp:275, unhandled cuda error (run with NCCL_DEBUG=INFO for "
                                 "details), NCCL version 2.20.5\n"
                                 "[rank7]: ncclUnhandledCudaError: Call to CUDA function failed.\n"
                                 "[rank7]: Last error:\n"
                                 "[rank7]: Cuda: *** [all] Error 2";
        QByteArray buffer(lines.size() + 64, '\0');
        for (int offset = 0; offset < 64; ++offset) {
            memcpy(buffer.data() + offset, lines.constData(), size_t(lines.size()));
            int found = 0;
            QVERIFY(scanner.scanBuffer(QByteArrayView(buffer.constData() + offset, lines.size()),
                                       [&](int, qsizetype) { ++found; }));
            QVERIFY2(found > 0, qPrintable(QStringLiteral("missed at offset %1").arg(offset)));
        }
    }

    void wholeRuleSetDoesNotDependOnWhereTheBufferLies()
    {
        // With every rule, and leftmost start of match, Vectorscan 5.4.9 alone missed the second
        // line's match at 39 of these 64 offsets (found by fuzz_diagnoser).
        auto rules = RuleSet::loadDirectory(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/diagnosis"));
        QVERIFY(rules.ok());
        PatternScanner scanner = rules.value().scanner();
        const QByteArray lines =
            "Build succ(Device) object lib/THC/CMakeFiles/THC.dir/THC_generated_THCHalf.cu.o\n"
            "nvcc fatal   : The version ('40000') of the host compiler ('c2026-04-22 21:34:20]$runner-host:"
            "20 misc/shmutils.cc:132 NCCL WARN Error while creating shared memory segment";
        QByteArray buffer(lines.size() + 64, '\0');
        std::vector<int> first;
        for (int offset = 0; offset < 64; ++offset) {
            memcpy(buffer.data() + offset, lines.constData(), size_t(lines.size()));
            std::vector<int> found;
            QVERIFY(scanner.scanBuffer(QByteArrayView(buffer.constData() + offset, lines.size()),
                                       [&](int pattern, qsizetype) { found.push_back(pattern); }));
            std::sort(found.begin(), found.end());
            found.erase(std::unique(found.begin(), found.end()), found.end());
            if (offset == 0)
                first = found;
            QVERIFY2(found == first, qPrintable(QStringLiteral("different at offset %1").arg(offset)));
        }
        QVERIFY(!first.empty());
    }

    void copiesScanOnTheirOwn()
    {
        PatternScanner first = compiled({{QStringLiteral("needle"), 0}});
        PatternScanner second = first;
        QCOMPARE(scan(first, "a needle"), std::vector<int>{0});
        QCOMPARE(scan(second, "needle b"), std::vector<int>{0});
        QCOMPARE(second.patternCount(), 1);
    }

    void unscannablePatternNamesFileRuleAndPattern()
    {
        // "x*" matches an empty line: Vectorscan refuses it, exactly and as a prefilter.
        const QByteArray json = R"({"schema": 1, "rules": [{"id": "empty_match", "title": "t", "patterns": ["x*"],
            "weight": 10, "explanation": "e", "remedy": "r"}]})";
        const auto set = RuleSet::parse(json, QStringLiteral("mine.json"));
        QVERIFY(!set.ok());
        const QString text = set.error().summary + set.error().details;
        QVERIFY2(text.contains(QStringLiteral("mine.json")) && text.contains(QStringLiteral("empty_match")) &&
                     text.contains(QStringLiteral("\"x*\"")),
                 qPrintable(text));
    }

    void damagedDiskCacheIsIgnored()
    {
        QTemporaryDir cache;
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
        const QList<PatternScanner::Pattern> patterns{{QStringLiteral("cache probe %1").arg(cache.path()), 0}};
        {
            PatternScanner written = compiled(patterns);
        }
        const QString folder = cache.filePath(QStringLiteral("dlstack/scanner"));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.hsdb")});
        QCOMPARE(files.size(), 2); // the patterns' database and their literals'
        const auto evict = [] {    // push the set out of the in-memory cache
            for (int i = 0; i < 5; ++i)
                compiled({{QStringLiteral("evict %1").arg(i), 0}});
        };
        evict();
        QHash<QString, QByteArray> damaged;
        for (const QString &name : files) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
            file.seek(0);
            file.write(bytes);
            damaged.insert(name, bytes);
        }
        PatternScanner again = compiled(patterns);
        QCOMPARE(scan(again, ("x cache probe " + cache.path() + " y").toUtf8()), std::vector<int>{0});
        for (const QString &name : files) { // each damaged file was written anew
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll() != damaged.value(name));
        }
        evict();
        PatternScanner loaded = compiled(patterns); // both databases from disk
        QCOMPARE(scan(loaded, ("x cache probe " + cache.path() + " y").toUtf8()), std::vector<int>{0});
        QCOMPARE(scan(loaded, "x cache probe y"), std::vector<int>{});
        qunsetenv("XDG_CACHE_HOME");
    }
};

QTEST_GUILESS_MAIN(TestPatternScanner)
#include "tst_patternscanner.moc"
