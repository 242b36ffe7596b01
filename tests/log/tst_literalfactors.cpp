// SPDX-License-Identifier: GPL-3.0-or-later
// literalFactors and PatternScanner::candidateLines: the factors of a pattern are a cover (every
// line the rule's expression matches contains one of them: checked on every line of every
// fixture against every built-in pattern), and the literal scan of a whole buffer reports exactly
// the lines a plain caseless search for its literals finds (each factor holds one of them),
// wherever the buffer lies in memory; the patterns it names for a line hold every one that matches.
#include "core/log/diagnoser.h"
#include "core/log/diagnosisrule.h"
#include "core/log/literalfactors.h"
#include "core/log/patternscanner.h"
#include "core/log/textcleaner.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace dlstack::log;

namespace {

QByteArrayList fixtureLines()
{
    QByteArrayList lines;
    QDirIterator it(QStringLiteral(DLSTACK_FIXTURES "/diagnosis"), {QStringLiteral("*.log")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            lines += file.readAll().split('\n');
    }
    return lines;
}

bool containsCaseless(const QByteArray &haystack, const QByteArray &lowerNeedle)
{
    return haystack.toLower().contains(lowerNeedle);
}

} // namespace

class TestLiteralFactors : public QObject
{
    Q_OBJECT

private slots:
    void factors_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArrayList>("factors");
        QTest::newRow("literal, lowercase") << QStringLiteral("No space LEFT") << QByteArrayList{"no space left"};
        QTest::newRow("longest run around classes")
            << QStringLiteral("nvcc fatal\\s*:\\s*Unsupported gpu architecture '(compute_\\d+)'")
            << QByteArrayList{"unsupported gpu architecture '"};
        QTest::newRow("alternation of literals")
            << QStringLiteral("(?:NCCL|RCCL) error") << QByteArrayList{"nccl error", "rccl error"};
        QTest::newRow("optional part, the shorter covers both")
            << QStringLiteral("(?:fatal )?error: ") << QByteArrayList{"error: "};
        QTest::newRow("escaped punctuation") << QStringLiteral("\\[Errno 28\\]") << QByteArrayList{"[errno 28]"};
        QTest::newRow("small class") << QStringLiteral("version [`'](GLIBCXX_[\\d.]+)' not found")
                                     << QByteArrayList{"' not found"};
        QTest::newRow("line start") << QStringLiteral("^E: ") << QByteArrayList{"\ne: "};
        QTest::newRow("lookahead adds nothing") << QStringLiteral("abc(?=xyz)") << QByteArrayList{"abc"};
        QTest::newRow("branch without literal") << QStringLiteral("(?:\\d+|abc)def") << QByteArrayList{"def"};
        QTest::newRow("no literal of 3 bytes") << QStringLiteral("ld\\b.*\\d+") << QByteArrayList{};
        QTest::newRow("a branch with nothing") << QStringLiteral("foo|\\w+") << QByteArrayList{};
        QTest::newRow("star makes optional") << QStringLiteral("(?:abc)*") << QByteArrayList{};
        QTest::newRow("plus keeps one copy") << QStringLiteral("x(?:abc)+") << QByteArrayList{"abc"};
        QTest::newRow("inline options are not read") << QStringLiteral("(?i)abcdef") << QByteArrayList{};
        QTest::newRow("non-ASCII breaks a run") << QStringLiteral("abc\u00e9defg") << QByteArrayList{"defg"};
        QTest::newRow("quoted") << QStringLiteral("\\Qa.b*c\\E") << QByteArrayList{"a.b*c"};
        QTest::newRow("uncased symbols are bytes")
            << QStringLiteral("^[ \\t]*\u00d7 \\S") << QByteArrayList{QByteArray("\xc3\x97 ")};
        QTest::newRow("uncased box drawing")
            << QStringLiteral("\u2570\u2500\u25b6 Because")
            << QByteArrayList{QByteArray("\xe2\x95\xb0\xe2\x94\x80\xe2\x96\xb6 because")};
    }

    void factors()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArrayList, factors);
        QCOMPARE(literalFactors(pattern), factors);
    }

    // The cover property on real lines: a line a built-in pattern matches holds one of its factors.
    void everyMatchedFixtureLineHoldsAFactor()
    {
        auto rules = RuleSet::loadDirectory(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/diagnosis"));
        QVERIFY(rules.ok());
        const QByteArrayList lines = fixtureLines();
        QVERIFY(lines.size() > 4000);
        QList<QString> subjects;
        for (const QByteArray &line : lines)
            subjects.append(QString::fromUtf8(cleanLineBytes(line)));
        int matched = 0;
        int withoutFactors = 0;
        for (const DiagnosisRule &rule : rules.value().rules()) {
            for (qsizetype p = 0; p < rule.patterns.size(); ++p) {
                const QList<QByteArray> factors = literalFactors(rule.patterns.at(p));
                if (factors.isEmpty()) {
                    ++withoutFactors;
                    continue;
                }
                for (qsizetype l = 0; l < subjects.size(); ++l) {
                    if (!rule.compiledPatterns.at(p).match(subjects.at(l)).hasMatch())
                        continue;
                    ++matched;
                    const QByteArray line = "\n" + subjects.at(l).toUtf8();
                    const bool held = std::any_of(factors.begin(), factors.end(),
                                                  [&](const QByteArray &f) { return containsCaseless(line, f); });
                    QVERIFY2(held, qPrintable(rule.id + QStringLiteral(": ") + rule.patterns.at(p) +
                                              QStringLiteral(" on ") + subjects.at(l)));
                }
            }
        }
        QVERIFY(matched > 500);
        QCOMPARE(withoutFactors, 0); // every built-in pattern takes the literal scan
    }

    // A rule whose pattern has no factor of 3 bytes switches the set back to the full per-line
    // scan: its lines are still found when the log arrives in blocks.
    void patternWithoutFactorsKeepsThePerLineScan()
    {
        const QByteArray json = R"({"schema": 1, "rules": [
            {"id": "short_literal", "title": "t", "patterns": ["\\bld\\b.*\\d+"], "weight": 50,
             "explanation": "e", "remedy": "r"},
            {"id": "long_literal", "title": "t", "patterns": ["No space left on device"], "weight": 60,
             "explanation": "e", "remedy": "r"}]})";
        const auto set = RuleSet::parse(json, QStringLiteral("mine.json"));
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().summary + set.error().details));
        PatternScanner scanner = set.value().scanner();
        QVERIFY(!scanner.hasLiteralFilter());
        Diagnoser diagnoser(set.value());
        diagnoser.addText("[1/2] Building CXX object a.o\nthe ld step 12 failed\nNo space left on device\n");
        diagnoser.finish();
        const QList<Diagnosis> found = diagnoser.results();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).id, QStringLiteral("long_literal"));
        QCOMPARE(found.at(1).id, QStringLiteral("short_literal"));
        QCOMPARE(found.at(1).line, 2);
    }

    // The literal scan over whole buffers equals a plain search, at each of 64 buffer offsets.
    void candidateLinesEqualAPlainSearchAtEveryOffset()
    {
        auto rules = RuleSet::loadDirectory(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/diagnosis"));
        QVERIFY(rules.ok());
        PatternScanner scanner = rules.value().scanner();
        QVERIFY(scanner.hasLiteralFilter());
        // The scanner looks for fewer, shorter literals than the factors; every factor must hold
        // one of them, so a line with a factor is a candidate.
        const QList<QByteArray> factors = scanner.literals();
        QVERIFY(factors.size() > 100);
        for (const DiagnosisRule &rule : rules.value().rules())
            for (const QString &pattern : rule.patterns)
                for (const QByteArray &factor : literalFactors(pattern))
                    QVERIFY2(std::any_of(factors.begin(), factors.end(),
                                         [&](const QByteArray &literal) { return factor.contains(literal); }),
                             factor.constData());
        const QByteArrayList lines = fixtureLines();
        // Blocks of about 256 KiB, as the diagnoser scans them.
        QList<QByteArray> blocks{QByteArray()};
        for (const QByteArray &line : lines) {
            if (blocks.last().size() > 256 * 1024)
                blocks.append(QByteArray());
            if (!blocks.last().isEmpty())
                blocks.last() += '\n';
            blocks.last() += line;
        }
        QByteArray buffer;
        int reported = 0;
        for (const QByteArray &block : blocks) {
            std::vector<qsizetype> expected;
            qsizetype start = 0;
            for (const QByteArray &line : block.split('\n')) {
                const QByteArray withStart = (start == 0 ? QByteArray() : QByteArray("\n")) + line.toLower();
                if (start == 0 || std::any_of(factors.begin(), factors.end(),
                                              [&](const QByteArray &f) { return withStart.contains(f); }))
                    expected.push_back(start);
                start += line.size() + 1;
            }
            buffer.resize(block.size() + 64);
            for (int offset = 0; offset < 64; ++offset) {
                memcpy(buffer.data() + offset, block.constData(), size_t(block.size()));
                std::vector<qsizetype> found;
                QVERIFY(scanner.candidateLines(QByteArrayView(buffer.constData() + offset, block.size()), found));
                QVERIFY2(found == expected, qPrintable(QStringLiteral("offset %1: %2 lines found, %3 expected")
                                                           .arg(offset)
                                                           .arg(found.size())
                                                           .arg(expected.size())));
            }
            reported += int(expected.size());
        }
        QVERIFY(reported > 1000);
    }

    // The patterns the literal scan names for a line hold every pattern whose expression matches
    // it, so the diagnoser may confirm a short list directly instead of scanning the line.
    void candidatePatternsHoldEveryMatchingPattern()
    {
        auto rules = RuleSet::loadDirectory(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/diagnosis"));
        QVERIFY(rules.ok());
        PatternScanner scanner = rules.value().scanner();
        QVERIFY(scanner.hasLiteralFilter());
        std::vector<std::pair<int, int>> patternOf; // scanner pattern -> (rule, its pattern)
        for (int r = 0; r < rules.value().rules().size(); ++r)
            for (int p = 0; p < rules.value().rules().at(r).patterns.size(); ++p)
                patternOf.push_back({r, p});
        QCOMPARE(int(patternOf.size()), scanner.patternCount());
        QByteArray block; // unchanged lines only: the diagnoser cleans and scans the others apart
        for (const QByteArray &line : fixtureLines()) {
            if (cleanLineBytes(line) != line || line.isEmpty())
                continue;
            if (!block.isEmpty())
                block += '\n';
            block += line;
            if (block.size() > 256 * 1024)
                break;
        }
        std::vector<PatternScanner::CandidateLine> lines;
        std::vector<int> patterns;
        QVERIFY(scanner.candidatePatterns(block, lines, patterns));
        std::vector<qsizetype> starts;
        QVERIFY(scanner.candidateLines(block, starts));
        QCOMPARE(lines.size(), starts.size());
        int matched = 0;
        int short_ = 0;
        qsizetype start = 0;
        auto candidate = lines.begin();
        for (const QByteArray &line : block.split('\n')) {
            while (candidate != lines.end() && candidate->start < start)
                ++candidate;
            const bool named = candidate != lines.end() && candidate->start == start;
            if (named && candidate->patternCount >= 0 && candidate->patternCount <= 8)
                ++short_;
            const QString subject = QString::fromUtf8(line);
            for (int k = 0; k < scanner.patternCount(); ++k) {
                const auto [r, p] = patternOf[std::size_t(k)];
                if (!rules.value().rules().at(r).compiledPatterns.at(p).match(subject).hasMatch())
                    continue;
                ++matched;
                QVERIFY2(named, line.constData());
                if (candidate->patternCount < 0)
                    continue; // scanned whole
                const auto first = patterns.begin() + candidate->firstPattern;
                QVERIFY2(std::binary_search(first, first + candidate->patternCount, k),
                         qPrintable(rules.value().rules().at(r).id + QStringLiteral(": ") + subject));
            }
            start += line.size() + 1;
        }
        QVERIFY(matched > 50);
        QVERIFY(short_ > 100); // most candidate lines name only a few patterns
    }
};

QTEST_GUILESS_MAIN(TestLiteralFactors)
#include "tst_literalfactors.moc"
